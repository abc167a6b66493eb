from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule

SecurityGroupRule(stack, "r", type="ingress", security_group_id=sg.id, from_port=443, to_port=443, protocol="tcp", cidr_ipv4="10.0.0.0/16")
