use super::*;
use crate::rules::hcl_schema::{self, Block, META_ATTRS, META_BLOCKS};

/// TF014: an argument or nested block the provider schema of the resource or data source (or
/// of the nested block) does not have. `terraform validate` rejects it ("Unsupported argument",
/// "Unsupported block type"), so the module cannot be planned. The message names the closest
/// names of the same kind; the spec's table of documented 1:1 renames is fixed when the new name
/// is not set already (else both would be set).
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    let Some((data, ty)) = hcl_schema::aws_block(block) else {
        return vec![];
    };
    let ty = &ty;
    let Some((index, checked)) = hcl_schema::for_module(ctx) else {
        hcl_schema::note_skipped(ctx);
        return vec![];
    };
    // An unknown type is tf-unknown-resource-type's finding, not one per argument.
    let Some(schema) = index.block(data, ty) else {
        return vec![];
    };
    let renames = renames(ctx, data, ty);
    let mut hits = Vec::new();
    let walk = Walk {
        ctx,
        checked: &checked,
        renames: &renames,
        later_major: index.derived().then_some((data, ty.as_str())),
    };
    walk.block(block, schema, ty, true, &mut hits);
    hits
}

/// `(from, to, source)` rows of the shared rename table for this type, keyed by the nested
/// block path they apply in (`in`, e.g. `extended_s3_configuration.s3_backup_configuration`;
/// empty for the resource's own arguments): `(path, from, to, source)`.
fn renames(_ctx: &Ctx, data: bool, ty: &str) -> Vec<(String, String, String, String)> {
    let want = if data { "data" } else { "resource" };
    crate::rules::shared::argument_renames::rows()
        .iter()
        .filter(|r| r.type_ == ty && r.kind == want)
        .map(|r| {
            let path = if r.within.is_empty() {
                ty.to_string()
            } else {
                format!("{ty}.{}", r.within)
            };
            (path, r.from.clone(), r.to.clone(), r.source.clone())
        })
        .collect()
}

struct Walk<'c, 'a> {
    ctx: &'c Ctx<'a>,
    checked: &'c str,
    renames: &'c [(String, String, String, String)],
    /// Judged by a later major than 5.100.0: an argument 5.100.0 deprecated is likely one that
    /// major removed, and the deprecation says what replaces it.
    later_major: Option<(bool, &'c str)>,
}

impl Walk<'_, '_> {
    fn block(&self, node: &Node, schema: &Block, path: &str, top: bool, hits: &mut Vec<Hit>) {
        if schema.opaque() {
            return;
        }
        let Some(body) = hcl::body(node) else {
            return;
        };
        for child in body.children() {
            match child.kind().as_ref() {
                "attribute" => self.attribute(node, &child, schema, path, top, hits),
                "block" => {
                    let Some(name) = hcl::block_type(&child) else {
                        continue;
                    };
                    // `dynamic` blocks (any level) and the meta-argument blocks are Terraform's.
                    if name == "dynamic" || (top && META_BLOCKS.contains(&name.as_str())) {
                        continue;
                    }
                    let at = child
                        .children()
                        .find(|c| c.kind() == "identifier")
                        .map_or(header(&child), |c| c.range());
                    if let Some(nested) = schema.b.get(&name) {
                        self.block(&child, nested, &format!("{path}.{name}"), false, hits);
                    } else if schema.a.get(&name).is_some_and(|a| {
                        a.settable()
                            && (a.ty().starts_with("list(object")
                                || a.ty().starts_with("set(object"))
                    }) {
                        // An attribute of object elements written as blocks (`ingress { }` of
                        // aws_security_group): Terraform accepts that syntax for these.
                        continue;
                    } else if let Some(hit) =
                        self.flatten(node, &child, &name, schema, path, at.clone())
                    {
                        hits.push(hit);
                    } else if schema.a.get(&name).is_some_and(|a| a.settable()) {
                        hits.push(Hit::new(at).message(format!(
                            "`{name}` is an argument of {path}, not a block: write `{name} = ...` ({})",
                            self.checked
                        )));
                    } else {
                        let near = hcl_schema::closest(&name, schema.b.keys());
                        hits.push(Hit::new(at).message(format!(
                            "{path} has no block `{name}` ({}){}",
                            self.checked,
                            did_you_mean(&near)
                        )));
                    }
                }
                _ => {}
            }
        }
    }

