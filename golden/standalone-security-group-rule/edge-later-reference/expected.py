from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule


class Stack(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        self.cluster_sg = SecurityGroup(self, "cluster_sg", name="cluster")
        # node_sg is created after cluster_sg: moving the rule into cluster_sg would read it
        # before it exists, so the rule becomes a SecurityGroupRule instead.
        self.node_sg = SecurityGroup(self, "node_sg", name="nodes")
        SecurityGroupRule(self, "nodes_to_cluster", type="ingress", security_group_id=self.cluster_sg.id, from_port=443, to_port=443, protocol="tcp", source_security_group_id=self.node_sg.id)
