resource "aws_lb_listener" "https" {
  load_balancer_arn = var.lb_arn

  dynamic "default_action" {
    for_each = var.actions
    content {
      type             = default_action.value
      target_group_arn = var.tg_arn
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "b"

  rule {
    status = "Enabled"

    filter {}

    noncurrent_version_expiration {
      newer_noncurrent_versions = 3
    }
  }
}

variable "lb_arn" {
  type = string
}

variable "tg_arn" {
  type = string
}

variable "actions" {
  type = list(string)
}
