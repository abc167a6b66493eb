//! Blocks the prebuilt provider leaves untyped: cdktf types a keyword `Any` where the provider's
//! schema nests too deep for its code generator (WAFv2 rule `statement`, QuickSight
//! `definition`), so no struct classes exist below it and the value must be a plain dict with
//! the Terraform names as keys (nothing converts the keys of an `Any` value; real synth plus
//! `terraform validate` showed camelCase keys fail). Models invent the struct classes anyway,
//! named the way jsii names the typed ones: the owner class, the keyword, the nested blocks
//! (`Wafv2WebAclRuleStatementManagedRuleGroupStatement`).

use crate::rules::hcl_schema::{self, Block};
use crate::rules::provider_index::{Class, Index};
use crate::rules::shared::class_names::pascal;

/// Whether `keyword` of `class` (of provider module `module`) is a block typed `Any`: a keyword
/// the class takes whose value type the index does not record (neither a typed keyword nor a
/// block struct), and that the Terraform schema of the module's type has as a nested block.
/// Keywords of other `Any` values (the core's, `scope_`, ephemeral meta-arguments) are not
/// blocks.
pub fn is_untyped_block(module: &str, class: &Class, keyword: &str) -> bool {
    (class.is_struct() || class.is_construct())
        && class.args.iter().any(|a| a == keyword)
        && !class.ty.contains_key(keyword)
        && !class.t.contains_key(keyword)
        && schema_has_block(module, keyword)
}

fn schema_has_block(module: &str, name: &str) -> bool {
    fn any_block(b: &Block, name: &str, depth: usize) -> bool {
        depth < 4
            && b.b
                .iter()
                .any(|(n, nb)| n == name || any_block(nb, name, depth + 1))
    }
    let Some(schema) = hcl_schema::aws() else {
        return false;
    };
    let block = match module.strip_prefix("data_aws_") {
        Some(ty) => schema.block(true, &format!("aws_{ty}")),
        None => schema.block(false, &format!("aws_{module}")),
    };
    block.is_some_and(|b| any_block(b, name, 0))
}

/// The class of `module` and its untyped keyword that an invented struct name extends
/// (`Wafv2WebAclRuleStatementXssMatchStatement` -> (`Wafv2WebAclRule`, `statement`)), for a
/// name the module does not define.
pub fn owner_of(index: &Index, module: &str, name: &str) -> Option<(String, String)> {
    if index.class(module, name).is_some() {
        return None;
    }
    let classes = index.modules.get(module)?;
    classes
        .iter()
        .filter(|(c, _)| name.starts_with(c.as_str()) && name.len() > c.len())
        .find_map(|(c, class)| {
            let rest = &name[c.len()..];
            class
                .args
                .iter()
                // The name test first: the schema test decodes the HCL index on first use.
                .filter(|k| rest.starts_with(&pascal(k)))
                .find(|k| is_untyped_block(module, class, k))
                .map(|k| (c.clone(), k.clone()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::provider_index;

    /// Every untyped keyword of every embedded index, so that a new release with another one
    /// shows up here (and gets its golden case) instead of being rewritten unseen.
    #[test]
    fn the_untyped_keywords_are_the_deep_blocks() {
        let mut found = std::collections::BTreeSet::new();
        for index in provider_index::all().expect("indexes") {
            for (module, classes) in &index.modules {
                for (name, class) in classes {
                    for k in class
                        .args
                        .iter()
                        .filter(|k| is_untyped_block(module, class, k))
                    {
                        found.insert(format!("{module}.{name}.{k}"));
                    }
                }
            }
        }
        let expected = [
            "quicksight_analysis.QuicksightAnalysis.definition",
            "quicksight_analysis.QuicksightAnalysisConfig.definition",
            "quicksight_dashboard.QuicksightDashboard.definition",
            "quicksight_dashboard.QuicksightDashboardConfig.definition",
            "quicksight_template.QuicksightTemplate.definition",
            "quicksight_template.QuicksightTemplateConfig.definition",
            "wafv2_rule_group.Wafv2RuleGroupRule.statement",
            "wafv2_web_acl.Wafv2WebAclRule.statement",
        ];
        let found: Vec<&str> = found.iter().map(String::as_str).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn invented_names_find_their_owner() {
        let index = provider_index::all().expect("indexes").pop().expect("one");
        let owner = owner_of(
            index,
            "wafv2_web_acl",
            "Wafv2WebAclRuleStatementManagedRuleGroupStatement",
        );
        assert_eq!(
            owner,
            Some(("Wafv2WebAclRule".to_string(), "statement".to_string()))
        );
        // A defined class, and a name of no untyped keyword, have none.
        assert_eq!(
            owner_of(index, "wafv2_web_acl", "Wafv2WebAclRuleAction"),
            None
        );
        assert_eq!(
            owner_of(index, "wafv2_web_acl", "Wafv2WebAclRuleActionNope"),
            None
        );
    }
}
