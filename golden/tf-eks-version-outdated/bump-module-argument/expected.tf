module "eks" {
  source             = "terraform-aws-modules/eks/aws"
  version            = "~> 21.0"
  name               = "payments"
  kubernetes_version = "1.34"
}

module "eks_v20" {
  source          = "registry.terraform.io/terraform-aws-modules/eks/aws"
  version         = "~> 20.0"
  cluster_name    = "ledger"
  cluster_version = "1.34"
}
