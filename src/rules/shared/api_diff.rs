//! The API difference between two embedded provider indexes, applied to one file: what code
//! written for the project's provider release (the source index) uses that the target release
//! (the migration's or the upgrade's) no longer has. Nothing here is a hand list: a class or
//! keyword counts as removed when the source index has it and the target does not, and a rename
//! is fixed only when the target gained exactly one keyword that the removed one names at a word
//! boundary (`compute_environment_name` -> `name` on `BatchComputeEnvironment`, 19.x -> 21.x)
//! with the same shape (plain value, one block, list of blocks). Everything else is a finding
//! that names the candidates, because a guess here changes what is deployed.

use crate::engine::edit::{Edit, Fix};
use crate::lang::Node;
use crate::rules::provider_index::{About, Index};
use crate::rules::shared::provider_api::{self, split_package};
use crate::rules::{Ctx, Hit, Match};

/// The two releases a diff runs between.
struct Releases {
    from: &'static Index,
    from_about: About,
    to: &'static Index,
    to_about: About,
}

impl Releases {
    /// Whether the diff can have anything to say: another release, and not an older one.
    fn differs(&self) -> bool {
        let from = crate::project::versions::Version::parse(self.from_about.version);
        let to = crate::project::versions::Version::parse(self.to_about.version);
        self.from_about != self.to_about && from < to
    }

    fn target(&self) -> String {
        format!(
            "{} {} (hashicorp/aws {})",
            self.to_about.package, self.to_about.version, self.to_about.aws
        )
    }
}

/// The diff's findings for one match, from the file's own release (its provider index) to the
/// release `target` chooses for it; nothing when either has no embedded index.
pub fn towards(ctx: &Ctx, m: &Match, target: impl FnOnce(&About) -> Option<About>) -> Vec<Hit> {
    let Some(from) = ctx.provider_index() else {
        return vec![];
    };
    let Some(from_about) = About::of(from).copied() else {
        return vec![];
    };
    let Some(to_about) = target(&from_about) else {
        return vec![];
    };
    let Some(to) = to_about.index() else {
        return vec![];
    };
    let r = Releases {
        from,
        from_about,
        to,
        to_about,
    };
    hits(ctx, m, &r)
}

/// Findings of the diff for one match: an import of a class or module the target lacks, or a
/// call that passes a keyword the target's class no longer takes.
fn hits(ctx: &Ctx, m: &Match, r: &Releases) -> Vec<Hit> {
    if !r.differs() {
        return vec![];
    }
    let node = m.get_node();
    match node.kind().as_ref() {
        "import_from_statement" => import_hits(node, r),
        "call" => call_hits(ctx, node, r),
        _ => vec![],
    }
}

fn import_hits(stmt: &Node, r: &Releases) -> Vec<Hit> {
    let Some(module) = stmt.field("module_name") else {
        return vec![];
    };
    let path = module.text().to_string();
    let Some((_, sub)) = split_package(&path) else {
        return vec![];
    };
    let sub = sub.to_string();
    let mut out = Vec::new();
    if !sub.is_empty() && r.from.modules.contains_key(&sub) && !r.to.modules.contains_key(&sub) {
        out.push(Hit::new(module.range()).message(format!(
            "module `{sub}` is gone in {}: the resource it binds was removed from the provider{}",
            r.target(),
            moved_hint(r, &sub)
        )));
        return out;
    }
    for name in stmt.field_children("name") {
        let imported = match name.kind().as_ref() {
            "aliased_import" => name.field("name").map(|n| n.text().to_string()),
            _ => Some(name.text().to_string()),
        };
        let Some(imported) = imported else { continue };
        if sub.is_empty() {
            // `from cdktf_cdktf_provider_aws import opsworks_stack`
            if r.from.modules.contains_key(&imported) && !r.to.modules.contains_key(&imported) {
                out.push(Hit::new(name.range()).message(format!(
                    "module `{imported}` is gone in {}: the resource it binds was removed from the provider",
                    r.target()
                )));
            }
            continue;
        }
        if r.from.class(&sub, &imported).is_none() || r.to.class(&sub, &imported).is_some() {
            continue;
        }
        // Only classes the target added can replace it; the others were there all along.
        let added =
            r.to.modules
                .get(&sub)
                .into_iter()
                .flat_map(|m| m.keys())
                .filter(|c| r.from.class(&sub, c).is_none());
        let near = near_names(&imported, added);
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!(
                "; classes `{sub}` gained with similar names: {}",
                provider_api::candidates(near.into_iter().map(|n| format!("`{n}`")))
            )
        };
        out.push(Hit::new(name.range()).message(format!(
            "`{imported}` ({sub}) is gone in {}: the argument or block it types was removed{hint}",
            r.target()
        )));
    }
    out
}

/// Where a removed module's classes went, if the target has them elsewhere.
fn moved_hint(r: &Releases, sub: &str) -> String {
    let Some(classes) = r.from.modules.get(sub) else {
        return String::new();
    };
    let mut elsewhere: Vec<String> = classes
        .keys()
        .filter_map(|c| match r.to.modules_of(c) {
            [one] => Some(format!("`{one}.{c}`")),
            _ => None,
        })
        .collect();
    elsewhere.sort();
    if elsewhere.is_empty() {
        String::new()
    } else {
        format!(
            "; the target has {}",
            provider_api::candidates(elsewhere.into_iter())
        )
    }
}

