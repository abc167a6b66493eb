resource "aws_eks_addon" "vpc_cni" {
  cluster_name  = aws_eks_cluster.main.name
  addon_name    = "vpc-cni"
  addon_version = data.aws_eks_addon_version.vpc_cni.version
}

# addon_version on another resource type is not ours
resource "some_other_addon" "x" {
  addon_version = "v1"
}
