//! `CloudwatchLogGroup(...)` without `retention_in_days`: CloudWatch keeps the logs forever.

use crate::engine::edit::Fix;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let call = m.get_node();
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    // `**config` may carry the retention: nothing to say.
    if args.children().any(|c| c.kind() == "dictionary_splat") {
        return vec![];
    }
    let days = ctx
        .options
        .get("retention-in-days")
        .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()));
    let hit = Hit::new(call.range());
    match days {
        Some(d) if crate::rules::shared::log_retention::is_allowed(d) => {
            let msg = format!(
                "CloudwatchLogGroup has no `retention_in_days`, so its logs are kept forever; the fix sets {d} days (option `retention-in-days`, default 7)"
            );
            vec![hit.message(msg).fix(Fix::new(
                format!("Add `retention_in_days={d}`"),
                ctx.codemod.safety.ceiling(),
                python::append_item(ctx.src, &args, &format!("retention_in_days={d}")),
            ))]
        }
        _ => vec![hit.message(
            "CloudwatchLogGroup has no `retention_in_days`, so its logs are kept forever (no fix: option `retention-in-days` is not a value CloudWatch Logs accepts)",
        )],
    }
}
