resource "google_storage_bucket" "g" {
  name     = "g"
  location = "EU"
}

resource "azurerm_resource_group" "rg" {
  name     = "rg"
  location = "westeurope"
}

resource "random_id" "suffix" {
  byte_length = 4
}

resource "aws_appautoscaling_target" "ok" {
  max_capacity       = 2
  min_capacity       = 1
  resource_id        = "service/c/s"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
}

data "aws_iam_policy_document" "p" {}

module "aws_applicationautoscaling_target" {
  source = "./m"
}
