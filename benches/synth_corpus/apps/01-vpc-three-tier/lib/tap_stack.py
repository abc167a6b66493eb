"""Main stack of the three-tier VPC foundation."""
from typing import Any, Dict

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.flow_logs import FlowLogsConstruct
from lib.network import NetworkConstruct


class TapStack(TerraformStack):
    """VPC with public, private and isolated database tiers across three AZs."""

    def __init__(self, scope: Construct, construct_id: str, **kwargs: Any):
        super().__init__(scope, construct_id)

        environment_suffix: str = kwargs.get("environment_suffix", "dev")
        aws_region: str = kwargs.get("aws_region", "us-east-1")
        default_tags: Dict[str, Any] = kwargs.get("default_tags", {})

        AwsProvider(self, "aws", region=aws_region, default_tags=[default_tags])

        network = NetworkConstruct(self, "network", environment_suffix=environment_suffix)
        FlowLogsConstruct(self, "flow-logs", vpc_id=network.vpc.id, environment_suffix=environment_suffix)

        TerraformOutput(self, "vpc_id", value=network.vpc.id)
        TerraformOutput(self, "public_subnet_ids", value=[s.id for s in network.public_subnets])
        TerraformOutput(self, "private_subnet_ids", value=[s.id for s in network.private_subnets])
        TerraformOutput(self, "database_subnet_ids", value=[s.id for s in network.database_subnets])
