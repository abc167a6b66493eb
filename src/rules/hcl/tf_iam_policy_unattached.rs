use super::*;

/// TF010: aws_iam_policy that nothing in the module references (so it is attached to nothing).
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_iam_policy"]) {
        return vec![];
    }
    let Some(name) = hcl::block_labels(block).get(1).cloned() else {
        return vec![];
    };
    if referenced(ctx, &format!("aws_iam_policy.{name}")) {
        return vec![];
    }
    vec![Hit::new(header(block)).message(format!(
        "aws_iam_policy.{name} is never referenced in the module, so it is attached to nothing; add an aws_iam_role_policy_attachment with `policy_arn = aws_iam_policy.{name}.arn`"
    ))]
}
