output "scaling_policy_arn" {
  value = aws_appautoscaling_policy.cpu.arn
}

# The target `aws_applicationautoscaling_target.ecs_other` is another block (not renamed).
output "target_id" {
  value = aws_appautoscaling_target.ecs.id
}
