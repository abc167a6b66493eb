from cdktf import App

from lib.base import BaseStack

app = App()
BaseStack(app, id="base")
BaseStack(app, "positional")
app.synth()
