from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.instance import Instance
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue

role = IamRole(
    stack,
    "task",
    assume_role_policy={
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    },
)
sg = SecurityGroup(stack, "web")
Instance(stack, "web", ami="ami-0abcdef1234567890", instance_type="t3.micro", vpc_security_group_ids=sg.id)
dlq = SqsQueue(stack, "dlq")
SqsQueue(stack, "jobs", redrive_policy={"deadLetterTargetArn": dlq.arn, "maxReceiveCount": 5})
