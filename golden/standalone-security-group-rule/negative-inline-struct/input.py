from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress


def build(stack, vpc_id):
    # Correct use: the struct inside the group's ingress list.
    return SecurityGroup(
        stack,
        "web",
        vpc_id=vpc_id,
        ingress=[SecurityGroupIngress(from_port=80, to_port=80, protocol="tcp", cidr_blocks=["0.0.0.0/0"])],
    )
