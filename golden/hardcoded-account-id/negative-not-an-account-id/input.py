"""Stack docs: principals look like arn:aws:iam::123456789012:root."""
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        current = DataAwsCallerIdentity(self, "current")
        IamRolePolicyAttachment(
            self,
            "attach",
            role="r",
            policy_arn="arn:aws:iam::aws:policy/AdministratorAccess",
        )
        self.root = f"arn:aws:iam::{current.account_id}:root"
        self.phone = "123456789012"
        self.long_id = "arn:aws:iam::1234567890123:root"
        self.bucket_arn = "arn:aws:s3:::bucket-123456789012"
