//! Struct classes invented for a block the provider leaves untyped (`Any`): the import fails
//! (ImportError at synth). The fix writes each such call, and every struct call inside it, as
//! a plain dict keyed by the keyword names (the Terraform names, which is what reaches
//! cdk.tf.json unchanged), and drops the invented names from the import.

use std::ops::Range;

use crate::engine::edit::{Edit, Fix};
use crate::lang::Node;
use crate::lang::python::{self, Binding};
use crate::rules::provider_index::Index;
use crate::rules::shared::provider_api::split_package;
use crate::rules::shared::untyped_blocks;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(index) = ctx.provider_index() else {
        return vec![];
    };
    let stmt = m.get_node();
    let Some(module_path) = stmt.field("module_name").map(|n| n.text().to_string()) else {
        return vec![];
    };
    let Some((_, module)) = split_package(&module_path).filter(|(_, m)| !m.is_empty()) else {
        return vec![];
    };
    let in_stmt: Vec<&Binding> = ctx
        .index()
        .bindings
        .iter()
        .filter(|b| b.stmt == stmt.range())
        .collect();
    let invented: Vec<(&Binding, String, String)> = in_stmt
        .iter()
        .filter_map(|b| {
            untyped_blocks::owner_of(index, module, &b.imported).map(|(c, k)| (*b, c, k))
        })
        .collect();
    if invented.is_empty() {
        return vec![];
    }
    // The untyped keyword values that hold the invented calls; a use outside one (or not a
    // call) keeps its name imported and the fix away.
    let mut regions: Vec<Node> = Vec::new();
    let mut stray: Vec<&str> = Vec::new();
    for (b, owner, keyword) in &invented {
        for u in ctx.index().name_uses(&b.local) {
            match region_of(ctx, &u, owner, keyword) {
                Some(r) if !regions.iter().any(|x| x.range() == r.range()) => regions.push(r),
                Some(_) => {}
                None => stray.push(b.local.as_str()),
            }
        }
    }
    // Outermost regions only.
    let outer: Vec<Node> = regions
        .iter()
        .filter(|r| {
            !regions.iter().any(|o| {
                o.range() != r.range()
                    && o.range().start <= r.range().start
                    && r.range().end <= o.range().end
            })
        })
        .cloned()
        .collect();
    let mut edits = Vec::new();
    let mut blocked = None;
    for r in &outer {
        if let Err(why) = to_dicts(ctx, index, r, &mut edits) {
            blocked = Some(why);
        }
    }
    let names = invented
        .iter()
        .map(|(b, _, _)| format!("`{}`", b.imported))
        .collect::<Vec<_>>()
        .join(", ");
    let fix = if let Some(why) = blocked {
        Err(why)
    } else if !stray.is_empty() {
        Err(format!("`{}` is used outside the block's value", stray[0]))
    } else if outer.is_empty() {
        Err("no use to rewrite".to_string())
    } else {
        let items: Vec<Range<usize>> = invented.iter().map(|(b, _, _)| b.item.clone()).collect();
        if items.len() == in_stmt.len() {
            edits.extend(python::remove_statement(ctx.src, stmt));
        } else {
            edits.extend(python::remove_import_items(ctx.src, stmt, &items));
        }
        Ok(Fix::new(
            format!("Write {names} as plain dicts with the Terraform names as keys"),
            ctx.codemod.safety.ceiling(),
            edits,
        ))
    };
    invented
        .iter()
        .map(|(b, owner, keyword)| {
            let base = format!(
                "`{}` is not defined in `{module_path}` (ImportError at synth): `{owner}`'s `{keyword}` is untyped in the provider package, so its value is a plain dict keyed by the Terraform names",
                b.imported
            );
            match &fix {
                Ok(f) if f.is_well_formed(ctx.src.len()) => {
                    Hit::new(b.name_range.clone()).message(base).fix(f.clone())
                }
                Ok(_) => Hit::new(b.name_range.clone()).message(base),
                Err(why) => Hit::new(b.name_range.clone())
                    .message(format!("{base} (not fixed: {why})")),
            }
        })
        .collect()
}

