from constructs import Construct
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress, SecurityGroupEgress


class NetworkStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, vpc_id: str):
        super().__init__(scope, construct_id)

        self.cluster_sg = SecurityGroup(
            self,
            "cluster_sg",
            name="eks-cluster-sg",
            vpc_id=vpc_id,
            tags={"Name": "eks-cluster-sg"},
            ingress=[
                SecurityGroupIngress(
                    from_port=443,
                    to_port=443,
                    protocol="tcp",
                    cidr_blocks=["10.0.0.0/16"],
                    description="Allow pods to communicate with cluster API",
                ),
            ],
            egress=[
                SecurityGroupEgress(
                    from_port=0,
                    to_port=0,
                    protocol="-1",
                    cidr_blocks=["0.0.0.0/0"],
                ),
            ],
        )

        # Allow pods to reach the API server
