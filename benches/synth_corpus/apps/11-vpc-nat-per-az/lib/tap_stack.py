"""VPC for the payment gateway application."""
from cdktf import S3Backend, TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.eip import Eip
from cdktf_cdktf_provider_aws.internet_gateway import InternetGateway
from cdktf_cdktf_provider_aws.nat_gateway import NatGateway
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.route import Route
from cdktf_cdktf_provider_aws.route_table import RouteTable
from cdktf_cdktf_provider_aws.route_table_association import RouteTableAssociation
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc
from cdktf_cdktf_provider_aws.vpc_endpoint import VpcEndpoint


class TapStack(TerraformStack):
    """Three-AZ VPC with isolated private subnets and per-AZ NAT gateways."""

    def __init__(self, scope: Construct, construct_id: str, **kwargs):
        super().__init__(scope, construct_id)

        environment_suffix = kwargs.get("environment_suffix", "dev")
        aws_region = kwargs.get("aws_region", "us-east-1")
        state_bucket = kwargs.get("state_bucket")
        state_bucket_region = kwargs.get("state_bucket_region")
        default_tags = kwargs.get("default_tags", {})

        AwsProvider(self, "aws", region=aws_region, default_tags=[default_tags])

        S3Backend(
            self,
            bucket=state_bucket,
            key=f"{environment_suffix}/{construct_id}.tfstate",
            region=state_bucket_region,
            encrypt=True,
        )
        # Add S3 state locking using escape hatch
        self.add_override("terraform.backend.s3.use_lockfile", True)

        azs = DataAwsAvailabilityZones(self, "azs", state="available")

        vpc = Vpc(
            self,
            "vpc",
            cidr_block="10.0.0.0/16",
            enable_dns_hostnames=True,
            enable_dns_support=True,
            tags={"Name": f"payment-vpc-{environment_suffix}"},
        )
        igw = InternetGateway(self, "igw", vpc_id=vpc.id, tags={"Name": f"payment-igw-{environment_suffix}"})

        public_rt = RouteTable(self, "public-rt", vpc_id=vpc.id, tags={"Name": f"payment-public-{environment_suffix}"})
        Route(self, "public-default", route_table_id=public_rt.id, destination_cidr_block="0.0.0.0/0",
              gateway_id=igw.id)

        private_route_tables = []
        for i in range(3):
            public_subnet = Subnet(
                self,
                f"public-subnet-{i}",
                vpc_id=vpc.id,
                cidr_block=f"10.0.{i}.0/24",
                availability_zone=azs.names[i],
                map_public_ip_on_launch=True,
                tags={"Name": f"payment-public-{i}-{environment_suffix}", "Type": "public"},
            )
            RouteTableAssociation(self, f"public-rta-{i}", subnet_id=public_subnet.id, route_table_id=public_rt.id)

            private_subnet = Subnet(
                self,
                f"private-subnet-{i}",
                vpc_id=vpc.id,
                cidr_block=f"10.0.{i + 10}.0/24",
                availability_zone=azs.names[i],
                tags={"Name": f"payment-private-{i}-{environment_suffix}", "Type": "private"},
            )

            eip = Eip(self, f"nat-eip-{i}", vpc=True, tags={"Name": f"payment-nat-eip-{i}-{environment_suffix}"})
            nat = NatGateway(self, f"nat-{i}", allocation_id=eip.id, subnet_id=public_subnet.id,
                             tags={"Name": f"payment-nat-{i}-{environment_suffix}"})

            private_rt = RouteTable(self, f"private-rt-{i}", vpc_id=vpc.id,
                                    tags={"Name": f"payment-private-rt-{i}-{environment_suffix}"})
            Route(self, f"private-default-{i}", route_table_id=private_rt.id, destination_cidr_block="0.0.0.0/0",
                  nat_gateway_id=nat.id)
            RouteTableAssociation(self, f"private-rta-{i}", subnet_id=private_subnet.id,
                                  route_table_id=private_rt.id)
            private_route_tables.append(private_rt)

        VpcEndpoint(
            self,
            "s3-endpoint",
            vpc_id=vpc.id,
            service_name=f"com.amazonaws.{aws_region}.s3",
            vpc_endpoint_type="Gateway",
            route_table_ids=[rt.id for rt in private_route_tables],
        )

        TerraformOutput(self, "vpc_id", value=vpc.id)
