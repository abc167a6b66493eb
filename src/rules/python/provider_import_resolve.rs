//! Checks driven by the real provider API (`crate::rules::provider_index`): imports of names a provider module
//! does not define, and keyword arguments a provider class does not take. Both are the most
//! common reasons model-written CDKTF Python fails `synth` (ImportError, TypeError).

use crate::engine::edit::{Edit, Fix};
use crate::lang::python::{self, Binding};
use crate::rules::provider_index;
use crate::rules::shared::provider_api::{PACKAGE, candidates};
use crate::rules::{Ctx, Hit, Match};

/// `from cdktf_cdktf_provider_aws[.module] import Name`, where the module does not define Name.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(index) = provider_index::for_target(ctx.versions).ok() else {
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
