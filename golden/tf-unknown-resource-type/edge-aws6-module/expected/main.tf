# aws 6: types come from the cdktf-cdktf-provider-aws 21.22.1 index (hashicorp/aws 6.25.0).
resource "aws_s3_bucket" "b" {
  bucket = "b"
  region = "eu-west-1"
}

resource "aws_cloudwatch_event_bus" "events" {
  name = "events"
}

resource "aws_s3_bucket_encryption" "b" {
  bucket = aws_s3_bucket.b.id
}
