terraform {
  backend "s3" {
    bucket         = "tf-state"
    dynamodb_table = "locks"
    encrypt        = true
  }
}
