variable "kubernetes_version" {
  description = "EKS version"
  default     = "1.28"
}

variable "cluster_version" {
  default = "1.34"
}
