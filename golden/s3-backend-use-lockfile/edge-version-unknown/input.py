from cdktf import S3Backend


def configure_backend(stack):
    backend = S3Backend(stack, bucket="tf-state", key="app.tfstate")
    # No Terraform version is known here: report, but do not remove the lockfile.
    backend.add_override("use_lockfile", True)
