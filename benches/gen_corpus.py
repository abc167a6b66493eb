#!/usr/bin/env python3
"""Generate a large, deterministic corpus of CDKTF Python projects for benchmarking.

The corpus is shaped like the code cdktf-fix meets (examples/ and golden/*/input*): projects
with `tap.py`, `cdktf.json`, `lib/*_stack.py` stacks of VPCs, subnets, NAT gateways, security
groups, S3 buckets, IAM roles and policies, KMS keys, log groups, EKS clusters, node groups and
add-ons, `tests/unit` and `tests/integration` files, `__init__.py`, and now and then a
`terraform/main.tf`. Most files are clean; a minority carry one or two of the mistakes the
codemods exist for (a pinned add-on version, MFA delete, a hard-coded Environment tag, a
`kms:*` root statement, a hard-coded OIDC thumbprint, a log group without retention, ...), so
that a scan does realistic work: most files pass the prefilters of the broad codemods and are
parsed, and the narrow ones find a few hits.

Same seed and size, same bytes: the generator uses only its own `random.Random(seed)`.

    python3 benches/gen_corpus.py --out target/bench-corpus --size-mb 60 --seed 20261129
"""

import argparse
import os
import random
import shutil
import sys

COMPONENTS = [
    "network", "storage", "security", "compute", "data", "logging", "platform", "edge",
    "analytics", "identity", "messaging", "backup", "monitoring", "ingest", "api", "cache",
]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
RETENTION = [7, 14, 30, 60, 90, 180, 365]
ADDONS = ["coredns", "kube-proxy", "vpc-cni", "aws-ebs-csi-driver"]
INSTANCE_TYPES = ["t3.medium", "t3.large", "m5.large", "m6i.xlarge", "c6i.large"]
MANAGED_POLICIES = [
    "AmazonEKSClusterPolicy", "AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy",
    "AmazonEC2ContainerRegistryReadOnly", "CloudWatchAgentServerPolicy",
]

# class -> module of cdktf_cdktf_provider_aws (checked against the embedded provider index).
MODULES = {
    "AwsProvider": "provider",
    "Vpc": "vpc",
    "Subnet": "subnet",
    "InternetGateway": "internet_gateway",
    "NatGateway": "nat_gateway",
    "Eip": "eip",
    "RouteTable": "route_table",
    "RouteTableAssociation": "route_table_association",
    "SecurityGroup": "security_group",
    "SecurityGroupIngress": "security_group",
    "SecurityGroupEgress": "security_group",
    "S3Bucket": "s3_bucket",
    "S3BucketVersioningA": "s3_bucket_versioning",
    "S3BucketServerSideEncryptionConfigurationA": "s3_bucket_server_side_encryption_configuration",
    "S3BucketPublicAccessBlock": "s3_bucket_public_access_block",
    "IamRole": "iam_role",
    "IamRolePolicyAttachment": "iam_role_policy_attachment",
    "IamPolicy": "iam_policy",
    "EksCluster": "eks_cluster",
    "EksNodeGroup": "eks_node_group",
    "EksAddon": "eks_addon",
    "KmsKey": "kms_key",
    "KmsAlias": "kms_alias",
    "CloudwatchLogGroup": "cloudwatch_log_group",
    "DataAwsCallerIdentity": "data_aws_caller_identity",
    "DataAwsPartition": "data_aws_partition",
    "DataAwsAvailabilityZones": "data_aws_availability_zones",
    "IamOpenidConnectProvider": "iam_openid_connect_provider",
    "FlowLog": "flow_log",
}

# Mistakes a stack may carry, each caught by one codemod. The first five are the rules that
# `ast-grep scan` runs too (README, "Performance").
STACK_MISTAKES = [
    "addon-version", "mfa-delete", "environment-tag", "kms-root-wildcard", "oidc-thumbprint",
    "log-retention", "use-lockfile", "add-dependency", "sg-rule-resource", "account-id",
    "a-suffix", "provider-import", "managed-policy-arns", "unused-import", "trailing-blank",
]


