from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider

from lib.api import ItemsApi
from lib.functions import ApiFunctions


class RestApiStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, stage: str, region: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region=region)

        functions = ApiFunctions(
            self,
            "functions",
            stage=stage,
            artifact_bucket=f"items-api-artifacts-{stage}",
            artifact_key="releases/items-api.zip",
        )
        api = ItemsApi(self, "api", stage=stage, functions=functions.functions)

        TerraformOutput(self, "api_id", value=api.api.id)
        TerraformOutput(self, "invoke_url", value=api.invoke_url)
