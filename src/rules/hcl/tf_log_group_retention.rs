use super::*;

/// TF004: aws_cloudwatch_log_group without `retention_in_days` keeps logs forever.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_cloudwatch_log_group"])
        || hcl::attribute(block, "retention_in_days").is_some()
    {
        return vec![];
    }
    let days = ctx
        .options
        .get("retention-in-days")
        .and_then(serde_json::Value::as_i64)
        .unwrap_or(7);
    let mut hit = Hit::new(header(block));
    if !crate::rules::shared::log_retention::is_allowed(days) {
        return vec![hit.message(format!(
            "{} (no fix: option `retention-in-days` = {days} is not a value CloudWatch Logs accepts)",
            ctx.codemod.message
        ))];
    }
    if let Some(edits) =
        hcl::insert_in_block(ctx.src, block, &format!("retention_in_days = {days}"))
    {
        hit = hit.fix(Fix::new(
            format!("Add `retention_in_days = {days}`"),
            ceiling(ctx),
            edits,
        ));
    }
    vec![hit]
}
