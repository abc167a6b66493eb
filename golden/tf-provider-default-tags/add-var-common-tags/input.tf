variable "common_tags" {
  type = map(string)
}

provider "aws" {
  region = var.aws_region
}
