resource "aws_kms_key" "eks" {
  description = "EKS secrets"
  policy      = data.aws_iam_policy_document.kms.json
}
