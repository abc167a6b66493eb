use super::*;

/// TF009: aws_kms_key without `policy` and no aws_kms_key_policy for it in the module.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_kms_key"])
        || hcl::attribute(block, "policy").is_some()
    {
        return vec![];
    }
    let Some(name) = hcl::block_labels(block).get(1).cloned() else {
        return vec![];
    };
    let key_ref = format!("aws_kms_key.{name}");
    let siblings = ctx.view.module_files();
    let roots = std::iter::once(ctx.root).chain(siblings.iter().filter_map(|f| f.root()));
    let has_policy_resource = roots.into_iter().any(|root| {
        hcl::top_blocks(root).iter().any(|b| {
            hcl::is_block(b, "resource", &["aws_kms_key_policy"])
                && hcl::attribute(b, "key_id").is_some_and(|a| a.text().contains(&key_ref))
        })
    });
    if has_policy_resource {
        return vec![];
    }
    vec![Hit::new(header(block))]
}
