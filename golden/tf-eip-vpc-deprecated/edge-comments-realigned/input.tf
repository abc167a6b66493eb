resource "aws_eip" "bastion" {
  instance = aws_instance.bastion.id # the host
  vpc      = true                    # EC2-VPC
}
