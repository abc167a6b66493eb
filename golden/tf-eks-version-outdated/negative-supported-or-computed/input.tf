resource "aws_eks_cluster" "main" {
  name    = "main"
  version = var.kubernetes_version
}

resource "aws_eks_cluster" "other" {
  name    = "other"
  version = "1.35"
}

variable "kubernetes_version" {
  default = "1.34"
}

variable "node_version" {
  default = "1.20"
}
