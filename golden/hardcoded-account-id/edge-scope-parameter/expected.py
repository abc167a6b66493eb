from constructs import Construct
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity


def data_processor(scope: Construct, environment_suffix: str) -> LambdaFunction:
    current = DataAwsCallerIdentity(scope, "current")
    return LambdaFunction(
        scope,
        "processor",
        function_name=f"processor-{environment_suffix}",
        role=f"arn:aws:iam::{current.account_id}:role/lambda-role",
        handler="index.handler",
        runtime="python3.12",
    )
