from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress

SecurityGroup(
    stack,
    "web",
    ingress=[SecurityGroupIngress(from_port=443, to_port=443, protocol="tcp", cidr_blocks=["0.0.0.0/0"])],
    egress=[SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"]), {"fromPort": 53, "toPort": 53, "protocol": "udp"}, make_rule()],
)
