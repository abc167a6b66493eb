from cdktf_cdktf_provider_aws.security_group import SecurityGroup

SecurityGroup(
    stack,
    "web",
    name="web",
    ingress=[
        {"fromPort": 443, "toPort": 443, "protocol": "tcp", "cidrBlocks": ["0.0.0.0/0"]},
        {'fromPort': 80, 'toPort': 80, 'protocol': "tcp"},  # quotes kept
    ],
    tags={"cost_center": "web"},
)
