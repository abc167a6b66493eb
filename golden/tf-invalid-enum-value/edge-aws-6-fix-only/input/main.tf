# Under hashicorp/aws 6.x the table's 5.100.0 sets may have grown: a case variant is still
# fixed, a value the set lacks is not reported.
resource "aws_ecs_service" "api" {
  name            = "api"
  launch_type     = "fargate"
  task_definition = "api:1"
}

resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"
}
