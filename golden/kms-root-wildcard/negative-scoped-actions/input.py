statements = [
    {"Principal": {"AWS": f"arn:aws:iam::{acct}:root"}, "Action": ["kms:Create*", "kms:Describe*"], "Resource": "*"},
    {"Principal": {"Service": "eks.amazonaws.com"}, "Action": "kms:*", "Resource": "*"},
    {"Principal": {"AWS": role.arn}, "Action": "kms:*", "Resource": "*"},
]
