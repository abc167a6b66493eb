resource "aws_kms_key" "shared" {
  description = "handed to the logging module"
}

module "logging" {
  source      = "./modules/logging"
  kms_key_arn = aws_kms_key.shared.arn
}

output "shared_key_arn" {
  value = aws_kms_key.shared.arn
}
