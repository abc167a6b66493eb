resource "aws_cloudwatch_log_group" "eks" {
  name              = "/aws/eks/cluster"
  retention_in_days = var.log_retention_days
}

data "aws_cloudwatch_log_group" "existing" {
  name = "/existing"
}
