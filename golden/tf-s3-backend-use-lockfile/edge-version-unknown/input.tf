terraform {
  backend "s3" {
    bucket       = "tf-state"
    use_lockfile = true
  }
}
