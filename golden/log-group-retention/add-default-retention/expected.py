from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws import cloudwatch_log_group


def build(self, cluster_name):
    CloudwatchLogGroup(
        self,
        "eks_logs",
        name=f"/aws/eks/{cluster_name}/cluster",
        tags={"Name": "eks-logs"},
        retention_in_days=7,
    )
    cloudwatch_log_group.CloudwatchLogGroup(self, "app_logs", name="/app", retention_in_days=7)
