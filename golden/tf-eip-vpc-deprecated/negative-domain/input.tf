resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id = aws_vpc.main.id
}
