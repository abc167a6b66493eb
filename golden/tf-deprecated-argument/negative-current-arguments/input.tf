# The current spellings of everything tf-deprecated-argument rewrites: nothing to report.
resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly"
  schedule_expression = "cron(0 2 * * ? *)"
  state               = "DISABLED"
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "c6i.large"

  cpu_options {
    core_count       = 2
    threads_per_core = 1
  }
}

resource "aws_batch_job_queue" "jobs" {
  name     = "jobs"
  state    = "ENABLED"
  priority = 1

  compute_environment_order {
    order               = 0
    compute_environment = "arn:aws:batch:us-east-1:123456789012:compute-environment/spot"
  }
}

data "aws_iam_policy_document" "jobs" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "logs"

  rule {
    id     = "expire"
    status = "Enabled"

    filter {
      prefix = "jobs/"
    }

    expiration {
      days = 30
    }
  }
}

# A `dynamic` block and meta-arguments are not the schema's.
resource "aws_security_group" "web" {
  name     = "web"
  for_each = toset(["a"])

  dynamic "ingress" {
    for_each = [443]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}
