resource "aws_cloudwatch_log_group" "eks" {
  name = "/aws/eks/cluster"
}
