terraform {
  required_version = ">= 1.10, < 2.0.0"
}