class Stack:
    """One stack module being written: its imports and the statements of its constructor."""

    def __init__(self, rng, component, mistakes):
        self.rng = rng
        self.component = component
        self.mistakes = set(mistakes)
        self.aws = set()
        self.cdktf = {"TerraformStack"}
        self.needs_json = False
        self.body = []
        self.n = 0

    def use(self, *classes):
        self.aws.update(classes)

    def name(self, base):
        self.n += 1
        return f"{base}_{self.n}"

    def add(self, text):
        self.body.append(text)

    def mistake(self, kind):
        """Whether this stack carries `kind`; each mistake is written once."""
        if kind in self.mistakes:
            self.mistakes.discard(kind)
            return True
        return False


def tags(s, extra=""):
    env = '"production"' if s.mistake("environment-tag") else "environment_suffix"
    more = f', "Component": "{extra}"' if extra else ""
    return f'{{**common_tags, "Environment": {env}{more}}}'


def vpc_block(s):
    r = s.rng
    v = s.name("vpc")
    octet = r.randint(0, 250)
    azs = r.randint(2, 3)
    s.use("Vpc", "Subnet", "InternetGateway", "NatGateway", "Eip", "RouteTable",
          "RouteTableAssociation", "DataAwsAvailabilityZones")
    s.cdktf.update(("Fn", "TerraformOutput"))
    nat_per_az = r.random() < 0.4
    lines = [f'''        # Network: one VPC with public and private subnets in {azs} availability zones.
        {v} = Vpc(
            self,
            "{v}",
            cidr_block="10.{octet}.0.0/16",
            enable_dns_hostnames=True,
            enable_dns_support=True,
            tags={tags(s, "network")},
        )
        azs_{v} = DataAwsAvailabilityZones(self, "azs_{v}", state="available")
        igw_{v} = InternetGateway(self, "igw_{v}", vpc_id={v}.id, tags=common_tags)
        public_subnets_{v} = []
        private_subnets_{v} = []
        for i in range({azs}):
            public_subnets_{v}.append(
                Subnet(
                    self,
                    f"public_subnet_{v}_{{i}}",
                    vpc_id={v}.id,
                    cidr_block=f"10.{octet}.{{i}}.0/24",
                    availability_zone=Fn.element(azs_{v}.names, i),
                    map_public_ip_on_launch=True,
                    tags={{**common_tags, "Name": f"public-{{i}}-{{environment_suffix}}", "kubernetes.io/role/elb": "1"}},
                )
            )
            private_subnets_{v}.append(
                Subnet(
                    self,
                    f"private_subnet_{v}_{{i}}",
                    vpc_id={v}.id,
                    cidr_block=f"10.{octet}.{{i + 10}}.0/24",
                    availability_zone=Fn.element(azs_{v}.names, i),
                    tags={{**common_tags, "Name": f"private-{{i}}-{{environment_suffix}}"}},
                )
            )
''']
    if nat_per_az:
        lines.append(f'''        nat_gateways_{v} = []
        for i, subnet in enumerate(public_subnets_{v}):
            eip = Eip(self, f"nat_eip_{v}_{{i}}", domain="vpc", tags=common_tags)
            nat_gateways_{v}.append(
                NatGateway(self, f"nat_{v}_{{i}}", allocation_id=eip.id, subnet_id=subnet.id, tags=common_tags)
            )
''')
    else:
        lines.append(f'''        nat_eip_{v} = Eip(self, "nat_eip_{v}", domain="vpc", tags=common_tags)
        nat_{v} = NatGateway(
            self,
            "nat_{v}",
            allocation_id=nat_eip_{v}.id,
            subnet_id=public_subnets_{v}[0].id,
            tags=common_tags,
        )
''')
    lines.append(f'''        public_rt_{v} = RouteTable(
            self,
            "public_rt_{v}",
            vpc_id={v}.id,
            route=[{{"cidr_block": "0.0.0.0/0", "gateway_id": igw_{v}.id}}],
            tags=common_tags,
        )
        for i, subnet in enumerate(public_subnets_{v}):
            RouteTableAssociation(self, f"public_rta_{v}_{{i}}", subnet_id=subnet.id, route_table_id=public_rt_{v}.id)
        TerraformOutput(self, "{v}_id", value={v}.id)
''')
    s.add("".join(lines))
    return v


