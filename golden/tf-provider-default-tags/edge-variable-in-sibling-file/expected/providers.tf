provider "aws" {
  region = var.aws_region
  default_tags {
    tags = var.common_tags
  }
}

resource "aws_s3_bucket" "b" {
  tags = var.common_tags
}
