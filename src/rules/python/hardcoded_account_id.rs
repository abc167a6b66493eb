//! A 12-digit account id written into an ARN pins the stack to one AWS account (usually a
//! placeholder such as 123456789012 that exists nowhere). The account the stack deploys to is
//! `DataAwsCallerIdentity(...).account_id`; the fix creates that data source once per function
//! (or reuses one) and turns the literal into an f-string that reads it.
//!
//! Not every literal account is the deploying one: AWS publishes layers and delivers logs from
//! its own accounts (the spec's `data`), which every account names as they are, and an IAM
//! principal may name another account on purpose.

use std::collections::BTreeSet;

use crate::engine::edit::{Applicability, Fix};
use crate::lang::{Node, python};
use crate::rules::shared::data_source::{self, CALLER_IDENTITY};
use crate::rules::shared::test_file;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    // Tests pin the literal ARNs a synthesized stack must contain; nothing there is deployed.
    if python::is_docstring(node) || test_file::is_test_path(ctx) {
        return vec![];
    }
    let Some(s) = python::py_string(node) else {
        return vec![];
    };
    let aws_owned = aws_owned(ctx);
    let ids: Vec<_> = data_source::account_ids(ctx.src, &s)
        .into_iter()
        .filter(|r| !aws_owned.contains(&ctx.src[r.clone()]))
        .collect();
    if ids.is_empty() {
        return vec![];
    }
    let shown: BTreeSet<&str> = ids.iter().map(|r| &ctx.src[r.clone()]).collect();
    let shown = shown.into_iter().collect::<Vec<_>>().join("`, `");
    let base = format!(
        "hard-coded AWS account id `{shown}` in an ARN; the stack only works in that account: use `DataAwsCallerIdentity(...).account_id`"
    );
    let hit = Hit::new(node.range());
    let access = match data_source::interpolate(ctx, node, &s, &CALLER_IDENTITY, |var| {
        ids.iter()
            .map(|r| (r.clone(), format!("{{{var}.account_id}}")))
            .collect()
    }) {
        Ok(a) => a,
        Err(Some(why)) => return vec![hit.message(format!("{base} (not fixed: {why})"))],
        Err(None) => return vec![hit.message(base)],
    };
    let edits = access.edits;
    let mut applicability = access.applicability.min(ctx.codemod.safety.ceiling());
    let mut message = base;
    if let Some(note) = access.note {
        message = format!("{message}; {note}");
    }
    let placeholders = strings(&ctx.codemod.data["documentation-placeholders"]);
    let foreign: BTreeSet<&str> = ids
        .iter()
        .filter(|r| in_principal(ctx.src, node, &s, r.start))
        .map(|r| &ctx.src[r.clone()])
        .filter(|id| !placeholders.contains(*id))
        .collect();
    if !foreign.is_empty() {
        // A principal names who may act: another account there is a grant, not a mistake.
        applicability = applicability.min(Applicability::Unsafe);
        message = format!(
            "{message}; the ARN names an IAM principal, which may be a deliberate cross-account grant: apply the fix only if `{}` is meant to be the deploying account",
            foreign.into_iter().collect::<Vec<_>>().join("`, `")
        );
    }
    let others = other_accounts(ctx, &shown_ids(ctx.src, &ids), aws_owned);
    if !others.is_empty() {
        // Several accounts in one file: some ARN likely names another account on purpose.
        applicability = applicability.min(Applicability::Unsafe);
        message = format!(
            "{message}; the file also names account(s) `{}`: check this ARN means the deploying account",
            others.join("`, `")
        );
    }
    vec![hit.message(message).fix(Fix::new(
        format!("Use `{}.account_id`", access.var),
        applicability,
        edits,
    ))]
}

/// The accounts AWS itself publishes from (`data.aws-owned-accounts`, grouped by service).
fn aws_owned<'c>(ctx: &Ctx<'c>) -> &'c BTreeSet<String> {
    ctx.memo.get_or("aws-owned-accounts", || {
        strings(&ctx.codemod.data["aws-owned-accounts"])
    })
}

