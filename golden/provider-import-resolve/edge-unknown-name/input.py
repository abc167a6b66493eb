# No module of the provider defines NoSuchThing: reported, nothing to point the import at.
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket, NoSuchThing
