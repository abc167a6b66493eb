//! `resource.add_dependency(x)` raises AttributeError (only TerraformStack has it) and
//! `resource.node.add_dependency(x)` runs but never reaches the synthesized JSON (cdktf 0.21).
//! The dependency that works is the `depends_on=[x]` constructor argument.

use crate::engine::edit::Fix;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let call = m.get_node();
    let env = m.get_env();
    let Some(target) = env.get_match("X") else {
        return vec![];
    };
    // `$X.add_dependency` also matches `x.node.add_dependency` with X = `x.node`.
    let via_node = target.text().ends_with(".node");
    let target_text = target.text().trim_end_matches(".node").to_string();
    let Some(stmt) = python::enclosing_statement(call) else {
        return vec![];
    };
    // Only resources built from provider classes: a stack's add_dependency is real.
    let Some(ctor) = ctx
        .index()
        .constructor_of(ctx.root, call, &target_text, stmt.range().start)
    else {
        return vec![];
    };
    let Some(class) = python::callee_name(&ctor) else {
        return vec![];
    };
    if !is_provider_class(ctx, &ctor, &class) {
        return vec![];
    }
    let deps: Vec<crate::lang::Node> = env
        .get_multiple_matches("DEPS")
        .into_iter()
        .filter(|n| n.is_named() && n.kind() != "comment")
        .collect();
    let message = if via_node {
        format!(
            "`{target_text}.node.add_dependency(...)` is a silent no-op for the {class} resource in cdktf 0.21: no `depends_on` reaches Terraform; pass `depends_on=[...]` to its constructor"
        )
    } else {
        format!(
            "`{class}` resources have no `add_dependency` (AttributeError at synth); pass `depends_on=[...]` to its constructor"
        )
    };
    let hit = Hit::new(call.range()).message(message);
    let fixable = stmt.kind() == "expression_statement"
        && stmt.child(0).is_some_and(|c| c.range() == call.range())
        && !deps.is_empty()
        && deps.iter().all(|d| {
            !matches!(
                d.kind().as_ref(),
                "keyword_argument" | "list_splat" | "dictionary_splat"
            )
        });
    if !fixable {
        return vec![hit];
    }
    // The constructor runs earlier than the add_dependency call did: everything the new argument
    // reads must exist by then.
    let ctor_stmt = python::enclosing_statement(&ctor).unwrap_or(ctor.clone());
    let Some(scope) = python::scope_of(&ctor) else {
        return vec![hit];
    };
    if !deps
        .iter()
        .all(|d| ctx.index().bound_before(&scope, d, ctor_stmt.range().start))
    {
        return vec![hit.message(format!(
            "{} (not fixed: a dependency is created after `{target_text}`; move it or set depends_on by hand)",
            if via_node { "`node.add_dependency` is a silent no-op on resources" } else { "resources have no `add_dependency`" }
        ))];
    }
    let Some(args) = ctor.field("arguments") else {
        return vec![hit];
    };
    let dep_texts: Vec<String> = deps.iter().map(|d| d.text().to_string()).collect();
    let mut edits = python::remove_statement(ctx.src, &stmt);
    match python::keyword_arg(&args, "depends_on") {
        Some(existing) => {
            let Some(list) = existing.field("value").filter(|v| v.kind() == "list") else {
                return vec![hit];
            };
            let already: Vec<String> = python::items(&list)
                .iter()
                .map(|n| n.text().to_string())
                .collect();
            let new: Vec<&str> = dep_texts
                .iter()
                .filter(|d| !already.contains(d))
                .map(String::as_str)
                .collect();
            if !new.is_empty() {
                edits.extend(python::append_item(ctx.src, &list, &new.join(", ")));
            }
        }
        None => edits.extend(python::append_item(
            ctx.src,
            &args,
            &format!("depends_on=[{}]", dep_texts.join(", ")),
        )),
    }
    if edits.windows(2).any(|w| w[0].conflicts(&w[1])) {
        return vec![hit];
    }
    vec![hit.fix(Fix::new(
        format!(
            "Move the dependency into `depends_on=[{}]` of `{target_text}`",
            dep_texts.join(", ")
        ),
        ctx.codemod.safety.ceiling(),
        edits,
    ))]
}

/// A class imported from a prebuilt provider package (or from `cdktf get` bindings under
/// `imports.`): those are TerraformResource subclasses, never stacks.
fn is_provider_class(ctx: &Ctx, ctor: &crate::lang::Node, class: &str) -> bool {
    let prefixes = ["cdktf_cdktf_provider_", "cdktn_provider_", "imports."];
    let function = ctor
        .field("function")
        .map(|f| f.text().to_string())
        .unwrap_or_default();
    let local = function.split('.').next().unwrap_or("");
    ctx.index().bindings.iter().any(|b| {
        let full = format!("{}.{}", b.module, b.imported);
        let from_provider = prefixes
            .iter()
            .any(|p| full.starts_with(p) || b.module.starts_with(p));
        from_provider && (b.local == class || b.local == local)
    })
}
