//! Named Rust transforms. A spec's `rule` says what is matched; when the repair needs logic a
//! pattern cannot express (moving a call into another call's list, adding an import, renaming in
//! a scope), the spec names one of these with `fixer:`. A fixer gets the match and returns the
//! findings to report (none if a closer look shows the match is fine) with their candidate fixes.
//! A fixer lives in the file named after its codemod, under the codemod's language.

use std::ops::Range;
use std::path::Path;

use ast_grep_core::NodeMatch;
use ast_grep_core::tree_sitter::StrDoc;
use serde_json::{Map, Value};

use crate::engine::edit::Fix;
use crate::engine::spec::Codemod;
use crate::lang::{Root, SupportLang};
use crate::project::versions::TargetVersions;

pub(crate) mod cdktn;
mod hcl;
pub mod hcl_schema;
pub mod provider_index;
mod python;
pub(crate) mod shared;

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
    pub index: &'a std::cell::OnceCell<crate::lang::python::Index<'a>>,
    /// The other files of the module or app, as they are in this pass (never read from disk).
    pub view: &'a crate::engine::View<'a>,
    /// Facts a fixer computes once per file and pass rather than once per match.
    pub memo: &'a Memo,
    /// Notes for the run (`cdktf-fix: note: ...`, JSON `notes`), e.g. why a codemod skipped a
    /// module; repeated texts are reported once.
    pub notes: &'a std::cell::RefCell<Vec<String>>,
}

impl Ctx<'_> {
    /// Adds a note for the run, once.
    pub fn note(&self, text: String) {
        let mut notes = self.notes.borrow_mut();
        if !notes.contains(&text) {
            notes.push(text);
        }
    }
}

/// A per-file, per-pass cache of what fixers derive from the whole file or module (which data
/// source the module declares, ...): without it each match would recompute it, which is
/// quadratic in the module's size.
#[derive(Default)]
pub struct Memo(elsa::FrozenMap<(&'static str, std::any::TypeId), Box<dyn std::any::Any>>);

impl Memo {
    /// The value stored under `key`, computed by `f` on first use. Keys are per type, so two
    /// fixers can never read each other's value as the wrong type.
    pub fn get_or<T: 'static>(&self, key: &'static str, f: impl FnOnce() -> T) -> &T {
        let k = (key, std::any::TypeId::of::<T>());
        let stored = match self.0.get(&k) {
            Some(v) => v,
            None => self.0.insert(k, Box::new(f())),
        };
        match stored.downcast_ref::<T>() {
            Some(v) => v,
            None => unreachable!("the key holds the TypeId of its value"),
        }
    }
}

impl<'a> Ctx<'a> {
    /// Imports, assignments and identifiers of the file, collected in one walk.
    pub fn index(&self) -> &crate::lang::python::Index<'a> {
        self.index
            .get_or_init(|| crate::lang::python::Index::build(self.root))
    }

    /// The module a fix imports a provider class from, in the project's flavour:
    /// `cdktf_cdktf_provider_aws.<module>` (prebuilt CDKTF package), `cdktn_provider_aws.<module>`
    /// (CDK Terrain) or `imports.aws.<module>` (`cdktf get` bindings). The file's own imports
    /// decide, then the app's other files, then the project's dependency files; CDKTF's
    /// prebuilt package when nothing says. An import the project cannot resolve would fail the
    /// fixed app with ModuleNotFoundError.
    pub fn provider_module(&self, module: &str) -> String {
        let package: &&'static str = self.memo.get_or("provider-package", || {
            const PACKAGES: [&str; 3] = [
                "cdktn_provider_aws",
                "imports.aws",
                "cdktf_cdktf_provider_aws",
            ];
            let of = |module: &str| {
                PACKAGES
                    .into_iter()
                    .find(|p| module == *p || module.starts_with(&format!("{p}.")))
            };
            if let Some(p) = self.index().bindings.iter().find_map(|b| of(&b.module)) {
                return p;
            }
            for f in self.view.app_files() {
                for p in PACKAGES {
                    if f.text.contains(&format!("from {p}"))
                        || f.text.contains(&format!("import {p}"))
                    {
                        return p;
                    }
                }
            }
            match self.versions.flavour {
                Some(crate::project::versions::Flavour::Cdktn) => "cdktn_provider_aws",
                _ => "cdktf_cdktf_provider_aws",
            }
        });
        format!("{package}.{module}")
    }

    /// The provider API index that describes this file's provider package (see
    /// [`provider_index::for_target`]); `None` when no embedded index does.
    pub fn provider_index(&self) -> Option<&'static provider_index::Index> {
        *self.memo.get_or("provider-index", || {
            let flavour = provider_index::flavour_of(self.src, self.versions);
            provider_index::for_target(self.versions, flavour)
                .ok()
                .map(|c| c.index)
        })
    }

    /// The index for imports of `cdktf get` bindings (`imports.aws`), chosen by the hashicorp/aws
    /// version the bindings are generated from.
    pub fn bindings_index(&self) -> Option<&'static provider_index::Index> {
        *self.memo.get_or("bindings-index", || {
            provider_index::for_bindings(self.versions)
                .ok()
                .map(|c| c.index)
        })
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

