resource "aws_cloudwatch_log_group" "vpc_flow" {
  # flow logs
  name_prefix = "vpc-flow-"

  lifecycle {
    prevent_destroy = true
  }
}
