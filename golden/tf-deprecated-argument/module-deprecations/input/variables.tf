variable "batch_service_role_arn" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "security_group_ids" {
  type = list(string)
}

variable "ami_id" {
  type = string
}

variable "rest_api_id" {
  type = string
}
