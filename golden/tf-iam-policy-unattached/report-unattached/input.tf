resource "aws_iam_policy" "cluster_autoscaler" {
  name   = "cluster-autoscaler"
  policy = data.aws_iam_policy_document.autoscaler.json
}

resource "aws_iam_policy" "attached" {
  name   = "attached"
  policy = "{}"
}

resource "aws_iam_role_policy_attachment" "attached" {
  policy_arn = aws_iam_policy.attached.arn
  role       = aws_iam_role.node.name
}
