"""Interface endpoints (ECR, logs, SSM, STS) and an S3 gateway endpoint."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.route53_record import Route53Record
from cdktf_cdktf_provider_aws.route53_zone import Route53Zone, Route53ZoneVpc
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress
from cdktf_cdktf_provider_aws.vpc_endpoint import VpcEndpoint

from lib.network import IsolatedVpc

INTERFACE_SERVICES = ["ecr.api", "ecr.dkr", "logs", "ssm", "ssmmessages", "ec2messages", "sts"]


class EndpointsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str, region: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region=region)
        net = IsolatedVpc(self, "net", env)

        endpoint_sg = SecurityGroup(
            self,
            "endpoint-sg",
            name=f"vpc-endpoints-{env}",
            vpc_id=net.vpc.id,
            ingress=[SecurityGroupIngress(from_port=443, to_port=443, protocol="tcp",
                                          cidr_blocks=[net.vpc.cidr_block])],
        )

        endpoints = {}
        for service in INTERFACE_SERVICES:
            endpoints[service] = VpcEndpoint(
                self,
                f"endpoint-{service.replace('.', '-')}",
                vpc_id=net.vpc.id,
                service_name=f"com.amazonaws.{region}.{service}",
                vpc_endpoint_type="Interface",
                private_dns_enabled=True,
                subnet_ids=net.subnets[0].id,
                security_group_ids=[endpoint_sg.id],
            )

        VpcEndpoint(self, "endpoint-s3", vpc_id=net.vpc.id, service_name=f"com.amazonaws.{region}.s3",
                    vpc_endpoint_type="Gateway", route_table_ids=[net.route_table.id])

        # A friendly internal name for the STS endpoint, used by legacy tooling.
        zone = Route53Zone(self, "internal", name=f"{env}.internal",
                           vpc=[Route53ZoneVpc(vpc_id=net.vpc.id)])
        Route53Record(
            self,
            "sts-alias",
            zone_id=zone.zone_id,
            name=f"sts.{env}.internal",
            type="CNAME",
            ttl=300,
            records=[endpoints["sts"].dns_entry[0]["dns_name"]],
        )

        TerraformOutput(self, "vpc_id", value=net.vpc.id)
