from cdktn import TerraformStack
from cdktn_provider_aws.iam_role import IamRole
from cdktn_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        current = DataAwsCallerIdentity(self, "current")
        IamRole(
            self,
            "role",
            assume_role_policy=f"arn:aws:iam::{current.account_id}:root",
        )
