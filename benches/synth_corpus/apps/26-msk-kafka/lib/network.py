"""Three private subnets for the brokers (one per AZ)."""
from cdktf import Fn
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc


class BrokerNetwork(Construct):
    def __init__(self, scope: Construct, id: str, env: str):
        super().__init__(scope, id)
        azs = DataAwsAvailabilityZones(self, "azs", state="available")
        self.vpc = Vpc(self, "vpc", cidr_block="10.70.0.0/16", enable_dns_hostnames=True,
                       tags={"Name": f"msk-{env}"})
        self.subnet_ids = []
        for i in range(3):
            subnet = Subnet(self, f"broker-{i}", vpc_id=self.vpc.id, cidr_block=f"10.70.{i}.0/24",
                            availability_zone=Fn.element(azs.names, i))
            self.subnet_ids.append(subnet.id)
        self.security_group = SecurityGroup(
            self,
            "brokers",
            name=f"msk-brokers-{env}",
            vpc_id=self.vpc.id,
            ingress=[
                SecurityGroupIngress(description="Kafka TLS", from_port=9094, to_port=9094, protocol="tcp",
                                     cidr_blocks=["10.0.0.0/8"]),
                SecurityGroupIngress(description="Kafka IAM", from_port=9098, to_port=9098, protocol="tcp",
                                     cidr_blocks=["10.0.0.0/8"]),
            ],
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])],
        )
