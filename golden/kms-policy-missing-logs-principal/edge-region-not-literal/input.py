import json

AwsProvider(self, "aws", region=aws_region)
key = KmsKey(self, "k", policy=json.dumps({"Statement": [{"Effect": "Allow", "Principal": {"AWS": root}, "Action": "kms:*", "Resource": "*"}]}))
CloudwatchLogGroup(self, "lg", name="/a", kms_key_id=key.arn)
