from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketVersioning


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region="us-east-1")
        bucket = S3Bucket(self, "data", bucket_prefix="data-")
        S3BucketVersioning(self, "data_versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})


app = App()
TapStack(app, "tap")
app.synth()
