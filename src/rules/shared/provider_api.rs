//! What the schema-driven codemods share: the prebuilt provider package name, class resolution
//! of a call through its imports, and how candidate lists are written in messages.

use crate::engine::edit::Edit;
use crate::lang::Node;
use crate::rules::{Ctx, provider_index};

/// The prebuilt AWS provider packages: CDKTF's and CDK Terrain's, which keep the same
/// submodules and classes under another top-level name (codemods/cdktn/FACTS.md).
pub const PACKAGES: [&str; 2] = ["cdktf_cdktf_provider_aws", "cdktn_provider_aws"];

/// The CDK core modules, CDKTF's and CDK Terrain's.
pub const CORES: [&str; 2] = ["cdktf", "cdktn"];

/// The provider package a dotted module path starts with, and the rest after its dot
/// (`cdktn_provider_aws.s3_bucket` -> (`cdktn_provider_aws`, `s3_bucket`)); the rest is empty for
/// the package itself.
pub fn split_package(path: &str) -> Option<(&'static str, &str)> {
    PACKAGES
        .into_iter()
        .find_map(|p| match path.strip_prefix(p) {
            Some("") => Some((p, "")),
            Some(r) => r.strip_prefix('.').map(|r| (p, r)),
            None => None,
        })
}

/// The provider submodule of a dotted module path (`cdktf_cdktf_provider_aws.s3_bucket` ->
/// `s3_bucket`), in either flavour.
pub fn submodule(path: &str) -> Option<&str> {
    split_package(path)
        .map(|(_, m)| m)
        .filter(|m| !m.is_empty())
}

/// The names of `pool` closest to `name` (Jaro-Winkler over 0.75), best first and then by
/// name, at most three: the "did you mean" of the attribute and function codemods.
pub fn ranked<'p>(name: &str, pool: impl Iterator<Item = &'p str>) -> Vec<&'p str> {
    let mut scored: Vec<(f64, &str)> = pool
        .map(|a| (strsim::jaro_winkler(name, a), a))
        .filter(|(s, _)| *s > 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, a)| a).collect()
}

pub fn candidates(items: impl Iterator<Item = String>) -> String {
    let mut v: Vec<String> = items.collect();
    v.sort();
    let more = v.len().saturating_sub(6);
    v.truncate(6);
    let mut s = v.join(", ");
    if more > 0 {
        s.push_str(&format!(" and {more} more"));
    }
    s
}

/// The provider class a call constructs: resolved through the file's imports, looked up in the
/// index of the project's provider version.
pub struct CalledClass {
    pub index: &'static provider_index::Index,
    pub module: String,
    pub class_name: String,
    pub class: &'static provider_index::Class,
}

pub fn called_class(ctx: &Ctx, call: &Node) -> Option<CalledClass> {
    let index = ctx.provider_index()?;
    let (module, class_name) = resolve_class(ctx, call)?;
    let class = index.class(&module, &class_name)?;
    Some(CalledClass {
        index,
        module,
        class_name,
        class,
    })
}

/// Resolve a call's class to (module, class name) through the file's provider imports.
pub fn resolve_class(ctx: &Ctx, call: &Node) -> Option<(String, String)> {
    let f = call.field("function")?;
    match f.kind().as_ref() {
        "identifier" => {
            let local = f.text();
            let b = ctx
                .index()
                .bindings
                .iter()
                .find(|b| b.is_from && b.local == local)?;
            // The index also knows cdktf's own backends (`S3Backend(..., use_lockfile=True)`).
            if CORES.contains(&b.module.as_str()) {
                return Some((b.module.clone(), b.imported.clone()));
            }
            let module = submodule(&b.module)?;
            Some((module.to_string(), b.imported.clone()))
        }
        "attribute" => {
            let obj = f.field("object")?.text().to_string();
            let name = f.field("attribute")?.text().to_string();
            if let Some(m) = submodule(&obj) {
                return Some((m.to_string(), name));
            }
            let b = ctx.index().bindings.iter().find(|b| b.local == obj)?;
            let full = if b.is_from {
                format!("{}.{}", b.module, b.imported)
            } else {
                b.imported.clone()
            };
            let module = submodule(&full)?;
            Some((module.to_string(), name))
        }
        _ => None,
    }
}

/// How a fix calls the core's `Fn` in this file (`Fn`, or `cdktf.Fn` where the name `Fn` is
/// bound to something else), and the import it needs (`Fn` joins `from cdktf import ...`);
/// `None` when neither spelling can be had without guessing.
pub fn core_fn(ctx: &Ctx) -> Option<(String, Option<Edit>)> {
    let core = ctx.provider_index()?.core.as_str();
    let bindings = &ctx.index().bindings;
    let taken = bindings
        .iter()
        .any(|b| b.local == "Fn" && !(b.module == core && b.imported == "Fn"));
    if !taken {
        let import = ctx.index().ensure_import(ctx.src, ctx.root, core, "Fn");
        return Some(("Fn".to_string(), import));
    }
    bindings
        .iter()
        .any(|b| b.local == core && !b.is_from)
        .then(|| (format!("{core}.Fn"), None))
}
