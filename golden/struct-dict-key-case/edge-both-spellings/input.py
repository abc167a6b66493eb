from cdktf_cdktf_provider_aws.security_group import SecurityGroup

# Both spellings: which one is meant cannot be told, so it is reported without a fix.
SecurityGroup(stack, "web", egress=[{"from_port": 0, "fromPort": 0, "toPort": 0, "protocol": "-1"}])
