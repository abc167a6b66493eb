from cdktn import TerraformStack
from cdktn_provider_aws.iam_role import IamRole


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        IamRole(
            self,
            "role",
            assume_role_policy="arn:aws:iam::123456789012:root",
        )
