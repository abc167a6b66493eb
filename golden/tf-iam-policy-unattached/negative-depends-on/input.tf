resource "aws_iam_policy" "lb_controller" {
  name   = "AWSLoadBalancerControllerIAMPolicy"
  policy = file("${path.module}/lb-controller-policy.json")
}

# The controller's service account role attaches the policy by ARN in another stack; the chart
# must wait for the policy to exist.
resource "helm_release" "lb_controller" {
  name       = "aws-load-balancer-controller"
  repository = "https://aws.github.io/eks-charts"
  chart      = "aws-load-balancer-controller"
  depends_on = [aws_iam_policy.lb_controller]
}
