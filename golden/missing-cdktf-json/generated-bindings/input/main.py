from cdktf import App

from stacks.network import Network

app = App()
Network(app, "network")
app.synth()
