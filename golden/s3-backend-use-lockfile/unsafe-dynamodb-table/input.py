from cdktf import S3Backend, TerraformStack


class TapStack(TerraformStack):
    def __init__(self, scope, construct_id, state_bucket, environment_suffix):
        super().__init__(scope, construct_id)

        S3Backend(
            self,
            bucket=state_bucket,
            key=f"{environment_suffix}/{construct_id}.tfstate",
            region="us-east-1",
            encrypt=True,
        )

        # Add S3 state locking using escape hatch
        self.add_override("terraform.backend.s3.use_lockfile", True)

        self.environment_suffix = environment_suffix
