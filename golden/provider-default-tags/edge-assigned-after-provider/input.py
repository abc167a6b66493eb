def build(self):
    AwsProvider(self, "aws", region="us-east-1")
    common_tags = {"Project": "tap"}
    Vpc(self, "vpc", tags=common_tags)
    S3Bucket(self, "b", tags=common_tags)
