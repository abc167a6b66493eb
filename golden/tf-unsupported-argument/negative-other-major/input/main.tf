# Judged by 5.100.0 this `region` argument would be unknown; aws 6 added it to every resource.
resource "aws_s3_bucket" "b" {
  bucket = "b"
  region = "eu-west-1"
}
