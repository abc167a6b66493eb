"""S3 origin + CloudFront distribution for the portal."""
import json

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudfront_distribution import (
    CloudfrontDistribution,
    CloudfrontDistributionCustomErrorResponse,
    CloudfrontDistributionDefaultCacheBehavior,
    CloudfrontDistributionDefaultCacheBehaviorFunctionAssociation,
    CloudfrontDistributionOrigin,
    CloudfrontDistributionViewerCertificate,
)
from cdktf_cdktf_provider_aws.cloudfront_origin_access_control import CloudfrontOriginAccessControl
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy

from lib.edge import EdgeConfig


class SpaStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, app_name: str, env: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        prefix = f"{app_name}-{env}"

        bucket = S3Bucket(self, "assets", bucket=f"{prefix}-assets")
        edge = EdgeConfig(self, "edge", prefix=prefix)
        oac = CloudfrontOriginAccessControl(self, "oac", name=f"{prefix}-oac", origin_access_control_origin_type="s3",
                                            signing_behavior="always", signing_protocol="sigv4")

        distribution = CloudfrontDistribution(
            self,
            "cdn",
            enabled=True,
            default_root_object="index.html",
            http_version="http2and3",
            origin=[CloudfrontDistributionOrigin(domain_name=bucket.bucket_regional_domain_name, origin_id="assets",
                                                 origin_access_control_id=oac.id)],
            default_cache_behavior=CloudfrontDistributionDefaultCacheBehavior(
                target_origin_id="assets",
                viewer_protocol_policy="redirect-to-https",
                allowed_methods=["GET", "HEAD"],
                cached_methods=["GET", "HEAD"],
                cache_policy_id="658327ea-f89d-4fab-a63d-7e88639e58f6",
                response_headers_policy_id=edge.headers.id,
                function_association=[CloudfrontDistributionDefaultCacheBehaviorFunctionAssociation(
                    event_type="viewer-request", function_arn=edge.rewrite.arn)],
            ),
            custom_error_response=CloudfrontDistributionCustomErrorResponse(
                error_code=403, response_code=200, response_page_path="/index.html"),
            restrictions={"geo_restriction": [{"restriction_type": "whitelist", "locations": ["US", "CA", "GB"]}]},
            viewer_certificate=CloudfrontDistributionViewerCertificate(cloudfront_default_certificate=True),
        )

        S3BucketPolicy(self, "assets-policy", bucket=bucket.id, policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"},
                           "Action": "s3:GetObject", "Resource": f"{bucket.arn}/*",
                           "Condition": {"StringEquals": {"AWS:SourceArn": distribution.arn}}}],
        }))

        TerraformOutput(self, "url", value=f"https://{distribution.domain_name}")
