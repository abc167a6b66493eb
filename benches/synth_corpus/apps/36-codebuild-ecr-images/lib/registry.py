"""ECR repositories."""
import json
from typing import Dict, List

from constructs import Construct
from cdktf_cdktf_provider_aws.ecr_lifecycle_policy import EcrLifecyclePolicy
from cdktf_cdktf_provider_aws.ecr_repository import (
    EcrRepository,
    EcrRepositoryEncryptionConfiguration,
    EcrRepositoryImageScanningConfiguration,
)

LIFECYCLE = json.dumps({
    "rules": [
        {"rulePriority": 1, "description": "Expire untagged images after 7 days",
         "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7},
         "action": {"type": "expire"}},
        {"rulePriority": 2, "description": "Keep the last 50 images",
         "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 50},
         "action": {"type": "expire"}},
    ]
})


class Registry(Construct):
    def __init__(self, scope: Construct, id: str, *, images: List[str]):
        super().__init__(scope, id)
        self.repositories: Dict[str, EcrRepository] = {}
        for image in images:
            repo = EcrRepository(
                self,
                image,
                name=f"platform/{image}",
                image_tag_mutability="IMMUTABLE",
                image_scanning_configuration=EcrRepositoryImageScanningConfiguration(scan_on_push=True),
                encryption_configuration=[EcrRepositoryEncryptionConfiguration(encryption_type="KMS")],
            )
            EcrLifecyclePolicy(self, f"{image}-lifecycle", repository=repo.name, policy=LIFECYCLE)
            self.repositories[image] = repo
