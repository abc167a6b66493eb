//! What the schema-driven codemods share: the prebuilt provider package name, class resolution
//! of a call through its imports, and how candidate lists are written in messages.

use crate::lang::Node;
use crate::rules::{Ctx, provider_index};

pub const PACKAGE: &str = "cdktf_cdktf_provider_aws";

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
    let index = provider_index::for_target(ctx.versions).ok()?;
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
            if b.module == "cdktf" {
                return Some(("cdktf".to_string(), b.imported.clone()));
            }
            let module = b.module.strip_prefix(PACKAGE)?.strip_prefix('.')?;
            Some((module.to_string(), b.imported.clone()))
        }
        "attribute" => {
            let obj = f.field("object")?.text().to_string();
            let name = f.field("attribute")?.text().to_string();
            if let Some(m) = obj.strip_prefix(PACKAGE).and_then(|r| r.strip_prefix('.')) {
                return Some((m.to_string(), name));
            }
            let b = ctx.index().bindings.iter().find(|b| b.local == obj)?;
            let full = if b.is_from {
                format!("{}.{}", b.module, b.imported)
            } else {
                b.imported.clone()
            };
            let module = full.strip_prefix(PACKAGE)?.strip_prefix('.')?;
            Some((module.to_string(), name))
        }
        _ => None,
    }
}
