resource "aws_iam_policy" "node" {
  name   = "node"
  policy = "{}"
}

resource "aws_iam_role_policy_attachment" "x" {
  policy_arn = aws_iam_policy.node_extra.arn
  role       = aws_iam_role.node.name
}
