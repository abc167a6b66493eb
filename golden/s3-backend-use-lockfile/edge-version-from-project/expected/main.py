from cdktf import App, S3Backend, TerraformStack


class Stack(TerraformStack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        backend = S3Backend(self, bucket="tf-state", key="app.tfstate")
        self.add_override("terraform.backend.s3.encrypt", True)


app = App()
Stack(app, "stack")
app.synth()