/// The value of the untyped keyword (`statement=...` of a call to `owner`) that holds a use of
/// an invented name as a callee; `None` when the use is anything else.
fn region_of<'r>(ctx: &Ctx, u: &Node<'r>, owner: &str, keyword: &str) -> Option<Node<'r>> {
    let call = u.parent().filter(|p| p.kind() == "call")?;
    if call.field("function").map(|f| f.range()) != Some(u.range()) {
        return None;
    }
    let mut cur = call;
    loop {
        let parent = cur.parent()?;
        if parent.kind() == "keyword_argument"
            && parent.field("name").is_some_and(|n| n.text() == keyword)
            && parent.field("value").map(|v| v.range()) == Some(cur.range())
            && let Some(outer) = parent.parent().and_then(|a| a.parent())
            && outer.kind() == "call"
            && callee_import(ctx, &outer).is_some_and(|b| b.imported == owner)
        {
            return Some(cur);
        }
        if matches!(
            parent.kind().as_ref(),
            "module" | "block" | "function_definition" | "class_definition"
        ) {
            return None;
        }
        cur = parent;
    }
}

/// The import binding a call's plain-name callee comes from.
fn callee_import<'c>(ctx: &'c Ctx, call: &Node) -> Option<&'c Binding> {
    let f = call
        .field("function")
        .filter(|f| f.kind() == "identifier")?;
    let name = f.text();
    ctx.index().bindings.iter().find(|b| b.local == name)
}

/// Whether a call is to a provider struct (invented or real): written as a dict inside an
/// untyped value, since jsii would give a real struct camelCase keys there.
fn is_struct_call(ctx: &Ctx, index: &Index, call: &Node) -> bool {
    let Some(b) = callee_import(ctx, call) else {
        return false;
    };
    let Some((_, module)) = split_package(&b.module).filter(|(_, m)| !m.is_empty()) else {
        return false;
    };
    match index.class(module, &b.imported) {
        Some(c) => c.is_struct(),
        None => untyped_blocks::owner_of(index, module, &b.imported).is_some(),
    }
}

/// Edits that turn every struct call in `node` into a dict: `X(a=1, b=Y())` -> `{"a": 1, "b":
/// {}}`. Only the callee, the parentheses and each `name=` change, so comments and layout stay.
fn to_dicts(ctx: &Ctx, index: &Index, node: &Node, edits: &mut Vec<Edit>) -> Result<(), String> {
    if node.kind() == "call" && is_struct_call(ctx, index, node) {
        let Some(args) = node
            .field("arguments")
            .filter(|a| a.kind() == "argument_list")
        else {
            return Err("a struct call without an argument list".to_string());
        };
        let ar = args.range();
        edits.push(Edit::replace(node.range().start, ar.start + 1, "{"));
        edits.push(Edit::replace(ar.end - 1, ar.end, "}"));
        for a in args.children().filter(|c| c.is_named()) {
            match a.kind().as_ref() {
                "keyword_argument" => {
                    let (Some(name), Some(value)) = (a.field("name"), a.field("value")) else {
                        return Err("an unreadable keyword".to_string());
                    };
                    edits.push(Edit::replace(
                        name.range().start,
                        value.range().start,
                        format!("\"{}\": ", name.text()),
                    ));
                    to_dicts(ctx, index, &value, edits)?;
                }
                "dictionary_splat" | "comment" => {}
                _ => {
                    return Err(format!(
                        "`{}` takes a positional argument",
                        node.field("function")
                            .map(|f| f.text().to_string())
                            .unwrap_or_default()
                    ));
                }
            }
        }
        return Ok(());
    }
    for c in node.children().filter(|c| c.is_named()) {
        to_dicts(ctx, index, &c, edits)?;
    }
    Ok(())
}
