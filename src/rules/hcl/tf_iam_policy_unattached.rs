use super::*;

/// TF010: aws_iam_policy that nothing in the module references (so it is attached to nothing).
///
/// Besides an attribute reference (`aws_iam_policy.x.arn`), these count as someone knowing about
/// the policy: a `depends_on` naming it, a `module` argument that passes it (the whole object,
/// or its name as a string), and an ARN built from its name (`...:policy/<path><name>`), which
/// is how it is attached from a sub-module or by a role that does not reference it.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_iam_policy"]) {
        return vec![];
    }
    let Some(name) = hcl::block_labels(block).get(1).cloned() else {
        return vec![];
    };
    let reference = format!("aws_iam_policy.{name}");
    if referenced(ctx, &reference) {
        return vec![];
    }
    let literal_name = hcl::attribute(block, "name")
        .and_then(|a| hcl::attr_value(&a))
        .and_then(|v| hcl::string_value(&v));
    let siblings = ctx.view.module_files();
    let roots = std::iter::once(ctx.root).chain(siblings.iter().filter_map(|f| f.root()));
    for root in roots {
        for b in hcl::top_blocks(root) {
            if b.range() == block.range() && std::ptr::eq(root, ctx.root) {
                continue;
            }
            let in_module = hcl::block_type(&b).as_deref() == Some("module");
            for attr in b.dfs().filter(|n| n.kind() == "attribute") {
                let text = attr.text();
                let is_depends_on = hcl::attr_name(&attr).as_deref() == Some("depends_on");
                if (in_module || is_depends_on) && names_whole(&text, &reference) {
                    return vec![];
                }
                let Some(policy_name) = &literal_name else {
                    continue;
                };
                if policy_arn_named(&text, policy_name)
                    || (in_module && string_literals(&attr).contains(policy_name))
                {
                    return vec![];
                }
            }
        }
    }
    vec![Hit::new(header(block)).message(format!(
        "aws_iam_policy.{name} is never referenced in the module, so it is attached to nothing; add an aws_iam_role_policy_attachment with `policy_arn = aws_iam_policy.{name}.arn`"
    ))]
}

/// Whether `text` names `reference` as a whole (`[aws_iam_policy.x]`, `aws_iam_policy.x.arn`),
/// not as the prefix of a longer name (`aws_iam_policy.x_extra`, `aws_iam_policy.x-2`).
fn names_whole(text: &str, reference: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    text.match_indices(reference).any(|(i, _)| {
        let before_ok = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !(ident(c) || c == '.'));
        let after_ok = text[i + reference.len()..]
            .chars()
            .next()
            .is_none_or(|c| !ident(c));
        before_ok && after_ok
    })
}

/// Whether `text` holds a customer-managed policy ARN for `name`, under any path
/// (`arn:...:policy/name`, `arn:...:policy/eks/name`); AWS-managed ones (`iam::aws:policy/`)
/// are other policies.
fn policy_arn_named(text: &str, name: &str) -> bool {
    text.match_indices(":policy/").any(|(i, _)| {
        let rest = &text[i + ":policy/".len()..];
        let end = rest
            .find(|c: char| c == '"' || c == '$' || c.is_whitespace())
            .unwrap_or(rest.len());
        let path = &rest[..end];
        !text[..i].ends_with("iam::aws") && (path == name || path.ends_with(&format!("/{name}")))
    })
}

/// The plain string literals of an attribute's value (in lists and objects too).
fn string_literals(attr: &Node) -> Vec<String> {
    attr.dfs()
        .filter(|n| n.kind() == "template_literal")
        .filter(|n| {
            n.parent()
                .is_some_and(|p| p.kind() == "string_lit" && p.children().count() == 3)
        })
        .map(|n| n.text().to_string())
        .collect()
}
