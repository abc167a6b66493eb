from cdktf import TerraformStack
from constructs import Construct


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str):
        super().__init__(scope, construct_id)
        self.environment_suffix = environment_suffix
        self.stack_name = f"tap-{construct_id}-{environment_suffix}"


class NetworkingModule(Construct):
    def __init__(self, scope, construct_id, **kwargs):
        super().__init__(scope, construct_id)
