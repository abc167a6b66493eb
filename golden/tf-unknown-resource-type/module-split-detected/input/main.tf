resource "aws_s3_bucket" "data" {
  bucket_prefix = "data-"
}

resource "aws_s3_bucket_encryption" "data" {
  bucket = aws_s3_bucket.data.id
}
