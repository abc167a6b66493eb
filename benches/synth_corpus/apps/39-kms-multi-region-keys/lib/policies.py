"""Key policy document."""
from cdktf import Fn


def key_policy(account_id: str, admin_role: str) -> str:
    """Root has full control; the key-admin role can manage but not use the key."""
    return Fn.json_encode({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "RootAccess",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{account_id}:root"},
                "Action": "kms:*",
                "Resource": "*",
            },
            {
                "Sid": "KeyAdministrators",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{account_id}:role/{admin_role}"},
                "Action": ["kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                           "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource",
                           "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion",
                           "kms:ReplicateKey"],
                "Resource": "*",
            },
        ],
    })
