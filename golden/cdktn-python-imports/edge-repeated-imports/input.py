import cdktf
import cdktf, cdktf_cdktf_provider_aws.provider


def stack(app):
    import cdktf
    cdktf_cdktf_provider_aws.provider.AwsProvider(app, "aws")
    return cdktf.TerraformStack(app, "s")


app = cdktf.App()