/// Every string in a YAML value, however nested.
fn strings(v: &serde_json::Value) -> BTreeSet<String> {
    match v {
        serde_json::Value::String(s) => BTreeSet::from([s.clone()]),
        serde_json::Value::Array(a) => a.iter().flat_map(strings).collect(),
        serde_json::Value::Object(o) => o.values().flat_map(strings).collect(),
        _ => BTreeSet::new(),
    }
}

const PRINCIPAL_KEYS: &[&str] = &["AWS", "Principal", "NotPrincipal"];
const PRINCIPAL_ARGS: &[&str] = &["principals", "identifiers", "principal"];

/// Whether the account at `at` sits in an IAM principal: under a `"Principal"`/`"AWS"` key of
/// a policy (a dict, or JSON text inside the literal itself), or in the `principals` /
/// `identifiers` of a `DataAwsIamPolicyDocument` statement. The nearest key decides, so a
/// `"Resource"` beside the principal does not count.
fn in_principal(src: &str, node: &Node, s: &python::PyString, at: usize) -> bool {
    if let Some(key) = last_json_key(&src[s.body.start..at]) {
        return PRINCIPAL_KEYS.contains(&key);
    }
    for a in node.ancestors() {
        match a.kind().as_ref() {
            "pair" => {
                let key = a.field("key").map(|k| k.text().to_string());
                let key = key.as_deref().map(|k| k.trim_matches(['"', '\'']));
                return key
                    .is_some_and(|k| PRINCIPAL_KEYS.contains(&k) || PRINCIPAL_ARGS.contains(&k));
            }
            "keyword_argument" => {
                let name = a.field("name").map(|n| n.text().to_string());
                return name.is_some_and(|n| PRINCIPAL_ARGS.contains(&n.as_str()));
            }
            "expression_statement" | "block" | "module" => return false,
            _ => {}
        }
    }
    false
}

/// The last `"key":` of JSON text (`{"Principal": {"AWS": ["arn...` gives `AWS`).
fn last_json_key(text: &str) -> Option<&str> {
    let mut end = text.len();
    while let Some(colon) = text[..end].rfind(':') {
        let before = text[..colon].trim_end();
        if let Some(inner) = before.strip_suffix('"')
            && let Some(open) = inner.rfind('"')
        {
            let key = &inner[open + 1..];
            if !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Some(key);
            }
        }
        end = colon;
    }
    None
}

fn shown_ids(src: &str, ids: &[std::ops::Range<usize>]) -> BTreeSet<String> {
    ids.iter().map(|r| src[r.clone()].to_string()).collect()
}

/// Account ids in the file's other ARNs that differ from `mine` and are not AWS's own.
fn other_accounts(ctx: &Ctx, mine: &BTreeSet<String>, aws_owned: &BTreeSet<String>) -> Vec<String> {
    let mut all = BTreeSet::new();
    for n in ctx.root.root().dfs() {
        if let Some(s) = python::py_string(&n) {
            for r in data_source::account_ids(ctx.src, &s) {
                all.insert(ctx.src[r].to_string());
            }
        }
    }
    all.difference(mine)
        .filter(|a| !aws_owned.contains(*a))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::last_json_key;

    #[test]
    fn the_nearest_json_key_decides() {
        assert_eq!(
            last_json_key(r#"{"Principal": {"AWS": "arn:aws:iam::"#),
            Some("AWS")
        );
        assert_eq!(
            last_json_key(r#"{"AWS": ["arn:aws:iam::1:root", "arn:aws:iam::"#),
            Some("AWS")
        );
        assert_eq!(
            last_json_key(r#"{"Principal": {"AWS": "x"}, "Resource": "arn:aws:sns:us-east-1:"#),
            Some("Resource")
        );
        assert_eq!(last_json_key("arn:aws:iam::"), None);
    }
}
