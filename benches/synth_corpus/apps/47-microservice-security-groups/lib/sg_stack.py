"""One subnet and one security group per service; only declared edges are allowed."""
from typing import Dict, List

from cdktf import Fn, TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress
from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc

VPC_CIDR = "10.120.0.0/16"

SERVICES: Dict[str, int] = {"gateway": 8443, "orders": 9000, "inventory": 9100}
# caller -> callees
EDGES: Dict[str, List[str]] = {"gateway": ["orders", "inventory"], "orders": ["inventory"]}


class ServiceMeshNetworkStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="ap-southeast-2")

        vpc = Vpc(self, "vpc", cidr_block=VPC_CIDR, tags={"Name": f"mesh-{env}"})

        groups: Dict[str, SecurityGroup] = {}
        for index, (service, port) in enumerate(SERVICES.items()):
            Subnet(self, f"{service}-subnet", vpc_id=vpc.id, cidr_block=Fn.cidr_subnet(VPC_CIDR, 8, index),
                   tags={"Name": f"{service}-{env}"})
            groups[service] = SecurityGroup(
                self,
                f"{service}-sg",
                name=f"{service}-{env}",
                description=f"{service} service",
                vpc_id=vpc.id,
                # Health checks from anywhere in the VPC.
                ingress=[{
                    "description": "health checks",
                    "from_port": port,
                    "to_port": port,
                    "protocol": "tcp",
                    "cidr_blocks": [VPC_CIDR],
                }],
                egress=[SecurityGroupIngress(from_port=443, to_port=443, protocol="tcp", cidr_blocks=["0.0.0.0/0"])],
            )

        for caller, callees in EDGES.items():
            for callee in callees:
                SecurityGroupRule(
                    self,
                    f"{caller}-to-{callee}",
                    type="ingress",
                    security_group_id=groups[callee].id,
                    source_security_group_id=groups[caller].id,
                    from_port=SERVICES[callee],
                    to_port=SERVICES[callee],
                    protocol="tcp",
                    description=f"{caller} calls {callee}",
                )

        TerraformOutput(self, "security_group_ids", value={name: sg.id for name, sg in groups.items()})
