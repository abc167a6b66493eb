//! Named Rust transforms. A spec's `rule` says what is matched; when the repair needs logic a
//! pattern cannot express (moving a call into another call's list, adding an import, renaming in
//! a scope), the spec names one of these with `fixer:`. A fixer gets the match and returns the
//! findings to report (none if a closer look shows the match is fine) with their candidate fixes.
//! Each fixer lives in the module named after it.

use std::ops::Range;
use std::path::Path;

use ast_grep_core::NodeMatch;
use ast_grep_core::tree_sitter::StrDoc;
use serde_json::{Map, Value};

use crate::edit::Fix;
use crate::lang::{Root, SupportLang};
use crate::spec::Codemod;
use crate::versions::TargetVersions;

mod a_suffix;
mod add_dependency;
mod block_shape;
mod cdktn;
mod construct_id_shadows_builtin;
mod data_source;
mod eks_version;
mod hardcoded_account_id;
mod hardcoded_partition;
mod iam_role_managed_policy_arns;
mod import_position;
mod kms_logs_principal;
mod log_group_retention;
mod missing_cdktf_json;
mod provider_api;
mod provider_default_tags;
mod remove;
mod s3_bucket_name_not_unique;
mod security_group_rule;
mod terraform;
mod test_file;
mod trailing_blank_lines;
mod unused_import;
mod use_lockfile;

/// What a fixer sees.
pub struct Ctx<'a> {
    pub src: &'a str,
    pub root: &'a Root,
    pub path: &'a Path,
    pub codemod: &'a Codemod,
    pub versions: &'a TargetVersions,
    /// The spec's `options` with the user's config applied over them.
    pub options: &'a Map<String, Value>,
    /// Built on first use, shared by every codemod in this pass.
    pub index: &'a std::cell::OnceCell<crate::python::Index<'a>>,
}

impl<'a> Ctx<'a> {
    /// Imports, assignments and identifiers of the file, collected in one walk.
    pub fn index(&self) -> &crate::python::Index<'a> {
        self.index
            .get_or_init(|| crate::python::Index::build(self.root))
    }

    pub fn option_str(&self, key: &str) -> Option<&str> {
        self.options.get(key).and_then(Value::as_str)
    }
}

/// One finding a fixer reports.
#[derive(Clone, Debug)]
pub struct Hit {
    pub range: Range<usize>,
    /// Overrides the spec's message when the fixer knows more.
    pub message: Option<String>,
    /// Candidate fixes, best first; the engine takes the first the run allows.
    pub fixes: Vec<Fix>,
}

impl Hit {
    pub fn new(range: Range<usize>) -> Hit {
        Hit {
            range,
            message: None,
            fixes: Vec::new(),
        }
    }
    pub fn message(mut self, m: impl Into<String>) -> Hit {
        self.message = Some(m.into());
        self
    }
    pub fn fix(mut self, f: Fix) -> Hit {
        self.fixes.push(f);
        self
    }
}

pub type Match<'r> = NodeMatch<'r, StrDoc<SupportLang>>;
pub type FixerFn = for<'a> fn(&Ctx<'a>, &Match<'a>) -> Vec<Hit>;

