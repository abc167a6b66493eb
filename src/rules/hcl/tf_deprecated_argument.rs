use super::*;
use crate::rules::hcl_schema::{self, Block, META_ATTRS, META_BLOCKS};
use crate::rules::shared::deprecations::{self, Deprecation, Rewrite};

/// TF019: an argument or block the provider deprecates, by the `d` flag of the real 5.100.0
/// schema. `terraform validate` only warns, but the next major removes most of them (6.0 did),
/// so they are what breaks an upgrade. The message is the provider's own; the shared table's
/// rewrites replace them where the replacement is unambiguous. Derived (6.x) indexes carry no
/// deprecation flags, so a module the 5.100.0 schema does not describe is not judged.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    let Some((data, ty)) = hcl_schema::aws_block(block) else {
        return vec![];
    };
    let Some((index, checked)) = hcl_schema::for_module(ctx).filter(|(i, _)| !i.derived()) else {
        return vec![];
    };
    let Some(schema) = index.block(data, &ty) else {
        return vec![];
    };
    let mut hits = Vec::new();
    let walk = Walk {
        ctx,
        ty: &ty,
        data,
        checked: &checked,
    };
    walk.block(block, schema, "", true, &mut hits);
    hits
}

struct Walk<'c, 'a> {
    ctx: &'c Ctx<'a>,
    ty: &'c str,
    data: bool,
    checked: &'c str,
}

impl Walk<'_, '_> {
    fn block(&self, node: &Node, schema: &Block, path: &str, top: bool, hits: &mut Vec<Hit>) {
        let Some(body) = hcl::body(node) else {
            return;
        };
        let at = |name: &str| {
            if path.is_empty() {
                name.to_string()
            } else {
                format!("{path}.{name}")
            }
        };
        for child in body.children() {
            match child.kind().as_ref() {
                "attribute" => {
                    let Some(id) = child.children().find(|c| c.kind() == "identifier") else {
                        continue;
                    };
                    let name = id.text().to_string();
                    if top && META_ATTRS.contains(&name.as_str()) {
                        continue;
                    }
                    if schema
                        .a
                        .get(&name)
                        .is_some_and(|a| a.deprecated() && a.settable())
                        && let Some(hit) = self.deprecated(node, &child, id.range(), &at(&name))
                    {
                        hits.push(hit);
                    }
                }
                "block" => {
                    let Some(name) = hcl::block_type(&child) else {
                        continue;
                    };
                    if name == "dynamic" || (top && META_BLOCKS.contains(&name.as_str())) {
                        continue;
                    }
                    let Some(nested) = schema.b.get(&name) else {
                        continue;
                    };
                    if nested.d != 0 {
                        let id = child
                            .children()
                            .find(|c| c.kind() == "identifier")
                            .map_or(header(&child), |c| c.range());
                        if let Some(hit) = self.deprecated(node, &child, id, &at(&name)) {
                            hits.push(hit);
                        }
                        // What is inside a deprecated block goes with it.
                        continue;
                    }
                    self.block(&child, nested, &at(&name), false, hits);
                }
                _ => {}
            }
        }
    }

    /// The finding for a deprecated argument or block at `path` (its fix, if the table has
    /// one that applies here); `None` where another codemod owns it.
    fn deprecated(
        &self,
        parent: &Node,
        node: &Node,
        at: std::ops::Range<usize>,
        path: &str,
    ) -> Option<Hit> {
        let row = deprecations::find(self.ty, self.data, path);
        if row.is_some_and(|r| r.owner.is_some()) {
            return None;
        }
        let what = if self.data { "data source " } else { "" };
        let Some(row) = row else {
            return Some(Hit::new(at).message(format!(
                "`{path}` of {what}{} is deprecated by the provider ({})",
                self.ty, self.checked
            )));
        };
        let message = format!(
            "`{path}` of {what}{} is deprecated: {} ({})",
            self.ty, row.message, self.checked
        );
        let hit = Hit::new(at).message(message.clone());
        let Some(rewrite) = &row.fix else {
            return Some(hit);
        };
        if node.kind() != "attribute" {
            return Some(hit);
        }
        let safety = if row.safe {
            ceiling(self.ctx)
        } else {
            Applicability::Unsafe.min(ceiling(self.ctx))
        };
        match self.rewrite(parent, node, rewrite, row) {
            Ok((title, edits)) => Some(
                hit.message(format!("{message}; {}", row.why))
                    .fix(Fix::new(title, safety, edits)),
            ),
            Err(why) => Some(hit.message(format!("{message}; not rewritten: {why}"))),
        }
    }

