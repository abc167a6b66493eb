locals {
  common_tags = merge(var.common_tags, { Project = "eks" })
}

provider "aws" {
  region = var.aws_region

  assume_role {
    role_arn = var.role_arn
  }
  default_tags {
    tags = local.common_tags
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
  default_tags {
    tags = local.common_tags
  }
}
