"""Three-tier VPC foundation constructs."""
