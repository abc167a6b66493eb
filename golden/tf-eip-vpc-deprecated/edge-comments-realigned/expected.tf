resource "aws_eip" "bastion" {
  instance = aws_instance.bastion.id # the host
  domain   = "vpc"                   # EC2-VPC
}
