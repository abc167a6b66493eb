from cdktf_cdktf_provider_aws.security_group import SecurityGroupIngress

# Called like a resource but names no group: reported, nothing to rewrite it to.
SecurityGroupIngress(stack, "https_in", from_port=443, to_port=443, protocol="tcp", cidr_blocks=["0.0.0.0/0"])
