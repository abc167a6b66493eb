//! Checks driven by the real provider API (`crate::schema`): imports of names a provider module
//! does not define, and keyword arguments a provider class does not take. Both are the most
//! common reasons model-written CDKTF Python fails `synth` (ImportError, TypeError).

use super::{Ctx, Hit, Match};
use crate::edit::{Edit, Fix};
use crate::lang::Node;
use crate::python::{self, Binding};
use crate::schema;

const PACKAGE: &str = "cdktf_cdktf_provider_aws";

/// `from cdktf_cdktf_provider_aws[.module] import Name`, where the module does not define Name.
pub fn import_resolve<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(index) = schema::for_target(ctx.versions).ok() else {
        return vec![];
    };
    let stmt = m.get_node();
    let Some(module_node) = stmt.field("module_name") else {
        return vec![];
    };
    let module_path = module_node.text().to_string();
    let module = match module_path.strip_prefix(PACKAGE) {
        Some("") => None,
        Some(rest) => match rest.strip_prefix('.') {
            Some(m) => Some(m.to_string()),
            None => return vec![],
        },
        None => return vec![],
    };
    if let Some(m) = &module
        && !index.modules.contains_key(m)
    {
        return vec![Hit::new(module_node.range()).message(format!(
            "`{module_path}` is not a module of {} {}",
            index.package, index.version
        ))];
    }
    let bindings: Vec<&Binding> = ctx
        .index()
        .bindings
        .iter()
        .filter(|b| b.stmt == stmt.range())
        .collect();
    let all_in_stmt = bindings.len();
    let mut hits = Vec::new();
    for b in bindings {
        let name = b.imported.as_str();
        let defined = match &module {
            Some(m) => index.class(m, name).is_some(),
            None => index.root_exports.iter().any(|e| e == name),
        };
        if defined {
            continue;
        }
        // A missing `A` suffix is provider-class-a-suffix's to fix (it renames the uses too).
        if let Some(m) = &module
            && index.class(m, &format!("{name}A")).is_some()
        {
            continue;
        }
        let exact: Vec<&String> = index
            .modules_of(name)
            .iter()
            .filter(|m| m.as_str() != "cdktf")
            .collect();
        let (target_module, target_name) = if exact.len() == 1 {
            (exact[0].clone(), name.to_string())
        } else if exact.is_empty() {
            let lower = name.to_ascii_lowercase();
            let folded: Vec<(&String, &String)> = index
                .index
                .iter()
                .filter(|(k, _)| k.to_ascii_lowercase() == lower)
                .flat_map(|(k, ms)| {
                    ms.iter()
                        .filter(|m| m.as_str() != "cdktf")
                        .map(move |m| (k, m))
                })
                .collect();
            if folded.len() != 1 {
                let why = if folded.is_empty() {
                    "no module defines it".to_string()
                } else {
                    candidates(folded.iter().map(|(k, m)| format!("{m}.{k}")))
                };
                hits.push(Hit::new(b.name_range.clone()).message(format!(
                    "`{name}` is not defined in `{module_path}` ({why})"
                )));
                continue;
            }
            (folded[0].1.clone(), folded[0].0.clone())
        } else {
            hits.push(Hit::new(b.name_range.clone()).message(format!(
                "`{name}` is not defined in `{module_path}`; it is defined in several modules: {}",
                candidates(exact.iter().map(|m| format!("{PACKAGE}.{m}.{name}")))
            )));
            continue;
        };
        let target_path = format!("{PACKAGE}.{target_module}");
        let mut edits = Vec::new();
        let renamed = target_name != name;
        if all_in_stmt == 1 {
            let r = module_node.range();
            edits.push(Edit::replace(r.start, r.end, target_path.clone()));
            if renamed {
                edits.push(Edit::replace(
                    b.name_range.start,
                    b.name_range.end,
                    target_name.clone(),
                ));
            }
        } else {
            edits.extend(python::remove_binding(
                ctx.src,
                ctx.root,
                &ctx.index().bindings,
                b,
            ));
            let line = if b.local != b.imported || renamed {
                let alias = if b.local != b.imported {
                    b.local.as_str()
                } else {
                    name
                };
                let alias = if alias == target_name {
                    String::new()
                } else {
                    format!(" as {alias}")
                };
                Some(Edit::insert(
                    python::line_end_incl(ctx.src, b.stmt.end),
                    format!("from {target_path} import {target_name}{alias}\n"),
                ))
            } else {
                ctx.index()
                    .ensure_import(ctx.src, ctx.root, &target_path, &target_name)
            };
            edits.extend(line);
        }
        if renamed && b.local == b.imported && all_in_stmt == 1 {
            for u in ctx.index().name_uses(name) {
                let r = u.range();
                edits.push(Edit::replace(r.start, r.end, target_name.clone()));
            }
        }
        let fix = Fix::new(
            format!("Import `{target_name}` from `{target_path}`"),
            ctx.codemod.safety.ceiling(),
            edits,
        );
        let mut hit = Hit::new(b.name_range.clone()).message(format!(
            "`{name}` is not defined in `{module_path}` (ImportError at synth): it is `{target_path}.{target_name}`"
        ));
        if fix.is_well_formed(ctx.src.len()) {
            hit = hit.fix(fix);
        }
        hits.push(hit);
    }
    hits
}