def sg_block(s, vpc):
    r = s.rng
    g = s.name("sg")
    port = r.choice([443, 5432, 6379, 8080, 9092, 3306])
    s.use("SecurityGroup", "SecurityGroupIngress", "SecurityGroupEgress")
    vpc_id = f"{vpc}.id" if vpc else "vpc_id"
    s.add(f'''        {g} = SecurityGroup(
            self,
            "{g}",
            name=f"{s.component}-{g}-{{environment_suffix}}",
            description="Allow {port} from inside the VPC",
            vpc_id={vpc_id},
            ingress=[
                SecurityGroupIngress(
                    description="service port",
                    from_port={port},
                    to_port={port},
                    protocol="tcp",
                    cidr_blocks=["10.0.0.0/8"],
                )
            ],
            egress=[
                SecurityGroupEgress(from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"])
            ],
            tags={tags(s)},
        )
''')
    if s.mistake("sg-rule-resource"):
        s.add(f'''        SecurityGroupIngress(
            self,
            "{g}_https",
            security_group_id={g}.id,
            from_port=443,
            to_port=443,
            protocol="tcp",
            cidr_blocks=["10.0.0.0/8"],
        )
''')
    return g


def bucket_block(s):
    r = s.rng
    b = s.name("bucket")
    purpose = r.choice(["artifacts", "logs", "data", "backups", "assets", "reports", "exports"])
    s.cdktf.add("TerraformOutput")
    s.use("S3Bucket", "S3BucketVersioningA", "S3BucketServerSideEncryptionConfigurationA",
          "S3BucketPublicAccessBlock")
    versioning_cls = "S3BucketVersioningA"
    if s.mistake("a-suffix"):
        s.aws.discard("S3BucketVersioningA")
        s.aws.add("S3BucketVersioning")
        versioning_cls = "S3BucketVersioning"
    mfa = '\n                "mfa_delete": "Enabled",' if s.mistake("mfa-delete") else ""
    expiry = r.choice([30, 60, 90, 365])
    s.add(f'''        # {purpose.capitalize()} bucket: private, versioned, encrypted.
        {b} = S3Bucket(
            self,
            "{b}",
            bucket=f"{s.component}-{purpose}-{{environment_suffix}}-{{current.account_id}}",
            force_destroy=True,
            lifecycle_rule=[{{"enabled": True, "expiration": {{"days": {expiry}}}}}],
            tags={tags(s, purpose)},
        )
        {versioning_cls}(
            self,
            "{b}_versioning",
            bucket={b}.id,
            versioning_configuration={{
                "status": "Enabled",{mfa}
            }},
        )
        S3BucketServerSideEncryptionConfigurationA(
            self,
            "{b}_encryption",
            bucket={b}.id,
            rule=[
                {{
                    "apply_server_side_encryption_by_default": {{"sse_algorithm": "aws:kms"}},
                    "bucket_key_enabled": True,
                }}
            ],
        )
        S3BucketPublicAccessBlock(
            self,
            "{b}_public_access",
            bucket={b}.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
        )
        TerraformOutput(self, "{b}_name", value={b}.bucket)
''')
    return b


