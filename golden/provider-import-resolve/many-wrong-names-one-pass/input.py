# Twenty names imported from the package root, which exports none of them: one fix moves
# them all in one pass (one pass per name would pass the engine's limit of 16).
from cdktf import App
from cdktf_cdktf_provider_aws import S3Bucket, S3BucketPolicy, IamRole, IamPolicy, Vpc, Subnet, InternetGateway, NatGateway, Eip, RouteTable, Route, RouteTableAssociation, SecurityGroup, EksCluster, EksNodeGroup, KmsKey, KmsAlias, CloudwatchLogGroup, IamRolePolicyAttachment, DataAwsCallerIdentity

app = App()
print(S3Bucket, S3BucketPolicy, IamRole, IamPolicy, Vpc, Subnet, InternetGateway, NatGateway, Eip, RouteTable, Route, RouteTableAssociation, SecurityGroup, EksCluster, EksNodeGroup, KmsKey, KmsAlias, CloudwatchLogGroup, IamRolePolicyAttachment, DataAwsCallerIdentity)
