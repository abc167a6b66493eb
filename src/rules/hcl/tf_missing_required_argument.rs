use super::*;
use crate::rules::hcl_schema::{self, Block};

/// TF017: required arguments and nested blocks the schema demands but the block lacks; one
/// finding per block (the resource or a nested block), naming all that is missing.
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
    let Some(schema) = index.block(data, ty) else {
        return vec![];
    };
    let mut hits = Vec::new();
    walk(block, schema, ty, &checked, &mut hits);
    hits
}

fn walk(node: &Node, schema: &Block, path: &str, checked: &str, hits: &mut Vec<Hit>) {
    if schema.opaque() {
        return;
    }
    let mut missing: Vec<String> = schema
        .a
        .iter()
        .filter(|(n, a)| a.required() && hcl::attribute(node, n).is_none())
        .map(|(n, _)| format!("required argument `{n}`"))
        .collect();
    missing.sort();
    let mut blocks: Vec<(&String, &Block)> = schema.b.iter().collect();
    blocks.sort_by(|a, b| a.0.cmp(b.0));
    for (name, nested) in blocks {
        let present = hcl::child_blocks(node, name, &[]);
        let generated = !hcl::child_blocks(node, "dynamic", &[name]).is_empty();
        if !generated && (present.len() as u64) < nested.min {
            missing.push(if nested.min == 1 {
                format!("a `{name}` block (required)")
            } else {
                format!("{} `{name}` blocks (the minimum)", nested.min)
            });
        }
        for child in present {
            walk(&child, nested, &format!("{path}.{name}"), checked, hits);
        }
    }
    if !missing.is_empty() {
        hits.push(Hit::new(header(node)).message(format!(
            "{path} is missing {} ({checked})",
            missing.join(", ")
        )));
    }
}
