"""Bastion instance with IMDSv2, encrypted root volume, Session Manager access and an Elastic IP."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_ssm_parameter import DataAwsSsmParameter
from cdktf_cdktf_provider_aws.eip import Eip
from cdktf_cdktf_provider_aws.iam_instance_profile import IamInstanceProfile
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.instance import Instance, InstanceMetadataOptions
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress


class BastionStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str, vpc_id: str, subnet_id: str, admin_cidr: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        # Latest Amazon Linux 2023 AMI from the public SSM parameter.
        ami = DataAwsSsmParameter(self, "al2023-ami",
                                  name="/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")

        role = IamRole(self, "role", name=f"bastion-{env}", assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
                           "Action": "sts:AssumeRole"}],
        }))
        IamRolePolicyAttachment(self, "ssm-core", role=role.name,
                                policy_arn="arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")
        profile = IamInstanceProfile(self, "profile", name=f"bastion-{env}", role=role.name)

        sg = SecurityGroup(
            self,
            "sg",
            name=f"bastion-{env}",
            description="SSH from the admin network only",
            vpc_id=vpc_id,
            ingress=[SecurityGroupIngress(from_port=22, to_port=22, protocol="tcp", cidr_blocks=[admin_cidr])],
            egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])],
        )

        bastion = Instance(
            self,
            "bastion",
            ami=ami.value,
            instance_type="t3.micro",
            subnet_id=subnet_id,
            vpc_security_group_ids=sg.id,
            iam_instance_profile=profile.name,
            cpu_core_count=1,
            monitoring=True,
            metadata_options=InstanceMetadataOptions(http_tokens="required", http_endpoint="enabled",
                                                     http_put_response_hop_limit=1),
            root_block_device=[{"volume_size": 16, "volume_type": "gp3", "encrypted": True}],
            tags={"Name": f"bastion-{env}"},
        )

        eip = Eip(self, "eip", domain="vpc", instance=bastion.id)

        TerraformOutput(self, "bastion_public_ip", value=eip.public_ip)
        TerraformOutput(self, "instance_id", value=bastion.id)