/// Every named fixer. A fixer serving one codemod carries the codemod's name and lives in the
/// file named after it (`rules/<language>/<name>.rs`); the generic ones (`remove-node`,
/// `remove-statement`, `in-test-file`, `not-in-test-file`) are in `rules/shared/`.
const REGISTRY: &[(&str, FixerFn)] = &[
    ("remove-node", shared::remove::remove_node),
    (
        "remove-statement",
        shared::remove::remove_enclosing_statement,
    ),
    ("in-test-file", shared::test_file::in_test_file),
    ("not-in-test-file", shared::test_file::not_in_test_file),
    (
        "construct-id-shadows-builtin",
        python::construct_id_shadows_builtin::fix,
    ),
    ("eks-version-outdated", python::eks_version_outdated::fix),
    ("hardcoded-account-id", python::hardcoded_account_id::fix),
    ("hardcoded-partition", python::hardcoded_partition::fix),
    (
        "iam-role-managed-policy-arns",
        python::iam_role_managed_policy_arns::fix,
    ),
    ("import-after-code", python::import_after_code::fix),
    (
        "kms-policy-missing-logs-principal",
        python::kms_policy_missing_logs_principal::fix,
    ),
    ("list-block-as-single", python::list_block_as_single::fix),
    ("log-group-retention", python::log_group_retention::fix),
    ("missing-cdktf-json", python::missing_cdktf_json::fix),
    (
        "provider-class-a-suffix",
        python::provider_class_a_suffix::fix,
    ),
    ("provider-default-tags", python::provider_default_tags::fix),
    (
        "provider-import-resolve",
        python::provider_import_resolve::fix,
    ),
    ("provider-upgrade", python::provider_upgrade::fix),
    ("cdktn-provider-api", cdktn::cdktn_provider_api::fix),
    (
        "resource-add-dependency",
        python::resource_add_dependency::fix,
    ),
    (
        "s3-backend-use-lockfile",
        python::s3_backend_use_lockfile::fix,
    ),
    (
        "s3-bucket-name-not-unique",
        python::s3_bucket_name_not_unique::fix,
    ),
    ("single-block-as-list", python::single_block_as_list::fix),
    ("keyword-value-type", python::keyword_value_type::fix),
    (
        "struct-of-another-block",
        python::struct_of_another_block::fix,
    ),
    ("list-attribute-index", python::list_attribute_index::fix),
    ("untyped-block-struct", python::untyped_block_struct::fix),
    ("unknown-attribute", python::unknown_attribute::fix),
    ("unknown-core-function", python::unknown_core_function::fix),
    (
        "standalone-security-group-rule",
        python::standalone_security_group_rule::fix,
    ),
    ("struct-dict-key-case", python::struct_dict_key_case::fix),
    (
        "struct-used-as-resource",
        python::struct_used_as_resource::fix,
    ),
    ("trailing-blank-lines", python::trailing_blank_lines::fix),
    ("unknown-keyword", python::unknown_keyword::fix),
    ("unused-import", python::unused_import::fix),
    ("cdktn-python-imports", cdktn::cdktn_python_imports::fix),
    ("tf-eip-vpc-deprecated", hcl::tf_eip_vpc_deprecated::fix),
    (
        "tf-eks-addon-pinned-version",
        hcl::tf_eks_addon_pinned_version::fix,
    ),
    (
        "tf-eks-endpoint-private-only",
        hcl::tf_eks_endpoint_private_only::fix,
    ),
    ("tf-eks-version-outdated", hcl::tf_eks_version_outdated::fix),
    ("tf-hardcoded-partition", hcl::tf_hardcoded_partition::fix),
    (
        "tf-iam-policy-unattached",
        hcl::tf_iam_policy_unattached::fix,
    ),
    (
        "tf-kms-key-without-policy",
        hcl::tf_kms_key_without_policy::fix,
    ),
    ("tf-log-group-retention", hcl::tf_log_group_retention::fix),
    (
        "tf-missing-required-argument",
        hcl::tf_missing_required_argument::fix,
    ),
    ("tf-nat-gateway-per-az", hcl::tf_nat_gateway_per_az::fix),
    (
        "tf-provider-default-tags",
        hcl::tf_provider_default_tags::fix,
    ),
    (
        "tf-s3-backend-dynamodb-table",
        hcl::tf_s3_backend_dynamodb_table::fix,
    ),
    (
        "tf-s3-backend-use-lockfile",
        hcl::tf_s3_backend_use_lockfile::fix,
    ),
    (
        "tf-s3-lifecycle-rule-without-filter",
        hcl::tf_s3_lifecycle_rule_without_filter::fix,
    ),
    ("tf-sg-all-protocols", hcl::tf_sg_all_protocols::fix),
    (
        "tf-unknown-resource-type",
        hcl::tf_unknown_resource_type::fix,
    ),
    ("tf-unsupported-argument", hcl::tf_unsupported_argument::fix),
    ("tf-invalid-enum-value", hcl::tf_invalid_enum_value::fix),
    ("tf-deprecated-argument", hcl::tf_deprecated_argument::fix),
];

/// What a text fixer sees: a project file with no grammar here (requirements, Pipfile, scripts).
pub struct TextCtx<'a> {
    pub src: &'a str,
    pub path: &'a Path,
    pub codemod: &'a Codemod,
    pub options: &'a Map<String, Value>,
    pub versions: &'a TargetVersions,
}

/// A text fixer reads the whole file and returns its findings with byte-range fixes; the spec's
/// `files:` says which files it gets and its `data` holds the tables it applies.
pub type TextFixerFn = fn(&TextCtx<'_>) -> Vec<Hit>;

const TEXT_REGISTRY: &[(&str, TextFixerFn)] = &[
    ("cdktn-dependencies", cdktn::cdktn_dependencies::fix),
    ("cdktn-cli-scripts", cdktn::cdktn_cli_scripts::fix),
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
        crate::engine::edit::Applicability::Unsafe,
        vec![crate::engine::edit::Edit::delete(0, 1)],
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
