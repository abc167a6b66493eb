from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.iam_role import IamRole


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        me = DataAwsCallerIdentity(self, "me")
        IamRole(
            self,
            "role",
            assume_role_policy=f'{{"Statement": [{{"Principal": {{"AWS": "arn:aws:iam::{me.account_id}:root"}}}}]}}',
        )
        IamRole(self, "other", description=f"trusts arn:aws:iam::{me.account_id}:root in {me.id}")
