from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress

sg = SecurityGroup(
    app_stack,
    "db",
    ingress=[
        SecurityGroupIngress(from_port=5432, to_port=5432, protocol="tcp", cidr_blocks=["10.0.0.0/16"]),  # app subnets
    ],
)
SecurityGroupIngress(app_stack, "db_admin", security_group_id=sg.id, from_port=5432, to_port=5432, protocol="tcp",
                     cidr_blocks=[
                         "10.1.0.0/24",
                         "10.2.0.0/24",
                     ])
