# `aws` is another provider here: its aws_* types are not hashicorp/aws's.
resource "aws_db_instance" "x" {
  name          = "legacy"
  custom_option = true
}
