"""TAP stack: shared services VPC."""
from cdktf import S3Backend, TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.default_security_group import DefaultSecurityGroup
from cdktf_cdktf_provider_aws.internet_gateway import InternetGateway
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.route_table import RouteTable, RouteTableRoute
from cdktf_cdktf_provider_aws.route_table_association import RouteTableAssociation
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class TapStack(TerraformStack):
    """Shared services VPC stack."""

    def __init__(self, scope: Construct, construct_id: str, **kwargs):
        super().__init__(scope, construct_id)

        environment_suffix = kwargs.get("environment_suffix", "dev")
        aws_region = kwargs.get("aws_region", "us-east-1")
        state_bucket_region = kwargs.get("state_bucket_region", "us-east-1")
        state_bucket = kwargs.get("state_bucket", "iac-rlhf-tf-states")
        default_tags = kwargs.get("default_tags", {})

        AwsProvider(self, "aws", region=aws_region, default_tags=[default_tags])

        # Remote state with native S3 locking
        S3Backend(
            self,
            bucket=state_bucket,
            key=f"{environment_suffix}/{construct_id}.tfstate",
            region=state_bucket_region,
            encrypt=True,
            use_lockfile=True,
        )

        vpc = Vpc(
            self,
            "shared-vpc",
            cidr_block="10.100.0.0/16",
            enable_dns_hostnames=True,
            enable_dns_support=True,
            enable_classiclink=False,
            tags={"Name": f"shared-services-{environment_suffix}"},
        )

        # Lock down the default security group: no rules at all.
        DefaultSecurityGroup(self, "default-sg", vpc_id=vpc.id)

        igw = InternetGateway(self, "igw", vpc_id=vpc.id)
        rt = RouteTable(self, "public-rt", vpc_id=vpc.id,
                        route=[RouteTableRoute(cidr_block="0.0.0.0/0", gateway_id=igw.id)])

        subnet_ids = []
        for index, (az_suffix, cidr) in enumerate([("a", "10.100.1.0/24"), ("b", "10.100.2.0/24")]):
            subnet = Subnet(
                self,
                f"public-{az_suffix}",
                vpc_id=vpc.id,
                cidr_block=cidr,
                availability_zone=f"{aws_region}{az_suffix}",
                map_public_ip_on_launch=True,
                tags={"Name": f"shared-public-{az_suffix}-{environment_suffix}"},
            )
            RouteTableAssociation(self, f"public-rta-{index}", subnet_id=subnet.id, route_table_id=rt.id)
            subnet_ids.append(subnet.id)

        TerraformOutput(self, "vpc_id", value=vpc.id)
        TerraformOutput(self, "subnet_ids", value=subnet_ids)
