use super::*;

/// The new module name for `old` (`cdktf` -> `cdktn`, `cdktf_cdktf_provider_aws` ->
/// `cdktn_provider_aws`), from the spec's `modules` and `provider-modules` tables.
fn new_module(data: &Value, old: &str) -> Option<String> {
    if let Some((_, new)) = data_map(data, "modules").find(|(k, _)| *k == old) {
        return Some(new.to_string());
    }
    let p = data.get("provider-modules")?;
    let from = p.get("from")?.as_str()?;
    let to = p.get("to")?.as_str()?;
    let rest = old.strip_prefix(from)?;
    data_strings(p, "providers")
        .any(|name| name.replace('-', "_") == rest)
        .then(|| format!("{to}{rest}"))
}

fn same(a: &crate::lang::Node, b: &crate::lang::Node) -> bool {
    a.range() == b.range() && a.kind() == b.kind()
}

/// Whether an identifier node is a read of a name (not `x.name`, `f(name=...)`, a definition's
/// name or a parameter).
fn is_use(n: &crate::lang::Node) -> bool {
    let Some(parent) = n.parent() else {
        return false;
    };
    let field_is = |f: &str| parent.field(f).is_some_and(|c| same(&c, n));
    match parent.kind().as_ref() {
        "attribute" => !field_is("attribute"),
        "keyword_argument" => !field_is("name"),
        "function_definition" | "class_definition" => !field_is("name"),
        "parameters"
        | "lambda_parameters"
        | "default_parameter"
        | "typed_parameter"
        | "typed_default_parameter" => false,
        "dotted_name" | "aliased_import" | "import_statement" | "import_from_statement" => false,
        _ => true,
    }
}

/// `cdktf` in `import cdktf` or `import cdktf.sub` (no alias): a statement that binds the name.
fn is_plain_import_head(n: &crate::lang::Node) -> bool {
    let Some(dotted) = n.parent() else {
        return false;
    };
    dotted.kind() == "dotted_name"
        && dotted.child(0).is_some_and(|c| same(&c, n))
        && dotted
            .parent()
            .is_some_and(|p| p.kind() == "import_statement")
}

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    // The rule matches the module path (`dotted_name`); its first part is what is renamed.
    let dotted = m.get_node();
    let Some(node) = dotted.child(0) else {
        return Vec::new();
    };
    let node = &node;
    let old = node.text().to_string();
    let Some(new) = new_module(&ctx.codemod.data, &old) else {
        return Vec::new();
    };
    let dotted = dotted.clone();
    let Some(mut holder) = dotted.parent() else {
        return Vec::new();
    };
    let mut aliased = false;
    if holder.kind() == "aliased_import" {
        aliased = true;
        match holder.parent() {
            Some(p) if p.kind() == "import_statement" => holder = p,
            _ => return Vec::new(),
        }
    }
    match holder.kind().as_ref() {
        "import_statement" => {}
        "import_from_statement" => {
            if !holder
                .field("module_name")
                .is_some_and(|c| same(&c, &dotted))
            {
                return Vec::new();
            }
            aliased = true;
        }
        _ => return Vec::new(),
    }
    let r = node.range();
    let mut edits = vec![Edit::replace(r.start, r.end, new.clone())];
    // `import cdktf` binds the name `cdktf`: its uses (`cdktf.App()`) move with it, and so do the
    // file's other plain `import cdktf` statements, or the engine would see them orphaned.
    let mut uses = 0;
    if !aliased {
        for n in ctx.root.root().dfs() {
            if n.kind() != "identifier" || n.text() != old.as_str() || n.range() == r {
                continue;
            }
            let use_ = is_use(&n);
            if use_ || is_plain_import_head(&n) {
                let u = n.range();
                edits.push(Edit::replace(u.start, u.end, new.clone()));
                uses += usize::from(use_);
            }
        }
    }
    let what = if uses > 0 {
        format!(" and its {uses} use(s)")
    } else {
        String::new()
    };
    vec![
        Hit::new(r.clone())
            .message(format!(
                "`{old}` is CDKTF, archived; CDK Terrain's module is `{new}`"
            ))
            .fix(Fix::new(
                format!("Import `{new}`{what}"),
                ctx.codemod.safety.ceiling(),
                edits,
            )),
    ]
}
