variable "cluster" {
  type = string
}

variable "service" {
  type = string
}
