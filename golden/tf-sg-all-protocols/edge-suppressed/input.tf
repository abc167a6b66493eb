resource "aws_security_group" "mesh" {
  ingress {
    from_port = 0
    to_port   = 0
    # cdktf-fix: ignore[tf-sg-all-protocols]
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
