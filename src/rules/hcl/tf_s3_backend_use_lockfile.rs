use super::*;

use crate::project::versions::{Version, admits_at_least, lower_bound, tilde_upper};

/// TF006: `use_lockfile` in the S3 backend below Terraform 1.10 (the gate is in the spec).
///
/// When the only version source is the lower bound of the module's own `required_version`, the
/// Terraform in use may well be 1.10 or later, where the argument works and is the state lock:
/// removing it would drop locking from deployed code. Then the finding offers raising the bound
/// (unsafe: it stops older Terraform from running the module) instead.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    if in_s3_backend(attr).is_none() {
        return vec![];
    }
    let floor = Version(vec![1, 10, 0]);
    if ctx
        .versions
        .terraform
        .as_ref()
        .is_some_and(|k| k.constraint.is_some())
    {
        // The versions were read before this run's fixes; the module as it is in this pass
        // (a raised bound) decides.
        let current = current_required_version(ctx);
        let Some((constraint, _)) = current.as_ref() else {
            return vec![];
        };
        if lower_bound(constraint).is_some_and(|v| v >= floor) {
            return vec![];
        }
        if admits_at_least(constraint, &floor) {
            return vec![raise_bound(ctx, attr, current)];
        }
    }
    vec![Hit::new(attr.range()).fix(Fix::new(
        "Remove `use_lockfile` from the S3 backend",
        ceiling(ctx),
        hcl::remove_attribute(ctx.src, attr),
    ))]
}

fn raise_bound(ctx: &Ctx, attr: &Node, current: Option<(String, Target)>) -> Hit {
    let Some((constraint, target)) = current else {
        return Hit::new(attr.range());
    };
    let raised = raised(&constraint);
    let hit = Hit::new(attr.range()).message(format!(
        "`use_lockfile` needs Terraform 1.10, and the module's required_version `{constraint}` also allows older versions, where `terraform init` rejects it; raise the bound (removing the argument would drop state locking where it works)"
    ));
    let title = format!("Raise required_version to `{raised}`");
    let applicability = Applicability::Unsafe.min(ceiling(ctx));
    let edit =
        |r: std::ops::Range<usize>| vec![Edit::replace(r.start, r.end, format!("\"{raised}\""))];
    match target {
        Target::Here(r) => hit.fix(Fix::new(title, applicability, edit(r))),
        Target::Other(path, r, true) => {
            hit.fix(Fix::new(title, applicability, vec![]).also(path, edit(r)))
        }
        // The file that holds it is not checked by this run: it cannot be edited.
        Target::Other(_, _, false) => hit,
    }
}

/// Where the module's `required_version` string is: this file, or another file of the module
/// (path, whether this run checks it).
enum Target {
    Here(std::ops::Range<usize>),
    Other(std::path::PathBuf, std::ops::Range<usize>, bool),
}

/// The module's `required_version` constraint as it is in this pass, and where it is.
fn current_required_version(ctx: &Ctx) -> Option<(String, Target)> {
    if let Some((c, r)) = required_version(ctx.root) {
        return Some((c, Target::Here(r)));
    }
    ctx.view.module_files().iter().find_map(|f| {
        let (c, r) = required_version(f.root()?)?;
        Some((c, Target::Other(f.path.to_path_buf(), r, f.checked)))
    })
}

/// The `required_version` string of a `terraform {}` block: its value and byte range.
fn required_version(root: &crate::lang::Root) -> Option<(String, std::ops::Range<usize>)> {
    hcl::top_blocks(root)
        .iter()
        .filter(|b| hcl::block_type(b).as_deref() == Some("terraform"))
        .find_map(|b| {
            let value = hcl::attribute(b, "required_version").and_then(|a| hcl::attr_value(&a))?;
            Some((hcl::string_value(&value)?, value.range()))
        })
}

/// `constraint` with its lower bounds replaced by `>= 1.10`; upper bounds stay (a `~>` becomes
/// the upper bound it implied).
fn raised(constraint: &str) -> String {
    let mut parts = vec![">= 1.10".to_string()];
    for part in constraint.split(',').map(str::trim) {
        if let Some(rest) = part.strip_prefix("~>") {
            let Some(v) = Version::parse(rest.trim()) else {
                continue;
            };
            parts.push(format!("< {}", tilde_upper(&v)));
        } else if part.starts_with('<') || part.starts_with("!=") {
            parts.push(part.to_string());
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raising_keeps_upper_bounds() {
        assert_eq!(raised(">= 1.4.0"), ">= 1.10");
        assert_eq!(raised(">= 1.6.0, < 2.0.0"), ">= 1.10, < 2.0.0");
        assert_eq!(raised("~> 1.5"), ">= 1.10, < 2");
        assert_eq!(raised("> 1.3, != 1.11.0"), ">= 1.10, != 1.11.0");
    }

    #[test]
    fn constraints_that_admit_1_10() {
        let floor = Version(vec![1, 10, 0]);
        for yes in [
            ">= 1.4.0",
            "~> 1.5",
            ">= 1.6, < 2.0",
            "> 1.3",
            "!= 1.10.0",
            "1.11.2",
        ] {
            assert!(admits_at_least(yes, &floor), "{yes}");
        }
        for no in ["~> 1.5.0", "< 1.10", ">= 1.4, <= 1.9.8", "1.9.8", "= 1.6.0"] {
            assert!(!admits_at_least(no, &floor), "{no}");
        }
    }
}
