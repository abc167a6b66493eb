policy = json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "Enable IAM User Permissions",
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:aws:iam::{current_account.account_id}:root"},
            "Action": "kms:*",
            "Resource": "*"
        }
    ]
})
