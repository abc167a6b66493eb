resource "aws_security_group" "web" {
  count       = var.enabled ? 1 : 0
  name_prefix = "web-"
  vpc_id      = var.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  dynamic "egress" {
    for_each = var.egress
    content {
      from_port   = egress.value
      to_port     = egress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }

  lifecycle {
    create_before_destroy = true
  }

  provisioner "local-exec" {
    command = "echo ${self.id}"
  }

  depends_on = [aws_s3_bucket.b]
}

resource "aws_s3_bucket" "b" {
  for_each = toset(["a"])
  provider = aws
  bucket   = "b-${each.key}"
}

module "vpc" {
  source = "./vpc"
  cidr   = "10.0.0.0/16"
}

data "aws_caller_identity" "me" {}

variable "enabled" {
  type = bool
}

variable "vpc_id" {
  type = string
}

variable "egress" {
  type = list(number)
}
