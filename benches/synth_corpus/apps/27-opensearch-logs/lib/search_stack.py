"""OpenSearch 2.x domain with encryption, HTTPS-only endpoint and slow-log publishing."""
import json
from typing import List

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.cloudwatch_log_resource_policy import CloudwatchLogResourcePolicy
from cdktf_cdktf_provider_aws.data_aws_caller_identity import DataAwsCallerIdentity
from cdktf_cdktf_provider_aws.opensearch_domain import (
    OpensearchDomain,
    OpensearchDomainClusterConfig,
    OpensearchDomainDomainEndpointOptions,
    OpensearchDomainEncryptAtRest,
    OpensearchDomainLogPublishingOptions,
    OpensearchDomainNodeToNodeEncryption,
    OpensearchDomainVpcOptions,
)
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress


class SearchStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, env: str, vpc_id: str, subnet_ids: List[str]):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="eu-west-1")
        caller = DataAwsCallerIdentity(self, "caller")
        domain_name = f"logs-{env}"

        sg = SecurityGroup(self, "sg", name=f"opensearch-{env}", vpc_id=vpc_id,
                           ingress=[SecurityGroupIngress(from_port=443, to_port=443, protocol="tcp",
                                                         cidr_blocks=["10.0.0.0/8"])])

        slow_logs = CloudwatchLogGroup(self, "slow-logs", name=f"/aws/opensearch/{domain_name}/search-slow",
                                       retention_in_days=14)
        CloudwatchLogResourcePolicy(
            self,
            "log-policy",
            policy_name=f"opensearch-{domain_name}",
            policy_document=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "es.amazonaws.com"},
                               "Action": ["logs:PutLogEvents", "logs:CreateLogStream"],
                               "Resource": f"{slow_logs.arn}:*"}],
            }),
        )

        domain = OpensearchDomain(
            self,
            "domain",
            domain_name=domain_name,
            elasticsearch_version="OpenSearch_2.13",
            cluster_config=OpensearchDomainClusterConfig(
                instance_type="r6g.large.search",
                instance_count=2,
                zone_awareness_enabled=True,
            ),
            ebs_options=[{"ebs_enabled": True, "volume_size": 100, "volume_type": "gp3"}],
            vpc_options=OpensearchDomainVpcOptions(subnet_ids=subnet_ids, security_group_ids=[sg.id]),
            encrypt_at_rest=OpensearchDomainEncryptAtRest(enabled=True),
            node_to_node_encryption=OpensearchDomainNodeToNodeEncryption(enabled=True),
            domain_endpoint_options=OpensearchDomainDomainEndpointOptions(
                enforce_https=True, tls_security_policy="Policy-Min-TLS-1-2-2019-07"),
            log_publishing_options=[OpensearchDomainLogPublishingOptions(
                cloudwatch_log_group_arn=slow_logs.arn, log_type="SEARCH_SLOW_LOGS")],
            access_policies=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{caller.account_id}:root"},
                    "Action": "es:*",
                    "Resource": f"arn:aws:es:eu-west-1:{caller.account_id}:domain/{domain_name}/*",
                }],
            }),
        )

        TerraformOutput(self, "endpoint", value=domain.endpoint)
