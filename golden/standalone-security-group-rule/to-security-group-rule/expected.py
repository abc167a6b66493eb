from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule


def add_rules(stack, cluster_sg_id, node_sg):
    # The group is built in another module: the rule must stay a standalone resource.
    SecurityGroupRule(
        stack,
        "node_to_cluster",
        type="ingress",
        security_group_id=cluster_sg_id,
        from_port=443,
        to_port=443,
        protocol="tcp",
        source_security_group_id=node_sg.id,
    )
