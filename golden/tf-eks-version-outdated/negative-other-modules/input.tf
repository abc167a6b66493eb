module "platform" {
  source             = "./modules/platform"
  kubernetes_version = "1.28"
}

module "nodes" {
  source          = "terraform-aws-modules/eks/aws//modules/eks-managed-node-group"
  cluster_version = "1.28"
}

module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "20.8.5"
  cluster_version = var.cluster_version
}
