"""TAP stack: a web security group whose ingress rule dict uses Python-style keys."""
from constructs import Construct
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup


class TapStack(TerraformStack):
    """A security group with one inline ingress rule."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        environment_suffix: str,
        state_bucket: str,
        state_bucket_region: str,
        aws_region: str,
    ):
        super().__init__(scope, construct_id)

        AwsProvider(self, "aws", region=aws_region)

        SecurityGroup(
            self,
            "web_sg",
            name=f"web-{environment_suffix}",
            description="HTTPS from anywhere",
            ingress=[{
                "fromPort": 443,
                "toPort": 443,
                "protocol": "tcp",
                "cidrBlocks": ["0.0.0.0/0"],
            }],
        )
