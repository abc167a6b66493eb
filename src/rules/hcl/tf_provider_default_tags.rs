use super::*;

/// Whether the module declares `variable "<name>"` or `locals { <name> = ... }`.
fn declares(roots: &[&crate::lang::Root], kind: &str, name: &str) -> bool {
    roots.iter().any(|root| {
        hcl::top_blocks(root).iter().any(|b| match kind {
            "var" => hcl::is_block(b, "variable", &[name]),
            _ => {
                hcl::block_type(b).as_deref() == Some("locals") && hcl::attribute(b, name).is_some()
            }
        })
    })
}

/// TF002: provider "aws" without default_tags while the module has common tags.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "provider", &["aws"])
        || !hcl::child_blocks(block, "default_tags", &[]).is_empty()
        || hcl::attribute(block, "default_tags").is_some()
    {
        return vec![];
    }
    let siblings = ctx.view.module_files();
    let mut roots = vec![ctx.root];
    roots.extend(siblings.iter().filter_map(|f| f.root()));
    // A local usually merges the variable with more tags, so it wins when both exist.
    let tags = if declares(&roots, "local", "common_tags") {
        "local.common_tags"
    } else if declares(&roots, "var", "common_tags") {
        "var.common_tags"
    } else {
        return vec![];
    };
    let mut hit = Hit::new(header(block)).message(format!(
        "provider \"aws\" has no default_tags although the module defines `{tags}`"
    ));
    if let Some(edits) = hcl::append_to_block(
        ctx.src,
        block,
        &format!("default_tags {{\n  tags = {tags}\n}}"),
    ) {
        hit = hit.fix(Fix::new(
            format!("Add `default_tags {{ tags = {tags} }}`"),
            ceiling(ctx),
            edits,
        ));
    }
    vec![hit]
}
