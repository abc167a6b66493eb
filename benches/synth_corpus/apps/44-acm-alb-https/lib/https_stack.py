"""Certificate + validation + listeners."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.acm_certificate import AcmCertificate
from cdktf_cdktf_provider_aws.acm_certificate_validation import AcmCertificateValidation
from cdktf_cdktf_provider_aws.aws_provider import AwsProvider
from cdktf_cdktf_provider_aws.data_aws_lb import DataAwsLb
from cdktf_cdktf_provider_aws.data_aws_route53_zone import DataAwsRoute53Zone
from cdktf_cdktf_provider_aws.lb_listener import (
    LbListener,
    LbListenerDefaultAction,
    LbListenerDefaultActionRedirect,
)
from cdktf_cdktf_provider_aws.route53_record import Route53Record, Route53RecordAlias


class HttpsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, domain: str, zone_name: str, alb_arn: str,
                 target_group_arn: str):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")

        zone = DataAwsRoute53Zone(self, "zone", name=zone_name, private_zone=False)
        alb = DataAwsLb(self, "alb", arn=alb_arn)

        cert = AcmCertificate(self, "cert", domain_name=domain, validation_method="DNS")
        validation_record = Route53Record(
            self,
            "cert-validation",
            zone_id=zone.zone_id,
            name=cert.domain_validation_options[0].resource_record_name,
            type=cert.domain_validation_options[0].resource_record_type,
            records=[cert.domain_validation_options[0].resource_record_value],
            ttl=60,
        )
        validated = AcmCertificateValidation(self, "cert-validated", certificate_arn=cert.arn,
                                             validation_record_fqdns=[validation_record.fqdn])

        LbListener(
            self,
            "https",
            load_balancer_arn=alb.arn,
            port=443,
            protocol="HTTPS",
            ssl_policy="ELBSecurityPolicy-TLS13-1-2-2021-06",
            certificate_arn=validated.certificate_arn,
            default_action=[LbListenerDefaultAction(type="forward", target_group_arn=target_group_arn)],
        )
        LbListener(
            self,
            "http-redirect",
            load_balancer_arn=alb.arn,
            port=80,
            protocol="HTTP",
            default_action=[LbListenerDefaultAction(
                type="redirect",
                redirect=LbListenerDefaultActionRedirect(port="443", protocol="HTTPS", status_code="HTTP_301"),
            )],
        )

        Route53Record(self, "app-alias", zone_id=zone.zone_id, name=domain, type="A",
                      alias=Route53RecordAlias(name=alb.dns_name, zone_id=alb.zone_id, evaluate_target_health=True))

        TerraformOutput(self, "certificate_arn", value=cert.arn)
