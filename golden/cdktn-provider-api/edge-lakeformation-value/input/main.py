from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.lakeformation_opt_in import (
    LakeformationOptIn,
    LakeformationOptInResourceData,
    LakeformationOptInResourceDataLfTag,
)


class Stack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        LakeformationOptIn(
            self,
            "opt",
            principal=[{"data_lake_principal_identifier": "arn:aws:iam::111122223333:role/x"}],
            resource_data=[
                LakeformationOptInResourceData(
                    lf_tag=[LakeformationOptInResourceDataLfTag(key="team", value="data")]
                )
            ],
        )


app = App()
Stack(app, "s")
app.synth()