def role_block(s, service):
    r = s.rng
    role = s.name("role")
    policies = r.sample(MANAGED_POLICIES, r.randint(1, 3))
    s.use("IamRole", "IamRolePolicyAttachment", "IamPolicy")
    s.needs_json = True
    if s.mistake("managed-policy-arns"):
        arns = ", ".join(f'f"arn:{{partition.partition}}:iam::aws:policy/{p}"' for p in policies)
        s.add(f'''        {role} = IamRole(
            self,
            "{role}",
            name=f"{s.component}-{role}-{{environment_suffix}}",
            assume_role_policy=json.dumps(
                {{
                    "Version": "2012-10-17",
                    "Statement": [
                        {{"Effect": "Allow", "Principal": {{"Service": "{service}"}}, "Action": "sts:AssumeRole"}}
                    ],
                }}
            ),
            managed_policy_arns=[{arns}],
            tags=common_tags,
        )
''')
        return role
    attach = "".join(
        f'''        IamRolePolicyAttachment(
            self,
            "{role}_{p.lower()}",
            role={role}.name,
            policy_arn=f"arn:{{partition.partition}}:iam::aws:policy/{p}",
        )
''' for p in policies)
    if s.mistake("account-id"):
        resource = '"arn:aws:logs:us-east-1:123456789012:log-group:*"'
    else:
        resource = 'f"arn:{partition.partition}:s3:::*"'
    s.add(f'''        {role} = IamRole(
            self,
            "{role}",
            name=f"{s.component}-{role}-{{environment_suffix}}",
            assume_role_policy=json.dumps(
                {{
                    "Version": "2012-10-17",
                    "Statement": [
                        {{"Effect": "Allow", "Principal": {{"Service": "{service}"}}, "Action": "sts:AssumeRole"}}
                    ],
                }}
            ),
            tags=common_tags,
        )
{attach}        {role}_policy = IamPolicy(
            self,
            "{role}_policy",
            name=f"{s.component}-{role}-policy-{{environment_suffix}}",
            policy=json.dumps(
                {{
                    "Version": "2012-10-17",
                    "Statement": [
                        {{
                            "Effect": "Allow",
                            "Action": ["s3:GetObject", "s3:ListBucket", "logs:PutLogEvents"],
                            "Resource": [{resource}],
                        }}
                    ],
                }}
            ),
        )
        IamRolePolicyAttachment(self, "{role}_inline", role={role}.name, policy_arn={role}_policy.arn)
''')
    return role


def kms_block(s):
    k = s.name("key")
    s.use("KmsKey", "KmsAlias")
    s.needs_json = True
    if s.mistake("kms-root-wildcard"):
        statements = '''                        {
                            "Sid": "Enable IAM User Permissions",
                            "Effect": "Allow",
                            "Principal": {"AWS": f"arn:{partition.partition}:iam::{current.account_id}:root"},
                            "Action": "kms:*",
                            "Resource": "*",
                        }'''
    else:
        statements = '''                        {
                            "Sid": "KeyAdministration",
                            "Effect": "Allow",
                            "Principal": {"AWS": f"arn:{partition.partition}:iam::{current.account_id}:root"},
                            "Action": ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"],
                            "Resource": "*",
                        },
                        {
                            "Sid": "AllowCloudWatchLogs",
                            "Effect": "Allow",
                            "Principal": {"Service": f"logs.{region}.amazonaws.com"},
                            "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                            "Resource": "*",
                        }'''
    s.add(f'''        {k} = KmsKey(
            self,
            "{k}",
            description=f"{s.component} encryption key ({{environment_suffix}})",
            enable_key_rotation=True,
            deletion_window_in_days=7,
            policy=json.dumps(
                {{
                    "Version": "2012-10-17",
                    "Statement": [
{statements}
                    ],
                }}
            ),
            tags=common_tags,
        )
        KmsAlias(self, "{k}_alias", name=f"alias/{s.component}-{k}-{{environment_suffix}}", target_key_id={k}.key_id)
''')
    return k


def log_block(s, key):
    r = s.rng
    lg = s.name("log_group")
    s.use("CloudwatchLogGroup")
    retention = "" if s.mistake("log-retention") else f"\n            retention_in_days={r.choice(RETENTION)},"
    kms = f"\n            kms_key_id={key}.arn," if key else ""
    s.add(f'''        {lg} = CloudwatchLogGroup(
            self,
            "{lg}",
            name=f"/{s.component}/{{environment_suffix}}/{lg}",{retention}{kms}
            tags=common_tags,
        )
''')
    return lg


