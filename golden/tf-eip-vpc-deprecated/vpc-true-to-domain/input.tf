resource "aws_eip" "nat" {
  count = 3
  vpc   = true

  tags = {
    Name = "nat-${count.index}"
  }
}
