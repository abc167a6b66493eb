from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        current = DataAwsCallerIdentity(self, "current")
        # The placeholder role is the stack's own account; the layer is AWS's, in every account.
        LambdaFunction(
            self,
            "fn",
            function_name="fn",
            role=f"arn:aws:iam::{current.account_id}:role/lambda-role",
            handler="index.handler",
            runtime="python3.12",
            layers=["arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:38"],
        )
