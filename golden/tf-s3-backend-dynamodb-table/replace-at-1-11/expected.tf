terraform {
  backend "s3" {
    bucket       = "tf-state"
    key          = "eks/terraform.tfstate"
    use_lockfile = true
    encrypt      = true
  }
}
