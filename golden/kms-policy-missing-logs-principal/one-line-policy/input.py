import json

AwsProvider(self, "aws", region="eu-west-1")
key = KmsKey(self, "k", policy=json.dumps({"Statement": [{"Effect": "Allow", "Principal": {"AWS": root}, "Action": "kms:*", "Resource": "*"}]}))
CloudwatchLogGroup(self, "lg", name="/a", kms_key_id=key.arn)