def eks_block(s, vpc, sg):
    r = s.rng
    c = s.name("cluster")
    cluster_role = role_block(s, "eks.amazonaws.com")
    node_role = role_block(s, "ec2.amazonaws.com")
    s.use("EksCluster", "EksNodeGroup", "EksAddon", "IamOpenidConnectProvider")
    s.cdktf.add("TerraformOutput")
    subnets = f"[s.id for s in private_subnets_{vpc}]" if vpc else "private_subnet_ids"
    sgs = f"[{sg}.id]" if sg else "[]"
    s.add(f'''        # EKS control plane, a managed node group and the core add-ons.
        {c} = EksCluster(
            self,
            "{c}",
            name=f"{s.component}-{c}-{{environment_suffix}}",
            version="1.35",
            role_arn={cluster_role}.arn,
            vpc_config={{
                "subnet_ids": {subnets},
                "security_group_ids": {sgs},
                "endpoint_private_access": True,
                "endpoint_public_access": True,
            }},
            enabled_cluster_log_types=["api", "audit", "authenticator"],
            tags={tags(s, "eks")},
        )
        EksNodeGroup(
            self,
            "{c}_nodes",
            cluster_name={c}.name,
            node_group_name=f"{c}-nodes-{{environment_suffix}}",
            node_role_arn={node_role}.arn,
            subnet_ids={subnets},
            instance_types=["{r.choice(INSTANCE_TYPES)}"],
            scaling_config={{"desired_size": {r.randint(2, 4)}, "min_size": 1, "max_size": {r.randint(5, 10)}}},
            update_config={{"max_unavailable": 1}},
            tags=common_tags,
        )
''')
    for addon in r.sample(ADDONS, r.randint(1, 3)):
        var = f"{c}_{addon.replace('-', '_')}"
        pinned = (f'\n            addon_version="v1.{r.randint(10, 19)}.{r.randint(0, 9)}-eksbuild.{r.randint(1, 9)}",'
                  if s.mistake("addon-version") else "")
        s.add(f'''        {var} = EksAddon(
            self,
            "{var}",
            cluster_name={c}.name,
            addon_name="{addon}",{pinned}
            resolve_conflicts_on_update="OVERWRITE",
        )
''')
        if s.mistake("add-dependency"):
            s.add(f"        {var}.add_dependency({c})\n")
    thumb = ('\n            thumbprint_list=["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"],'
             if s.mistake("oidc-thumbprint") else "")
    s.add(f'''        {c}_oidc = IamOpenidConnectProvider(
            self,
            "{c}_oidc",
            url={c}.identity.get(0).oidc.get(0).issuer,
            client_id_list=["sts.amazonaws.com"],{thumb}
            tags=common_tags,
        )
        TerraformOutput(self, "{c}_endpoint", value={c}.endpoint)
        TerraformOutput(self, "{c}_name", value={c}.name)
''')


def helper_functions(s):
    """Module-level helpers some stacks carry (naming, CIDR maths), as real code does."""
    return '''

def resource_name(component: str, name: str, environment_suffix: str) -> str:
    """Name a resource the way every stack of the project does."""
    return f"{component}-{name}-{environment_suffix}"[:63]


def subnet_cidrs(base: str, count: int, offset: int = 0) -> list:
    """Split a /16 into /24s: 10.x.0.0/16 -> 10.x.(offset+i).0/24."""
    prefix = ".".join(base.split(".")[:2])
    return [f"{prefix}.{offset + i}.0/24" for i in range(count)]
'''


