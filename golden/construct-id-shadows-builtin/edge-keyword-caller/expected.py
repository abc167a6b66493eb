from cdktf import App, TerraformStack


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)


app = App()
TapStack(app, construct_id="tap")
