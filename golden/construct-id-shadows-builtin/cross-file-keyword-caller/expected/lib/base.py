from cdktf import TerraformStack


class BaseStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.name = construct_id
