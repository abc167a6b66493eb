"""Managed Spot compute environment, job queue and the alignment job definition."""
import json
from typing import List

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.batch_compute_environment import (
    BatchComputeEnvironment,
    BatchComputeEnvironmentComputeResources,
)
from cdktf_cdktf_provider_aws.batch_job_definition import (
    BatchJobDefinition,
    BatchJobDefinitionRetryStrategy,
    BatchJobDefinitionTimeout,
)
from cdktf_cdktf_provider_aws.batch_job_queue import BatchJobQueue, BatchJobQueueComputeEnvironmentOrder
from cdktf_cdktf_provider_aws.iam_instance_profile import IamInstanceProfile
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress


def _trust(service: str) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]})


class BatchStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, env: str, vpc_id: str, subnet_ids: List[str]):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")

        service_role = IamRole(self, "batch-service", name=f"genomics-batch-service-{env}",
                               assume_role_policy=_trust("batch.amazonaws.com"))
        IamRolePolicyAttachment(self, "batch-service-policy", role=service_role.name,
                                policy_arn="arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole")

        instance_role = IamRole(self, "instance-role", name=f"genomics-batch-instance-{env}",
                                assume_role_policy=_trust("ec2.amazonaws.com"))
        IamRolePolicyAttachment(self, "instance-ecs", role=instance_role.name,
                                policy_arn="arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role")
        profile = IamInstanceProfile(self, "instance-profile", name=f"genomics-batch-{env}", role=instance_role.name)

        sg = SecurityGroup(self, "compute-sg", name=f"genomics-batch-{env}", vpc_id=vpc_id,
                           egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1",
                                                       cidr_blocks=["0.0.0.0/0"])])

        compute = BatchComputeEnvironment(
            self,
            "spot-ce",
            name=f"genomics-spot-{env}",
            type="MANAGED",
            service_role=service_role.arn,
            compute_resources=BatchComputeEnvironmentComputeResources(
                type="SPOT",
                allocation_strategy="SPOT_PRICE_CAPACITY_OPTIMIZED",
                min_vcpus=0,
                max_vcpus=256,
                instance_type=["c6i", "m6i", "r6i"],
                instance_role=profile.arn,
                subnets=subnet_ids,
                security_group_ids=[sg.id],
            ),
            depends_on=[service_role],
        )

        queue = BatchJobQueue(
            self,
            "queue",
            name=f"genomics-{env}",
            state="ENABLED",
            priority=10,
            compute_environment_order=[BatchJobQueueComputeEnvironmentOrder(compute_environment=compute.arn, order=1)],
        )

        BatchJobDefinition(
            self,
            "align",
            name=f"bwa-align-{env}",
            type="container",
            container_properties=json.dumps({
                "image": "public.ecr.aws/biocontainers/bwa:0.7.17",
                "command": ["bwa", "mem", "Ref::reference", "Ref::reads"],
                "resourceRequirements": [{"type": "VCPU", "value": "8"}, {"type": "MEMORY", "value": "30000"}],
            }),
            retry_strategy=BatchJobDefinitionRetryStrategy(attempts=3),
            timeout=BatchJobDefinitionTimeout(attempt_duration_seconds=6 * 3600),
        )

        TerraformOutput(self, "job_queue_arn", value=queue.arn)
