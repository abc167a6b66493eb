variable "protocol" {
  type    = string
  default = "HTTP"
}

variable "env" {
  type    = string
  default = "prod"
}

resource "aws_lb_target_group" "web" {
  name        = "web"
  port        = 80
  protocol    = var.protocol          # a reference: not judged
  target_type = "${var.env}-instance" # a template: not judged
  vpc_id      = "vpc-0123456789abcdef0"

  health_check {
    protocol = "http" # the provider ignores case here
  }
}

resource "aws_lb_listener" "web" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef"
  port              = 80
  protocol          = "http" # the provider ignores case here

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_rds_cluster" "custom" {
  cluster_identifier = "custom"
  engine             = "custom-sqlserver-ee" # a `custom-` engine is accepted
  master_username    = "admin"
  master_password    = "change-me-please"
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  tenancy       = "shared" # no valid value matches: reported only

  root_block_device {
    volume_type = "gp4" # reported with the closest values
  }
}

resource "aws_ecs_task_definition" "mixed" {
  family                   = "mixed"
  requires_compatibilities = ["FARGATE", "ec2", var.env]
  container_definitions    = "[]"
}
