from constructs import Construct
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction


def data_processor(scope: Construct, environment_suffix: str) -> LambdaFunction:
    return LambdaFunction(
        scope,
        "processor",
        function_name=f"processor-{environment_suffix}",
        role="arn:aws:iam::123456789012:role/lambda-role",
        handler="index.handler",
        runtime="python3.12",
    )
