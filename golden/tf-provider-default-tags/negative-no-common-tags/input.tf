# common_tags is only mentioned in a comment
provider "aws" {
  region = var.aws_region
}
