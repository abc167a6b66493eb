resource "aws_db_instance" "app" {
  identifier                  = "tap-app"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  name                        = "tap"
  username                    = "tap"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_applicationautoscaling_target" "workers" {
  max_capacity       = 4
  min_capacity       = 1
  resource_id        = "service/tap/workers"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "tap-logs"

  rule {
    id     = "expire"
    status = "Enabled"

    transition {
      days          = 7
      storage_class = "standard_ia"
    }

    expiration {
      days = 30
    }
  }
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "tap-nightly-report"
  schedule_expression = "cron(0 3 * * ? *)"
  is_enabled          = true
}
