import json

from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.data_aws_iam_policy_document import (
    DataAwsIamPolicyDocument,
    DataAwsIamPolicyDocumentStatement,
    DataAwsIamPolicyDocumentStatementPrincipals,
)
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        current = DataAwsCallerIdentity(self, "current")
        # The CI account assumes this role: a cross-account trust, on purpose.
        IamRole(
            self,
            "deploy",
            name="deploy",
            assume_role_policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{current.account_id}:root"},
                    "Action": "sts:AssumeRole",
                }],
            }),
        )
        IamRole(
            self,
            "audit",
            name="audit",
            assume_role_policy=f'{{"Statement": [{{"Effect": "Allow", "Principal": {{"AWS": ["arn:aws:iam::{current.account_id}:role/auditor"]}}, "Action": "sts:AssumeRole"}}]}}',
        )
        DataAwsIamPolicyDocument(
            self,
            "trust",
            statement=[
                DataAwsIamPolicyDocumentStatement(
                    actions=["sts:AssumeRole"],
                    principals=[
                        DataAwsIamPolicyDocumentStatementPrincipals(
                            type="AWS",
                            identifiers=[f"arn:aws:iam::{current.account_id}:role/ci"],
                        )
                    ],
                )
            ],
        )
