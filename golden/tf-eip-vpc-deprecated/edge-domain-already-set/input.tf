resource "aws_eip" "nat" {
  domain = "vpc"
  vpc    = true # legacy
}
