from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        bucket = S3Bucket(self, "logs", bucket_prefix="logs-")
        S3BucketPublicAccessBlock(self, "logs_pab", bucket=bucket.id, block_public_acls=True)


app = App()
TapStack(app, "tap")
app.synth()
