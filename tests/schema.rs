//! The embedded provider indexes load and agree with facts checked against the real packages
//! (shared CDKTF_FACTS.md sections 3a, 3b, 3d, 3e).

use cdktf_fix::project::versions::Flavour;
use cdktf_fix::rules::provider_index::{self, EMBEDDED_INDEXES};

fn index(version: &str) -> &'static provider_index::Index {
    EMBEDDED_INDEXES
        .iter()
        .find(|a| a.version == version)
        .and_then(|a| a.index())
        .unwrap_or_else(|| panic!("no embedded index {version}"))
}

#[test]
fn indexes_load_with_their_provenance() {
    let all = provider_index::all().expect("embedded indexes decode");
    assert_eq!(all.len(), EMBEDDED_INDEXES.len());
    for i in &all {
        assert!(
            i.modules.len() > 1500,
            "{} {}: {} modules",
            i.package,
            i.version,
            i.modules.len()
        );
    }
    let i = index("21.22.1");
    assert_eq!(i.package, "cdktf-cdktf-provider-aws");
    assert_eq!(i.terraform_provider_version, "6.25.0");
    assert_eq!(i.core, "cdktf");
    assert_eq!(provider_index::newest(Flavour::Cdktf).version, "21.22.1");
    let n = index(provider_index::newest(Flavour::Cdktn).version);
    assert_eq!(
        (n.package.as_str(), n.core.as_str()),
        ("cdktn-provider-aws", "cdktn")
    );
    assert_eq!(n.python_module, "cdktn_provider_aws");
    assert_eq!(
        provider_index::describe(),
        cdktf_fix::schema_version!(),
        "--version must name the embedded indexes"
    );
}

#[test]
fn spot_checks_against_the_real_package() {
    let i = index("21.22.1");
    // A-suffix: the resource is S3BucketVersioningA; the plain name is s3_bucket's struct.
    let a = i
        .class("s3_bucket_versioning", "S3BucketVersioningA")
        .expect("S3BucketVersioningA");
    assert_eq!(a.k, "resource");
    assert_eq!(a.tf.as_deref(), Some("aws_s3_bucket_versioning"));
    assert!(
        i.class("s3_bucket_versioning", "S3BucketVersioning")
            .is_none()
    );
    assert!(
        i.class("s3_bucket", "S3BucketVersioning")
            .unwrap()
            .is_struct()
    );
    // The inline rule struct has no security_group_id; self is self_attribute.
    let ingress = i.class("security_group", "SecurityGroupIngress").unwrap();
    assert!(ingress.is_struct());
    assert!(!ingress.args.iter().any(|a| a == "security_group_id"));
    assert!(ingress.args.iter().any(|a| a == "self_attribute"));
    // The framework rule resource takes cidr_ipv4 and its construct id keyword is `id`.
    let vpc_rule = i
        .class(
            "vpc_security_group_ingress_rule",
            "VpcSecurityGroupIngressRule",
        )
        .unwrap();
    assert!(vpc_rule.args.iter().any(|a| a == "cidr_ipv4"));
    assert_eq!(vpc_rule.cid.as_deref(), Some("id"));
    let sg_rule = i.class("security_group_rule", "SecurityGroupRule").unwrap();
    assert_eq!(sg_rule.cid.as_deref(), Some("id_"));
    for req in [
        "type",
        "from_port",
        "to_port",
        "protocol",
        "security_group_id",
    ] {
        assert!(
            sg_rule.req.iter().any(|r| r == req),
            "SecurityGroupRule requires {req}"
        );
    }
    // Blocks: lifecycle_rule is a list, its expiration one struct (seed 003's list mistake).
    let bucket = i.class("s3_bucket", "S3Bucket").unwrap();
    assert_eq!(
        i.block_type(bucket, "lifecycle_rule"),
        Some(("S3BucketLifecycleRule".into(), true))
    );
    assert_eq!(
        i.block_type(bucket, "versioning"),
        Some(("S3BucketVersioning".into(), false))
    );
    let rule = i.class("s3_bucket", "S3BucketLifecycleRule").unwrap();
    assert_eq!(
        i.block_type(rule, "expiration"),
        Some(("S3BucketLifecycleRuleExpiration".into(), false))
    );
    // The provider class lives in `provider`; addon_version is optional; S3Backend has no use_lockfile.
    assert_eq!(i.modules_of("AwsProvider"), ["provider".to_string()]);
    let addon = i.class("eks_addon", "EksAddon").unwrap();
    assert!(
        addon.args.iter().any(|a| a == "addon_version")
            && !addon.req.iter().any(|a| a == "addon_version")
    );
    let backend = i.class("cdktf", "S3Backend").unwrap();
    assert!(
        std::ptr::eq(backend, i.class("cdktn", "S3Backend").unwrap()),
        "either core name means the index's core"
    );
    assert!(backend.args.iter().any(|a| a == "dynamodb_table"));
    assert!(!backend.args.iter().any(|a| a == "use_lockfile"));
}

#[test]
fn embedded_index_table_matches_the_index_headers() {
    // `for_target` chooses by these constants without decompressing; they must be the truth.
    let all = provider_index::all().unwrap();
    for (about, i) in EMBEDDED_INDEXES.iter().zip(all) {
        assert_eq!(
            (about.package, about.version, about.aws, about.core_version),
            (
                i.package.as_str(),
                i.version.as_str(),
                i.terraform_provider_version.as_str(),
                i.core_version.as_str()
            )
        );
        let core = match about.flavour {
            Flavour::Cdktf => "cdktf",
            Flavour::Cdktn => "cdktn",
        };
        assert_eq!(i.core, core, "{about}");
    }
}
