"""EKS platform stack (model-written, with the mistakes the seeds describe)."""
from constructs import Construct
from cdktf import Fn, S3Backend, TerraformOutput, TerraformStack
from cdktf_cdktf_provider_aws import AwsProvider
from cdktf_cdktf_provider_aws.vpc import Vpc
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupEgress, SecurityGroupIngress
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioning
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.eks_fargate_profile import EksFargateProfile
from cdktf_cdktf_provider_aws.eks_addon import EksAddon


class TapStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str, state_bucket: str):
        super().__init__(scope, construct_id)

        AwsProvider(self, "aws", region="us-east-1")
        S3Backend(
            self,
            bucket=state_bucket,
            key=f"{environment_suffix}/{construct_id}.tfstate",
            region="us-east-1",
            encrypt=True,
        )
        # Add S3 state locking using escape hatch
        self.add_override("terraform.backend.s3.use_lockfile", True)

        vpc = Vpc(self, "vpc", cidr_block="10.0.0.0/16")
        self.cluster_sg = SecurityGroup(
            self,
            "cluster_sg",
            name=f"eks-cluster-sg-{environment_suffix}",
            vpc_id=vpc.id,
            egress=[SecurityGroupIngress(from_port=0, to_port=0, protocol="-1", self=True)],
        )
        SecurityGroupIngress(
            self,
            "cluster_ingress_pods",
            security_group_id=self.cluster_sg.id,
            from_port=443,
            to_port=443,
            protocol="tcp",
            cidr_blocks=["10.0.0.0/16"],
        )

        artifacts = S3Bucket(
            self,
            "artifacts",
            bucket_prefix=f"tap-artifacts-{environment_suffix}-",
            force_destroy="true",
            lifecycle_rule={"enabled": True, "expiration": [{"days": 30}], "abort_incomplete_multipart_upload_days": 7},
        )
        S3BucketVersioning(
            self,
            "artifacts_versioning",
            bucket=artifacts.id,
            versioning_configuration={"status": "Enabled"},
        )

        cluster = EksCluster(
            self,
            "cluster",
            name=f"tap-{environment_suffix}",
            version="1.28",
            role_arn="arn:aws:iam::123456789012:role/eks-cluster",
            vpc_config={"subnetIds": [], "securityGroupIds": [self.cluster_sg.id]},
        )
        self.kube_system_profile = EksFargateProfile(
            self,
            "kube_system",
            cluster_name=cluster.name,
            fargate_profile_name="kube-system",
            pod_execution_role_arn="arn:aws:iam::123456789012:role/fargate",
            subnet_ids=[],
            selector=[{"namespace": "kube-system"}],
        )
        coredns = EksAddon(
            self,
            "coredns",
            cluster_name=cluster.name,
            addon_name="coredns",
            addon_version="v1.10.1-eksbuild.6",
        )
        coredns.add_dependency(self.kube_system_profile)
        TerraformOutput(self, "cluster_ca", value=cluster.certificate_authority[0].data)
        TerraformOutput(self, "cluster_tags", value=Fn.json_encode({"environment": environment_suffix}))
