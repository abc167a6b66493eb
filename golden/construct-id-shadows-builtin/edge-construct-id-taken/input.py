from cdktf import TerraformStack


class TapStack(TerraformStack):
    def __init__(self, scope, id, construct_id=None):
        super().__init__(scope, construct_id or id)
