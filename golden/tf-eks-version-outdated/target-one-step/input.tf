resource "aws_eks_cluster" "main" {
  name     = "main"
  version  = "1.29"
  role_arn = aws_iam_role.cluster.arn
}
