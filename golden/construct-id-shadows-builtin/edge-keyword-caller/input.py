from cdktf import App, TerraformStack


class TapStack(TerraformStack):
    def __init__(self, scope, id):
        super().__init__(scope, id)


app = App()
TapStack(app, id="tap")
