variable "policy_arn" {
  type    = string
  default = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

provider "aws" {
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/deploy"
  }
}

resource "aws_iam_role_policy_attachment" "ro" {
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/ReadOnlyAccess"
  role       = "arn:aws-us-gov:iam::123456789012:role/x"
}