def stack_module(rng, component, mistakes):
    s = Stack(rng, component, mistakes)
    region = rng.choice(REGIONS)
    cls = "".join(p.capitalize() for p in component.split("_")) + "Stack"
    blocks = rng.randint(1, 18)
    vpc = sg = key = None
    for _ in range(blocks):
        kind = rng.choices(["vpc", "sg", "bucket", "role", "kms", "log", "eks"],
                           [2, 3, 4, 3, 2, 3, 2])[0]
        if kind == "vpc":
            vpc = vpc_block(s)
        elif kind == "sg":
            sg = sg_block(s, vpc)
        elif kind == "bucket":
            bucket_block(s)
        elif kind == "role":
            role_block(s, rng.choice(["lambda.amazonaws.com", "ecs-tasks.amazonaws.com", "ec2.amazonaws.com"]))
        elif kind == "kms":
            key = kms_block(s)
        elif kind == "log":
            log_block(s, key if rng.random() < 0.3 else None)
        else:
            eks_block(s, vpc, sg)
    # Mistakes whose block was not drawn go into blocks that carry them.
    leftovers = {
        "addon-version": lambda: eks_block(s, vpc, sg),
        "oidc-thumbprint": lambda: eks_block(s, vpc, sg),
        "add-dependency": lambda: eks_block(s, vpc, sg),
        "mfa-delete": lambda: bucket_block(s),
        "a-suffix": lambda: bucket_block(s),
        "environment-tag": lambda: bucket_block(s),
        "kms-root-wildcard": lambda: kms_block(s),
        "log-retention": lambda: log_block(s, None),
        "sg-rule-resource": lambda: sg_block(s, vpc),
        "account-id": lambda: role_block(s, "lambda.amazonaws.com"),
        "managed-policy-arns": lambda: role_block(s, "lambda.amazonaws.com"),
    }
    for m in sorted(s.mistakes & set(leftovers)):
        if m in s.mistakes:
            leftovers[m]()
    use_lockfile = s.mistake("use-lockfile")
    backend = ""
    if use_lockfile or rng.random() < 0.25:
        s.cdktf.add("S3Backend")
        backend = f'''        S3Backend(
            self,
            bucket=state_bucket,
            key=f"{{environment_suffix}}/{{construct_id}}.tfstate",
            region="{region}",
            encrypt=True,
        )
'''
        if use_lockfile:
            backend += '        self.add_override("terraform.backend.s3.use_lockfile", True)\n'
    s.use("AwsProvider", "DataAwsCallerIdentity", "DataAwsPartition")
    imports = []
    if s.needs_json:
        imports.append("import json")
    if s.mistake("unused-import"):
        imports.append("import os")
    imports.append("from constructs import Construct")
    imports.append(f"from cdktf import {', '.join(sorted(s.cdktf))}")
    provider_import = s.mistake("provider-import")
    by_module = {}
    for c in sorted(s.aws):
        if c == "AwsProvider" and provider_import:
            imports.append("from cdktf_cdktf_provider_aws import AwsProvider")
            continue
        by_module.setdefault(MODULES.get(c, "s3_bucket_versioning"), []).append(c)
    for mod in sorted(by_module):
        names = ", ".join(by_module[mod])
        line = f"from cdktf_cdktf_provider_aws.{mod} import {names}"
        if len(line) > 99:
            line = f"from cdktf_cdktf_provider_aws.{mod} import (\n" + "".join(
                f"    {n},\n" for n in by_module[mod]) + ")"
        imports.append(line)
    state = ", state_bucket: str = \"tap-terraform-state\"" if backend else ""
    text = f'''"""{cls}: the {component} layer of the platform (generated benchmark corpus)."""
{chr(10).join(imports)}
{helper_functions(s) if rng.random() < 0.3 else ""}

class {cls}(TerraformStack):
    """{component.capitalize()} resources for one environment."""

    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str{state}):
        super().__init__(scope, construct_id)

        region = "{region}"
        common_tags = {{"Project": "tap", "ManagedBy": "cdktf", "Owner": "platform-team"}}
        AwsProvider(self, "aws", region=region, default_tags=[{{"tags": common_tags}}])
{backend}        current = DataAwsCallerIdentity(self, "current")
        partition = DataAwsPartition(self, "partition")

{"".join(s.body)}'''
    if s.mistake("trailing-blank"):
        text += "\n\n\n"
    # Every helper name is used somewhere, so the stack stays clean for the unused-name checks.
    return cls, text


def test_module(rng, module, cls, placeholder):
    if placeholder:
        body = f'''

class Test{cls}:
    """Checks that the stack builds."""

    def test_stack_builds(self):
        app = App()
        stack = {cls}(app, "test", environment_suffix="test")
        assert stack is not None

    def test_stack_has_provider(self):
        app = App()
        stack = {cls}(app, "test", environment_suffix="test")
        assert hasattr(stack, "node")
'''
    else:
        checks = "".join(f'''
    def test_{kind}_{i}(self):
        app = App()
        stack = {cls}(app, "test", environment_suffix="test{i}")
        synthesized = json.loads(Testing.synth(stack))
        resources = synthesized.get("resource", {{}})
        assert "aws_{kind}" in resources or len(resources) > 0
        for name, config in resources.get("aws_{kind}", {{}}).items():
            assert config.get("tags", {{}}).get("Project") == "tap", name
''' for i, kind in enumerate(rng.sample(["s3_bucket", "iam_role", "vpc", "kms_key", "eks_cluster",
                                          "cloudwatch_log_group", "security_group"], rng.randint(1, 5))))
        body = f'''

class Test{cls}:
    """Synthesizes the stack and checks the resources it declares."""
{checks}'''
    return f'''"""Unit tests for {cls}."""
import json

from cdktf import App, Testing

from lib.{module} import {cls}
{body}'''


