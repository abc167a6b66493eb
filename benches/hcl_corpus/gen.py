#!/usr/bin/env python3
"""Writes 30 realistic Terraform modules (deterministic, seed 13) into benches/hcl_corpus/modules (not committed).

Each module: versions.tf (several constraint styles), variables.tf, and 2-4 service files built
from snippets; a snippet has a correct form and, for some, broken forms seen in model-written
code (renamed arguments, renamed types, split resources, misplaced arguments, missing required
arguments, typos, S3 lifecycle rules without filter)."""
import os, random, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "modules")

VERSIONS = [
    '''terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
''',
    '''terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.30, < 6.0"
    }
  }
}
''',
    '''terraform {
  required_version = ">= 1.6.0"
}
''',
]

PROVIDER = '''provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project = var.project
    }
  }
}
'''

VARS = '''variable "region" {
  type    = string
  default = "us-east-1"
}

variable "project" {
  type    = string
  default = "demo"
}

variable "vpc_id" {
  type    = string
  default = "vpc-0123456789abcdef0"
}

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "change-me-please"
}
'''

# name -> {variant: text}; "ok" is correct
S = {}

S["rds"] = {
"ok": '''resource "aws_db_subnet_group" "main" {
  name       = "${var.project}-db"
  subnet_ids = var.subnet_ids
}

resource "aws_db_instance" "main" {
  identifier             = "${var.project}-db"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t3.micro"
  allocated_storage      = 20
  db_name                = "app"
  username               = "app"
  password               = var.db_password
  db_subnet_group_name   = aws_db_subnet_group.main.name
  skip_final_snapshot    = true
  storage_encrypted      = true
  vpc_security_group_ids = [aws_security_group.db.id]
}

resource "aws_security_group" "db" {
  name_prefix = "${var.project}-db-"
  vpc_id      = var.vpc_id

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
''',
}
S["rds"]["name"] = S["rds"]["ok"].replace('  db_name                = "app"', '  name                   = "app"')
S["rds"]["missing"] = S["rds"]["ok"].replace('  instance_class         = "db.t3.micro"\n', '')

S["cache"] = {
"ok": '''resource "aws_elasticache_subnet_group" "cache" {
  name       = "${var.project}-cache"
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "${var.project}-cache"
  description                = "Session cache"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  subnet_group_name          = aws_elasticache_subnet_group.cache.name
  at_rest_encryption_enabled = true
}
''',
}
S["cache"]["renamed"] = S["cache"]["ok"].replace(
    '  description                = "Session cache"\n  node_type                  = "cache.t3.micro"\n  num_cache_clusters         = 2\n',
    '  replication_group_description = "Session cache"\n  node_type                     = "cache.t3.micro"\n  number_cache_clusters         = 2\n')
S["cache"]["cluster_mode"] = S["cache"]["ok"].replace(
    '  num_cache_clusters         = 2\n',
    '  cluster_mode {\n    num_node_groups         = 2\n    replicas_per_node_group = 1\n  }\n')

S["ecs"] = {
"ok": '''resource "aws_ecs_cluster" "main" {
  name = "${var.project}-cluster"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_service" "api" {
  name                               = "api"
  cluster                            = aws_ecs_cluster.main.id
  desired_count                      = 2
  launch_type                        = "FARGATE"
  deployment_maximum_percent         = 200
  deployment_minimum_healthy_percent = 50

  network_configuration {
    subnets = var.subnet_ids
  }
}

resource "aws_appautoscaling_target" "api" {
  max_capacity       = 6
  min_capacity       = 2
  resource_id        = "service/${aws_ecs_cluster.main.name}/${aws_ecs_service.api.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
}

resource "aws_appautoscaling_policy" "api_cpu" {
  name               = "api-cpu"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.api.resource_id
  scalable_dimension = aws_appautoscaling_target.api.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 60

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}
''',
}
S["ecs"]["appautoscaling"] = S["ecs"]["ok"].replace("aws_appautoscaling_", "aws_applicationautoscaling_")
S["ecs"]["deploy_block"] = S["ecs"]["ok"].replace(
    '  deployment_maximum_percent         = 200\n  deployment_minimum_healthy_percent = 50\n',
    '\n  deployment_configuration {\n    maximum_percent         = 200\n    minimum_healthy_percent = 50\n  }\n')

