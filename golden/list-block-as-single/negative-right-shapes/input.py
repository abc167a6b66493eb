from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

SecurityGroup(None, "sg", ingress=[SecurityGroupIngress(from_port=443)], egress=rules)
S3Bucket(None, "b", lifecycle_rule=[{"enabled": True, "transition": [{"days": 30}]}])
# A single value of unknown shape is not reported.
S3Bucket(None, "c", lifecycle_rule=make_rules())
