from cdktf import TerraformOutput, TerraformVariable
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

bucket = S3Bucket(stack, "b")
TerraformOutput(stack, id="bucket_arn", value=bucket.arn)
TerraformOutput(scope=stack, id="name", value=bucket.bucket, description="the bucket")
TerraformVariable(stack, "env", type="string", default="dev")
