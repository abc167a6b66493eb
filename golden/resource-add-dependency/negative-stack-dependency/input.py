from cdktf import App, TerraformStack

app = App()
network = TerraformStack(app, "network")
service = TerraformStack(app, "service")
# Stack-to-stack dependencies are real.
service.add_dependency(network)
app.synth()
