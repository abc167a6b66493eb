from cdktf import Testing

from lib.stack import Stack

# Testing.app() is an app for unit tests, not a project: no cdktf.json needed.
app = Testing.app()
Stack(app, "test")
app.synth()


class Builder:
    def synth(self):
        return None


builder = Builder()
builder.synth()
