resource "aws_iam_policy" "irsa" {
  name   = "irsa"
  policy = "{}"
}

output "irsa_policy_arn" {
  value = aws_iam_policy.irsa.arn
}
