resource "aws_s3_bucket_lifecycle_configuration" "b" {
  bucket = "b"

  rule {
    filter {}
  }

  rule {
    # abort uploads everywhere
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
    id     = "abort"
    status = "Enabled"
    filter {}
  }
}
