provider "aws" {
  region = var.aws_region
}

resource "aws_s3_bucket" "b" {
  tags = var.common_tags
}
