"""Route 53 hosted zone, ACM certificate and its validation records."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.acm_certificate import AcmCertificate
from cdktf_cdktf_provider_aws.acm_certificate_validation import AcmCertificateValidation
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.route53_record import Route53Record
from cdktf_cdktf_provider_aws.route53_zone import Route53Zone


class DnsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, domain: str):
        super().__init__(scope, id)
        # Certificates used by CloudFront must live in us-east-1.
        AwsProvider(self, "aws", region="us-east-1")

        zone = Route53Zone(self, "zone", name=domain, comment=f"Public zone for {domain}")

        cert = AcmCertificate(
            self,
            "cert",
            domain_name=domain,
            subject_alternative_names=[f"*.{domain}"],
            validation_method="DNS",
            lifecycle={"create_before_destroy": True},
        )

        # The apex and the wildcard share one validation record, so one record is enough.
        option = cert.domain_validation_options.get(0)
        record = Route53Record(
            self,
            "validation",
            zone_id=zone.zone_id,
            name=option.resource_record_name,
            type=option.resource_record_type,
            records=[option.resource_record_value],
            ttl=60,
            allow_overwrite=True,
        )

        AcmCertificateValidation(self, "validated", certificate_arn=cert.arn,
                                 validation_record_fqdns=[record.fqdn])

        # Mail records are managed here too.
        Route53Record(self, "mx", zone_id=zone.zone_id, name=domain, type="MX", ttl=3600,
                      records=["10 inbound-smtp.us-east-1.amazonaws.com"])
        Route53Record(self, "spf", zone_id=zone.zone_id, name=domain, type="TXT", ttl=3600,
                      records=["v=spf1 include:amazonses.com ~all"])

        TerraformOutput(self, "zone_id", value=zone.zone_id)
        TerraformOutput(self, "name_servers", value=zone.name_servers)
        TerraformOutput(self, "certificate_arn", value=cert.arn)
