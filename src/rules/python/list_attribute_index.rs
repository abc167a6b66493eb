//! `azs.names[0]`: Python indexing of a list attribute. The attribute is a token list (one
//! placeholder string standing for the whole Terraform list), so `[0]` yields the whole list
//! and `[1]` raises IndexError at synth; Terraform's `element()` is what indexes it. A nested
//! block's output list (`ComplexList`) has no `[]` at all: its `.get(i)` does.

use crate::engine::edit::{Edit, Fix};
use crate::rules::shared::attributes::construct_of;
use crate::rules::shared::provider_api::core_fn;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let sub = m.get_node();
    let (Some(value), Some(index_node)) = (sub.field("value"), sub.field("subscript")) else {
        return vec![];
    };
    // One index, not a slice or a tuple of them.
    let subscripts = sub
        .children()
        .filter(|c| c.is_named() && c.range() != value.range())
        .count();
    if subscripts != 1 || index_node.kind() == "slice" || value.kind() != "attribute" {
        return vec![];
    }
    let (Some(obj), Some(attr)) = (value.field("object"), value.field("attribute")) else {
        return vec![];
    };
    let Some(c) = construct_of(ctx, &obj) else {
        return vec![];
    };
    let name = attr.text().to_string();
    let Some(code) = c.attribute(&name) else {
        return vec![];
    };
    let list = value.text().to_string();
    let i = index_node.text().to_string();
    let r = sub.range();
    let class = &c.class_name;
    match code {
        "[s]" | "[n]" | "[b]" | "[a]" => {
            let Some((func, import)) = core_fn(ctx) else {
                return vec![Hit::new(r.clone()).message(format!(
                    "`{class}.{name}` is a token list: `[{i}]` does not index it at synth; use `Fn.element({list}, {i})`"
                ))];
            };
            let mut edits = vec![Edit::replace(
                r.start,
                r.end,
                format!("{func}.element({list}, {i})"),
            )];
            edits.extend(import);
            vec![Hit::new(r.clone())
                .message(format!(
                    "`{class}.{name}` is a token list (one placeholder for the whole Terraform list): `[{i}]` yields the whole list or raises IndexError at synth; Terraform's element() indexes it"
                ))
                .fix(Fix::new(
                    format!("Write `Fn.element({list}, {i})`"),
                    ctx.codemod.safety.ceiling(),
                    edits,
                ))]
        }
        "L" => vec![Hit::new(r.clone())
            .message(format!(
                "`{class}.{name}` is a nested block's output list, which has no `[]` (TypeError at synth): its `.get({i})` gives the element"
            ))
            .fix(Fix::new(
                format!("Write `{list}.get({i})`"),
                ctx.codemod.safety.ceiling(),
                vec![Edit::replace(r.start, r.end, format!("{list}.get({i})"))],
            ))],
        _ => vec![],
    }
}