    /// The edits of a table rewrite, or why it does not apply here.
    fn rewrite(
        &self,
        parent: &Node,
        attr: &Node,
        rewrite: &Rewrite,
        row: &Deprecation,
    ) -> Result<(String, Vec<Edit>), String> {
        let src = self.ctx.src;
        let name = row.path.rsplit('.').next().unwrap_or(&row.path);
        let target = rewrite.target();
        let set = hcl::attribute(parent, target).is_some()
            || !hcl::child_blocks(parent, "dynamic", &[target]).is_empty();
        let value = hcl::attr_value(attr).ok_or("no value")?;
        let text = value.text().to_string();
        let one_line = crate::lang::python::starts_line(src, attr.range().start)
            && !attr.text().contains('\n')
            && src[attr.range().end..crate::lang::python::line_end_incl(src, attr.range().end)]
                .trim()
                .is_empty();
        match rewrite {
            Rewrite::Rename { to } => {
                if set {
                    return Err(format!("`{to}` is set too"));
                }
                let id = attr
                    .children()
                    .find(|c| c.kind() == "identifier")
                    .ok_or("no name")?;
                let edits = hcl::with_alignment(
                    src,
                    vec![Edit::replace(id.range().start, id.range().end, to.clone())],
                );
                Ok((format!("Rename `{name}` to `{to}`"), edits))
            }
            Rewrite::MapValue { to, values } => {
                if set {
                    return Err(format!("`{to}` is set too"));
                }
                let key = hcl::bool_value(&value)
                    .map(|b| b.to_string())
                    .or_else(|| hcl::string_value(&value))
                    .ok_or("the value is not a literal")?;
                let new = values
                    .get(&key)
                    .ok_or_else(|| format!("no replacement for {key}"))?;
                let edits = hcl::replace_attribute(src, attr, &format!("{to} = \"{new}\""));
                Ok((
                    format!("Replace `{name} = {key}` with `{to} = \"{new}\"`"),
                    edits,
                ))
            }
            Rewrite::WrapList { to } => {
                if set {
                    return Err(format!("`{to}` is set too"));
                }
                if text.contains('\n') {
                    return Err("the value spans lines".into());
                }
                let edits = hcl::replace_attribute(src, attr, &format!("{to} = [{text}]"));
                Ok((format!("Replace `{name}` with `{to} = [...]`"), edits))
            }
            Rewrite::IntoBlock { block, to } => {
                if !one_line {
                    return Err("it does not have a line of its own".into());
                }
                let existing = hcl::child_blocks(parent, block, &[]);
                if existing.len() > 1
                    || !hcl::child_blocks(parent, "dynamic", &[block]).is_empty()
                    || existing.iter().any(|b| hcl::attribute(b, to).is_some())
                {
                    return Err(format!("`{block}` already sets `{to}` or is dynamic"));
                }
                let mut edits = hcl::remove_attribute(src, attr);
                if let Some(b) = existing.first() {
                    let added = hcl::insert_in_block(src, b, &format!("{to} = {text}"))
                        .ok_or_else(|| format!("`{block}` is written on one line"))?;
                    if added.iter().any(|a| edits.iter().any(|e| e.conflicts(a))) {
                        return Err(format!("`{block}` is next to it"));
                    }
                    edits.extend(added);
                    return Ok((format!("Move `{name}` into `{block}` as `{to}`"), edits));
                }
                // No such block yet: only the first argument that goes there creates it (two
                // fixes creating one block each would write it twice); the others move into it
                // on the fix loop's next pass.
                let first = hcl::attributes(parent).into_iter().find(|a| {
                    hcl::attr_name(a).is_some_and(|n| {
                        let p = sibling_path(&row.path, &n);
                        deprecations::find(self.ty, self.data, &p).is_some_and(|r| {
                            matches!(&r.fix, Some(Rewrite::IntoBlock { block: b, .. }) if b == block)
                        })
                    })
                });
                if first.is_some_and(|f| f.range() != attr.range()) {
                    return Err(format!("it moves into `{block}` once that block exists"));
                }
                add_block(
                    src,
                    parent,
                    attr,
                    &mut edits,
                    &format!("{block} {{\n  {to} = {text}\n}}"),
                )?;
                Ok((
                    format!("Move `{name}` into a new `{block}` block as `{to}`"),
                    edits,
                ))
            }
            Rewrite::OrderedBlocks {
                block,
                order,
                value: key,
            } => {
                if set || !hcl::child_blocks(parent, block, &[]).is_empty() {
                    return Err(format!("`{block}` is set too"));
                }
                if !one_line {
                    return Err("it does not have a line of its own".into());
                }
                let elements = tuple_elements(&value).ok_or("the value is not a list literal")?;
                if elements.is_empty() {
                    return Err("the list is empty".into());
                }
                let width = order.len().max(key.len());
                let blocks: Vec<String> = elements
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        format!("{block} {{\n  {order:<width$} = {i}\n  {key:<width$} = {e}\n}}")
                    })
                    .collect();
                let mut edits = hcl::remove_attribute(src, attr);
                add_block(src, parent, attr, &mut edits, &blocks.join("\n\n"))?;
                Ok((
                    format!("Replace `{name}` with {} `{block}` blocks", elements.len()),
                    edits,
                ))
            }
        }
    }
}

