from cdktf import TerraformStack


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id, environment_suffix):
        super().__init__(scope, construct_id)
        self.tags = {"Environment": environment_suffix, "Project": "tap"}
