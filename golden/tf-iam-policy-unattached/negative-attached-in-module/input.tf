resource "aws_iam_policy" "autoscaler" {
  name   = "cluster-autoscaler"
  path   = "/eks/"
  policy = data.aws_iam_policy_document.autoscaler.json
}

resource "aws_iam_policy" "ebs_csi" {
  name   = "ebs-csi"
  policy = data.aws_iam_policy_document.ebs_csi.json
}

resource "aws_iam_policy" "external_dns" {
  name   = "external-dns"
  policy = data.aws_iam_policy_document.external_dns.json
}

# The whole policy object handed to a module that attaches it.
module "ebs_csi_irsa" {
  source   = "./modules/irsa"
  policies = [aws_iam_policy.ebs_csi]
}

# Attached by name.
module "external_dns_role" {
  source        = "./modules/role"
  policy_names  = ["external-dns"]
  oidc_provider = var.oidc_provider_arn
}

# Attached by an ARN built from the name and path.
resource "aws_iam_role_policy_attachment" "autoscaler" {
  role       = aws_iam_role.autoscaler.name
  policy_arn = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:policy/eks/cluster-autoscaler"
}
