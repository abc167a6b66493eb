# aws 6.x: judged by the 6.69.1 schema, not 5.100.0's.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  region = "eu-west-1" # enhanced region support: valid on 6.x only
}

resource "aws_batch_compute_environment" "jobs" {
  name         = "jobs"
  type         = "MANAGED"
  service_role = "arn:aws:iam::123456789012:role/batch"

  compute_resources {
    type               = "FARGATE"
    max_vcpus          = 16
    subnets            = ["subnet-0123456789abcdef0"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

data "aws_batch_compute_environment" "existing" {
  name = "legacy"
}

resource "aws_dx_gateway_association" "dx" {
  dx_gateway_id         = "dxgw-1"
  associated_gateway_id = "vgw-1"
}

resource "aws_instance" "app" {
  ami            = "ami-0123456789abcdef0"
  instance_type  = "t3.micro"
  cpu_core_count = 2
}

resource "aws_eks_addon" "cni" {
  cluster_name      = "main"
  addon_name        = "vpc-cni"
  resolve_conflicts = "OVERWRITE"
}

# Inside a block the bindings type `any` (rule.statement) nothing is judged.
resource "aws_wafv2_web_acl" "edge" {
  name  = "edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "rate"
    priority = 1

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = 1000
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "edge"
    sampled_requests_enabled   = true
  }
}
