use crate::engine::edit::{Applicability, Edit, Fix};
use crate::rules::shared::provider_api::{CalledClass, called_class};
use crate::rules::shared::{api_diff, argument_renames, block_shape};
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
        // Core constructs (TerraformOutput, TerraformVariable) take `scope` and their id by
        // keyword too: the index gives them a `cid` although they are not resources.
        let known = class.args.contains(&name)
            || ((class.is_construct() || class.cid.is_some())
                && (name == "scope" || class.cid.as_deref() == Some(name.as_str())))
            || (class.is_construct() && index.meta_args.contains(&name));
        if known {
            continue;
        }
        let value = kw.field("value");
        let given_kind = value
            .as_ref()
            .and_then(|v| block_shape::literal_kind(ctx.src, v));
        // `subnet_group_name` on a subnet group (the resource's own words, then `name`),
        // `key_rotation_enabled` for `enable_key_rotation` (the same words in another order),
        // `subnet_group_name` for `db_subnet_group_name` (one word less in front): one answer
        // of these is a likely rename.
        let own = own_words_rest(class.tf.as_deref(), &name)
            .filter(|r| class.args.contains(r))
            .or_else(|| same_words(&name, &class.args));
        // Name similarity, then the type: a keyword whose schema type fits the literal given
        // ranks above one that does not, and `<the resource's own words>_<arg>` points at arg.
        let mut scored: Vec<(f64, &String)> = class
            .args
            .iter()
            .map(|a| {
                let mut score = strsim::jaro_winkler(&name, a);
                if own.as_ref() == Some(a) {
                    score += 0.3;
                }
                match (given_kind, class.ty.get(a)) {
                    (Some(g), Some(t)) if g == t => score += 0.1,
                    (Some(_), Some(_)) => score -= 0.15,
                    _ => {}
                }
                (score, a)
            })
            .filter(|(s, _)| *s > 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
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
        // Only renames the spec lists as 1:1 and safe, or the provider's own documented renames
        // (codemods/shared/provider-argument-renames.yml, matched by the class's Terraform
        // type), and only where the target exists.
        let own_kind = if class.k == "data" {
            "data"
        } else {
            "resource"
        };
        let documented = class.tf.as_deref().and_then(|tf| {
            argument_renames::rows().iter().find(|r| {
                r.type_ == tf && r.kind == own_kind && r.within.is_empty() && r.from == name
            })
        });
        let rename = renames
            .iter()
            .find_map(|r| {
                let from = r.get("from")?.as_str()?;
                let to = r.get("to")?.as_str()?;
                (from == name).then_some(to)
            })
            .or(documented.map(|r| r.to.as_str()))
            .filter(|to| class.args.iter().any(|a| a == to));
        if let Some(r) = documented.filter(|r| rename == Some(r.to.as_str())) {
            hit = hit.message(format!(
                "`{class_name}` ({module}) takes no keyword `{name}` (TypeError at synth): the provider renamed it to `{}` ({})",
                r.to, r.source
            ));
        }
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
        } else if let Some((to_kw, replacement)) = api_diff::value_rename(
            &class_name,
            &name,
            value.as_ref().map(|v| v.text().to_string()),
        )
        .filter(|(to, _)| class.args.contains(to) && !given(to))
        {
            // A removed keyword whose replacement depends on its value (`vpc=True`).
            let r = kw.range();
            hit = Hit::new(name_node.range())
                .message(format!(
                    "`{class_name}` ({module}) takes no keyword `{name}` (TypeError at synth): the provider replaced it with `{to_kw}`, and `{}` is written `{replacement}` (codemods/shared/provider-keyword-values.yml)",
                    kw.text()
                ))
                .fix(Fix::new(
                    format!("Write `{replacement}`"),
                    ctx.codemod.safety.ceiling(),
                    vec![Edit::replace(r.start, r.end, replacement.as_str())],
                ));
        } else if let Some(to) = own.as_deref().filter(|to| {
            !given(to)
                && match (given_kind, class.ty.get(to)) {
                    (Some(g), Some(t)) => g == t,
                    _ => true,
                }
        }) {
            // `subnet_group_name` on ElasticacheSubnetGroup: the resource's own words before
            // one of its keywords. Likely, not documented: an unsafe fix.
            let r = name_node.range();
            hit = hit.fix(Fix::new(
                format!("Rename `{name}` to `{to}`"),
                ctx.codemod.safety.ceiling().min(Applicability::Unsafe),
                vec![Edit::replace(r.start, r.end, to)],
            ));
        }
        hits.push(hit);
    }
    hits
}

/// `subnet_group_name` on `aws_elasticache_subnet_group` -> `name`: the keyword without the
/// trailing words of the resource's own Terraform type that it starts with.
fn own_words_rest(tf: Option<&str>, keyword: &str) -> Option<String> {
    let tf = tf?.strip_prefix("aws_")?;
    let type_words: Vec<&str> = tf.split('_').collect();
    let kw_words: Vec<&str> = keyword.split('_').collect();
    (1..kw_words.len()).rev().find_map(|n| {
        let head = &kw_words[..n];
        type_words.ends_with(head).then(|| kw_words[n..].join("_"))
    })
}

/// The one keyword with `keyword`'s words in another order (`enable_key_rotation` for
/// `key_rotation_enabled`), or with one more word in front (`db_subnet_group_name` for
/// `subnet_group_name`).
fn same_words(keyword: &str, args: &[String]) -> Option<String> {
    fn stem(w: &str) -> &str {
        let w = w
            .strip_suffix('d')
            .filter(|r| r.ends_with('e'))
            .unwrap_or(w);
        match w.strip_suffix('s') {
            Some(r) if r.len() > 2 && !r.ends_with('s') => r,
            _ => w,
        }
    }
    fn words(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = s.split('_').map(stem).collect();
        v.sort_unstable();
        v
    }
    let mine = words(keyword);
    let kw: Vec<&str> = keyword.split('_').collect();
    let found: Vec<&String> = args
        .iter()
        .filter(|a| {
            let theirs: Vec<&str> = a.split('_').collect();
            words(a) == mine || (theirs.len() == kw.len() + 1 && theirs[1..] == kw[..])
        })
        .collect();
    match found.as_slice() {
        [one] => Some((*one).clone()),
        _ => None,
    }
}
