from cdktf import TerraformStack


class TapStack(TerraformStack):
    def __init__(self, scope, id, names=None):
        super().__init__(scope, id=id)
        self.vpc = Vpc(self, f"{id}-vpc", cidr_block="10.0.0.0/16")
        subnet_ids = [s.id for s in self.subnets]
        rebinding = [id for id in range(3)]
        namer = lambda id: f"{id}-x"
        closure = lambda suffix: f"{id}-{suffix}"

        def inner(id):
            return id

        def reads_outer():
            return id + self.vpc.id

        print(id(self), subnet_ids, rebinding, namer, closure, inner, reads_outer)
