terraform {
  required_providers {
    aws = {
      source  = "example-corp/aws"
      version = "~> 5.0"
    }
  }
}
