resource "aws_applicationautoscaling_target" "ecs" {
  max_capacity       = 4
  min_capacity       = 1
  resource_id        = "service/${var.cluster}/${var.service}"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
}

resource "aws_applicationautoscaling_policy" "cpu" {
  name               = "cpu-target"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_applicationautoscaling_target.ecs.resource_id
  scalable_dimension = aws_applicationautoscaling_target.ecs.scalable_dimension
  service_namespace  = aws_applicationautoscaling_target.ecs.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 60

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}
