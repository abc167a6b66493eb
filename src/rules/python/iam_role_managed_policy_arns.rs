//! `IamRole(managed_policy_arns=[...])` is deprecated in the AWS provider (5.x/6.x): the argument
//! manages the role's attachments exclusively and fights any `aws_iam_role_policy_attachment`.
//! The replacement is one `IamRolePolicyAttachment` per ARN. The fix needs a name for the role
//! (a variable or `self.x`; a role that is its own statement is bound to a new one) and a
//! literal list; it is unsafe because it changes the Terraform resources (and drops the
//! exclusive management of attachments).

use crate::engine::edit::{Edit, Fix};
use crate::lang::Node;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

const MODULE: &str = "iam_role_policy_attachment";
const CLASS: &str = "IamRolePolicyAttachment";
const LINE_LIMIT: usize = 88;

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let kw = m.get_node();
    let base = "`managed_policy_arns` is deprecated on IamRole (it manages attachments exclusively); attach each policy with IamRolePolicyAttachment";
    let hit = Hit::new(kw.range()).message(base);
    let report =
        |why: &str| vec![Hit::new(kw.range()).message(format!("{base} (not fixed: {why})"))];
    let Some(args) = kw.parent() else {
        return vec![];
    };
    let Some(call) = args.parent().filter(|c| c.kind() == "call") else {
        return vec![];
    };
    let Some(list) = kw.field("value").filter(|v| v.kind() == "list") else {
        return report("the ARNs are not a literal list");
    };
    let arns = python::items(&list);
    if arns.is_empty()
        || arns
            .iter()
            .any(|a| matches!(a.kind().as_ref(), "list_splat" | "parenthesized_list_splat"))
    {
        return report("the list is empty or spliced");
    }
    let Some(scope) = python::items(&args).first().cloned().filter(|s| {
        s.kind() != "keyword_argument" && matches!(s.kind().as_ref(), "identifier" | "attribute")
    }) else {
        return report("the role's construct scope is not a plain name");
    };
    // The attachments refer to the role by name: an assigned role has one; a role that is its
    // own statement is bound to a new name first (`<id>_role = IamRole(...)`).
    let (role, stmt, bind) = match call.parent().map(|p| (p.kind().to_string(), p)) {
        Some((k, assign)) if k == "assignment" => {
            let Some(target) = assign.field("left").filter(|l| {
                l.kind() == "identifier"
                    || (l.kind() == "attribute"
                        && l.field("object").is_some_and(|o| o.kind() == "identifier"))
            }) else {
                return report("the role is not assigned to a name");
            };
            let Some(stmt) = assign
                .parent()
                .filter(|s| s.kind() == "expression_statement")
            else {
                return report("the role is not assigned to a name");
            };
            (target.text().to_string(), stmt, None)
        }
        Some((k, stmt)) if k == "expression_statement" => {
            let Some((name, id)) = new_name(ctx, &args) else {
                return report("the role is not assigned to a name, and no free name was found");
            };
            let bind = Edit::insert(call.range().start, format!("{name} = "));
            (name, stmt, Some((bind, id)))
        }
        _ => return report("the role is inside another expression, with no statement to bind it"),
    };
    // Attachment ids start with the role's variable name, or its construct id when the fix
    // names the role.
    let (bind, role_short) = match bind {
        Some((edit, id)) if !id.is_empty() => (Some(edit), id),
        Some((edit, _)) => (Some(edit), role.clone()),
        None => (None, role.rsplit('.').next().unwrap_or(&role).to_string()),
    };
    let indent = python::indent_at(ctx.src, stmt.range().start).to_string();
    let mut text = String::new();
    let mut ids: Vec<String> = Vec::new();
    for (i, arn) in arns.iter().enumerate() {
        let id = format!(
            "{role_short}-{}",
            short_name(arn).unwrap_or_else(|| format!("policy{i}"))
        );
        if ids.contains(&id) || id_taken(ctx, &scope.text(), &id) {
            return report(&format!("the construct id `{id}` is taken"));
        }
        ids.push(id.clone());
        let arn_text = python::dedent_continuation(
            &arn.text(),
            python::indent_at(ctx.src, arn.range().start).len(),
        );
        let one = format!(
            "{indent}{CLASS}({}, \"{id}\", role={role}.name, policy_arn={arn_text})",
            scope.text()
        );
        if !one.contains('\n') && one.len() <= LINE_LIMIT {
            text.push_str(&one);
            text.push('\n');
        } else {
            let inner = format!("{indent}    ");
            text.push_str(&format!(
                "{indent}{CLASS}(\n{inner}{},\n{inner}\"{id}\",\n{inner}role={role}.name,\n{inner}policy_arn={},\n{indent})\n",
                scope.text(),
                python::reindent(&arn_text, &inner)
            ));
        }
    }
    let end = stmt.range().end;
    let at = python::line_end_incl(ctx.src, end);
    if !ctx.src[end..at].trim().is_empty() && !ctx.src[end..at].trim_start().starts_with('#') {
        return report("the role statement shares its line");
    }
    let insert = if ctx.src[..at].ends_with('\n') {
        Edit::insert(at, text)
    } else {
        Edit::insert(at, format!("\n{}", text.trim_end_matches('\n')))
    };
    let mut edits = python::remove_item(ctx.src, kw);
    edits.extend(bind);
    edits.push(insert);
    if let Some(e) =
        ctx.index()
            .ensure_import(ctx.src, ctx.root, &ctx.provider_module(MODULE), CLASS)
    {
        edits.push(e);
    }
    let n = arns.len();
    vec![hit.fix(Fix::new(
        format!("Replace `managed_policy_arns` with {n} IamRolePolicyAttachment(s)"),
        ctx.codemod.safety.ceiling(),
        edits,
    ))]
}

