//! S3 bucket names are global across all AWS accounts: `bucket=f"logs-{env}"` collides with
//! every other account (and every other copy of the stack) that had the same idea, and the
//! create fails with BucketAlreadyExists. The fix appends the deploying account's id, read from
//! `DataAwsCallerIdentity` (shared with hardcoded-account-id). Renaming a bucket replaces it, so
//! the fix is unsafe.

use crate::lang::Node;
use crate::lang::python;
use crate::rules::shared::data_source::{self, CALLER_IDENTITY};
use crate::rules::{Ctx, Hit, Match};

/// S3's limit on bucket name length.
const MAX_BUCKET_NAME: usize = 63;

/// Parts of an interpolation that make a name unique per account or per deployment.
const UNIQUE_MARKERS: &[&str] = &[
    "account", "random", "uuid", "unique", "hex", ".result", "token", "hash",
];

/// Whether `string` is the `bucket=` name of an `S3Bucket(...)` with no account id, random part
/// or `bucket_prefix`.
pub fn needs_suffix(src: &str, string: &Node) -> bool {
    let Some(s) = python::py_string(string) else {
        return false;
    };
    let Some(kw) = string.parent().filter(|p| p.kind() == "keyword_argument") else {
        return false;
    };
    let is_name = kw.field("name").is_some_and(|n| n.text() == "bucket");
    let is_value = kw
        .field("value")
        .is_some_and(|v| v.node_id() == string.node_id());
    if !(is_name && is_value) {
        return false;
    }
    let Some(args) = kw.parent().filter(|p| p.kind() == "argument_list") else {
        return false;
    };
    let is_bucket = args
        .parent()
        .filter(|c| c.kind() == "call")
        .and_then(|c| python::callee_name(&c))
        .is_some_and(|n| n == "S3Bucket");
    if !is_bucket || python::keyword_arg(&args, "bucket_prefix").is_some() || s.is_bytes() {
        return false;
    }
    let body = &src[s.body.clone()];
    if body.is_empty() {
        return false;
    }
    let code_unique = s.interpolations.iter().any(|r| {
        let t = src[r.clone()].to_ascii_lowercase();
        UNIQUE_MARKERS.iter().any(|m| t.contains(m))
    });
    // A literal 12-digit run is an account id already.
    let literal_digits = literal_text(src, &s)
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() >= 12);
    !code_unique && !literal_digits
}

/// The string's text without its interpolations.
fn literal_text(src: &str, s: &python::PyString) -> String {
    let mut out = String::new();
    let mut pos = s.body.start;
    for r in &s.interpolations {
        out.push_str(&src[pos..r.start]);
        pos = r.end;
    }
    out.push_str(&src[pos..s.body.end]);
    out
}

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    if !needs_suffix(ctx.src, node) {
        return vec![];
    }
    let Some(s) = python::py_string(node) else {
        return vec![];
    };
    let base = "S3 bucket names are global across all accounts; this name has no account id or random part and can fail with BucketAlreadyExists: append the account id";
    let hit = Hit::new(node.range());
    let literal_len = literal_text(ctx.src, &s).len();
    if literal_len + 13 > MAX_BUCKET_NAME {
        return vec![hit.message(format!(
            "{base} (not fixed: with `-<account id>` the name would exceed S3's {MAX_BUCKET_NAME}-character limit)"
        ))];
    }
    let body = &ctx.src[s.body.clone()];
    let sep = if body.ends_with(['-', '.']) { "" } else { "-" };
    let end = s.body.end;
    let access = data_source::interpolate(ctx, node, &s, &CALLER_IDENTITY, |var| {
        vec![(end..end, format!("{sep}{{{var}.account_id}}"))]
    });
    data_source::finding(ctx, hit, base, access, |var| {
        format!("Append `{sep}{{{var}.account_id}}` to the bucket name")
    })
}
