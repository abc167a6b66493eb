"""Machine roles: the CI deployment role (GitHub OIDC) and a break-glass role."""
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.data_aws_iam_policy_document import (
    DataAwsIamPolicyDocument,
    DataAwsIamPolicyDocumentStatement,
    DataAwsIamPolicyDocumentStatementCondition,
    DataAwsIamPolicyDocumentStatementPrincipals,
)
from cdktf_cdktf_provider_aws.iam_policy import IamPolicy
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment


class MachineRoles(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, oidc_provider_arn: str, repo: str):
        super().__init__(scope, construct_id)
        caller = DataAwsCallerIdentity(self, "caller")

        ci_trust = DataAwsIamPolicyDocument(
            self,
            "ci-trust",
            statement=[DataAwsIamPolicyDocumentStatement(
                actions=["sts:AssumeRoleWithWebIdentity"],
                principals=[DataAwsIamPolicyDocumentStatementPrincipals(type="Federated",
                                                                         identifiers=[oidc_provider_arn])],
                condition=[
                    DataAwsIamPolicyDocumentStatementCondition(
                        test="StringEquals", variable="token.actions.githubusercontent.com:aud",
                        values=["sts.amazonaws.com"]),
                    DataAwsIamPolicyDocumentStatementCondition(
                        test="StringLike", variable="token.actions.githubusercontent.com:sub",
                        values=[f"repo:{repo}:ref:refs/heads/main"]),
                ],
            )],
        )
        self.ci_role = IamRole(self, "ci-deploy", name="ci-deploy", assume_role_policy=ci_trust.json,
                               max_session_duration=3600)

        deploy_doc = DataAwsIamPolicyDocument(
            self,
            "ci-permissions",
            statement=[
                DataAwsIamPolicyDocumentStatement(
                    sid="TerraformState",
                    actions=["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"],
                    resources=[f"arn:aws:s3:::tf-state-{caller.account_id}",
                               f"arn:aws:s3:::tf-state-{caller.account_id}/*"],
                ),
                DataAwsIamPolicyDocumentStatement(
                    sid="DenyIamUsers",
                    effect="Deny",
                    actions=["iam:CreateUser", "iam:CreateAccessKey"],
                    resources=["*"],
                ),
            ],
        )
        deploy_policy = IamPolicy(self, "ci-deploy-policy", name="ci-deploy", policy=deploy_doc.json)
        IamRolePolicyAttachment(self, "ci-deploy-attach", role=self.ci_role.name, policy_arn=deploy_policy.arn)
        IamRolePolicyAttachment(self, "ci-poweruser", role=self.ci_role.name,
                                policy_arn="arn:aws:iam::aws:policy/PowerUserAccess")

        break_glass_trust = DataAwsIamPolicyDocument(
            self,
            "break-glass-trust",
            statement=[DataAwsIamPolicyDocumentStatement(
                actions=["sts:AssumeRole"],
                principals=[DataAwsIamPolicyDocumentStatementPrincipals(
                    type="AWS", identifiers=[f"arn:aws:iam::{caller.account_id}:root"])],
                condition=[DataAwsIamPolicyDocumentStatementCondition(
                    test="Bool", variable="aws:MultiFactorAuthPresent", values=["true"])],
            )],
        )
        self.break_glass = IamRole(self, "break-glass", name="break-glass", assume_role_policy=break_glass_trust.json,
                                   max_session_duration=3600)
        IamRolePolicyAttachment(self, "break-glass-admin", role=self.break_glass.name,
                                policy_arn="arn:aws:iam::aws:policy/AdministratorAccess")
