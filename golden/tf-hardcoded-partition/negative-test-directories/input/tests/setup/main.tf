# Setup module of `terraform test` (tests/*.tftest.hcl): a fixture in the commercial partition.
resource "aws_iam_role" "fixture" {
  name               = "fixture"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

output "expected_policy_arn" {
  value = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
