resource "aws_eip" "nat" {
  domain = "vpc"
}
