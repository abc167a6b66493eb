use super::*;

/// TF009: aws_kms_key without `policy` and no aws_kms_key_policy for it in the module, that a
/// service needing a key-policy grant uses, or whose users the module does not show.
///
/// The default key policy trusts the account, which lets IAM policies grant the key: enough for
/// every service that uses the key on behalf of the caller (S3, EBS, RDS, DynamoDB, SQS, EKS...).
/// Only services that call KMS as their own service principal (the spec's `data.needs-key-policy`)
/// need a statement in the key policy itself.
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
    let roots: Vec<&crate::lang::Root> = std::iter::once(ctx.root)
        .chain(siblings.iter().filter_map(|f| f.root()))
        .collect();
    let has_policy_resource = roots.iter().any(|root| {
        hcl::top_blocks(root).iter().any(|b| {
            hcl::is_block(b, "resource", &["aws_kms_key_policy"])
                && hcl::attribute(b, "key_id").is_some_and(|a| a.text().contains(&key_ref))
        })
    });
    if has_policy_resource {
        return vec![];
    }
    // The key's own references plus those of its aliases (`aws_kms_alias.x.arn` names the key).
    let mut names = vec![key_ref.clone()];
    for root in &roots {
        for b in hcl::top_blocks(root) {
            if hcl::is_block(&b, "resource", &["aws_kms_alias"])
                && hcl::attribute(&b, "target_key_id")
                    .is_some_and(|a| mentions(&a.text(), &key_ref))
                && let Some(alias) = hcl::block_labels(&b).get(1)
            {
                names.push(format!("aws_kms_alias.{alias}"));
            }
        }
    }
    let needs = &ctx.codemod.data["needs-key-policy"];
    let mut used = false;
    for root in &roots {
        for b in hcl::top_blocks(root) {
            let ty = hcl::block_type(&b).unwrap_or_default();
            let labels = hcl::block_labels(&b);
            // Outputs, locals and module arguments hand the key on: who uses it is not here.
            if !matches!(ty.as_str(), "resource" | "data")
                || matches!(
                    labels.first().map(String::as_str),
                    Some("aws_kms_alias" | "aws_kms_key_policy")
                )
            {
                continue;
            }
            for attr in b.dfs().filter(|n| n.kind() == "attribute") {
                let text = attr.text();
                if !names.iter().any(|n| mentions(&text, n)) {
                    continue;
                }
                used = true;
                let attr_name = hcl::attr_name(&attr).unwrap_or_default();
                let need = needs.as_array().into_iter().flatten().find(|n| {
                    ty == "resource"
                        && n["resource"].as_str() == labels.first().map(String::as_str)
                        && n["attribute"].as_str() == Some(attr_name.as_str())
                });
                if let Some(n) = need {
                    let user = format!("{}.{}", labels[0], labels.get(1).map_or("", |s| s));
                    return vec![Hit::new(header(block)).message(format!(
                        "aws_kms_key `{name}` has no key policy, but `{user}` uses it: {} calls KMS as `{}`, which the default key policy does not trust; add a key policy statement for it",
                        n["service"].as_str().unwrap_or_default(),
                        n["principal"].as_str().unwrap_or_default(),
                    ))];
                }
            }
        }
    }
    if used {
        return vec![];
    }
    vec![Hit::new(header(block)).message(format!(
        "aws_kms_key `{name}` has no key policy and no resource of this module uses it, so who does is out of sight; CloudWatch Logs, CloudTrail and Route 53 DNSSEC need a key policy statement"
    ))]
}
