resource "aws_kms_key" "logs" {
  description = "logs"
}

resource "aws_kms_key_policy" "logs" {
  key_id = aws_kms_key.logs.id
  policy = data.aws_iam_policy_document.logs.json
}

resource "aws_kms_key" "other" {
  description = "other"
}
