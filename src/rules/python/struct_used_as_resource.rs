use crate::engine::edit::{Edit, Fix};
use crate::lang::python;
use crate::rules::shared::provider_api::{CalledClass, called_class};
use crate::rules::{Ctx, Hit, Match};

/// A nested-block struct called like a resource, `S3BucketVersioning(self, "v", bucket=...)`
/// with the struct imported from `s3_bucket`: rewritten to the resource the call means (the
/// `A`-suffixed one, or the resource of the same name in another module) when exactly one
/// resource fits and it takes every keyword given.
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
    if !class.is_struct() {
        return vec![];
    }
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    let items = python::items(&args);
    let positional = items
        .iter()
        .filter(|c| c.kind() != "keyword_argument")
        .count();
    if positional == 0 {
        return vec![];
    }
    let keywords: Vec<String> = items
        .iter()
        .filter(|c| c.kind() == "keyword_argument")
        .filter_map(|c| Some(c.field("name")?.text().to_string()))
        .collect();
    // Calls with `security_group_id` are standalone-security-group-rule's; without it there is
    // no group to attach the rule to, so this only reports.
    if matches!(
        class_name.as_str(),
        "SecurityGroupIngress" | "SecurityGroupEgress"
    ) {
        if keywords.iter().any(|k| k == "security_group_id") {
            return vec![];
        }
        return vec![Hit::new(call.range()).message(format!(
            "`{class_name}` is the inline rule struct of SecurityGroup, not a resource (TypeError at synth); put it in the group's list, or use SecurityGroupRule with `security_group_id=` (not fixed: no group is named)"
        ))];
    }
    let mut candidates: Vec<(String, String)> = Vec::new();
    for name in [format!("{class_name}A"), class_name.clone()] {
        for m in index.modules_of(&name) {
            if index.class(m, &name).is_some_and(|c| c.k == "resource") {
                candidates.push((m.clone(), name.clone()));
            }
        }
    }
    let base = format!(
        "`{class_name}` from `{module}` is a nested-block struct, not a resource: it takes no scope or construct id (TypeError at synth)"
    );
    let [(res_module, res_name)] = candidates.as_slice() else {
        return vec![
            Hit::new(call.range()).message(format!("{base}; no single resource matches it")),
        ];
    };
    let Some(res) = index.class(res_module, res_name) else {
        return vec![];
    };
    let unknown: Vec<&String> = keywords
        .iter()
        .filter(|k| {
            !res.args.contains(k)
                && !index.meta_args.contains(k)
                && res.cid.as_deref() != Some(k.as_str())
        })
        .collect();
    let missing: Vec<&String> = res.req.iter().filter(|r| !keywords.contains(r)).collect();
    // In the package the file imports from, CDKTF's or CDK Terrain's.
    let res_path = ctx.provider_module(res_module);
    let hit =
        Hit::new(call.range()).message(format!("{base}; the resource is `{res_path}.{res_name}`"));
    if positional != 2 || !unknown.is_empty() || !missing.is_empty() {
        return vec![hit.message(format!(
            "{base}; the resource is `{res_path}.{res_name}` (not rewritten: {})",
            if positional != 2 {
                "the call does not pass exactly a scope and an id".to_string()
            } else if !unknown.is_empty() {
                format!(
                    "it takes no {}",
                    unknown
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            } else {
                format!(
                    "it requires {}",
                    missing
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        ))];
    }
    let Some(function) = call.field("function") else {
        return vec![hit];
    };
    let r = function.range();
    let mut edits = vec![Edit::replace(r.start, r.end, res_name.clone())];
    edits.extend(
        ctx.index()
            .ensure_import(ctx.src, ctx.root, &res_path, res_name),
    );
    vec![hit.fix(Fix::new(
        format!("Use the `{res_name}` resource"),
        ctx.codemod.safety.ceiling(),
        edits,
    ))]
}
