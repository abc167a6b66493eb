stmt = {"Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": ["kms:Decrypt", "kms:*"], "Resource": "*"}
