# Batch workers, their schedule and the logs bucket (written against the 4.x docs).

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "batch-nightly"
  schedule_expression = "cron(0 2 * * ? *)"
  is_enabled          = false # paused until the migration is done
}

resource "aws_batch_compute_environment" "spot" {
  compute_environment_name = "spot"
  type                     = "MANAGED"
  service_role             = var.batch_service_role_arn

  compute_resources {
    type               = "FARGATE_SPOT"
    max_vcpus          = 64
    subnets            = var.subnet_ids
    security_group_ids = var.security_group_ids
  }
}

resource "aws_batch_compute_environment" "on_demand" {
  compute_environment_name = "on-demand"
  type                     = "MANAGED"
  service_role             = var.batch_service_role_arn

  compute_resources {
    type               = "FARGATE"
    max_vcpus          = 16
    subnets            = var.subnet_ids
    security_group_ids = var.security_group_ids
  }
}

resource "aws_batch_job_queue" "jobs" {
  name                 = "jobs"
  state                = "ENABLED"
  priority             = 10
  compute_environments = [aws_batch_compute_environment.spot.arn, aws_batch_compute_environment.on_demand.arn]
}

resource "aws_instance" "bastion" {
  ami                  = var.ami_id
  instance_type        = "c6i.large"
  cpu_core_count       = 1
  cpu_threads_per_core = 1
  subnet_id            = var.subnet_ids[0]

  tags = {
    Name = "bastion"
  }
}

data "aws_iam_policy_document" "base" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::batch-input/*"]
  }
}

data "aws_iam_policy_document" "jobs" {
  source_json = data.aws_iam_policy_document.base.json

  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::batch-output/*"]
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "batch-logs"

  rule {
    id     = "expire-job-logs"
    status = "Enabled"
    prefix = "jobs/"

    expiration {
      days = 30
    }
  }
}

# Reported only: the replacement is another resource.
resource "aws_api_gateway_deployment" "api" {
  rest_api_id = var.rest_api_id
  stage_name  = "prod"
}