fn call_hits(ctx: &Ctx, call: &Node, r: &Releases) -> Vec<Hit> {
    let Some((module, class_name)) = provider_api::resolve_class(ctx, call) else {
        return vec![];
    };
    let (Some(from), Some(to)) = (
        r.from.class(&module, &class_name),
        r.to.class(&module, &class_name),
    ) else {
        return vec![];
    };
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    let given: Vec<String> = args
        .children()
        .filter(|c| c.kind() == "keyword_argument")
        .filter_map(|c| c.field("name").map(|n| n.text().to_string()))
        .collect();
    let added: Vec<&String> = to.args.iter().filter(|a| !from.args.contains(a)).collect();
    let mut out = Vec::new();
    for kw in args.children().filter(|c| c.kind() == "keyword_argument") {
        let Some(name_node) = kw.field("name") else {
            continue;
        };
        let name = name_node.text().to_string();
        if !from.args.contains(&name) || to.args.contains(&name) {
            continue;
        }
        let renamed: Vec<&String> = added
            .iter()
            .filter(|a| names_the_same(&name, a) && shape(from, &name) == shape(to, a))
            .copied()
            .collect();
        let near = near_names(&name, added.iter().copied());
        let what = format!(
            "`{class_name}` ({module}) takes no keyword `{name}` in {}",
            r.target()
        );
        let by_value = value_rename(
            &class_name,
            &name,
            kw.field("value").map(|v| v.text().to_string()),
        )
        .filter(|(to_kw, _)| to.args.contains(to_kw) && !given.contains(to_kw));
        if let Some((to_kw, replacement)) = by_value {
            let range = kw.range();
            let given_text = kw.text();
            out.push(
                Hit::new(name_node.range())
                    .message(format!(
                        "{what}: the provider replaced it with `{to_kw}`, and `{given_text}` is written `{replacement}` (codemods/shared/provider-keyword-values.yml)"
                    ))
                    .fix(Fix::new(
                        format!("Write `{replacement}`"),
                        ctx.codemod.safety.ceiling(),
                        vec![Edit::replace(range.start, range.end, replacement.as_str())],
                    )),
            );
            continue;
        }
        let hit = match renamed.as_slice() {
            [to_name] if !given.contains(*to_name) => {
                let range = name_node.range();
                Hit::new(range.clone())
                    .message(format!(
                        "{what}: the provider renamed it to `{to_name}` (the only keyword the class gained that `{name}` names)"
                    ))
                    .fix(Fix::new(
                        format!("Rename `{name}` to `{to_name}`"),
                        ctx.codemod.safety.ceiling(),
                        vec![Edit::replace(range.start, range.end, to_name.as_str())],
                    ))
            }
            _ if !near.is_empty() => Hit::new(name_node.range()).message(format!(
                "{what}; keywords the class gained with similar names: {}",
                provider_api::candidates(near.into_iter().map(|n| format!("`{n}`")))
            )),
            _ => Hit::new(name_node.range()).message(format!(
                "{what}: it was removed, with no counterpart in the class"
            )),
        };
        out.push(hit);
    }
    out
}

const VALUE_TABLE: &str = include_str!("../../../codemods/shared/provider-keyword-values.yml");

/// The replacement text for a removed keyword given `value`, and the keyword it writes
/// (`Eip(vpc=True)` -> `domain="vpc"`), from the shared table.
pub fn value_rename(class: &str, keyword: &str, value: Option<String>) -> Option<(String, String)> {
    static TABLE: std::sync::OnceLock<Vec<serde_json::Value>> = std::sync::OnceLock::new();
    let rows = TABLE.get_or_init(|| {
        let doc: serde_json::Value = ast_grep_config::from_str(VALUE_TABLE).unwrap_or_default();
        doc["renames"].as_array().cloned().unwrap_or_default()
    });
    let value = value?;
    rows.iter()
        .find_map(|r| {
            (r["class"] == class && r["keyword"] == keyword && r["value"] == value.as_str()).then(
                || {
                    let replacement = r["replacement"].as_str().unwrap_or_default().to_string();
                    let to_kw = replacement
                        .split('=')
                        .next()
                        .unwrap_or_default()
                        .trim()
                        .to_string();
                    (to_kw, replacement)
                },
            )
        })
        .filter(|(k, r)| !k.is_empty() && !r.is_empty())
}

/// `compute_environment_name` names `name` (and `name_prefix`'s old form names it): the new
/// keyword is the old one with leading words dropped, or with trailing words dropped.
fn names_the_same(old: &str, new: &str) -> bool {
    old.len() > new.len()
        && (old.ends_with(&format!("_{new}")) || old.starts_with(&format!("{new}_")))
}

/// One block, a list of blocks, a map of them, or a plain value.
fn shape(class: &crate::rules::provider_index::Class, arg: &str) -> &'static str {
    match class.t.get(arg).map(String::as_str) {
        Some(t) if t.starts_with('[') => "list",
        Some(t) if t.starts_with('{') => "map",
        Some(_) => "block",
        None => "value",
    }
}

fn near_names<'a>(name: &str, pool: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut scored: Vec<(f64, &String)> = pool
        .map(|a| (strsim::jaro_winkler(name, a), a))
        .filter(|(s, a)| *s > 0.85 || names_the_same(name, a))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(6).map(|(_, a)| a.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_are_word_boundary_shortenings() {
        assert!(names_the_same("compute_environment_name", "name"));
        assert!(names_the_same(
            "compute_environment_name_prefix",
            "name_prefix"
        ));
        assert!(!names_the_same("value", "values"));
        assert!(!names_the_same("vpc", "domain"));
        assert!(!names_the_same("rename", "name"));
    }

    #[test]
    fn the_value_table_loads() {
        let r = value_rename("Eip", "vpc", Some("True".into()));
        assert_eq!(r, Some(("domain".into(), "domain=\"vpc\"".into())));
        assert_eq!(value_rename("Eip", "vpc", Some("False".into())), None);
        assert_eq!(value_rename("Eip", "vpc", None), None);
    }
}
