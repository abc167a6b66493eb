terraform {
  required_version = ">= 1.11.0"
  backend "s3" {
    bucket         = "tap-terraform-state"
    key            = "eks/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "tap-terraform-locks"
  }
}

variable "common_tags" {
  type    = map(string)
  default = { Project = "tap" }
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "eks" {
  name = "/aws/eks/tap/cluster"
}

resource "aws_eks_cluster" "main" {
  name     = "tap"
  version  = "1.28"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids              = []
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "aws_iam_role" "cluster" {
  name               = "tap-cluster"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "cluster" {
  role       = aws_iam_role.cluster.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
}

resource "aws_eks_addon" "coredns" {
  cluster_name  = aws_eks_cluster.main.name
  addon_name    = "coredns"
  addon_version = "v1.10.1-eksbuild.6"
}

resource "aws_eip" "nat" {
  vpc = true
}
