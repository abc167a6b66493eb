tags = {"Project": "tap"}
AwsProvider(self, "aws", region="us-east-1", default_tags=[{"tags": tags}])
Vpc(self, "vpc", tags=tags)
S3Bucket(self, "b", tags=tags)


def other(self):
    # One use of a dict, and computed tags: nothing shared to promote.
    own = {"Name": "x"}
    AwsProvider(self, "other", region="us-west-2", alias="west")
    S3Bucket(self, "c", tags=own)
    S3Bucket(self, "d", tags=get_tags())
    S3Bucket(self, "e", tags=get_tags())