    fn attribute(
        &self,
        block: &Node,
        attr: &Node,
        schema: &Block,
        path: &str,
        top: bool,
        hits: &mut Vec<Hit>,
    ) {
        let Some(id) = attr.children().find(|c| c.kind() == "identifier") else {
            return;
        };
        let name = id.text().to_string();
        if top && META_ATTRS.contains(&name.as_str()) {
            return;
        }
        if let Some(a) = schema.a.get(&name) {
            if !a.settable() {
                hits.push(Hit::new(id.range()).message(format!(
                    "`{name}` of {path} is computed by the provider and cannot be set ({})",
                    self.checked
                )));
            }
            return;
        }
        if schema.b.contains_key(&name) {
            hits.push(Hit::new(id.range()).message(format!(
                "`{name}` is a block of {path}, not an argument: write `{name} {{ ... }}` ({})",
                self.checked
            )));
            return;
        }
        let settable = || {
            schema
                .a
                .iter()
                .filter(|(_, a)| a.settable())
                .map(|(n, _)| n)
        };
        // Names of the same kind, and of the value's type when the value is a literal.
        let value_ty = hcl::attr_value(attr).and_then(|v| literal_type(&v));
        let typed: Vec<&String> = settable()
            .filter(|n| {
                value_ty.is_none_or(|t| schema.a.get(*n).is_some_and(|a| compatible(t, a.ty())))
            })
            .collect();
        let mut near = hcl_schema::closest(&name, typed.into_iter());
        if near.is_empty() {
            near = hcl_schema::closest(&name, settable());
        }
        let message = format!(
            "{path} has no argument `{name}` ({}){}",
            self.checked,
            did_you_mean(&near)
        );
        let hit = Hit::new(id.range());
        if name == "tags" && !schema.a.contains_key("tags") {
            // Tags on a resource that has none: nothing can carry them, so the line only stops
            // the module from validating. Unsafe: the author may have meant another resource.
            let edits = hcl::remove_attribute(self.ctx.src, attr);
            hits.push(
                hit.message(format!(
                    "{path} has no argument `tags`: it cannot be tagged ({})",
                    self.checked
                ))
                .fix(Fix::new(
                    "Remove `tags`",
                    Applicability::Unsafe.min(ceiling(self.ctx)),
                    edits,
                )),
            );
            return;
        }
        if let Some(moved) = self.move_into_block(block, attr, &name, schema, path, hit.clone()) {
            hits.push(moved);
            return;
        }
        let Some((_, _, to, source)) = self
            .renames
            .iter()
            .find(|(at, from, to, _)| at == path && *from == name && schema.a.contains_key(to))
        else {
            let hint = self
                .later_major
                .and_then(|(data, ty)| {
                    let rel = path.strip_prefix(ty)?.trim_start_matches('.');
                    let at = if rel.is_empty() {
                        name.clone()
                    } else {
                        format!("{rel}.{name}")
                    };
                    crate::rules::shared::deprecations::find(ty, data, &at)
                })
                .map_or(String::new(), |d| {
                    format!("; hashicorp/aws 5.100.0 deprecated it: {}", d.message)
                });
            hits.push(hit.message(format!("{message}{hint}")));
            return;
        };
        let message = format!(
            "{path} has no argument `{name}`: it was renamed `{to}` ({source}; {})",
            self.checked
        );
        if hcl::attribute(block, to).is_some() {
            hits.push(hit.message(format!(
                "{message}; `{to}` is set too, so remove `{name}` by hand"
            )));
            return;
        }
        let edits = hcl::with_alignment(
            self.ctx.src,
            vec![Edit::replace(id.range().start, id.range().end, to.clone())],
        );
        hits.push(hit.message(message).fix(Fix::new(
            format!("Rename `{name}` to `{to}`"),
            ceiling(self.ctx),
            edits,
        )));
    }
}

impl Walk<'_, '_> {
    /// A block the schema does not have whose arguments are flat arguments of the parent
    /// (`deployment_configuration { maximum_percent = 200 }` of aws_ecs_service is
    /// `deployment_maximum_percent = 200`; `cluster_mode { num_node_groups = 2 }` of
    /// aws_elasticache_replication_group is `num_node_groups = 2`). The names are derived from
    /// the schema: the parent argument must be the inner name under one prefix taken from the
    /// block's name (the whole name, without `_configuration`/`_config`/`_settings`, its first
    /// word, or nothing), every inner argument must map, none may be set already, and the
    /// block must occur once and hold only one-line arguments. Unsafe: the mapping is by name.
    fn flatten(
        &self,
        parent: &Node,
        child: &Node,
        name: &str,
        schema: &Block,
        path: &str,
        at: std::ops::Range<usize>,
    ) -> Option<Hit> {
        if hcl::child_blocks(parent, name, &[]).len() != 1 {
            return None;
        }
        let body = hcl::body(child)?;
        let mut inner = Vec::new();
        for c in body.children() {
            if c.kind() != "attribute" {
                return None;
            }
            let n = hcl::attr_name(&c)?;
            let v = hcl::attr_value(&c)?.text().to_string();
            if v.contains('\n') {
                return None;
            }
            inner.push((n, v));
        }
        if inner.is_empty() {
            return None;
        }
        let stem = ["_configuration", "_config", "_settings"]
            .iter()
            .find_map(|s| name.strip_suffix(s))
            .unwrap_or(name);
        let first = name.split('_').next().unwrap_or(name);
        let mut prefixes = vec![format!("{name}_"), format!("{stem}_"), format!("{first}_")];
        prefixes.push(String::new());
        prefixes.dedup();
        let mapped = prefixes.iter().find_map(|p| {
            let names: Vec<String> = inner.iter().map(|(n, _)| format!("{p}{n}")).collect();
            names
                .iter()
                .all(|n| {
                    schema.a.get(n).is_some_and(|a| a.settable())
                        && hcl::attribute(parent, n).is_none()
                })
                .then_some(names)
        })?;
        let src = self.ctx.src;
        let r = child.range();
        if !crate::lang::python::starts_line(src, r.start) {
            return None;
        }
        let indent = crate::lang::python::indent_at(src, r.start).to_string();
        let start = crate::lang::python::line_start(src, r.start);
        let end = crate::lang::python::line_end_incl(src, r.end);
        if !src[r.end..end].trim().is_empty() {
            return None;
        }
        let text: String = mapped
            .iter()
            .zip(&inner)
            .map(|(n, (_, v))| format!("{indent}{n} = {v}\n"))
            .collect();
        let list: Vec<String> = mapped.iter().map(|n| format!("`{n}`")).collect();
        let edits = hcl::with_alignment(src, vec![Edit::replace(start, end, text)]);
        Some(
            Hit::new(at)
                .message(format!(
                    "{path} has no block `{name}`; its arguments are flat arguments of {path}: {} ({})",
                    list.join(", "),
                    self.checked
                ))
                .fix(Fix::new(
                    format!("Replace the `{name}` block with {}", list.join(", ")),
                    Applicability::Unsafe.min(ceiling(self.ctx)),
                    edits,
                )),
        )
    }

