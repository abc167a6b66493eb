resource "aws_cloudwatch_log_group" "vpc_flow" {
  # flow logs
  name_prefix       = "vpc-flow-"
  retention_in_days = 14

  lifecycle {
    prevent_destroy = true
  }
}
