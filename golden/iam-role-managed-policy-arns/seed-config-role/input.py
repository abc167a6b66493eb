import json

from constructs import Construct
from cdktf_cdktf_provider_aws.iam_role import IamRole


class MonitoringModule(Construct):
    def __init__(self, scope, construct_id, environment_suffix):
        super().__init__(scope, construct_id)
        self.config_role = IamRole(self, "config-role",
            name=f"aws-config-role-{environment_suffix}",
            assume_role_policy=json.dumps({"Version": "2012-10-17"}),
            managed_policy_arns=[
                "arn:aws:iam::aws:policy/service-role/ConfigRole"
            ],
            tags={"Environment": environment_suffix}
        )
        self.next_thing = None
