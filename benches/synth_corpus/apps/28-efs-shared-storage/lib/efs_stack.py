"""EFS with mount targets, an access point per team and automatic backups."""
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.data_aws_subnets import DataAwsSubnets, DataAwsSubnetsFilter
from cdktf_cdktf_provider_aws.data_aws_vpc import DataAwsVpc
from cdktf_cdktf_provider_aws.efs_access_point import (
    EfsAccessPoint,
    EfsAccessPointPosixUser,
    EfsAccessPointRootDirectory,
    EfsAccessPointRootDirectoryCreationInfo,
)
from cdktf_cdktf_provider_aws.efs_backup_policy import EfsBackupPolicy, EfsBackupPolicyBackupPolicy
from cdktf_cdktf_provider_aws.efs_file_system import EfsFileSystem, EfsFileSystemLifecyclePolicy
from cdktf_cdktf_provider_aws.efs_mount_target import EfsMountTarget
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.security_group import SecurityGroup, SecurityGroupIngress

TEAMS = {"lighting": 2001, "modeling": 2002, "compositing": 2003}


class SharedStorageStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, *, vpc_name: str, subnet_count: int):
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-west-2")

        vpc = DataAwsVpc(self, "vpc", tags={"Name": vpc_name})
        private = DataAwsSubnets(
            self,
            "private-subnets",
            filter=[
                DataAwsSubnetsFilter(name="vpc-id", values=[vpc.id]),
                DataAwsSubnetsFilter(name="tag:Tier", values=["private"]),
            ],
        )

        fs = EfsFileSystem(
            self,
            "fs",
            creation_token=f"{vpc_name}-shared",
            encrypted=True,
            performance_mode="generalPurpose",
            throughput_mode="elastic",
            lifecycle_policy=[EfsFileSystemLifecyclePolicy(transition_to_ia="AFTER_30_DAYS")],
            tags={"Name": f"{vpc_name}-shared"},
        )
        EfsBackupPolicy(self, "backup", file_system_id=fs.id,
                        backup_policy=EfsBackupPolicyBackupPolicy(status="ENABLED"))

        nfs_sg = SecurityGroup(self, "nfs", name=f"{vpc_name}-efs", vpc_id=vpc.id,
                               ingress=[SecurityGroupIngress(from_port=2049, to_port=2049, protocol="tcp",
                                                             cidr_blocks=[vpc.cidr_block])])

        # One mount target per private subnet.
        for i in range(subnet_count):
            EfsMountTarget(self, f"mount-{i}", file_system_id=fs.id, subnet_id=private.ids[i],
                           security_groups=[nfs_sg.id])

        for team, uid in TEAMS.items():
            EfsAccessPoint(
                self,
                f"ap-{team}",
                file_system_id=fs.id,
                posix_user=EfsAccessPointPosixUser(uid=uid, gid=uid),
                root_directory=EfsAccessPointRootDirectory(
                    path=f"/{team}",
                    creation_info=EfsAccessPointRootDirectoryCreationInfo(owner_uid=uid, owner_gid=uid,
                                                                           permissions="0750"),
                ),
                tags={"Team": team},
            )

        TerraformOutput(self, "file_system_id", value=fs.id)
