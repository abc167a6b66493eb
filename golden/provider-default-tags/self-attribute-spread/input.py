class Stack(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        self.common_tags = {"Project": "tap"}
        AwsProvider(self, "aws", region="eu-west-1")
        self._network()

    def _network(self):
        Vpc(self, "vpc", tags={**self.common_tags, "Name": "vpc"})
        S3Bucket(self, "b", tags=self.common_tags)
        S3Bucket(self, "c", tags={"Name": "only-own-tags"})
