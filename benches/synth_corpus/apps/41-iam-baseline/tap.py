#!/usr/bin/env python
"""Account IAM baseline: password policy, groups with managed policies, CI deploy role, break-glass role."""
import os

from cdktf import App

from lib.iam_stack import IamBaselineStack

app = App()
IamBaselineStack(
    app,
    "iam-baseline",
    ci_oidc_provider_arn=os.getenv("CI_OIDC_PROVIDER_ARN",
                                   "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"),
    ci_repo=os.getenv("CI_REPO", "example-org/infrastructure"),
)
app.synth()
