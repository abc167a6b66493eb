"""Human access through groups only."""
from typing import Dict, List

from constructs import Construct
from cdktf_cdktf_provider_aws.iam_group import IamGroup
from cdktf_cdktf_provider_aws.iam_group_policy import IamGroupPolicy
from cdktf_cdktf_provider_aws.iam_group_policy_attachment import IamGroupPolicyAttachment

GROUPS: Dict[str, List[str]] = {
    "administrators": ["arn:aws:iam::aws:policy/AdministratorAccess"],
    "developers": ["arn:aws:iam::aws:policy/PowerUserAccess"],
    "auditors": ["arn:aws:iam::aws:policy/SecurityAudit", "arn:aws:iam::aws:policy/ReadOnlyAccess"],
}

REQUIRE_MFA = """{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "DenyAllExceptListedIfNoMFA",
    "Effect": "Deny",
    "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser",
                  "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice",
                  "sts:GetSessionToken"],
    "Resource": "*",
    "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}
  }]
}"""


class HumanGroups(Construct):
    def __init__(self, scope: Construct, construct_id: str):
        super().__init__(scope, construct_id)
        self.groups: Dict[str, IamGroup] = {}
        for name, policies in GROUPS.items():
            group = IamGroup(self, name, name=name, path="/humans/")
            for i, arn in enumerate(policies):
                IamGroupPolicyAttachment(self, f"{name}-policy-{i}", group=group.name, policy_arn=arn)
            IamGroupPolicy(self, f"{name}-require-mfa", group=group.name, name="require-mfa", policy=REQUIRE_MFA)
            self.groups[name] = group
