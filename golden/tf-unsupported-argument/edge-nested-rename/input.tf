resource "aws_kinesis_firehose_delivery_stream" "events" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = var.role_arn
    bucket_arn = var.bucket_arn

    s3_backup_configuration {
      role_arn        = var.role_arn
      bucket_arn      = var.bucket_arn
      buffer_size     = 10
      buffer_interval = 400
    }
  }
}

# `buffer_size` here is not renamed: its row names the block it applies in.
resource "aws_autoscaling_attachment" "web" {
  autoscaling_group_name = "web"
  alb_target_group_arn   = var.tg_arn
  buffer_size            = 10
}

variable "role_arn" {
  type = string
}

variable "bucket_arn" {
  type = string
}

variable "tg_arn" {
  type = string
}
