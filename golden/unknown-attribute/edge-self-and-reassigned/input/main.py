from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones


class Storage:
    def __init__(self, stack):
        self.bucket = S3Bucket(stack, "b")

    def outputs(self):
        return [self.bucket.arn, self.bucket.tagz]


azs = DataAwsAvailabilityZones(stack, "azs")
azs = load_fixture("azs.json")
print(azs.names_fqn)
