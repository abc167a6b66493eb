from cdktf import TerraformStack

READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess"


class Stack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.policy = READ_ONLY
