from cdktf import Fn
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

azs = DataAwsAvailabilityZones(stack, "azs")
bucket = S3Bucket(stack, "b")
first = Fn.element(azs.names, 0)
initial = bucket.bucket[0:3]
names = ["a", "b"]
second = names[1]
settings = config.subnets[0]
az = azs.state
