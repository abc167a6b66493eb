"""CloudFront distribution in front of the content bucket."""
from constructs import Construct
from cdktf_cdktf_provider_aws.cloudfront_distribution import (
    CloudfrontDistribution,
    CloudfrontDistributionCustomErrorResponse,
    CloudfrontDistributionDefaultCacheBehavior,
    CloudfrontDistributionLoggingConfig,
    CloudfrontDistributionOrigin,
    CloudfrontDistributionRestrictions,
    CloudfrontDistributionRestrictionsGeoRestriction,
    CloudfrontDistributionViewerCertificate,
)
from cdktf_cdktf_provider_aws.cloudfront_origin_access_control import CloudfrontOriginAccessControl
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket

# AWS managed cache policy "CachingOptimized".
CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6"


class SiteCdn(Construct):
    def __init__(self, scope: Construct, id: str, *, name: str, content: S3Bucket, logs: S3Bucket):
        super().__init__(scope, id)

        oac = CloudfrontOriginAccessControl(
            self,
            "oac",
            name=f"{name}-oac",
            origin_access_control_origin_type="s3",
            signing_behavior="always",
            signing_protocol="sigv4",
        )

        origin_id = f"s3-{name}"
        self.distribution = CloudfrontDistribution(
            self,
            "distribution",
            enabled=True,
            is_ipv6_enabled=True,
            comment=f"{name} static site",
            default_root_object="index.html",
            price_class="PriceClass_100",
            origin=[
                CloudfrontDistributionOrigin(
                    domain_name=content.bucket_regional_domain_name,
                    origin_id=origin_id,
                    origin_access_control_id=oac.id,
                )
            ],
            default_cache_behavior=CloudfrontDistributionDefaultCacheBehavior(
                target_origin_id=origin_id,
                viewer_protocol_policy="redirect-to-https",
                allowed_methods=["GET", "HEAD", "OPTIONS"],
                cached_methods=["GET", "HEAD"],
                cache_policy_id=CACHING_OPTIMIZED,
                compress=True,
            ),
            # Single-page app: let the client-side router handle unknown paths.
            custom_error_response=[
                CloudfrontDistributionCustomErrorResponse(error_code=code, response_code=200,
                                                          response_page_path="/index.html")
                for code in (403, 404)
            ],
            logging_config=CloudfrontDistributionLoggingConfig(bucket=logs.bucket_domain_name, prefix="cloudfront/"),
            restrictions=CloudfrontDistributionRestrictions(
                geo_restriction=CloudfrontDistributionRestrictionsGeoRestriction(restriction_type="none")
            ),
            viewer_certificate=CloudfrontDistributionViewerCertificate(cloudfront_default_certificate=True),
        )
