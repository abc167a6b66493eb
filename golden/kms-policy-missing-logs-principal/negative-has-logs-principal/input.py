import json

AwsProvider(self, "aws", region="us-east-1")
key = KmsKey(self, "k", policy=json.dumps({
    "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "logs.us-east-1.amazonaws.com"}, "Action": "kms:Encrypt*", "Resource": "*"},
    ],
}))
CloudwatchLogGroup(self, "lg", name="/a", kms_key_id=key.arn)
# Not used by a log group: not this codemod's business.
other = KmsKey(self, "o", policy=json.dumps({"Statement": []}))
S3Bucket(self, "b", kms_key_id=other.arn)
