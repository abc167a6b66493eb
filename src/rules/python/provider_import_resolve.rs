//! Checks driven by the real provider API (`crate::rules::provider_index`): imports of names a provider module
//! does not define, and keyword arguments a provider class does not take. Both are the most
//! common reasons model-written CDKTF Python fails `synth` (ImportError, TypeError).

use crate::engine::edit::{Edit, Fix};
use crate::lang::python::{self, Binding};
use crate::rules::shared::provider_api::{CORES, candidates, split_package};
use crate::rules::{Ctx, Hit, Match};

/// `from cdktf_cdktf_provider_aws[.module] import Name`, where the module does not define Name.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(index) = ctx.provider_index() else {
        return vec![];
    };
    let stmt = m.get_node();
    let Some(module_node) = stmt.field("module_name") else {
        return vec![];
    };
    let module_path = module_node.text().to_string();
    // CDKTF's or CDK Terrain's package: fixes import from the one the statement names.
    let Some((package, module)) = split_package(&module_path) else {
        return vec![];
    };
    let module = (!module.is_empty()).then(|| module.to_string());
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
    // Each wrong name's resolution first, so that one fix can move all of them: a statement
    // with many wrong names is repaired in one pass, not one pass per name.
    let mut resolved: Vec<(&Binding, String, String)> = Vec::new();
    let mut hits = Vec::new();
    for b in bindings.iter().copied() {
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
            .filter(|m| !CORES.contains(&m.as_str()))
            .collect();
        if exact.len() == 1 {
            resolved.push((b, exact[0].clone(), name.to_string()));
        } else if exact.is_empty() {
            let lower = name.to_ascii_lowercase();
            let folded: Vec<(&String, &String)> = index
                .index
                .iter()
                .filter(|(k, _)| k.to_ascii_lowercase() == lower)
                .flat_map(|(k, ms)| {
                    ms.iter()
                        .filter(|m| !CORES.contains(&m.as_str()))
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
            resolved.push((b, folded[0].1.clone(), folded[0].0.clone()));
        } else {
            hits.push(Hit::new(b.name_range.clone()).message(format!(
                "`{name}` is not defined in `{module_path}`; it is defined in several modules: {}",
                candidates(exact.iter().map(|m| format!("{package}.{m}.{name}")))
            )));
        }
    }
    let combined =
        (resolved.len() > 1).then(|| move_all(ctx, stmt, all_in_stmt, package, &resolved));
    for (b, target_module, target_name) in &resolved {
        let name = b.imported.as_str();
        let target_path = format!("{package}.{target_module}");
        let fix = match &combined {
            Some(edits) => Fix::new(
                format!(
                    "Import {} from the modules that define them",
                    resolved
                        .iter()
                        .map(|(_, _, n)| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                ctx.codemod.safety.ceiling(),
                edits.clone(),
            ),
            None => move_one(ctx, &module_node, all_in_stmt, b, &target_path, target_name),
        };
        let mut hit = Hit::new(b.name_range.clone()).message(format!(
            "`{name}` is not defined in `{module_path}` (ImportError at synth): it is `{target_path}.{target_name}`"
        ));
        if fix.is_well_formed(ctx.src.len()) {
            hit = hit.fix(fix);
        }
        hits.push(hit);
    }
    hits.sort_by_key(|h| h.range.start);
    hits
}

/// The fix that moves one wrong name: the statement's module is rewritten when it is the only
/// name, else the name leaves the statement for an import of its own module.
fn move_one(
    ctx: &Ctx,
    module_node: &crate::lang::Node,
    all_in_stmt: usize,
    b: &Binding,
    target_path: &str,
    target_name: &str,
) -> Fix {
    let name = b.imported.as_str();
    let target_path = target_path.to_string();
    let target_name = target_name.to_string();
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
        edits.extend(ctx.index().remove_binding(ctx.src, b));
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
    Fix::new(
        format!("Import `{target_name}` from `{target_path}`"),
        ctx.codemod.safety.ceiling(),
        edits,
    )
}

/// One fix for every wrong name of a statement: they leave it (the statement goes when none
/// is left), and each target module gets one new import line after it, in the statement's
/// order; a name that is renamed keeps its old name as an alias, so no use changes.
fn move_all(
    ctx: &Ctx,
    stmt: &crate::lang::Node,
    all_in_stmt: usize,
    package: &str,
    resolved: &[(&Binding, String, String)],
) -> Vec<Edit> {
    let mut edits = if resolved.len() == all_in_stmt {
        python::remove_statement(ctx.src, stmt)
    } else {
        let items: Vec<std::ops::Range<usize>> =
            resolved.iter().map(|(b, _, _)| b.item.clone()).collect();
        python::remove_import_items(ctx.src, stmt, &items)
    };
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    for (b, target_module, target_name) in resolved {
        let item = if b.local != *target_name {
            format!("{target_name} as {}", b.local)
        } else {
            target_name.clone()
        };
        let path = format!("{package}.{target_module}");
        match lines.iter_mut().find(|(p, _)| *p == path) {
            Some((_, items)) => items.push(item),
            None => lines.push((path, vec![item])),
        }
    }
    let text: String = lines
        .iter()
        .map(|(p, items)| format!("from {p} import {}\n", items.join(", ")))
        .collect();
    let at = python::line_end_incl(ctx.src, stmt.range().end);
    // A removed statement takes its line: the new lines replace it.
    match edits
        .iter_mut()
        .find(|e| e.start <= at && at <= e.end && e.text.is_empty())
    {
        Some(e) if e.end == at => e.text = text,
        _ => edits.push(Edit::insert(at, text)),
    }
    edits
}