const REGISTRY: &[(&str, FixerFn)] = &[
    ("remove-node", remove::remove_node),
    ("remove-statement", remove::remove_enclosing_statement),
    ("provider-class-a-suffix", a_suffix::fix),
    ("resource-add-dependency", add_dependency::fix),
    ("standalone-security-group-rule", security_group_rule::fix),
    ("s3-backend-use-lockfile", use_lockfile::fix),
    ("tf-eks-version-outdated", terraform::eks_version_outdated),
    ("tf-provider-default-tags", terraform::provider_default_tags),
    ("tf-hardcoded-partition", terraform::hardcoded_partition),
    ("tf-log-group-retention", terraform::log_group_retention),
    (
        "tf-eks-addon-pinned-version",
        terraform::eks_addon_pinned_version,
    ),
    (
        "tf-s3-backend-use-lockfile",
        terraform::s3_backend_use_lockfile,
    ),
    (
        "tf-s3-backend-dynamodb-table",
        terraform::s3_backend_dynamodb_table,
    ),
    ("tf-eip-vpc-deprecated", terraform::eip_vpc_deprecated),
    (
        "tf-kms-key-without-policy",
        terraform::kms_key_without_policy,
    ),
    ("tf-iam-policy-unattached", terraform::iam_policy_unattached),
    ("tf-sg-all-protocols", terraform::sg_all_protocols),
    ("tf-nat-gateway-per-az", terraform::nat_gateway_per_az),
    (
        "tf-eks-endpoint-private-only",
        terraform::eks_endpoint_private_only,
    ),
    ("hardcoded-account-id", hardcoded_account_id::fix),
    ("hardcoded-partition", hardcoded_partition::fix),
    ("s3-bucket-name-not-unique", s3_bucket_name_not_unique::fix),
    (
        "construct-id-shadows-builtin",
        construct_id_shadows_builtin::fix,
    ),
    (
        "iam-role-managed-policy-arns",
        iam_role_managed_policy_arns::fix,
    ),
    ("trailing-blank-lines", trailing_blank_lines::fix),
    ("unused-import", unused_import::fix),
    ("import-after-code", import_position::fix),
    ("log-group-retention", log_group_retention::fix),
    ("provider-default-tags", provider_default_tags::fix),
    ("eks-version-outdated", eks_version::fix),
    ("kms-policy-missing-logs-principal", kms_logs_principal::fix),
    ("provider-import-resolve", provider_api::import_resolve),
    ("unknown-keyword", provider_api::unknown_keyword),
    ("struct-used-as-resource", provider_api::struct_as_resource),
    ("in-test-file", test_file::in_test_file),
    ("single-block-as-list", block_shape::single_block_as_list),
    ("list-block-as-single", block_shape::list_block_as_single),
    ("struct-dict-key-case", block_shape::struct_dict_key_case),
    ("missing-cdktf-json", missing_cdktf_json::fix),
    ("cdktn-python-imports", cdktn::python_imports),
];

/// What a text fixer sees: a project file with no grammar here (requirements, Pipfile, scripts).
pub struct TextCtx<'a> {
    pub src: &'a str,
    pub path: &'a Path,
    pub codemod: &'a Codemod,
    pub options: &'a Map<String, Value>,
}

/// A text fixer reads the whole file and returns its findings with byte-range fixes; the spec's
/// `files:` says which files it gets and its `data` holds the tables it applies.
pub type TextFixerFn = fn(&TextCtx<'_>) -> Vec<Hit>;

const TEXT_REGISTRY: &[(&str, TextFixerFn)] = &[
    ("cdktn-dependencies", cdktn::dependencies),
    ("cdktn-cli-scripts", cdktn::cli_scripts),
];

pub fn lookup_text(name: &str) -> Option<TextFixerFn> {
    #[cfg(test)]
    if name == "test-break-syntax" {
        return Some(test_break_syntax);
    }
    TEXT_REGISTRY
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// Test-only text fixer whose fix deletes the file's first byte: the engine must drop it for
/// formats it can check.
#[cfg(test)]
fn test_break_syntax(ctx: &TextCtx<'_>) -> Vec<Hit> {
    if ctx.src.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(0..1).fix(Fix::new(
        "break it",
        crate::edit::Applicability::Unsafe,
        vec![crate::edit::Edit::delete(0, 1)],
    ))]
}

pub fn text_names() -> Vec<&'static str> {
    TEXT_REGISTRY.iter().map(|(n, _)| *n).collect()
}

pub fn lookup(name: &str) -> Option<FixerFn> {
    REGISTRY.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

pub fn names() -> Vec<&'static str> {
    REGISTRY.iter().map(|(n, _)| *n).collect()
}
