use super::*;
use crate::rules::hcl_schema;

/// TF015: a `resource`/`data` type the AWS provider does not have. `terraform validate` fails
/// on it before looking at anything else in the block. Renames from the spec's prefix table are
/// fixed (with every reference to the block in the module), because they name the same resource;
/// splits and near misses are reported with the replacement or the closest existing types.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    let Some((data, ty)) = hcl_schema::aws_block(block) else {
        return vec![];
    };
    let ty = &ty;
    let labels = hcl::block_labels(block);
    let Some((index, checked)) = hcl_schema::types_for_module(ctx) else {
        hcl_schema::note_skipped(ctx);
        return vec![];
    };
    if index.has(data, ty) {
        return vec![];
    }
    let kind = if data { "data source" } else { "resource" };
    // The type label: the first label after the block type (quoted, as Terraform writes it).
    let Some(label_node) = block
        .children()
        .filter(|c| matches!(c.kind().as_ref(), "identifier" | "string_lit"))
        .nth(1)
        .filter(|c| c.kind() == "string_lit")
    else {
        return vec![];
    };
    let hit = Hit::new(label_node.range());
    let base = format!("{kind} type `{ty}` is not in the provider schema ({checked})");
    if index.has(!data, ty) {
        let other = if data { "resource" } else { "data source" };
        let keyword = if data { "resource" } else { "data" };
        return vec![hit.message(format!(
            "{base}: `{ty}` is a {other}; declare it with `{keyword} \"{ty}\"`"
        ))];
    }
    if let Some((into, source)) = split(ctx, ty) {
        let list: Vec<String> = into.iter().map(|t| format!("`{t}`")).collect();
        return vec![hit.message(format!(
            "{base}: use {} instead ({source}; its arguments differ, so this is not fixed)",
            list.join(", ")
        ))];
    }
    if let Some((new, source)) = prefix_rename(ctx, ty).filter(|(n, _)| index.has(data, n)) {
        let message = format!("{base}: the provider calls it `{new}` ({source})");
        let Some(name) = labels.get(1) else {
            return vec![hit.message(message)];
        };
        let Some((here, elsewhere)) = references(ctx, data, ty, name) else {
            return vec![hit.message(format!(
                "{message}; not fixed: a file of the module that refers to it is not checked in this run"
            ))];
        };
        let r = label_node.range();
        let mut edits = vec![Edit::replace(r.start, r.end, format!("\"{new}\""))];
        let start_of = |at: usize| Edit::replace(at, at + ty.len(), new.clone());
        edits.extend(here.into_iter().map(start_of));
        let mut fix = Fix::new(format!("Rename `{ty}` to `{new}`"), ceiling(ctx), edits);
        for (path, offsets) in elsewhere {
            fix = fix.also(path, offsets.into_iter().map(start_of).collect());
        }
        return vec![hit.message(message).fix(fix)];
    }
    let near = hcl_schema::closest(ty, index.names(data));
    let tail = if near.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = near.iter().map(|n| format!("`{n}`")).collect();
        format!("; did you mean {}?", list.join(", "))
    };
    vec![hit.message(format!("{base}{tail}"))]
}

fn rows<'c>(ctx: &'c Ctx, key: &str) -> &'c [serde_json::Value] {
    ctx.codemod
        .data
        .get(key)
        .and_then(|r| r.as_array())
        .map_or(&[], Vec::as_slice)
}

fn split(ctx: &Ctx, ty: &str) -> Option<(Vec<String>, String)> {
    rows(ctx, "splits").iter().find_map(|r| {
        if r.get("type")?.as_str()? != ty {
            return None;
        }
        let into = r
            .get("into")?
            .as_array()?
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        Some((into, r.get("source")?.as_str()?.to_string()))
    })
}

fn prefix_rename(ctx: &Ctx, ty: &str) -> Option<(String, String)> {
    rows(ctx, "prefix-renames").iter().find_map(|r| {
        let from = r.get("from")?.as_str()?;
        let rest = ty.strip_prefix(from)?;
        Some((
            format!("{}{rest}", r.get("to")?.as_str()?),
            r.get("source")?.as_str()?.to_string(),
        ))
    })
}

/// Where the module refers to the block (`ty.name` of a resource, `data.ty.name` of a data
/// source): byte offsets of each `ty` in this file, and per other module file. `None` when a
/// file that refers to it is not checked by the run (the fix could not edit it).
#[allow(clippy::type_complexity)]
fn references(
    ctx: &Ctx,
    data: bool,
    ty: &str,
    name: &str,
) -> Option<(Vec<usize>, Vec<(std::path::PathBuf, Vec<usize>)>)> {
    let here = offsets(ctx.src, data, ty, name);
    let mut elsewhere = Vec::new();
    for f in ctx.view.module_files() {
        let o = offsets(f.text, data, ty, name);
        if o.is_empty() {
            continue;
        }
        if !f.checked {
            return None;
        }
        elsewhere.push((f.path.to_path_buf(), o));
    }
    Some((here, elsewhere))
}

/// Offsets of `ty` in the references `ty.name` (resource) or `data.ty.name` (data source),
/// followed by `.`, `[`, or the end of the reference.
fn offsets(text: &str, data: bool, ty: &str, name: &str) -> Vec<usize> {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let needle = format!("{ty}.{name}");
    text.match_indices(&needle)
        .filter(|(i, _)| {
            let before = &text[..*i];
            let prev_ok = if data {
                before.ends_with("data.")
                    && before[..before.len() - 5]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !ident(c) && c != '.')
            } else {
                before
                    .chars()
                    .next_back()
                    .is_none_or(|c| !ident(c) && c != '.')
            };
            let after = text[i + needle.len()..].chars().next();
            prev_ok && after.is_none_or(|c| !ident(c))
        })
        .map(|(i, _)| i)
        .collect()
}
