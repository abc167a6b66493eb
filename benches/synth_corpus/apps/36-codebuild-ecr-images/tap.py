"""Container build pipeline pieces: ECR repositories with lifecycle rules and a CodeBuild project per image."""
import os

from cdktf import App

from lib.build_stack import ImageBuildStack

app = App()
ImageBuildStack(app, "image-builds", images=["api", "worker", "migrations"],
                github_repo=os.getenv("GITHUB_REPO", "https://github.com/example-org/platform.git"))
app.synth()
