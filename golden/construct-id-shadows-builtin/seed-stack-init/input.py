from cdktf import TerraformStack
from constructs import Construct


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, environment_suffix: str):
        super().__init__(scope, id)
        self.environment_suffix = environment_suffix
        self.stack_name = f"tap-{id}-{environment_suffix}"


class NetworkingModule(Construct):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id)
