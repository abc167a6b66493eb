resource "aws_nat_gateway" "main" {
  count         = var.single_nat_gateway ? 1 : length(var.azs)
  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.public[count.index].id
}

resource "aws_nat_gateway" "one" {
  allocation_id = aws_eip.one.id
  subnet_id     = aws_subnet.public[0].id
}
