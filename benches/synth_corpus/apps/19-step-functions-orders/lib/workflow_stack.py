"""State machine definition, its role and logging."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.step_functions_state_machine import (
    StepFunctionsStateMachine,
    StepFunctionsStateMachineLoggingConfiguration,
)

from lib.tasks import STEPS, WorkflowTasks


def task_state(function_arn: str, next_state: str = None) -> dict:
    state = {
        "Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": {"FunctionName": function_arn, "Payload.$": "$"},
        "OutputPath": "$.Payload",
        "Retry": [{"ErrorEquals": ["Lambda.ServiceException", "Lambda.TooManyRequestsException"],
                   "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2.0}],
        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "OrderFailed"}],
    }
    if next_state:
        state["Next"] = next_state
    else:
        state["End"] = True
    return state


class WorkflowStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str, region: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region=region)

        tasks = WorkflowTasks(self, "tasks", env)

        states = {}
        for i, step in enumerate(STEPS):
            nxt = STEPS[i + 1] if i + 1 < len(STEPS) else None
            states[step] = task_state(tasks.functions[step].arn, nxt)
        states["OrderFailed"] = {"Type": "Fail", "Error": "OrderFailed", "Cause": "A fulfilment step failed"}

        definition = {"Comment": "Order fulfilment", "StartAt": STEPS[0], "States": states}

        sfn_role = IamRole(
            self,
            "sfn-role",
            name=f"order-workflow-{env}",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "states.amazonaws.com"},
                               "Action": "sts:AssumeRole"}],
            }),
        )
        IamRolePolicy(
            self,
            "sfn-policy",
            role=sfn_role.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": "lambda:InvokeFunction",
                     "Resource": [fn.arn for fn in tasks.functions.values()]},
                    {"Effect": "Allow", "Action": ["logs:CreateLogDelivery", "logs:GetLogDelivery",
                                                   "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
                                                   "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                                                   "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"],
                     "Resource": "*"},
                ],
            }),
        )

        log_group = CloudwatchLogGroup(self, "sfn-logs", name=f"/aws/vendedlogs/states/order-workflow-{env}",
                                       retention_in_days=30)

        machine = StepFunctionsStateMachine(
            self,
            "state-machine",
            name=f"order-fulfilment-{env}",
            role_arn=sfn_role.arn,
            definition=definition,
            logging_configuration=StepFunctionsStateMachineLoggingConfiguration(
                log_destination=f"{log_group.arn}:*",
                include_execution_data=True,
                level="ERROR",
            ),
        )

        TerraformOutput(self, "state_machine_arn", value=machine.arn)
