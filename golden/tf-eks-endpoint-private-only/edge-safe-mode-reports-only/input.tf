resource "aws_eks_cluster" "main" {
  vpc_config {
    endpoint_public_access = false # VPN only
  }
}
