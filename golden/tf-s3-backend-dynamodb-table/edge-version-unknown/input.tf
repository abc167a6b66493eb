terraform {
  backend "s3" {
    bucket         = "tf-state"
    dynamodb_table = "terraform-locks"
  }
}

resource "aws_dynamodb_table" "locks" {
  name = "terraform-locks"
}
