//! `SecurityGroupIngress(self, "id", security_group_id=sg.id, ...)`: the inline-rule struct
//! called as if it were a resource (TypeError at synth: structs take no scope, id or
//! security_group_id). When the SecurityGroup is built in the same scope, the rule moves into its
//! `ingress=[...]`/`egress=[...]` list; otherwise it becomes the `SecurityGroupRule` resource
//! with `type="ingress"|"egress"`. Parameter names are from CDKTF_FACTS.md section 3b.

use crate::engine::edit::{Edit, Fix};
use crate::lang::Node;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

/// Keywords the inline struct takes, as they are.
const STRUCT_KWARGS: &[&str] = &[
    "cidr_blocks",
    "description",
    "from_port",
    "ipv6_cidr_blocks",
    "prefix_list_ids",
    "protocol",
    "security_groups",
    "self_attribute",
    "to_port",
];
/// Keywords SecurityGroupRule takes besides `type` and `security_group_id`.
const RULE_KWARGS: &[&str] = &[
    "cidr_blocks",
    "description",
    "from_port",
    "ipv6_cidr_blocks",
    "prefix_list_ids",
    "protocol",
    "self_attribute",
    "source_security_group_id",
    "to_port",
    "region",
    "depends_on",
    "provider",
    "lifecycle",
    "count",
    "for_each",
];
const RULE_MODULE: &str = "security_group_rule";

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let call = m.get_node();
    let Some(class) = python::callee_name(call) else {
        return vec![];
    };
    let direction = match class.as_str() {
        "SecurityGroupIngress" => "ingress",
        "SecurityGroupEgress" => "egress",
        _ => return vec![],
    };
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    let items = python::items(&args);
    let positional: Vec<&Node> = items
        .iter()
        .filter(|n| n.kind() != "keyword_argument")
        .collect();
    let kwargs: Vec<(String, Node)> = items
        .iter()
        .filter(|n| n.kind() == "keyword_argument")
        .filter_map(|n| Some((n.field("name")?.text().to_string(), n.clone())))
        .collect();
    let Some(sg_id) = kwargs
        .iter()
        .find(|(k, _)| k == "security_group_id")
        .and_then(|(_, n)| n.field("value"))
    else {
        return vec![];
    };
    let hit = Hit::new(call.range()).message(format!(
        "`{class}` is the inline rule struct of SecurityGroup, not a resource: it takes no scope, id or `security_group_id` (TypeError at synth)"
    ));
    let Some(stmt) = python::enclosing_statement(call) else {
        return vec![hit];
    };
    let standalone = stmt.kind() == "expression_statement"
        && stmt.child(0).is_some_and(|c| c.range() == call.range());

    if standalone && let Some(f) = move_inline(ctx, call, &stmt, &class, direction, &kwargs, &sg_id)
    {
        return vec![hit.fix(f)];
    }
    match to_security_group_rule(ctx, call, &class, direction, &positional, &kwargs) {
        Ok(f) => vec![hit.fix(f)],
        Err(why) => vec![hit.message(format!(
            "`{class}` is the inline rule struct of SecurityGroup, not a resource (TypeError at synth); not fixed: {why}"
        ))],
    }
}