    /// An argument the block lacks but exactly one of its nested block types (with at most one
    /// block, so there is no choice of which) has: move it there, into the block when it is
    /// written once, or into a new one. Unsafe: the schema says where the name is valid, not
    /// that the author meant that block.
    fn move_into_block(
        &self,
        block: &Node,
        attr: &Node,
        name: &str,
        schema: &Block,
        path: &str,
        hit: Hit,
    ) -> Option<Hit> {
        let owners: Vec<&String> = schema
            .b
            .iter()
            .filter(|(_, b)| b.a.get(name).is_some_and(|a| a.settable()))
            .map(|(n, _)| n)
            .collect();
        let [owner] = owners.as_slice() else {
            return None;
        };
        let message = format!(
            "{path} has no argument `{name}`; it belongs in its `{owner}` block ({})",
            self.checked
        );
        let nested = schema.b.get(*owner)?;
        let text = attr.text().to_string();
        let existing = hcl::child_blocks(block, owner, &[]);
        let src = self.ctx.src;
        let line_end = crate::lang::python::line_end_incl(src, attr.range().end);
        let fixable = nested.max == 1
            && crate::lang::python::starts_line(src, attr.range().start)
            && src[attr.range().end..line_end].trim().is_empty()
            && !text.contains('\n')
            && existing.len() <= 1
            && hcl::child_blocks(block, "dynamic", &[owner]).is_empty()
            && existing.iter().all(|b| hcl::attribute(b, name).is_none());
        if !fixable {
            return Some(hit.message(message));
        }
        let Some(b) = existing.first() else {
            // No such block yet: the argument's line becomes one. Its neighbours realign as if
            // the line were removed (a block line ends their alignment group the same way).
            let indent = crate::lang::python::indent_at(src, attr.range().start);
            let mut edits = hcl::remove_attribute(src, attr);
            let r = attr.range();
            let line = edits
                .iter_mut()
                .find(|e| e.start <= r.start && e.end >= r.end)?;
            let blank = if src[line.start..r.start].trim().is_empty()
                && line.start < crate::lang::python::line_start(src, r.start)
            {
                "\n"
            } else {
                ""
            };
            line.text = format!("{blank}{indent}{owner} {{\n{indent}  {text}\n{indent}}}\n");
            return Some(hit.message(message).fix(Fix::new(
                format!("Move `{name}` into a new `{owner}` block"),
                Applicability::Unsafe.min(ceiling(self.ctx)),
                edits,
            )));
        };
        let mut edits = hcl::remove_attribute(src, attr);
        let added = hcl::insert_in_block(src, b, &text)?;
        if added.iter().any(|a| edits.iter().any(|e| e.conflicts(a))) {
            return Some(hit.message(message));
        }
        edits.extend(added);
        Some(hit.message(message).fix(Fix::new(
            format!("Move `{name}` into `{owner}`"),
            Applicability::Unsafe.min(ceiling(self.ctx)),
            edits,
        )))
    }
}

fn did_you_mean(near: &[&str]) -> String {
    if near.is_empty() {
        return String::new();
    }
    let list: Vec<String> = near.iter().map(|n| format!("`{n}`")).collect();
    format!("; did you mean {}?", list.join(", "))
}

/// The type of a literal value: `string`, `number`, `bool`, `list` (a tuple `[...]`) or `map`
/// (an object `{...}`); `None` for references, calls and anything else.
fn literal_type(expr: &Node) -> Option<&'static str> {
    let first = expr.children().find(|c| c.is_named())?;
    match first.kind().as_ref() {
        "literal_value" => {
            let lit = first.children().find(|c| c.is_named())?;
            match lit.kind().as_ref() {
                "string_lit" => Some("string"),
                "numeric_lit" => Some("number"),
                "bool_lit" => Some("bool"),
                _ => None,
            }
        }
        "template_expr" => Some("string"),
        "collection_value" => {
            let c = first.children().find(|c| c.is_named())?;
            match c.kind().as_ref() {
                "tuple" => Some("list"),
                "object" => Some("map"),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether a literal of type `lit` can be given to an argument of schema type `ty` (Terraform
/// converts strings, numbers and bools into each other, so scalars are one kind here).
fn compatible(lit: &str, ty: &str) -> bool {
    let scalar = |t: &str| matches!(t, "string" | "number" | "bool");
    ty == "any"
        || match lit {
            "list" => ty.starts_with("list") || ty.starts_with("set") || ty == "tuple",
            "map" => ty.starts_with("map") || ty.starts_with("object") || ty == "object",
            _ => scalar(ty),
        }
}
