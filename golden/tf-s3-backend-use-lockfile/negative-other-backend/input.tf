terraform {
  backend "gcs" {
    bucket       = "tf-state"
    use_lockfile = true
  }
}
