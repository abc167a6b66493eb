import json

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id, role_arn, bucket):
        super().__init__(scope, construct_id)
        # Layers AWS publishes from its own accounts: every account uses these ARNs as they are.
        LambdaFunction(
            self,
            "fn",
            function_name="fn",
            role=role_arn,
            handler="index.handler",
            runtime="python3.12",
            layers=[
                "arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:38",
                "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4",
                "arn:aws:lambda:eu-west-1:901920570463:layer:aws-otel-python-amd64-ver-1-25-0:1",
            ],
        )
        # The ELB log-delivery account of us-east-1 writes the access logs.
        S3BucketPolicy(
            self,
            "alb-logs",
            bucket=bucket.id,
            policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::127311923021:root"},
                    "Action": "s3:PutObject",
                    "Resource": f"{bucket.arn}/AWSLogs/*",
                }],
            }),
        )
