//! The real AWS provider API, as an index generated from the pinned package by
//! `codemods/schema/generate.py` and embedded in the binary: which classes each module defines,
//! their keyword arguments, which of those are required, and which nested blocks take one
//! struct versus a list. Codemods ask it instead of keeping hand lists that go stale.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::project::versions::{TargetVersions, Version};

/// What the embedded index was generated from, for `--version`; `tests/schema.rs` checks it
/// against the index's own header.
#[macro_export]
macro_rules! schema_version {
    () => {
        "cdktf-cdktf-provider-aws 21.22.1 (hashicorp/aws 6.25.0, cdktf 0.21.0)"
    };
}

/// The embedded index.
const EMBEDDED: &[u8] = include_bytes!("../../codemods/schema/aws-21.22.1.json.gz");

#[derive(Debug, Deserialize)]
pub struct Index {
    pub format: u32,
    pub package: String,
    pub python_module: String,
    pub version: String,
    #[serde(default)]
    pub terraform_provider_version: String,
    #[serde(default)]
    pub cdktf: String,
    pub modules: HashMap<String, HashMap<String, Class>>,
    #[serde(default)]
    pub meta_args: Vec<String>,
    #[serde(default)]
    pub root_exports: Vec<String>,
    /// Class name -> modules that define it.
    pub index: HashMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub struct Class {
    /// resource | data | provider | struct | other
    pub k: String,
    #[serde(default)]
    pub tf: Option<String>,
    /// Keyword name of the construct id (`id_` or `id`), for construct classes.
    #[serde(default)]
    pub cid: Option<String>,
    #[serde(default)]
    pub args: Vec<String>,
    #[serde(default)]
    pub req: Vec<String>,
    #[serde(default)]
    pub single: Vec<String>,
    #[serde(default)]
    pub list: Vec<String>,
    /// Block parameter -> struct name (`"Name"` or `"[Name]"`).
    #[serde(default)]
    pub t: HashMap<String, String>,
}

impl Class {
    pub fn is_struct(&self) -> bool {
        self.k == "struct"
    }
    pub fn is_construct(&self) -> bool {
        matches!(self.k.as_str(), "resource" | "data" | "provider")
    }
}

impl Index {
    pub fn class(&self, module: &str, name: &str) -> Option<&Class> {
        self.modules.get(module)?.get(name)
    }
    /// Modules that define `name`.
    pub fn modules_of(&self, name: &str) -> &[String] {
        self.index.get(name).map_or(&[], Vec::as_slice)
    }
    /// The struct class a block parameter of `class` takes, and whether it takes a list of them.
    pub fn block_type(&self, class: &Class, param: &str) -> Option<(String, bool)> {
        let t = class.t.get(param)?;
        match t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            Some(inner) => Some((inner.to_string(), true)),
            None => Some((t.clone(), false)),
        }
    }
}

/// The indexes in the binary, newest first: (`cdktf-cdktf-provider-aws` version, hashicorp/aws
/// version it binds). Kept as constants so choosing one never decompresses anything.
pub const EMBEDDED_INDEXES: &[(&str, &str)] = &[("21.22.1", "6.25.0")];

/// The index that describes the project's provider package, or why none does.
///
/// Within one major version a prebuilt provider package only adds classes and arguments, so the
/// newest embedded index of the pinned major describes every release of that major; another
/// major renames and removes API, and checking it against the wrong index would report valid
/// code. Without a pinned package the hashicorp/aws version (flag, config; not cdktf.json, which
/// is for `cdktf get` bindings) is matched by its major the same way; with neither, the newest index is assumed, as a
/// new project gets the newest package.
pub fn for_target(v: &TargetVersions) -> Result<&'static Index, String> {
    let list = || {
        EMBEDDED_INDEXES
            .iter()
            .map(|(p, a)| format!("{p} (hashicorp/aws {a})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let major = |s: &str| Version::parse(s).and_then(|v| v.0.first().copied());
    let matching = if let Some(pkg) = &v.aws_provider_package {
        let m = pkg.version.0.first().copied();
        EMBEDDED_INDEXES.iter().find(|(p, _)| major(p) == m).ok_or_else(|| {
            format!(
                "{} pins cdktf-cdktf-provider-aws {} and cdktf-fix embeds the provider API index of cdktf-cdktf-provider-aws {} only; no index matches, so the schema-driven codemods are skipped",
                pkg.source,
                pkg.version,
                list()
            )
        })?
    } else if let Some(aws) = v
        .aws_provider
        .as_ref()
        // cdktf.json's `terraformProviders` is what `cdktf get` generates bindings from
        // (`imports.aws`); the prebuilt package these codemods check has its own version and
        // API, so that entry says nothing about it.
        .filter(|a| !a.source.ends_with("cdktf.json"))
    {
        let m = aws.version.0.first().copied();
        EMBEDDED_INDEXES.iter().find(|(_, a)| major(a) == m).ok_or_else(|| {
            format!(
                "{} targets hashicorp/aws {} and cdktf-fix embeds the provider API index of cdktf-cdktf-provider-aws {} only; no index matches, so the schema-driven codemods are skipped",
                aws.source,
                aws.version,
                list()
            )
        })?
    } else {
        &EMBEDDED_INDEXES[0]
    };
    // One index is embedded today; with more, each gets its own `include_bytes!` and OnceLock.
    debug_assert_eq!(matching.0, EMBEDDED_INDEXES[0].0);
    aws().ok_or_else(|| "the embedded provider index is corrupt".to_string())
}

/// The newest embedded index, decompressed on first use. `None` only if the embedded data is
/// corrupt, which the test suite rules out. Codemods go through [`for_target`].
pub fn aws() -> Option<&'static Index> {
    static INDEX: OnceLock<Option<Index>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut json = Vec::new();
            flate2::read::GzDecoder::new(EMBEDDED)
                .read_to_end(&mut json)
                .ok()?;
            serde_json::from_slice(&json).ok()
        })
        .as_ref()
}

/// For `--version`: which provider API the checks know.
pub fn describe() -> String {
    match aws() {
        Some(i) => format!(
            "{} {} (hashicorp/aws {}, cdktf {})",
            i.package, i.version, i.terraform_provider_version, i.cdktf
        ),
        None => "no provider index".to_string(),
    }
}
