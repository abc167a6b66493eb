from cdktf_cdktf_provider_aws.security_group import SecurityGroupIngress


def add_rules(stack, cluster_sg_id, node_sg):
    # The group is built in another module: the rule must stay a standalone resource.
    SecurityGroupIngress(
        stack,
        "node_to_cluster",
        security_group_id=cluster_sg_id,
        from_port=443,
        to_port=443,
        protocol="tcp",
        security_groups=[node_sg.id],
    )
