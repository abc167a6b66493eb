from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress

SecurityGroup(
    stack,
    "nodes",
    ingress=[SecurityGroupIngress(from_port=0, to_port=0, protocol="-1", self=True)],
)