fn candidates(items: impl Iterator<Item = String>) -> String {
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

/// Resolve a call's class to (module, class name) through the file's provider imports.
fn resolve_class(ctx: &Ctx, call: &Node) -> Option<(String, String)> {
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

/// A keyword argument the provider class does not take: TypeError at synth.
pub fn unknown_keyword<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(index) = schema::for_target(ctx.versions).ok() else {
        return vec![];
    };
    let call = m.get_node();
    let Some((module, class_name)) = resolve_class(ctx, call) else {
        return vec![];
    };
    let Some(class) = index.class(&module, &class_name) else {
        return vec![];
    };
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    // A struct called with positional arguments is being used as a resource: every keyword
    // would be "unknown"; standalone-security-group-rule and its kin report that once instead.
    let positional = args
        .children()
        .any(|c| c.is_named() && !matches!(c.kind().as_ref(), "keyword_argument" | "comment"));
    if class.is_struct() && positional {
        return vec![];
    }
    let renames = ctx
        .codemod
        .data
        .get("renames")
        .and_then(|r| r.as_array())
        .cloned()
        .unwrap_or_default();
    let mut hits = Vec::new();
    for kw in args.children().filter(|c| c.kind() == "keyword_argument") {
        let Some(name_node) = kw.field("name") else {
            continue;
        };
        let name = name_node.text().to_string();
        let known = class.args.contains(&name)
            || (class.is_construct()
                && (name == "scope"
                    || index.meta_args.contains(&name)
                    || class.cid.as_deref() == Some(name.as_str())));
        if known {
            continue;
        }
        let mut scored: Vec<(f64, &String)> = class
            .args
            .iter()
            .map(|a| (strsim::jaro_winkler(&name, a), a))
            .filter(|(s, _)| *s > 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let suggestions: Vec<String> = scored
            .iter()
            .take(3)
            .map(|(_, a)| format!("`{a}`"))
            .collect();
        let hint = if suggestions.is_empty() {
            String::new()
        } else {
            format!("; did you mean {}?", suggestions.join(", "))
        };
        let mut hit = Hit::new(name_node.range()).message(format!(
            "`{class_name}` ({module}) takes no keyword `{name}` (TypeError at synth){hint}"
        ));
        // Only renames the spec lists as 1:1 and safe, and only where the target exists.
        let rename = renames.iter().find_map(|r| {
            let from = r.get("from")?.as_str()?;
            let to = r.get("to")?.as_str()?;
            (from == name && class.args.iter().any(|a| a == to)).then_some(to)
        });
        if let Some(to) = rename {
            let r = name_node.range();
            hit = hit.fix(Fix::new(
                format!("Rename `{name}` to `{to}`"),
                ctx.codemod.safety.ceiling(),
                vec![Edit::replace(r.start, r.end, to)],
            ));
        }
        hits.push(hit);
    }
    hits
}

/// A nested-block struct called like a resource, `S3BucketVersioning(self, "v", bucket=...)`
/// with the struct imported from `s3_bucket`: rewritten to the resource the call means (the
/// `A`-suffixed one, or the resource of the same name in another module) when exactly one
/// resource fits and it takes every keyword given.
pub fn struct_as_resource<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(index) = schema::for_target(ctx.versions).ok() else {
        return vec![];
    };
    let call = m.get_node();
    let Some((module, class_name)) = resolve_class(ctx, call) else {
        return vec![];
    };
    let Some(class) = index.class(&module, &class_name) else {
        return vec![];
    };
    if !class.is_struct() {
        return vec![];
    }
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    let items = python::items(&args);
    let positional = items
        .iter()
        .filter(|c| c.kind() != "keyword_argument")
        .count();
    if positional == 0 {
        return vec![];
    }
    let keywords: Vec<String> = items
        .iter()
        .filter(|c| c.kind() == "keyword_argument")
        .filter_map(|c| Some(c.field("name")?.text().to_string()))
        .collect();
    // Calls with `security_group_id` are standalone-security-group-rule's; without it there is
    // no group to attach the rule to, so this only reports.
    if matches!(
        class_name.as_str(),
        "SecurityGroupIngress" | "SecurityGroupEgress"
    ) {
        if keywords.iter().any(|k| k == "security_group_id") {
            return vec![];
        }
        return vec![Hit::new(call.range()).message(format!(
            "`{class_name}` is the inline rule struct of SecurityGroup, not a resource (TypeError at synth); put it in the group's list, or use SecurityGroupRule with `security_group_id=` (not fixed: no group is named)"
        ))];
    }
    let mut candidates: Vec<(String, String)> = Vec::new();
    for name in [format!("{class_name}A"), class_name.clone()] {
        for m in index.modules_of(&name) {
            if index.class(m, &name).is_some_and(|c| c.k == "resource") {
                candidates.push((m.clone(), name.clone()));
            }
        }
    }
    let base = format!(
        "`{class_name}` from `{module}` is a nested-block struct, not a resource: it takes no scope or construct id (TypeError at synth)"
    );
    let [(res_module, res_name)] = candidates.as_slice() else {
        return vec![
            Hit::new(call.range()).message(format!("{base}; no single resource matches it")),
        ];
    };
    let Some(res) = index.class(res_module, res_name) else {
        return vec![];
    };
    let unknown: Vec<&String> = keywords
        .iter()
        .filter(|k| {
            !res.args.contains(k)
                && !index.meta_args.contains(k)
                && res.cid.as_deref() != Some(k.as_str())
        })
        .collect();
    let missing: Vec<&String> = res.req.iter().filter(|r| !keywords.contains(r)).collect();
    let hit = Hit::new(call.range()).message(format!(
        "{base}; the resource is `{PACKAGE}.{res_module}.{res_name}`"
    ));
    if positional != 2 || !unknown.is_empty() || !missing.is_empty() {
        return vec![hit.message(format!(
            "{base}; the resource is `{PACKAGE}.{res_module}.{res_name}` (not rewritten: {})",
            if positional != 2 {
                "the call does not pass exactly a scope and an id".to_string()
            } else if !unknown.is_empty() {
                format!(
                    "it takes no {}",
                    unknown
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            } else {
                format!(
                    "it requires {}",
                    missing
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        ))];
    }
    let Some(function) = call.field("function") else {
        return vec![hit];
    };
    let r = function.range();
    let mut edits = vec![Edit::replace(r.start, r.end, res_name.clone())];
    edits.extend(ctx.index().ensure_import(
        ctx.src,
        ctx.root,
        &format!("{PACKAGE}.{res_module}"),
        res_name,
    ));
    vec![hit.fix(Fix::new(
        format!("Use the `{res_name}` resource"),
        ctx.codemod.safety.ceiling(),
        edits,
    ))]
}
