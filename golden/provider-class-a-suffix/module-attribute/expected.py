from cdktf_cdktf_provider_aws import s3_bucket_versioning
import cdktf_cdktf_provider_aws.dynamodb_table_replica as replica

s3_bucket_versioning.S3BucketVersioningA(stack, "v", bucket="b", versioning_configuration={"status": "Enabled"})
replica.DynamodbTableReplicaA(stack, "r", global_table_arn="arn")
