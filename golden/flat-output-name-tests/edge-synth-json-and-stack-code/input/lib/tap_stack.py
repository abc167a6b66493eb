from cdktf import TerraformStack


class TapStack(TerraformStack):
    def describe(self, outputs):
        return outputs["vpc_id"]
