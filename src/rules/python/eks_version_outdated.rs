//! `EksCluster(version="1.2x")` older than the oldest Kubernetes version in EKS standard support.
//! The support calendar and the upgrade plan (one minor version per step, or up to option
//! `target`) are shared with tf-eks-version-outdated (`rules/shared/eks_calendar.rs`); "today" is
//! the run's date unless option `as-of` (YYYY-MM-DD) pins it, which the golden cases do.
//!
//! The terraform-aws-modules EKS module sets the version too (`cluster_version` /
//! `kubernetes_version`): through `cdktf get` bindings or a `TerraformHclModule`. The rule
//! matches those inputs on any call; the fixer keeps them only when the call is that module.

use crate::engine::edit::{Edit, Fix};
use crate::lang::{Node, python};
use crate::rules::shared::eks_calendar;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(lit) = m.get_env().get_match("V") else {
        return vec![];
    };
    let text = lit.text();
    // The rule matches a quoted literal; anything else (a spec pairing this fixer with another
    // rule) is not ours to judge.
    let Some(quote) = text.chars().next().filter(|c| *c == '"' || *c == '\'') else {
        return vec![];
    };
    if !is_cluster_version(ctx, lit) {
        return vec![];
    }
    let inner = text.trim_matches(['"', '\'']);
    let up = match eks_calendar::upgrade(inner, ctx.option_str("as-of"), ctx.option_str("target")) {
        Ok(Some(u)) => u,
        Ok(None) => return vec![],
        Err(e) => return vec![Hit::new(lit.range()).message(e)],
    };
    let to = up.version();
    let hit = Hit::new(lit.range()).message(up.message);
    if !up.applies {
        return vec![hit];
    }
    vec![hit.fix(Fix::new(
        up.title,
        ctx.codemod.safety.ceiling(),
        vec![Edit::replace(
            lit.range().start,
            lit.range().end,
            format!("{quote}{to}{quote}"),
        )],
    ))]
}

/// Whether the literal is an EKS cluster's version: `EksCluster(version=...)` (the rule's own
/// check), or the version input of the EKS module.
fn is_cluster_version(ctx: &Ctx, lit: &Node) -> bool {
    let Some(parent) = lit.parent() else {
        return false;
    };
    match parent.kind().as_ref() {
        "keyword_argument" => {
            let name = parent.field("name").map(|n| n.text().to_string());
            match name.as_deref() {
                Some("version") => true,
                _ => call_of(&parent).is_some_and(|call| is_eks_module_binding(ctx, &call)),
            }
        }
        // `variables={"cluster_version": ...}` of a TerraformHclModule: its `source=` decides.
        "pair" => parent
            .parent()
            .and_then(|dict| dict.parent())
            .and_then(|kw| call_of(&kw))
            .and_then(|call| keyword_string(&call, "source"))
            .is_some_and(|s| eks_calendar::is_eks_module_source(&s)),
        _ => false,
    }
}

/// The call a keyword argument belongs to.
fn call_of<'r>(keyword: &Node<'r>) -> Option<Node<'r>> {
    keyword.parent()?.parent()
}

/// A plain string keyword argument of a call.
fn keyword_string(call: &Node, name: &str) -> Option<String> {
    let args = call.field("arguments")?;
    let kw = args.children().find(|a| {
        a.kind() == "keyword_argument" && a.field("name").is_some_and(|n| n.text() == name)
    })?;
    let value = kw.field("value")?;
    let s = python::py_string(&value).filter(|s| s.interpolations.is_empty())?;
    Some(
        value.text()[s.body.start - value.range().start..s.body.end - value.range().start]
            .to_string(),
    )
}

/// Whether a call constructs the EKS module from `cdktf get` bindings: a class from
/// `imports.terraform_aws_modules.eks.aws`, `Eks` from `imports.terraform_aws_modules.aws`
/// (the paths cdktf generates for a registry source), or a class from `imports.<name>` where
/// cdktf.json's `terraformModules` gives `<name>` the EKS module's source.
fn is_eks_module_binding(ctx: &Ctx, call: &Node) -> bool {
    let Some(f) = call.field("function") else {
        return false;
    };
    let (head, class) = match f.kind().as_ref() {
        "identifier" => (f.text().to_string(), None),
        "attribute" => {
            let (Some(obj), Some(attr)) = (f.field("object"), f.field("attribute")) else {
                return false;
            };
            (obj.text().to_string(), Some(attr.text().to_string()))
        }
        _ => return false,
    };
    let Some(b) = ctx.index().bindings.iter().find(|b| b.local == head) else {
        return false;
    };
    // `from m import C; C(...)` or `import m as x; x.C(...)`.
    let (module, class) = match (b.is_from, class) {
        (true, None) => (b.module.clone(), b.imported.clone()),
        (false, Some(c)) => (b.imported.clone(), c),
        (true, Some(c)) => (format!("{}.{}", b.module, b.imported), c),
        (false, None) => return false,
    };
    if module == "imports.terraform_aws_modules.eks.aws"
        || (module == "imports.terraform_aws_modules.aws" && class == "Eks")
    {
        return true;
    }
    let Some(name) = module.strip_prefix("imports.") else {
        return false;
    };
    eks_module_names(ctx).iter().any(|n| n == name)
}

/// The `terraformModules` names cdktf.json (the file's directory's, or the nearest above it)
/// gives the EKS module, as Python module names (`-` becomes `_`).
fn eks_module_names<'c>(ctx: &Ctx<'c>) -> &'c Vec<String> {
    ctx.memo.get_or("eks-module-names", || {
        let own = ctx.path.parent().map(|d| d.join("cdktf.json"));
        let text = own.and_then(|p| ctx.view.project_file(&p)).or_else(|| {
            ctx.view
                .ancestors()
                .iter()
                .find_map(|(d, _)| ctx.view.project_file(&d.join("cdktf.json")))
        });
        let Some(doc) = text.and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        else {
            return Vec::new();
        };
        doc["terraformModules"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| {
                let name = m["name"].as_str()?;
                let source = m["source"].as_str().unwrap_or(name);
                eks_calendar::is_eks_module_source(source).then(|| name.replace('-', "_"))
            })
            .collect()
    })
}
