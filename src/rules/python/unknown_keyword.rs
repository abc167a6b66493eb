use crate::engine::edit::{Edit, Fix};
use crate::rules::shared::provider_api::{CalledClass, called_class};
use crate::rules::{Ctx, Hit, Match};

/// A keyword argument the provider class does not take: TypeError at synth.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let call = m.get_node();
    let Some(CalledClass {
        index,
        module,
        class_name,
        class,
    }) = called_class(ctx, call)
    else {
        return vec![];
    };
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    // A struct called with positional arguments is being used as a resource: every keyword
    // would be "unknown"; standalone-security-group-rule and its kin report that once instead.
    let positional = args
        .children()
        .any(|c| c.is_named() && !matches!(c.kind().as_ref(), "keyword_argument" | "comment"));
    if class.is_struct() && positional {
        return vec![];
    }
    let renames = ctx
        .codemod
        .data
        .get("renames")
        .and_then(|r| r.as_array())
        .cloned()
        .unwrap_or_default();
    let mut hits = Vec::new();
    for kw in args.children().filter(|c| c.kind() == "keyword_argument") {
        let Some(name_node) = kw.field("name") else {
            continue;
        };
        let name = name_node.text().to_string();
        let known = class.args.contains(&name)
            || (class.is_construct()
                && (name == "scope"
                    || index.meta_args.contains(&name)
                    || class.cid.as_deref() == Some(name.as_str())));
        if known {
            continue;
        }
        let mut scored: Vec<(f64, &String)> = class
            .args
            .iter()
            .map(|a| (strsim::jaro_winkler(&name, a), a))
            .filter(|(s, _)| *s > 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let suggestions: Vec<String> = scored
            .iter()
            .take(3)
            .map(|(_, a)| format!("`{a}`"))
            .collect();
        let hint = if suggestions.is_empty() {
            String::new()
        } else {
            format!("; did you mean {}?", suggestions.join(", "))
        };
        let mut hit = Hit::new(name_node.range()).message(format!(
            "`{class_name}` ({module}) takes no keyword `{name}` (TypeError at synth){hint}"
        ));
        // Only renames the spec lists as 1:1 and safe, and only where the target exists.
        let rename = renames.iter().find_map(|r| {
            let from = r.get("from")?.as_str()?;
            let to = r.get("to")?.as_str()?;
            (from == name && class.args.iter().any(|a| a == to)).then_some(to)
        });
        // The call already gives the target (`self=` next to `self_attribute=`): the rename
        // would repeat a keyword, which CPython refuses to compile.
        let given = |to: &str| {
            args.children().any(|c| {
                c.kind() == "keyword_argument" && c.field("name").is_some_and(|n| n.text() == to)
            })
        };
        if let Some(to) = rename.filter(|to| given(to)) {
            hit = Hit::new(name_node.range()).message(format!(
                "`{class_name}` ({module}) takes no keyword `{name}` (TypeError at synth); its name is `{to}`, which this call already gives: remove one of them"
            ));
        } else if let Some(to) = rename {
            let r = name_node.range();
            hit = hit.fix(Fix::new(
                format!("Rename `{name}` to `{to}`"),
                ctx.codemod.safety.ceiling(),
                vec![Edit::replace(r.start, r.end, to)],
            ));
        }
        hits.push(hit);
    }
    hits
}