S["logs"] = {
"ok": '''resource "aws_s3_bucket" "logs" {
  bucket_prefix = "${var.project}-logs-"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    id     = "expire"
    status = "Enabled"

    filter {
      prefix = "logs/"
    }

    expiration {
      days = 90
    }
  }
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
''',
}
S["logs"]["nofilter"] = S["logs"]["ok"].replace('''    filter {
      prefix = "logs/"
    }

''', '')
S["logs"]["encryption_split"] = S["logs"]["ok"].replace(
    'resource "aws_s3_bucket_server_side_encryption_configuration" "logs"', 'resource "aws_s3_bucket_encryption" "logs"')
S["logs"]["typo"] = S["logs"]["ok"].replace("      days = 90", "      days_after = 90")

S["events"] = {
"ok": '''resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "${var.project}-nightly"
  schedule_expression = "cron(0 3 * * ? *)"
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_sqs_queue.jobs.arn
}

resource "aws_sqs_queue" "jobs" {
  name                      = "${var.project}-jobs"
  message_retention_seconds = 345600
}

resource "aws_cloudwatch_log_group" "jobs" {
  name              = "/${var.project}/jobs"
  retention_in_days = 30
}
''',
}
S["events"]["eventbridge"] = S["events"]["ok"].replace("aws_cloudwatch_event_", "aws_eventbridge_")

S["iam"] = {
"ok": '''data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "task" {
  name               = "${var.project}-task"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy_attachment" "task" {
  role       = aws_iam_role.task.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}
''',
}
S["iam"]["attach_tags"] = S["iam"]["ok"].replace(
    '  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"\n',
    '  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"\n  tags = {\n    Name = "task"\n  }\n')
S["iam"]["no_assume"] = S["iam"]["ok"].replace("  assume_role_policy = data.aws_iam_policy_document.assume.json\n", "")

S["config"] = {
"ok": '''resource "aws_config_configuration_recorder" "main" {
  name     = "${var.project}-recorder"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_iam_role" "config" {
  name = "${var.project}-config"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "config.amazonaws.com" }
    }]
  })
}
''',
}
S["config"]["misplaced"] = S["config"]["ok"].replace(
    '''  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
''', '''  include_global_resource_types = true

  recording_group {
    all_supported = true
  }
''')

S["eip"] = {
"ok": '''resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = var.subnet_ids[0]
}
''',
}
S["eip"]["vpc_true"] = S["eip"]["ok"].replace('  domain = "vpc"', '  vpc = true')
S["eip"]["nat_missing"] = S["eip"]["ok"].replace('  subnet_id     = var.subnet_ids[0]\n', '').replace('  allocation_id = aws_eip.nat.id', '  allocation_id = aws_eip.nat.id')

S["lb"] = {
"ok": '''resource "aws_lb" "api" {
  name               = "${var.project}-api"
  load_balancer_type = "application"
  subnets            = var.subnet_ids
}

resource "aws_lb_target_group" "api" {
  name        = "${var.project}-api"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    path    = "/health"
    matcher = "200"
  }
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.api.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }
}
''',
}
S["lb"]["no_action"] = S["lb"]["ok"].replace('''
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }
''', '')
S["lb"]["hc_typo"] = S["lb"]["ok"].replace('    path    = "/health"', '    health_path = "/health"')


def main():
    rnd = random.Random(13)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    names = sorted(S)
    for i in range(30):
        d = os.path.join(OUT, f"m{i:02d}")
        os.makedirs(d)
        with open(os.path.join(d, "versions.tf"), "w") as f:
            f.write(VERSIONS[i % len(VERSIONS)] + "\n" + PROVIDER)
        with open(os.path.join(d, "variables.tf"), "w") as f:
            f.write(VARS)
        picked = rnd.sample(names, rnd.randint(2, 4))
        # a third of the modules are correct; the others get one to three broken snippets
        n_broken = 0 if i % 3 == 0 else rnd.randint(1, 3)
        brokenable = [p for p in picked if len(S[p]) > 1]
        broken = set(rnd.sample(brokenable, min(n_broken, len(brokenable))))
        manifest = []
        for p in picked:
            variants = sorted(v for v in S[p] if v != "ok")
            v = rnd.choice(variants) if p in broken else "ok"
            manifest.append(f"{p}:{v}")
            with open(os.path.join(d, f"{p}.tf"), "w") as f:
                f.write(S[p][v])
        with open(os.path.join(d, "MANIFEST"), "w") as f:
            f.write("\n".join(manifest) + "\n")


if __name__ == "__main__":
    main()
