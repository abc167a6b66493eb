//! Checks driven by the real provider API (`crate::rules::provider_index`): imports of names a provider module
//! does not define, and keyword arguments a provider class does not take. Both are the most
//! common reasons model-written CDKTF Python fails `synth` (ImportError, TypeError).

use crate::engine::edit::{Applicability, Edit, Fix};
use crate::lang::python::{self, Binding};
use crate::rules::provider_index::Index;
use crate::rules::shared::class_names::{self, Found};
use crate::rules::shared::provider_api::{CORES, candidates, split_package};
use crate::rules::{Ctx, Hit, Match};

/// `from cdktf_cdktf_provider_aws[.module] import Name`, where the module does not define Name
/// (or does not exist).
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let stmt = m.get_node();
    let Some(module_node) = stmt.field("module_name") else {
        return vec![];
    };
    // An import the code expects to fail (`try: ... except ImportError:`) is a fallback, not a
    // mistake.
    if python::guarded_by_import_error(stmt) {
        return vec![];
    }
    let module_path = module_node.text().to_string();
    // CDKTF's or CDK Terrain's package, whose index the project pins, or the local bindings of
    // `cdktf get`, whose index the hashicorp/aws version chooses: fixes import from the package
    // the statement names.
    let (index, (package, module)) = match split_package(&module_path) {
        Some(split) => (ctx.provider_index(), split),
        None => match split_bindings(&module_path) {
            Some(split) => (ctx.bindings_index(), split),
            None => return vec![],
        },
    };
    let Some(index) = index else {
        return vec![];
    };
    let module = (!module.is_empty()).then(|| module.to_string());
    let missing_module = module.as_ref().filter(|m| !index.modules.contains_key(*m));
    let bindings: Vec<&Binding> = ctx
        .index()
        .bindings
        .iter()
        .filter(|b| b.stmt == stmt.range())
        .collect();
    let all_in_stmt = bindings.len();
    let module_hint = missing_module.map(|m| class_names::modules_for(index, m));
    // Each wrong name's resolution first, so that one fix can move all of them: a statement
    // with many wrong names is repaired in one pass, not one pass per name.
    let mut resolved: Vec<(&Binding, Found)> = Vec::new();
    let mut hits = Vec::new();
    for b in bindings.iter().copied() {
        let name = b.imported.as_str();
        let defined = match (&module, missing_module) {
            (_, Some(_)) => false,
            (Some(m), None) => index.class(m, name).is_some(),
            (None, None) => index.root_exports.iter().any(|e| e == name),
        };
        if defined {
            continue;
        }
        // A struct invented for a block the package leaves untyped is untyped-block-struct's.
        if missing_module.is_none()
            && let Some(m) = &module
            && crate::rules::shared::untyped_blocks::owner_of(index, m, name).is_some()
        {
            continue;
        }
        // A missing `A` suffix is provider-class-a-suffix's to fix (it renames the uses too).
        if missing_module.is_none()
            && let Some(m) = &module
            && index.class(m, &format!("{name}A")).is_some()
        {
            continue;
        }
        let usage = usage(ctx, &b.local);
        let found = resolve(index, module.as_deref(), module_hint.as_ref(), name, usage);
        match found.as_slice() {
            [one] => resolved.push((b, one.clone())),
            [] => {
                let why = match (missing_module, &module_hint) {
                    (Some(m), Some((mods, _, _))) if !mods.is_empty() => format!(
                        "`{m}` is not a module of the package; modules with similar names: {}",
                        candidates(mods.iter().map(|m| format!("`{m}`")))
                    ),
                    (Some(m), _) => format!(
                        "`{m}` is not a module of the package, and no module defines the name"
                    ),
                    (None, _) => "no module defines it".to_string(),
                };
                let near = class_names::near_anywhere(index, name);
                let why = if near.is_empty() {
                    why
                } else {
                    format!(
                        "{why}; similar names: {}",
                        candidates(near.iter().map(|(m, c)| format!("`{package}.{m}.{c}`")))
                    )
                };
                hits.push(Hit::new(b.name_range.clone()).message(format!(
                    "`{name}` is not defined in `{module_path}` ({why})"
                )));
            }
            several => hits.push(Hit::new(b.name_range.clone()).message(format!(
                "`{name}` is not defined in `{module_path}`; it may be any of {}",
                candidates(
                    several
                        .iter()
                        .map(|f| format!("{package}.{}.{}", f.module, f.class))
                )
            ))),
        }
    }
    let (moves, renames): (Vec<_>, Vec<_>) = resolved
        .iter()
        .partition(|(_, f)| module.as_deref() != Some(f.module.as_str()));
    let combined = (resolved.len() > 1).then(|| {
        let moving: Vec<(&Binding, String, String)> = moves
            .iter()
            .map(|(b, f)| (*b, f.module.clone(), f.class.clone()))
            .collect();
        let mut edits = if moving.is_empty() {
            vec![]
        } else {
            move_all(ctx, stmt, all_in_stmt, package, &moving)
        };
        for (b, f) in &renames {
            edits.extend(rename_in_place(ctx, b, &f.class));
        }
        edits
    });
    for (b, found) in &resolved {
        let name = b.imported.as_str();
        let target_path = format!("{package}.{}", found.module);
        let target_name = found.class.as_str();
        let applicability = if resolved.iter().all(|(_, f)| f.sure) {
            ctx.codemod.safety.ceiling()
        } else {
            ctx.codemod.safety.ceiling().min(Applicability::Unsafe)
        };
        let fix = match &combined {
            Some(edits) => Fix::new(
                format!(
                    "Import {} from the modules that define them",
                    resolved
                        .iter()
                        .map(|(_, f)| format!("`{}`", f.class))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                applicability,
                edits.clone(),
            ),
            None if module.as_deref() == Some(found.module.as_str()) => Fix::new(
                format!("Import `{target_name}`"),
                applicability,
                rename_in_place(ctx, b, target_name),
            ),
            None => {
                let mut f = move_one(ctx, &module_node, all_in_stmt, b, &target_path, target_name);
                f.applicability = applicability;
                f
            }
        };
        let why = if found.why.is_empty() {
            String::new()
        } else {
            format!(" ({})", found.why)
        };
        let mut hit = Hit::new(b.name_range.clone()).message(format!(
            "`{name}` is not defined in `{module_path}` (ImportError at synth): it is `{target_path}.{target_name}`{why}"
        ));
        if fix.is_well_formed(ctx.src.len()) {
            hit = hit.fix(fix);
        }
        hits.push(hit);
    }
    hits.sort_by_key(|h| h.range.start);
    hits
}

