"""Lambda functions and their execution role."""
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction, LambdaFunctionEnvironment, LambdaFunctionTracingConfig


class ApiFunctions(Construct):
    """Creates one function per API operation, all sharing an execution role."""

    OPERATIONS = {
        "list-items": "handlers.items.list_items",
        "get-item": "handlers.items.get_item",
        "create-item": "handlers.items.create_item",
    }

    def __init__(self, scope: Construct, id: str, *, stage: str, artifact_bucket: str, artifact_key: str):
        super().__init__(scope, id)

        self.role = IamRole(
            self,
            "lambda-role",
            name=f"items-api-lambda-{stage}",
            assume_role_policy={
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"Service": "lambda.amazonaws.com"},
                        "Action": "sts:AssumeRole",
                    }
                ],
            },
        )
        IamRolePolicyAttachment(
            self,
            "basic-execution",
            role=self.role.name,
            policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        )
        IamRolePolicyAttachment(
            self,
            "xray",
            role=self.role.name,
            policy_arn="arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
        )

        self.functions = {}
        for name, handler in self.OPERATIONS.items():
            function_name = f"items-api-{name}-{stage}"
            CloudwatchLogGroup(self, f"{name}-logs", name=f"/aws/lambda/{function_name}", retention_in_days=14)
            self.functions[name] = LambdaFunction(
                self,
                name,
                function_name=function_name,
                role=self.role.arn,
                runtime="python3.12",
                handler=handler,
                s3_bucket=artifact_bucket,
                s3_key=artifact_key,
                memory_size=256,
                timeout=10,
                tracing_config=LambdaFunctionTracingConfig(mode="Active"),
                environment=LambdaFunctionEnvironment(variables={"STAGE": stage, "LOG_LEVEL": "INFO"}),
            )
