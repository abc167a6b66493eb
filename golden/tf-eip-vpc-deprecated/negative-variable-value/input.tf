resource "aws_eip" "nat" {
  vpc = var.in_vpc
}