/// The path of a sibling argument `name` of the argument at `path`.
fn sibling_path(path: &str, name: &str) -> String {
    match path.rsplit_once('.') {
        Some((parent, _)) => format!("{parent}.{name}"),
        None => name.to_string(),
    }
}

/// The texts of a tuple literal's elements (`["a", x.arn]`), each on one line; `None` for
/// anything else (a reference, a `for` expression, a call).
fn tuple_elements(value: &Node) -> Option<Vec<String>> {
    let coll = value.children().find(|c| c.is_named())?;
    if coll.kind() != "collection_value" {
        return None;
    }
    let tuple = coll.children().find(|c| c.kind() == "tuple")?;
    let mut out = Vec::new();
    for e in tuple.children() {
        match e.kind().as_ref() {
            "expression" => {
                let t = e.text().to_string();
                if t.contains('\n') {
                    return None;
                }
                out.push(t);
            }
            "comment" => return None,
            _ => {}
        }
    }
    Some(out)
}

/// Add the block `text` (lines without indentation) where the removed `attr` (its removal is
/// in `edits`) leaves the arguments of `parent` aligned as terraform fmt wants them: in its
/// place when it is the last argument, else after the last argument, so that the arguments
/// around it stay one alignment chain.
fn add_block(
    src: &str,
    parent: &Node,
    attr: &Node,
    edits: &mut Vec<Edit>,
    text: &str,
) -> Result<(), String> {
    let attrs = hcl::attributes(parent);
    if attrs.last().is_none_or(|l| l.range() == attr.range()) {
        return replace_line(src, attr, edits, text);
    }
    let added = hcl::insert_in_block(src, parent, &format!("\n{text}"))
        .ok_or("the block is written on one line")?;
    if added.iter().any(|a| edits.iter().any(|e| e.conflicts(a))) {
        return Err("no room for the new block".into());
    }
    edits.extend(added);
    Ok(())
}

/// Turn the removal of `attr`'s line (in `edits`, from [`hcl::remove_attribute`]) into its
/// replacement by `text` (lines without indentation), at the attribute's indentation.
fn replace_line(src: &str, attr: &Node, edits: &mut [Edit], text: &str) -> Result<(), String> {
    let indent = crate::lang::python::indent_at(src, attr.range().start);
    let r = attr.range();
    let line = edits
        .iter_mut()
        .find(|e| e.start <= r.start && e.end >= r.end)
        .ok_or("no line to replace")?;
    let blank = if src[line.start..r.start].trim().is_empty()
        && line.start < crate::lang::python::line_start(src, r.start)
    {
        "\n"
    } else {
        ""
    };
    let body: String = text
        .lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("{indent}{l}\n")
            }
        })
        .collect();
    line.text = format!("{blank}{body}");
    Ok(())
}
