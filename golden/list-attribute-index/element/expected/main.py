from cdktf import TerraformOutput, Fn
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.data_aws_subnets import DataAwsSubnets
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.subnet import Subnet


class Network:
    def build(self, stack, vpc):
        azs = DataAwsAvailabilityZones(stack, "azs", state="available")
        for i in range(2):
            Subnet(stack, f"private-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", availability_zone=Fn.element(azs.names, i))
        self.subnets = DataAwsSubnets(stack, "existing", filter=[{"name": "vpc-id", "values": [vpc.id]}])
        first = Fn.element(self.subnets.ids, 0)
        cluster = EksCluster(stack, "eks", name="main", role_arn="arn", vpc_config={"subnet_ids": [first]})
        TerraformOutput(stack, "ca", value=cluster.certificate_authority.get(0).data)
        TerraformOutput(stack, "az0", value=Fn.element(DataAwsAvailabilityZones(stack, "all").zone_ids, 0))
