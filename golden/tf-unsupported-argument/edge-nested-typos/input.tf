resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    id     = "expire"
    status = "Enabled"

    filter {
      prefixes = "logs/"
    }

    expiration {
      dayz = 30
    }

    transitions {
      days          = 7
      storage_class = "STANDARD_IA"
    }
  }
}

resource "aws_s3_bucket" "logs" {
  bucket_prefix = "logs-"
  arn           = "arn:aws:s3:::x"

  tags {
    Name = "logs"
  }
}
