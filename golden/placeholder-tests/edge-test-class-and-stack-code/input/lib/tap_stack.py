from cdktf import TerraformStack


class TapStack(TerraformStack):
    def test_connection(self, stack):
        assert stack is not None
        return stack
