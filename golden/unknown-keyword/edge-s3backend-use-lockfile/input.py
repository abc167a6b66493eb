from cdktf import S3Backend

S3Backend(stack, bucket="tf-state", key="app.tfstate", use_lockfile=True)
