from cdktf import TerraformStack


class BaseStack(TerraformStack):
    def __init__(self, scope, id):
        super().__init__(scope, id)


class AppStack(BaseStack):
    def __init__(self, scope, name):
        super().__init__(scope, id=name)
