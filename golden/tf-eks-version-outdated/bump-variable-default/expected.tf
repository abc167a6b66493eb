variable "kubernetes_version" {
  description = "EKS version"
  default     = "1.34"
}

variable "cluster_version" {
  default = "1.34"
}
