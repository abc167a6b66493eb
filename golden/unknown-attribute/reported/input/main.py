from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.iam_role import IamRole

azs = DataAwsAvailabilityZones(stack, "azs")
bucket = S3Bucket(stack, "b")
role = IamRole(stack, "r", assume_role_policy="{}")
print(azs.names_fqn, bucket.bucket_arn, role.role_arn)
