from cdktf_cdktf_provider_aws.launch_template import LaunchTemplate, LaunchTemplateMetadataOptions
from cdktf_cdktf_provider_aws.instance import Instance

LaunchTemplate(
    stack,
    "lt",
    name_prefix="web-",
    network_interfaces=[{"associatePublicIpAddress": False, "deviceIndex": 0}],
    metadata_options=LaunchTemplateMetadataOptions(http_tokens="required", http_put_response_hop_limit="2"),
)
Instance(stack, "web", ami="ami-0abcdef1234567890", instance_type=["t3.micro"], subnet_id=["a", "b"])
