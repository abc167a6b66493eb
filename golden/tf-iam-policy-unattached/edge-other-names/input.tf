resource "aws_iam_policy" "autoscaler" {
  name   = "cluster-autoscaler"
  policy = data.aws_iam_policy_document.autoscaler.json
}

resource "aws_iam_policy" "autoscaler_v2" {
  name   = "cluster-autoscaler-v2"
  policy = data.aws_iam_policy_document.autoscaler.json
}

module "role" {
  source       = "./modules/role"
  policy_names = ["cluster-autoscaler-v2"]
  depends_on   = [aws_iam_policy.autoscaler_v2]
}

resource "aws_iam_role_policy_attachment" "other" {
  role       = aws_iam_role.autoscaler.name
  policy_arn = "arn:aws:iam::aws:policy/cluster-autoscaler-legacy"
}
