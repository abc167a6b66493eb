resource "aws_cloudwatch_log_group" "eks" {
  name              = "/aws/eks/${var.cluster_name}-${var.environment_suffix}/cluster"
  retention_in_days = 7
}

resource "aws_cloudwatch_log_group" "app" {
  name       = "/app/${var.environment_suffix}"
  kms_key_id = aws_kms_key.logs.arn
  tags = {
    Name = "app"
  }
  retention_in_days = 7
}

resource "aws_cloudwatch_log_group" "empty" {
  retention_in_days = 7
}
