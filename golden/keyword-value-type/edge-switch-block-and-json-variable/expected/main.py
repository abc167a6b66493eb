from cdktf_cdktf_provider_aws.dynamodb_table import DynamodbTable
from cdktf_cdktf_provider_aws.sfn_state_machine import SfnStateMachine
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA
from cdktf import Fn


def build(stack, role):
    DynamodbTable(stack, "orders", name="orders", hash_key="id", attribute=[{"name": "id", "type": "S"}], point_in_time_recovery={"enabled": True})
    definition = {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}
    SfnStateMachine(stack, "flow", name="flow", role_arn=role.arn, definition=Fn.jsonencode(definition))
    S3BucketVersioningA(stack, "v", bucket="b", versioning_configuration=True)
