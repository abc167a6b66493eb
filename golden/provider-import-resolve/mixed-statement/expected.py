from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock as Block
from cdktf_cdktf_provider_aws.data_aws_iam_policy_document import DataAwsIamPolicyDocument

bucket = S3Bucket(stack, "b")
S3BucketPolicy(stack, "p", bucket=bucket.id, policy="{}")
Block(stack, "pab", bucket=bucket.id, block_public_acls=True)
