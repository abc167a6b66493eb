from cdktf import App

from lib.base import BaseStack

app = App()
BaseStack(app, construct_id="base")
BaseStack(app, "positional")
app.synth()