/// The local bindings package of `cdktf get` (`imports.aws`, cdktf.json's `codeMakerOutput`
/// default) and the module after it.
fn split_bindings(path: &str) -> Option<(&'static str, &str)> {
    const BINDINGS: &str = "imports.aws";
    match path.strip_prefix(BINDINGS)? {
        "" => Some((BINDINGS, "")),
        r => r.strip_prefix('.').map(|r| (BINDINGS, r)),
    }
}

/// Whether the file calls `local` as a construct (scope and id first: `X(self, "id", ...)`),
/// as a struct (keywords only), or not at all; a name the index has in two modules is most
/// often a resource in one and a block struct in the other.
fn usage(ctx: &Ctx, local: &str) -> Option<bool> {
    let mut seen = None;
    for u in ctx.index().name_uses(local) {
        let Some(call) = u.parent().filter(|p| p.kind() == "call") else {
            continue;
        };
        if call.field("function").map(|f| f.range()) != Some(u.range()) {
            continue;
        }
        let positional = call.field("arguments").is_some_and(|a| {
            a.children().any(|c| {
                c.is_named() && !matches!(c.kind().as_ref(), "keyword_argument" | "comment")
            })
        });
        if positional {
            return Some(true);
        }
        seen = Some(false);
    }
    seen
}

