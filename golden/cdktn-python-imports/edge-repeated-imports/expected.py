import cdktn
import cdktn, cdktn_provider_aws.provider


def stack(app):
    import cdktn
    cdktn_provider_aws.provider.AwsProvider(app, "aws")
    return cdktn.TerraformStack(app, "s")


app = cdktn.App()
