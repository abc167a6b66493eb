from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress


class S(TerraformStack):
    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        sg = SecurityGroup(self, "sg", name="x", vpc_id="v")
        SecurityGroupIngress(self, "r0", security_group_id=sg.id, from_port=1000, to_port=1000, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r1", security_group_id=sg.id, from_port=1001, to_port=1001, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r2", security_group_id=sg.id, from_port=1002, to_port=1002, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r3", security_group_id=sg.id, from_port=1003, to_port=1003, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r4", security_group_id=sg.id, from_port=1004, to_port=1004, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r5", security_group_id=sg.id, from_port=1005, to_port=1005, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r6", security_group_id=sg.id, from_port=1006, to_port=1006, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r7", security_group_id=sg.id, from_port=1007, to_port=1007, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r8", security_group_id=sg.id, from_port=1008, to_port=1008, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r9", security_group_id=sg.id, from_port=1009, to_port=1009, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r10", security_group_id=sg.id, from_port=1010, to_port=1010, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r11", security_group_id=sg.id, from_port=1011, to_port=1011, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r12", security_group_id=sg.id, from_port=1012, to_port=1012, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r13", security_group_id=sg.id, from_port=1013, to_port=1013, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r14", security_group_id=sg.id, from_port=1014, to_port=1014, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r15", security_group_id=sg.id, from_port=1015, to_port=1015, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r16", security_group_id=sg.id, from_port=1016, to_port=1016, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r17", security_group_id=sg.id, from_port=1017, to_port=1017, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r18", security_group_id=sg.id, from_port=1018, to_port=1018, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
        SecurityGroupIngress(self, "r19", security_group_id=sg.id, from_port=1019, to_port=1019, protocol="tcp", cidr_blocks=["10.0.0.0/8"])