/// What a name not defined where it is imported from means, most specific rule first.
fn resolve(
    index: &Index,
    module: Option<&str>,
    hint: Option<&(Vec<String>, String, bool)>,
    name: &str,
    usage: Option<bool>,
) -> Vec<Found> {
    let fits = |f: &Found| {
        let Some(construct) = usage else { return true };
        index
            .class(&f.module, &f.class)
            .is_some_and(|c| c.is_construct() == construct || (!c.is_construct() && !c.is_struct()))
    };
    let one_sure = |v: Vec<Found>| -> Option<Vec<Found>> {
        let v: Vec<Found> = v.into_iter().filter(|f| fits(f)).collect();
        (v.len() == 1 || (!v.is_empty() && v.iter().all(|f| !f.sure))).then_some(v)
    };
    match (module, hint) {
        // The module does not exist: the modules it most likely means, then the class there.
        (Some(wrong), Some((mods, why, mods_sure))) => {
            let mut found: Vec<Found> = mods
                .iter()
                .flat_map(|m| class_names::class_in(index, m, name, Some(wrong)))
                .map(|mut f| {
                    f.sure &= *mods_sure && mods.len() == 1;
                    f.why = format!("{why}; {}", f.why);
                    f
                })
                .collect();
            found.dedup();
            if let Some(v) = one_sure(found) {
                return v;
            }
        }
        // The module exists and lacks the name: a class of that module first.
        (Some(m), None) => {
            let found = class_names::class_in(index, m, name, None);
            if found.len() == 1 && found[0].sure && fits(&found[0]) {
                return found;
            }
        }
        (None, _) => {}
    }
    // A resource imported by its module's PascalCase name (`S3BucketVersioning` is the struct
    // of `s3_bucket` and the resource `S3BucketVersioningA` of `s3_bucket_versioning`).
    if usage != Some(false)
        && let Some(own) = index
            .modules
            .keys()
            .find(|k| class_names::pascal(k) == name)
        && let Some(class) = [name.to_string(), format!("{name}A")]
            .into_iter()
            .find(|c| index.class(own, c).is_some_and(|c| c.is_construct()))
    {
        let why = if class == name {
            String::new()
        } else {
            format!("the resource of module `{own}`")
        };
        return vec![Found {
            module: own.clone(),
            class,
            why,
            sure: true,
        }];
    }
    let exact: Vec<Found> = index
        .modules_of(name)
        .iter()
        .filter(|m| !CORES.contains(&m.as_str()))
        .map(|m| Found {
            module: m.clone(),
            class: name.to_string(),
            why: String::new(),
            sure: true,
        })
        .collect();
    if !exact.is_empty() {
        let fitting: Vec<Found> = exact.iter().filter(|f| fits(f)).cloned().collect();
        return if fitting.len() == 1 { fitting } else { exact };
    }
    let like = class_names::classes_like(index, name);
    let fitting: Vec<Found> = like.iter().filter(|f| fits(f)).cloned().collect();
    if fitting.len() == 1 { fitting } else { like }
}

/// The name rewritten where it is imported, and its uses when the file knows them as that name.
fn rename_in_place(ctx: &Ctx, b: &Binding, target: &str) -> Vec<Edit> {
    let mut edits = vec![Edit::replace(b.name_range.start, b.name_range.end, target)];
    let aliased = b.local != b.imported;
    let clash = ctx
        .index()
        .bindings
        .iter()
        .any(|o| o.local == b.local && o.stmt != b.stmt);
    if !aliased && !clash {
        for u in ctx.index().name_uses(&b.local) {
            let r = u.range();
            edits.push(Edit::replace(r.start, r.end, target));
        }
    } else if !aliased {
        // Another import binds the same name: keep the file's name for this one.
        edits[0] = Edit::replace(
            b.name_range.start,
            b.name_range.end,
            format!("{target} as {}", b.local),
        );
    }
    edits
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
