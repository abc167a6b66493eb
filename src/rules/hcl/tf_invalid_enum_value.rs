use super::*;
use crate::rules::hcl_schema;
use crate::rules::shared::enum_values::{self, EnumValues};

/// TF018: a literal string the provider's validator rejects, for the arguments of the shared
/// table. The sets are hashicorp/aws 5.100.0's; in a module that targets 6.x, where a set may
/// have grown, only values with a fix are reported (a case variant or an alias of a value that
/// 5.100.0 accepts names the same thing in 6.x).
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    let Some((data, ty)) = hcl_schema::aws_block(block) else {
        return vec![];
    };
    let rows: Vec<&EnumValues> = enum_values::rows()
        .iter()
        .filter(|r| r.type_ == ty && r.data == data)
        .collect();
    if rows.is_empty() {
        return vec![];
    }
    let Some((report_all, checked)) = scope(ctx) else {
        return vec![];
    };
    let mut hits = Vec::new();
    for row in rows {
        for b in blocks_at(block, &row.block) {
            let Some(attr) = hcl::attribute(&b, &row.argument) else {
                continue;
            };
            let Some(value) = hcl::attr_value(&attr) else {
                continue;
            };
            for lit in literals(&value, row.list) {
                if let Some(hit) = judge(ctx, row, &ty, &lit, report_all, &checked) {
                    hits.push(hit);
                }
            }
        }
    }
    hits
}

/// Whether values without a fix are reported too, and the caveat for messages; `None` where
/// the module targets neither 5.x nor 6.x of hashicorp/aws.
fn scope(ctx: &Ctx) -> Option<(bool, String)> {
    if let Some((index, checked)) = hcl_schema::for_module(ctx) {
        if !index.derived() {
            return Some((true, checked));
        }
        return Some((
            false,
            format!("{checked}; the set is 5.100.0's, so only fixable values are reported"),
        ));
    }
    let (c, _) = hcl_schema::aws_constraint(ctx)?;
    let six = crate::project::versions::Version::parse("6.0.0")?;
    let admits_6 = hcl_schema::satisfies(&c, &six) == Some(true)
        || hcl_schema::satisfies(&c, &crate::project::versions::Version::parse("6.99.0")?)
            == Some(true);
    admits_6.then(|| {
        (
            false,
            format!("hashicorp/aws {c}; the set is 5.100.0's, so only fixable values are reported"),
        )
    })
}

/// The nested blocks at a dotted path under `block` (the block itself for "").
fn blocks_at<'r>(block: &Node<'r>, path: &str) -> Vec<Node<'r>> {
    let mut level = vec![block.clone()];
    for name in path.split('.').filter(|p| !p.is_empty()) {
        level = level
            .iter()
            .flat_map(|b| hcl::child_blocks(b, name, &[]))
            .collect();
    }
    level
}

/// The plain string literals of a value: the value itself, or each element of a list literal.
/// Templates with interpolation, references and calls are not literals.
fn literals<'r>(value: &Node<'r>, list: bool) -> Vec<Node<'r>> {
    let plain = |e: &Node<'r>| {
        e.children()
            .find(|c| c.kind() == "literal_value")
            .and_then(|l| l.children().find(|c| c.kind() == "string_lit"))
    };
    if !list {
        return plain(value).into_iter().collect();
    }
    let Some(tuple) = value
        .children()
        .find(|c| c.kind() == "collection_value")
        .and_then(|c| c.children().find(|t| t.kind() == "tuple"))
    else {
        return vec![];
    };
    tuple
        .children()
        .filter(|e| e.kind() == "expression")
        .filter_map(|e| plain(&e))
        .collect()
}

fn judge(
    ctx: &Ctx,
    row: &EnumValues,
    ty: &str,
    lit: &Node,
    report_all: bool,
    checked: &str,
) -> Option<Hit> {
    let text = lit.text();
    let r = lit.range();
    // The characters between the quotes; a value with escapes is not judged.
    if text.len() < 2 || text[1..text.len() - 1].contains('\\') {
        return None;
    }
    let value = &text[1..text.len() - 1];
    if row.accepts(value) {
        return None;
    }
    let inner = r.start + 1..r.end - 1;
    let at = if row.block.is_empty() {
        format!("{ty}.{}", row.argument)
    } else {
        format!("{ty}.{}.{}", row.block, row.argument)
    };
    let valid = row
        .valid
        .iter()
        .map(|v| format!("\"{v}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let cased: Vec<&String> = row
        .valid
        .iter()
        .filter(|v| v.eq_ignore_ascii_case(value))
        .collect();
    if let [one] = cased.as_slice()
        && !row.ignore_case
    {
        return Some(
            Hit::new(inner.clone())
                .message(format!(
                    "`{at}` = \"{value}\" is not a value the provider accepts: it is \"{one}\" (letter case matters; {checked})"
                ))
                .fix(Fix::new(
                    format!("Write \"{one}\""),
                    ceiling(ctx),
                    vec![Edit::replace(inner.start, inner.end, one.as_str())],
                )),
        );
    }
    if let Some((_, to, source)) = row.aliases.iter().find(|(from, _, _)| from == value) {
        return Some(
            Hit::new(inner.clone())
                .message(format!(
                    "`{at}` = \"{value}\" is not a value the provider accepts: the provider's name for it is \"{to}\" ({source}; {checked})"
                ))
                .fix(Fix::new(
                    format!("Write \"{to}\""),
                    Applicability::Unsafe.min(ceiling(ctx)),
                    vec![Edit::replace(inner.start, inner.end, to.as_str())],
                )),
        );
    }
    if !report_all {
        return None;
    }
    let near = hcl_schema::closest(value, row.valid.iter());
    let near = match near.as_slice() {
        [] => String::new(),
        n => format!(
            "; did you mean {}?",
            n.iter()
                .map(|v| format!("\"{v}\""))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
    };
    Some(Hit::new(inner).message(format!(
        "`{at}` = \"{value}\" is not a value the provider accepts (one of {valid}; {checked}; {}){near}",
        row.source
    )))
}
