import json

AwsProvider(self, "aws", region="eu-west-1")
key = KmsKey(self, "k", policy=json.dumps({"Statement": [{"Effect": "Allow", "Principal": {"AWS": root}, "Action": "kms:*", "Resource": "*"}, {"Sid": "Allow CloudWatch Logs", "Effect": "Allow", "Principal": {"Service": "logs.eu-west-1.amazonaws.com"}, "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], "Resource": "*"}]}))
CloudwatchLogGroup(self, "lg", name="/a", kms_key_id=key.arn)
