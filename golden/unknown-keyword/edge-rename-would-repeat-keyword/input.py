from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress

# Renaming `self` would give `self_attribute=` twice: CPython refuses the file ("keyword
# argument repeated"), though tree-sitter parses it; the fix is dropped and reported.
SecurityGroup(
    stack,
    "nodes",
    ingress=[SecurityGroupIngress(from_port=0, to_port=0, protocol="-1", self=True, self_attribute=True)],
)
