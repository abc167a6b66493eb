resource "aws_config_configuration_recorder" "main" {
  name                          = "main"
  role_arn                      = var.role_arn
  include_global_resource_types = true

  recording_group {
    all_supported = true
  }
}

resource "aws_config_configuration_recorder" "new_block" {
  name                          = "second"
  role_arn                      = var.role_arn
  include_global_resource_types = true
}

resource "aws_ecs_service" "api" {
  name          = "api"
  desired_count = 2

  deployment_configuration {
    maximum_percent         = 200
    minimum_healthy_percent = 50
  }
}

resource "aws_ecs_service" "not_flat" {
  name = "worker"

  # A block whose arguments do not all map stays reported only.
  deployment_configuration {
    maximum_percent = 200
    strategy        = "rolling"
  }
}

variable "role_arn" {
  type = string
}
