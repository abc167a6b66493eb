# No rewrite where the target is set already, the value is not a literal, or the list is not
# written out; the findings stay.
resource "aws_cloudwatch_event_rule" "both" {
  name       = "both"
  is_enabled = true
  state      = "ENABLED"
}

resource "aws_cloudwatch_event_rule" "variable" {
  name       = "variable"
  is_enabled = var.enabled
}

resource "aws_batch_job_queue" "from_variable" {
  name                 = "q"
  state                = "ENABLED"
  priority             = 1
  compute_environments = var.compute_environment_arns
}

# cpu_options exists: the count moves into it.
resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "c6i.large"

  cpu_options {
    threads_per_core = 1
    core_count       = 2
  }
}

# Already in cpu_options: reported, not moved (it would be set twice).
resource "aws_instance" "twice" {
  ami            = "ami-0123456789abcdef0"
  instance_type  = "c6i.large"
  cpu_core_count = 2

  cpu_options {
    core_count = 2
  }
}

data "aws_iam_policy_document" "merged" {
  source_json             = data.aws_iam_policy_document.a.json
  source_policy_documents = [data.aws_iam_policy_document.b.json]
}
