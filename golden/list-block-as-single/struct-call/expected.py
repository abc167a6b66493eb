from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress as Ingress

SecurityGroup(
    None,
    "sg",
    ingress=[Ingress(from_port=443, to_port=443, protocol="tcp", cidr_blocks=["10.0.0.0/8"])],
    egress=[],
)
