from cdktf import TerraformStack


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id, names=None):
        super().__init__(scope, id=construct_id)
        self.vpc = Vpc(self, f"{construct_id}-vpc", cidr_block="10.0.0.0/16")
        subnet_ids = [s.id for s in self.subnets]
        rebinding = [id for id in range(3)]
        namer = lambda id: f"{id}-x"
        closure = lambda suffix: f"{construct_id}-{suffix}"

        def inner(id):
            return id

        def reads_outer():
            return construct_id + self.vpc.id

        print(id(self), subnet_ids, rebinding, namer, closure, inner, reads_outer)