def init_module(rng):
    return rng.choice(["", "", '"""Package marker."""\n', '"""Stacks of the platform."""\n'])


def tf_module(rng, mistake):
    version = "1.28" if mistake else "1.35"
    retention = "" if mistake else "\n  retention_in_days = 30"
    return f'''terraform {{
  required_version = ">= 1.11.0"
  backend "s3" {{
    bucket       = "tap-terraform-state"
    key          = "legacy/terraform.tfstate"
    region       = "us-east-1"
    use_lockfile = true
  }}
}}

variable "environment_suffix" {{
  type = string
}}

provider "aws" {{
  region = "us-east-1"
  default_tags {{
    tags = {{ Project = "tap" }}
  }}
}}

resource "aws_cloudwatch_log_group" "app" {{
  name = "/tap/${{var.environment_suffix}}/app"{retention}
}}

resource "aws_eks_cluster" "main" {{
  name     = "tap-${{var.environment_suffix}}"
  version  = "{version}"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {{
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = true
  }}
}}

variable "subnet_ids" {{
  type = list(string)
}}

resource "aws_iam_role" "cluster" {{
  name               = "tap-cluster-${{var.environment_suffix}}"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}}

data "aws_iam_policy_document" "assume" {{
  statement {{
    actions = ["sts:AssumeRole"]
    principals {{
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }}
  }}
}}
'''


def generate(out, size_mb, seed, mistake_rate):
    rng = random.Random(seed)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    target = size_mb * 1024 * 1024
    total = files = 0
    project = 0

    def write(path, text):
        nonlocal total, files
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode()
        with open(path, "wb") as f:
            f.write(data)
        total += len(data)
        files += 1

    while total < target:
        root = os.path.join(out, f"project-{project:04d}")
        project += 1
        write(os.path.join(root, "cdktf.json"),
              '{\n  "language": "python",\n  "app": "python3 tap.py",\n  "terraformProviders": ["aws@~> 6.0"]\n}\n')
        write(os.path.join(root, "requirements.txt"),
              "cdktf==0.21.0\ncdktf-cdktf-provider-aws==21.22.1\nconstructs==10.8.1\n")
        write(os.path.join(root, ".terraform-version"), "1.9.8\n")
        write(os.path.join(root, "lib", "__init__.py"), init_module(rng))
        write(os.path.join(root, "tests", "__init__.py"), init_module(rng))
        write(os.path.join(root, "tests", "unit", "__init__.py"), init_module(rng))
        stacks = []
        for component in rng.sample(COMPONENTS, rng.randint(2, 8)):
            mistakes = []
            if rng.random() < mistake_rate:
                mistakes = rng.sample(STACK_MISTAKES, rng.randint(1, 2))
            module = f"{component}_stack"
            cls, text = stack_module(rng, component, mistakes)
            write(os.path.join(root, "lib", f"{module}.py"), text)
            stacks.append((module, cls))
            placeholder = rng.random() < mistake_rate / 2
            write(os.path.join(root, "tests", "unit", f"test_{module}.py"),
                  test_module(rng, module, cls, placeholder))
        imports = "".join(f"from lib.{m} import {c}\n" for m, c in stacks)
        calls = "".join(f'{c}(app, "{m.replace("_stack", "")}", environment_suffix=environment_suffix)\n'
                        for m, c in stacks)
        write(os.path.join(root, "tap.py"),
              f'#!/usr/bin/env python\n"""Entry point."""\nimport os\n\nfrom cdktf import App\n\n{imports}\n'
              f'environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")\napp = App()\n{calls}app.synth()\n')
        if rng.random() < 0.1:
            write(os.path.join(root, "terraform", "main.tf"), tf_module(rng, rng.random() < mistake_rate))
    return files, total, project


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="target/bench-corpus")
    ap.add_argument("--size-mb", type=int, default=60)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--mistake-rate", type=float, default=0.12,
                    help="share of stacks that carry one or two mistakes")
    args = ap.parse_args()
    files, total, projects = generate(args.out, args.size_mb, args.seed, args.mistake_rate)
    print(f"{args.out}: {projects} projects, {files} files, {total / 1e6:.1f} MB (seed {args.seed})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
