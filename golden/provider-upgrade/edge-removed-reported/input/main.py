from constructs import Construct
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws import opsworks_stack
from cdktf_cdktf_provider_aws.eip import Eip
from cdktf_cdktf_provider_aws.eks_addon import EksAddon
from cdktf_cdktf_provider_aws.batch_compute_environment import BatchComputeEnvironment
from cdktf_cdktf_provider_aws.launch_template import LaunchTemplate, LaunchTemplateElasticGpuSpecifications


class Stack(TerraformStack):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        Eip(self, "nat", vpc=False)  # EC2-Classic: no counterpart in aws 6
        EksAddon(self, "cni", cluster_name="c", addon_name="vpc-cni", resolve_conflicts="OVERWRITE")
        # Both spellings: renaming would repeat a keyword, so it is reported only.
        BatchComputeEnvironment(self, "ce", compute_environment_name="a", name="a", type="UNMANAGED")
        LaunchTemplate(self, "lt", elastic_gpu_specifications=[LaunchTemplateElasticGpuSpecifications(type="eg1.medium")])
        opsworks_stack.OpsworksStack(self, "ops", name="x", region="us-east-1", service_role_arn="a", default_instance_profile_arn="b")


app = App()
Stack(app, "s")
app.synth()