/// Move the rule into the SecurityGroup's own list, when the group is built earlier in the same
/// scope and the rule reads nothing created after the group.
fn move_inline<'a>(
    ctx: &Ctx<'a>,
    call: &Node<'a>,
    stmt: &Node<'a>,
    class: &str,
    direction: &str,
    kwargs: &[(String, Node<'a>)],
    sg_id: &Node<'a>,
) -> Option<Fix> {
    let sg_text = sg_id.text();
    let sg_var = sg_text.strip_suffix(".id")?;
    let ctor = ctx
        .index()
        .constructor_of(ctx.root, call, sg_var, stmt.range().start)?;
    if python::callee_name(&ctor).as_deref() != Some("SecurityGroup") {
        return None;
    }
    let ctor_stmt = python::enclosing_statement(&ctor)?;
    if python::scope_of(&ctor)?.node_id() != python::scope_of(call)?.node_id() {
        return None;
    }
    let scope = python::scope_of(&ctor)?;
    let sg_args = ctor.field("arguments")?;
    let existing = python::keyword_arg(&sg_args, direction);
    let list = match &existing {
        Some(kw) => Some(kw.field("value").filter(|v| v.kind() == "list")?),
        None => None,
    };
    // Build `SecurityGroupIngress(k=v, ...)` from the kwargs the struct takes.
    let mut parts: Vec<String> = Vec::new();
    for (name, kw) in kwargs {
        let value = kw.field("value")?;
        if name != "security_group_id"
            && !ctx
                .index()
                .bound_before(&scope, &value, ctor_stmt.range().start)
        {
            return None;
        }
        let value_text =
            python::dedent_continuation(&value.text(), indent_len(ctx.src, kw.range().start));
        match name.as_str() {
            "security_group_id" => {}
            "source_security_group_id" => parts.push(format!("security_groups=[{value_text}]")),
            n if STRUCT_KWARGS.contains(&n) => parts.push(format!("{n}={value_text}")),
            _ => return None,
        }
    }
    let multiline = sg_args.text().contains('\n');
    let element = if multiline {
        format!(
            "{class}(\n    {},\n)",
            parts
                .iter()
                .map(|p| python::reindent(p, "    "))
                .collect::<Vec<_>>()
                .join(",\n    ")
        )
    } else {
        format!("{class}({})", parts.join(", "))
    };
    let mut edits = python::remove_statement(ctx.src, stmt);
    match list {
        Some(list) => edits.extend(python::append_item(ctx.src, &list, &element)),
        None if multiline => edits.extend(python::append_item(
            ctx.src,
            &sg_args,
            &format!(
                "{direction}=[\n    {},\n]",
                python::reindent(&element, "    ")
            ),
        )),
        None => edits.extend(python::append_item(
            ctx.src,
            &sg_args,
            &format!("{direction}=[{element}]"),
        )),
    }
    if edits.windows(2).any(|w| w[0].conflicts(&w[1])) {
        return None;
    }
    Some(Fix::new(
        format!("Move the rule into `{direction}=[...]` of `{sg_var}`"),
        ctx.codemod.safety.ceiling(),
        edits,
    ))
}

fn indent_len(src: &str, pos: usize) -> usize {
    python::indent_at(src, pos).len()
}

/// Rewrite to the standalone `SecurityGroupRule` resource.
fn to_security_group_rule(
    ctx: &Ctx,
    call: &Node,
    class: &str,
    direction: &str,
    positional: &[&Node],
    kwargs: &[(String, Node)],
) -> Result<Fix, String> {
    if positional.len() != 2 {
        return Err(
            "a SecurityGroupRule needs the scope and a construct id as its first two arguments"
                .into(),
        );
    }
    for required in ["from_port", "to_port", "protocol"] {
        if !kwargs.iter().any(|(k, _)| k == required) {
            return Err(format!("SecurityGroupRule requires `{required}`"));
        }
    }
    let function = call.field("function").ok_or("no callee")?;
    let fr = function.range();
    let mut edits = vec![Edit::replace(fr.start, fr.end, "SecurityGroupRule")];
    for (name, kw) in kwargs {
        match name.as_str() {
            "security_groups" => {
                let value = kw.field("value").ok_or("no value")?;
                let elems = if value.kind() == "list" {
                    python::items(&value)
                } else {
                    vec![]
                };
                if elems.len() != 1 {
                    return Err("`security_groups` must name exactly one group to become `source_security_group_id`".into());
                }
                let r = kw.range();
                edits.push(Edit::replace(
                    r.start,
                    r.end,
                    format!("source_security_group_id={}", elems[0].text()),
                ));
            }
            "security_group_id" => {}
            n if RULE_KWARGS.contains(&n) => {}
            n => return Err(format!("SecurityGroupRule has no `{n}` argument")),
        }
    }
    // `type=` goes right after the construct id, in the call's layout.
    let id_node = positional[1];
    let after_id = &ctx.src[id_node.range().end..];
    let comma = after_id.find(',').map(|i| id_node.range().end + i + 1);
    let insert = match comma {
        Some(c) if ctx.src[c..].starts_with('\n') || ctx.src[c..].starts_with("\r\n") => {
            let indent = python::indent_at(ctx.src, id_node.range().start);
            Edit::insert(
                python::line_end_incl(ctx.src, c),
                format!("{indent}type=\"{direction}\",\n"),
            )
        }
        Some(c) => Edit::insert(c, format!(" type=\"{direction}\",")),
        None => Edit::insert(id_node.range().end, format!(", type=\"{direction}\"")),
    };
    edits.push(insert);
    if let Some(import) = ctx.index().ensure_import(
        ctx.src,
        ctx.root,
        &ctx.provider_module(RULE_MODULE),
        "SecurityGroupRule",
    ) {
        edits.push(import);
    }
    let fix = Fix::new(
        format!("Rewrite `{class}` to the `SecurityGroupRule` resource with type=\"{direction}\""),
        ctx.codemod.safety.ceiling(),
        edits,
    );
    if fix.edits.windows(2).any(|w| w[0].conflicts(&w[1])) {
        return Err("overlapping edits".into());
    }
    Ok(fix)
}
