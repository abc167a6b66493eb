from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider, AwsProviderDefaultTags

from lib.api import ShortenerApi
from lib.table import LinksTable


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, *, environment_suffix: str, aws_region: str):
        super().__init__(scope, construct_id)
        AwsProvider(self, "aws", region=aws_region,
                    default_tags=[AwsProviderDefaultTags(tags={"Project": "shortener", "Env": environment_suffix})])

        links = LinksTable(self, "links", suffix=environment_suffix)
        api = ShortenerApi(self, "api", suffix=environment_suffix, table=links.table)

        TerraformOutput(self, "api_endpoint", value=api.api.api_endpoint)
        TerraformOutput(self, "table_name", value=links.table.name)
