from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, S3BucketPolicy, S3BucketPublicAccessBlock as Block
from cdktf_cdktf_provider_aws.s3_bucket_policy import DataAwsIamPolicyDocument

bucket = S3Bucket(stack, "b")
S3BucketPolicy(stack, "p", bucket=bucket.id, policy="{}")
Block(stack, "pab", bucket=bucket.id, block_public_acls=True)
