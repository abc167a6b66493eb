resource "aws_s3_bucket" "data" {
  bucket_prefix = "data-"
}

resource "aws_s3_bucket_encryption" "data" {
  bucket = aws_s3_bucket.data.id
}

resource "aws_caller_identity" "current" {}

data "aws_s3_buckets" "all" {}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly"
  schedule_expression = "cron(0 3 * * ? *)"
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = var.lambda_arn
}

variable "lambda_arn" {
  type = string
}
