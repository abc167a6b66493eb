from cdktf_cdktf_provider_aws.security_group import SecurityGroup

SecurityGroup(
    stack,
    "web",
    name="web",
    ingress=[
        {"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
        {'fromPort': 80, 'to_port': 80, 'protocol': "tcp"},  # quotes kept
    ],
    tags={"cost_center": "web"},
)
