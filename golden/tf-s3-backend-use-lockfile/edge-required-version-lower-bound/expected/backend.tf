terraform {
  backend "s3" {
    bucket         = "tf-state"
    dynamodb_table = "locks"
    use_lockfile   = true # S3 native locking
    encrypt        = true
  }
}
