from cdktf_cdktf_provider_aws.launch_template import LaunchTemplate

LaunchTemplate(
    stack,
    "lt",
    name_prefix="web-",
    network_interfaces=[{"associatePublicIpAddress": "false", "securityGroups": [sg.id]}],
)
