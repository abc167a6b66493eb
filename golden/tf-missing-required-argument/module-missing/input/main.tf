resource "aws_lb_listener" "https" {
  load_balancer_arn = var.lb_arn
  port              = 443
  protocol          = "HTTPS"
}

resource "aws_iam_role" "task" {
  name = "task"
}

data "aws_ssm_parameter" "db" {}

variable "lb_arn" {
  type = string
}
