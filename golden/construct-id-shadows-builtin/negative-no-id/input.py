from cdktf import TerraformStack


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id: str):
        super().__init__(scope, construct_id)
        self.vpc_id = None

    def lookup(self, id):
        return id


def make(scope, id):
    return id


class Plain:
    id = "x"
