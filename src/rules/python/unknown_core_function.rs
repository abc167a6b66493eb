//! `Fn.sub(...)`, `Fn.terraform_workspace`: names the core's `Fn` does not have (models borrow
//! them from CloudFormation and HCL) raise AttributeError at synth. The functions come from the
//! embedded index (the core's `Fn` with its generated base); a name that is a real function's
//! Python spelling written another way (`base64_encode` -> `base64encode`, `length` ->
//! `length_of`, `try` -> `try_`) is fixed, everything else reported with the closest names.

use crate::engine::edit::{Edit, Fix};
use crate::rules::shared::provider_api::{CORES, ranked};
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    let Some(index) = ctx.provider_index() else {
        return vec![];
    };
    let (Some(obj), Some(attr)) = (node.field("object"), node.field("attribute")) else {
        return vec![];
    };
    // `Fn` imported from the core (`from cdktf import Fn`), or `cdktf.Fn`.
    let from_core = match obj.kind().as_ref() {
        "identifier" => ctx.index().bindings.iter().any(|b| {
            b.local == obj.text() && b.imported == "Fn" && CORES.contains(&b.module.as_str())
        }),
        "attribute" => {
            obj.field("attribute").is_some_and(|a| a.text() == "Fn")
                && obj.field("object").is_some_and(|o| {
                    ctx.index().bindings.iter().any(|b| {
                        b.local == o.text() && !b.is_from && CORES.contains(&b.imported.as_str())
                    })
                })
        }
        _ => false,
    };
    if !from_core {
        return vec![];
    }
    let Some(fns) = index.class(&index.core, "Fn") else {
        return vec![];
    };
    let name = attr.text().to_string();
    if fns.at.contains_key(&name) || name.starts_with('_') {
        return vec![];
    }
    let squashed = name.replace('_', "").to_ascii_lowercase();
    let mut same: Vec<&str> = fns
        .at
        .keys()
        .map(String::as_str)
        .filter(|f| {
            f.replace('_', "").to_ascii_lowercase() == squashed
                || *f == format!("{name}_")
                || *f == format!("{name}_of")
        })
        .collect();
    same.sort_unstable();
    let r = attr.range();
    // CloudFormation's `Fn::Select(index, list)` is Terraform's element(list, index).
    if name == "select"
        && let Some(call) = node.parent().filter(|p| p.kind() == "call")
        && let Some(args) = call.field("arguments")
    {
        let items = crate::lang::python::items(&args);
        if let [i, list] = items.as_slice()
            && items
                .iter()
                .all(|a| a.kind() != "keyword_argument" && a.kind() != "list_splat")
        {
            let a = args.range();
            return vec![Hit::new(r.clone())
                .message(
                    "`Fn.select` does not exist (AttributeError at synth): CloudFormation's Select(index, list) is Terraform's `Fn.element(list, index)`",
                )
                .fix(Fix::new(
                    "Write `Fn.element(list, index)`".to_string(),
                    ctx.codemod.safety.ceiling(),
                    vec![
                        Edit::replace(r.start, r.end, "element"),
                        Edit::replace(a.start, a.end, format!("({}, {})", list.text(), i.text())),
                    ],
                ))];
        }
    }
    if let [only] = same.as_slice() {
        return vec![Hit::new(r.clone())
            .message(format!(
                "`Fn.{name}` does not exist (AttributeError at synth): the function is `Fn.{only}`"
            ))
            .fix(Fix::new(
                format!("Write `Fn.{only}`"),
                ctx.codemod.safety.ceiling(),
                vec![Edit::replace(r.start, r.end, *only)],
            ))];
    }
    let closest = ranked(&name, fns.at.keys().map(String::as_str));
    let hint = if closest.is_empty() {
        String::new()
    } else {
        format!(
            "; the closest functions are {}",
            closest
                .iter()
                .map(|f| format!("`Fn.{f}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let why = match name.as_str() {
        "sub" | "get_att" | "ref" | "select" | "get_azs" | "import_value" => {
            " (a CloudFormation intrinsic; Terraform interpolates with f-strings and tokens)"
        }
        _ => "",
    };
    vec![Hit::new(r).message(format!(
        "`Fn.{name}` does not exist in {} {} (AttributeError at synth){why}{hint}",
        index.core, index.core_version
    ))]
}
