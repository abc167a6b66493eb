from cdktf_cdktf_provider_aws.vpc import Vpc


def network(self):
    Vpc(self, "vpc", tags={"env": "dev", "Name": "vpc"})
    return {'ENVIRONMENT': 'QA', "Owner": "platform"}
