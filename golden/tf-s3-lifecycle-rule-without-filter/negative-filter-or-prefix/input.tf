resource "aws_s3_bucket_lifecycle_configuration" "a" {
  bucket = "a"

  rule {
    id     = "with-filter"
    status = "Enabled"

    filter {
      prefix = "tmp/"
    }

    expiration {
      days = 1
    }
  }

  rule {
    id     = "with-prefix"
    status = "Enabled"
    prefix = "old/"

    expiration {
      days = 30
    }
  }

  rule {
    id     = "dynamic-filter"
    status = "Enabled"

    dynamic "filter" {
      for_each = var.prefixes
      content {
        prefix = filter.value
      }
    }
  }
}

# The legacy inline lifecycle_rule of aws_s3_bucket is another schema.
resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"

  lifecycle_rule {
    enabled = true
  }
}

variable "prefixes" {
  type = list(string)
}
