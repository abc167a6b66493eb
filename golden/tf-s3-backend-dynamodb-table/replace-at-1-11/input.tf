terraform {
  backend "s3" {
    bucket         = "tf-state"
    key            = "eks/terraform.tfstate"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}
