# No cdktf import here, but the file belongs to the app whose cdktf.json is above it.
import os
import json


def tags(env):
    return json.dumps({"env": env})
