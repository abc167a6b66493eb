//! `add_override("terraform.backend.s3.use_lockfile", ...)` below Terraform 1.10, where the S3
//! backend has no such argument and `terraform init` fails. (The version gate lives in the spec.)

use crate::engine::edit::{Applicability, Fix};
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let call = m.get_node();
    let Some(key) = m.get_env().get_match("KEY") else {
        return vec![];
    };
    let key_text = key.text();
    let short = key_text.trim_matches(['"', '\'']) == "use_lockfile";
    let object = m
        .get_env()
        .get_match("OBJ")
        .map(|n| n.text().to_string())
        .unwrap_or_default();
    // The short key is only the backend's own override: `backend.add_override("use_lockfile", ...)`.
    let backend_call = find_backend(ctx, if short { Some(object.as_str()) } else { None });
    if short && backend_call.is_none() {
        return vec![];
    }
    let mut hit = Hit::new(call.range());
    let Some(stmt) = python::enclosing_statement(call) else {
        return vec![hit];
    };
    if stmt.kind() != "expression_statement"
        || stmt.child(0).is_none_or(|c| c.range() != call.range())
    {
        return vec![hit.message(format!(
            "{} (the override is used as a value, so it is not removed automatically)",
            ctx.codemod.message
        ))];
    }
    let removal = python::remove_statement(ctx.src, &stmt);
    // Unsafe alternative: lock with DynamoDB instead, on the S3Backend built in this file.
    if let Some(backend) = backend_call
        && let Some(args) = backend.field("arguments")
        && python::keyword_arg(&args, "dynamodb_table").is_none()
    {
        let table = ctx
            .option_str("dynamodb-table")
            .unwrap_or("terraform-state-lock");
        let mut edits = removal.clone();
        edits.extend(python::append_item(
            ctx.src,
            &args,
            &format!("dynamodb_table=\"{table}\""),
        ));
        let conflict = edits.windows(2).any(|w| w[0].conflicts(&w[1]));
        if !conflict {
            hit = hit.fix(Fix::new(
                format!("Remove the override and lock state with DynamoDB table `{table}` (the table must exist)"),
                Applicability::Unsafe,
                edits,
            ));
        }
    }
    vec![hit.fix(Fix::new(
        "Remove the `use_lockfile` override",
        Applicability::Safe,
        removal,
    ))]
}

/// The `S3Backend(...)` call of this file; with `var`, only the one assigned to that name.
fn find_backend<'r>(ctx: &Ctx<'r>, var: Option<&str>) -> Option<crate::lang::Node<'r>> {
    let mut found = None;
    for n in ctx.root.root().dfs() {
        if n.kind() != "call" || python::callee_name(&n).as_deref() != Some("S3Backend") {
            continue;
        }
        if let Some(v) = var {
            let assigned = n
                .parent()
                .filter(|p| p.kind() == "assignment")
                .and_then(|p| p.field("left"))
                .is_some_and(|l| l.text() == v);
            if !assigned {
                continue;
            }
        }
        if found.is_some() {
            return None; // two backends: do not guess
        }
        found = Some(n);
    }
    found
}
