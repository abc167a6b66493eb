"""CloudTrail with log file validation, CloudWatch Logs delivery and S3 data events."""
import json

from cdktf import Fn, TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudtrail import Cloudtrail, CloudtrailEventSelector, CloudtrailEventSelectorDataResource
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.bucket import TrailBucket

REGION = "us-east-1"


class AuditStack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region=REGION)

        workspace = Fn.terraform_workspace()
        trail_name = f"audit-trail-{workspace}"

        bucket = TrailBucket(self, "trail-bucket", name=f"audit-trail-logs-{workspace}", trail_name=trail_name,
                             region=REGION)

        log_group = CloudwatchLogGroup(self, "trail-logs", name=f"/aws/cloudtrail/{trail_name}",
                                       retention_in_days=365)
        cw_role = IamRole(
            self,
            "cw-role",
            name=f"cloudtrail-to-cloudwatch-{workspace}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"},
                               "Action": "sts:AssumeRole"}],
            }),
        )
        IamRolePolicy(
            self,
            "cw-policy",
            role=cw_role.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                               "Resource": f"{log_group.arn}:*"}],
            }),
        )

        trail = Cloudtrail(
            self,
            "trail",
            name=trail_name,
            s3_bucket_name=bucket.bucket.id,
            is_multi_region_trail=True,
            include_global_service_events=True,
            enable_log_file_validation=True,
            cloud_watch_logs_group_arn=f"{log_group.arn}:*",
            cloud_watch_logs_role_arn=cw_role.arn,
            event_selector=[
                CloudtrailEventSelector(
                    read_write_type="All",
                    include_management_events=True,
                    data_resource=[CloudtrailEventSelectorDataResource(type="AWS::S3::Object",
                                                                       values=["arn:aws:s3"])],
                )
            ],
            depends_on=[bucket.policy],
        )

        TerraformOutput(self, "trail_arn", value=trail.arn)
