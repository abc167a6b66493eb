//! A KMS key used by a CloudWatch log group (`kms_key_id=key.arn`) whose inline key policy
//! (`policy=json.dumps({... "Statement": [...]})`) grants nothing to the CloudWatch Logs service:
//! creating the log group fails with AccessDeniedException.

use crate::engine::edit::Fix;
use crate::lang::Node;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let call = m.get_node();
    // The variable the key is bound to: `key = KmsKey(...)` / `self.key = KmsKey(...)`.
    let Some(var) = call
        .parent()
        .filter(|p| p.kind() == "assignment")
        .and_then(|p| p.field("left"))
        .map(|l| l.text().to_string())
    else {
        return vec![];
    };
    if !used_by_log_group(ctx, &var) {
        return vec![];
    }
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    let Some(policy) = python::keyword_arg(&args, "policy").and_then(|k| k.field("value")) else {
        return vec![];
    };
    // Only an inline `json.dumps({...})` can be read and extended.
    let Some(doc) = dumped_dict(&policy) else {
        return vec![];
    };
    let Some(statements) = dict_value(&doc, "Statement").filter(|s| s.kind() == "list") else {
        return vec![];
    };
    if statements.text().contains("logs.") {
        return vec![];
    }
    let hit = Hit::new(policy.range());
    let msg = format!(
        "KMS key `{var}` encrypts a CloudWatch log group, but its key policy has no statement for the CloudWatch Logs service principal"
    );
    let Some(region) = provider_region(ctx) else {
        return vec![hit.message(format!(
            "{msg} (no fix: the region of `logs.<region>.amazonaws.com` is not a literal in this file)"
        ))];
    };
    let statement = format!(
        "{{\n    \"Sid\": \"Allow CloudWatch Logs\",\n    \"Effect\": \"Allow\",\n    \"Principal\": {{\"Service\": \"logs.{region}.amazonaws.com\"}},\n    \"Action\": [\n        \"kms:Encrypt*\",\n        \"kms:Decrypt*\",\n        \"kms:ReEncrypt*\",\n        \"kms:GenerateDataKey*\",\n        \"kms:Describe*\",\n    ],\n    \"Resource\": \"*\",\n}}"
    );
    // `append_item` indents a one-item-per-line list itself; otherwise (`[{...}]` hugging the
    // bracket) the new dict follows the indentation of the line the last item starts on, and a
    // list on one line gets the statement on one line.
    let items = python::items(&statements);
    let text = match items.last() {
        Some(_) if !statements.text().contains('\n') => statement
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ")
            .replace("[ ", "[")
            .replace(", ]", "]")
            .replace(", }", "}")
            .replace("{ ", "{"),
        Some(last)
            if !(python::starts_line(ctx.src, last.range().start)
                && ctx.src[statements.range().start..last.range().start].contains('\n')) =>
        {
            python::reindent(&statement, python::indent_at(ctx.src, last.range().start))
        }
        _ => statement,
    };
    vec![hit.message(msg).fix(Fix::new(
        format!("Allow `logs.{region}.amazonaws.com` to use the key"),
        ctx.codemod.safety.ceiling(),
        python::append_item(ctx.src, &statements, &text),
    ))]
}

/// Whether some `CloudwatchLogGroup(...)` passes `kms_key_id=<var>.arn` (or `.key_id`/`.id`).
/// A plain name is looked up from its uses (the file's index); an attribute (`self.key`) by a
/// walk of the file.
fn used_by_log_group(ctx: &Ctx, var: &str) -> bool {
    if var.contains('.') {
        return ctx.root.root().dfs().any(|n| {
            n.kind() == "call"
                && python::callee_name(&n).as_deref() == Some("CloudwatchLogGroup")
                && n.field("arguments")
                    .and_then(|a| python::keyword_arg(&a, "kms_key_id"))
                    .and_then(|k| k.field("value"))
                    .is_some_and(|v| {
                        v.kind() == "attribute"
                            && v.field("object").is_some_and(|o| o.text() == var)
                    })
        });
    }
    ctx.index().identifiers(var).iter().any(|id| {
        let Some(attr) = id.parent().filter(|p| p.kind() == "attribute") else {
            return false;
        };
        let is_object = attr
            .field("object")
            .is_some_and(|o| o.node_id() == id.node_id());
        let Some(kw) = attr.parent().filter(|k| k.kind() == "keyword_argument") else {
            return false;
        };
        let kms_key_id = kw.field("name").is_some_and(|n| n.text() == "kms_key_id")
            && kw
                .field("value")
                .is_some_and(|v| v.node_id() == attr.node_id());
        let call = kw
            .parent()
            .and_then(|args| args.parent())
            .filter(|c| c.kind() == "call");
        is_object
            && kms_key_id
            && call
                .is_some_and(|c| python::callee_name(&c).as_deref() == Some("CloudwatchLogGroup"))
    })
}

/// `json.dumps({...})` -> the dict display.
fn dumped_dict<'r>(expr: &Node<'r>) -> Option<Node<'r>> {
    if expr.kind() != "call" || expr.field("function")?.text() != "json.dumps" {
        return None;
    }
    let first = python::items(&expr.field("arguments")?)
        .into_iter()
        .next()?;
    (first.kind() == "dictionary").then_some(first)
}

fn dict_value<'r>(dict: &Node<'r>, key: &str) -> Option<Node<'r>> {
    dict.children()
        .filter(|c| c.kind() == "pair")
        .find(|p| {
            p.field("key")
                .is_some_and(|k| k.text().trim_matches(['"', '\'']) == key)
        })
        .and_then(|p| p.field("value"))
}

/// The region of the file's single `AwsProvider(region="...")`, when it is a plain literal.
fn provider_region(ctx: &Ctx) -> Option<String> {
    let top = ctx.root.root();
    let mut regions = top.dfs().filter_map(|n| {
        if n.kind() != "call" || python::callee_name(&n).as_deref() != Some("AwsProvider") {
            return None;
        }
        let v = python::keyword_arg(&n.field("arguments")?, "region")?.field("value")?;
        Some(v)
    });
    let v = regions.next()?;
    if regions.next().is_some() || v.kind() != "string" {
        return None;
    }
    let t = v.text();
    let inner = t.trim_matches(['"', '\'']);
    (inner
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && inner.contains('-')
        && !t.starts_with('f'))
    .then(|| inner.to_string())
}
