terraform {
  required_version = ">= 1.5"

  backend "s3" {
    bucket = "tf-state"
    key    = "eks/terraform.tfstate"
    region = "us-east-1"
  }
}
