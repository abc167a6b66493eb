# Terraform 1.9.8 (examples/.terraform-version): the S3 backend has no use_lockfile yet.
terraform {
  backend "s3" {
    bucket       = "tap-terraform-state"
    key          = "legacy/terraform.tfstate"
    region       = "us-east-1"
    use_lockfile = true
  }
}
