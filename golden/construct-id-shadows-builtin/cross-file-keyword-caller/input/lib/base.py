from cdktf import TerraformStack


class BaseStack(TerraformStack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self.name = id
