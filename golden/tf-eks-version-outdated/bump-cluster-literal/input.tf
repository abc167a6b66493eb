resource "aws_eks_cluster" "main" {
  name     = "main"
  version  = "1.31" # pinned by the platform team
  role_arn = aws_iam_role.cluster.arn
}
