terraform {
  backend "s3" {
    bucket         = "tf-state"
    dynamodb_table = "terraform-locks"
    use_lockfile   = true
  }
}