/// A name for a role that has none, from its construct id (`"config-role"` -> `config_role`,
/// `"app"` -> `app_role`), unused anywhere in the file so that it shadows nothing.
fn new_name(ctx: &Ctx, args: &Node) -> Option<(String, String)> {
    let id = python::items(args)
        .get(1)
        .filter(|a| a.kind() == "string")
        .and_then(|a| {
            let s = python::py_string(a)?;
            let r = a.range();
            Some(a.text()[s.body.start - r.start..s.body.end - r.start].to_string())
        })
        .unwrap_or_default();
    let mut base: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    base = base.trim_matches('_').to_string();
    while base.contains("__") {
        base = base.replace("__", "_");
    }
    if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
        base = "role".to_string();
    } else if !base.ends_with("role") {
        base.push_str("_role");
    }
    let free = |n: &str| {
        ctx.index().identifiers(n).is_empty() && !ctx.index().bindings.iter().any(|b| b.local == n)
    };
    std::iter::once(base.clone())
        .chain((2..10).map(|i| format!("{base}_{i}")))
        .find(|n| free(n))
        .map(|n| (n, id))
}

/// `ConfigRole` for `"arn:aws:iam::aws:policy/service-role/ConfigRole"`; `custom` for
/// `self.custom.arn`.
fn short_name(arn: &Node) -> Option<String> {
    if let Some(s) = python::py_string(arn) {
        let t = &arn.text()[s.body.start - arn.range().start..s.body.end - arn.range().start];
        let last = t.rsplit(['/', ':']).next()?;
        return (!last.is_empty() && !last.contains(['{', '}', '"', '\'', '\\']))
            .then(|| last.to_string());
    }
    let t = arn.text();
    let t = t.strip_suffix(".arn").unwrap_or(&t);
    let last = t.rsplit('.').next()?;
    (!last.is_empty() && last.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then(|| last.to_string())
}

fn id_taken(ctx: &Ctx, scope: &str, id: &str) -> bool {
    ctx.root.root().dfs().any(|c| {
        if c.kind() != "call" {
            return false;
        }
        let Some(a) = c.field("arguments") else {
            return false;
        };
        let a = python::items(&a);
        a.len() >= 2
            && a[0].text() == scope
            && python::py_string(&a[1]).is_some_and(|s| {
                let r = a[1].range();
                &a[1].text()[s.body.start - r.start..s.body.end - r.start] == id
            })
    })
}
