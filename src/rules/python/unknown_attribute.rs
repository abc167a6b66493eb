//! `azs.names_fqn`: an attribute the provider class does not have raises AttributeError at
//! synth. Only objects the file built from a provider class are judged, by the attributes the
//! embedded index lists for that class and its core base.

use crate::rules::shared::attributes::construct_of;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    let (Some(obj), Some(attr)) = (node.field("object"), node.field("attribute")) else {
        return vec![];
    };
    // `self.x = Class(...)` assigns, it does not read; `x.attr = v` sets an attribute the
    // bindings may not have, which Python allows.
    if node.parent().is_some_and(|p| {
        p.kind() == "assignment" && p.field("left").is_some_and(|l| l.range() == node.range())
    }) {
        return vec![];
    }
    let Some(c) = construct_of(ctx, &obj) else {
        return vec![];
    };
    let name = attr.text().to_string();
    if c.knows(&name) {
        return vec![];
    }
    let closest = c.closest(&name);
    let hint = if closest.is_empty() {
        String::new()
    } else {
        format!(
            "; did you mean {}?",
            closest
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    vec![Hit::new(attr.range()).message(format!(
        "`{}` has no attribute `{name}` (AttributeError at synth){hint}",
        c.class_name
    ))]
}
