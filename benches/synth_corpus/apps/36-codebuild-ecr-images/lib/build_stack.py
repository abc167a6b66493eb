"""One CodeBuild project per image, pushing to its ECR repository."""
import json
from typing import List

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.codebuild_project import (
    CodeBuildProject,
    CodeBuildProjectArtifacts,
    CodeBuildProjectSource,
)
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.registry import Registry


class ImageBuildStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, images: List[str], github_repo: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        caller = DataAwsCallerIdentity(self, "caller")

        registry = Registry(self, "registry", images=images)
        logs = CloudwatchLogGroup(self, "build-logs", name="/codebuild/image-builds", retention_in_days=30)

        role = IamRole(self, "build-role", name="image-builds", assume_role_policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"},
                           "Action": "sts:AssumeRole"}],
        }))
        IamRolePolicy(self, "build-policy", role=role.id, policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["ecr:GetAuthorizationToken"], "Resource": "*"},
                {"Effect": "Allow",
                 "Action": ["ecr:BatchCheckLayerAvailability", "ecr:CompleteLayerUpload", "ecr:InitiateLayerUpload",
                            "ecr:PutImage", "ecr:UploadLayerPart"],
                 "Resource": [r.arn for r in registry.repositories.values()]},
                {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                 "Resource": f"{logs.arn}:*"},
            ],
        }))

        for image, repo in registry.repositories.items():
            CodeBuildProject(
                self,
                f"build-{image}",
                name=f"build-{image}",
                service_role=role.arn,
                build_timeout=30,
                artifacts=CodeBuildProjectArtifacts(type="NO_ARTIFACTS"),
                source=CodeBuildProjectSource(type="GITHUB", location=github_repo,
                                              buildspec=f"images/{image}/buildspec.yml"),
                environment=[{
                    "compute_type": "BUILD_GENERAL1_MEDIUM",
                    "image": "aws/codebuild/amazonlinux2-x86_64-standard:5.0",
                    "type": "LINUX_CONTAINER",
                    "privileged_mode": True,
                    "environment_variable": [
                        {"name": "REPOSITORY_URI", "value": repo.repository_url},
                        {"name": "AWS_ACCOUNT_ID", "value": caller.account_id},
                    ],
                }],
                logs_config={"cloudwatch_logs": {"group_name": logs.name, "status": "ENABLED"}},
            )

        TerraformOutput(self, "repository_urls", value={k: r.repository_url for k, r in registry.repositories.items()})
