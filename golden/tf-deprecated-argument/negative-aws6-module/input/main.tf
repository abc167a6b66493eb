# aws 6.x: the 6.x schemas carry no deprecation flags, so nothing is judged here (is_enabled is
# still accepted by 6.x; what 6.0 removed is tf-unsupported-argument's).
resource "aws_cloudwatch_event_rule" "nightly" {
  name       = "nightly"
  is_enabled = true
}
