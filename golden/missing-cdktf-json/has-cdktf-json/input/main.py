from cdktf import App

app = App()
app.synth()
