output "bucket_arn" {
  # An output description cannot hold references: rewriting it breaks `terraform init`.
  description = "The bucket's ARN, e.g. arn:aws:s3:::my-bucket"
  value       = aws_s3_bucket.b.arn
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
}

resource "aws_iam_policy" "read" {
  description = "Reads arn:aws:s3:::my-bucket"
  policy      = <<EOT
{
  "Statement": [{
    "Effect": "Allow",
    "Action": "s3:GetObject",
    "Resource": ["arn:${data.aws_partition.current.partition}:s3:::my-bucket/*", "arn:${data.aws_partition.current.partition}:s3:::my-bucket"]
  }]
}
EOT
}

resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    # reads arn:aws:secretsmanager:... at boot (a comment: left alone)
    aws secretsmanager get-secret-value --secret-id arn:${data.aws_partition.current.partition}:secretsmanager:us-east-1:123456789012:secret:app
  EOT
}

data "aws_partition" "current" {}
