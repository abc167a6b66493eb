"""Lambda functions that implement the workflow steps."""
import json
from typing import Dict

from constructs import Construct
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction

STEPS = ["validate-order", "reserve-inventory", "charge-payment", "ship-order", "notify-customer"]


class WorkflowTasks(Construct):
    def __init__(self, scope: Construct, id: str, env: str):
        super().__init__(scope, id)
        role = IamRole(
            self,
            "task-role",
            name=f"order-workflow-tasks-{env}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                               "Action": "sts:AssumeRole"}],
            }),
        )
        IamRolePolicyAttachment(self, "basic", role=role.name,
                                policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")

        self.functions: Dict[str, LambdaFunction] = {}
        for step in STEPS:
            module = step.replace("-", "_")
            self.functions[step] = LambdaFunction(
                self,
                step,
                function_name=f"orders-{step}-{env}",
                role=role.arn,
                runtime="python3.12",
                handler=f"steps.{module}.handler",
                filename="build/steps.zip",
                timeout=30,
            )
