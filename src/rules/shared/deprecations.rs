//! The provider's words on its deprecated arguments, and the rewrites that replace them
//! (`codemods/shared/hcl-deprecated-arguments.yml`). Which arguments are deprecated comes from
//! the schema's `d` flag; this table only adds what the schema cannot say.

use std::collections::BTreeMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../codemods/shared/hcl-deprecated-arguments.yml");

#[derive(Debug, Clone, PartialEq)]
pub enum Rewrite {
    Rename {
        to: String,
    },
    MapValue {
        to: String,
        values: BTreeMap<String, String>,
    },
    WrapList {
        to: String,
    },
    IntoBlock {
        block: String,
        to: String,
    },
    OrderedBlocks {
        block: String,
        order: String,
        value: String,
    },
}

impl Rewrite {
    /// The argument or block the rewrite writes, which must not be set already.
    pub fn target(&self) -> &str {
        match self {
            Rewrite::Rename { to } | Rewrite::MapValue { to, .. } | Rewrite::WrapList { to } => to,
            Rewrite::IntoBlock { block, .. } | Rewrite::OrderedBlocks { block, .. } => block,
        }
    }
}

pub struct Deprecation {
    pub type_: String,
    pub data: bool,
    /// Dotted path of the argument or block from the resource body (`rule.prefix`).
    pub path: String,
    pub message: String,
    pub fix: Option<Rewrite>,
    pub safe: bool,
    /// The codemod that handles this argument instead.
    pub owner: Option<String>,
    pub why: String,
}

pub fn rows() -> &'static [Deprecation] {
    static ROWS: OnceLock<Vec<Deprecation>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let doc: serde_json::Value = ast_grep_config::from_str(TABLE).unwrap_or_default();
        doc["deprecated"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(row)
            .collect()
    })
}

fn row(r: &serde_json::Value) -> Option<Deprecation> {
    let s = |v: &serde_json::Value, k: &str| v.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let fix = match r.get("fix") {
        None => None,
        Some(f) => Some(match s(f, "kind")?.as_str() {
            "rename" => Rewrite::Rename { to: s(f, "to")? },
            "map-value" => Rewrite::MapValue {
                to: s(f, "to")?,
                values: f
                    .get("values")?
                    .as_object()?
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect(),
            },
            "wrap-list" => Rewrite::WrapList { to: s(f, "to")? },
            "into-block" => Rewrite::IntoBlock {
                block: s(f, "block")?,
                to: s(f, "to")?,
            },
            "ordered-blocks" => Rewrite::OrderedBlocks {
                block: s(f, "block")?,
                order: s(f, "order")?,
                value: s(f, "value")?,
            },
            // An unknown kind is a table error the unit test below catches.
            _ => return None,
        }),
    };
    Some(Deprecation {
        type_: s(r, "type")?,
        data: r.get("data").and_then(|v| v.as_bool()) == Some(true),
        path: s(r, "path")?,
        message: s(r, "message")?,
        fix,
        safe: s(r, "safety").as_deref() == Some("safe"),
        owner: s(r, "owner"),
        why: s(r, "why").unwrap_or_default(),
    })
}

/// The row for an argument or block, if the table has one.
pub fn find(ty: &str, data: bool, path: &str) -> Option<&'static Deprecation> {
    rows()
        .iter()
        .find(|r| r.type_ == ty && r.data == data && r.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::hcl_schema;

    /// Every row loads (none dropped for a bad field), names an argument or block the 5.100.0
    /// schema flags as deprecated, and each fix's target exists where the fix writes it.
    #[test]
    fn rows_match_the_schema() {
        let raw: serde_json::Value = ast_grep_config::from_str(TABLE).expect("table parses");
        assert_eq!(
            raw["deprecated"].as_array().map(Vec::len),
            Some(rows().len())
        );
        assert!(rows().len() >= 40);
        let index = hcl_schema::aws().expect("5.100.0 index");
        for r in rows() {
            let mut block = index.block(r.data, &r.type_).expect(&r.type_);
            let parts: Vec<&str> = r.path.split('.').collect();
            let (last, inner) = parts.split_last().expect("path");
            for p in inner {
                block = block.b.get(*p).unwrap_or_else(|| panic!("{}: {p}", r.path));
            }
            let flagged = block.a.get(*last).is_some_and(|a| a.deprecated())
                || block.b.get(*last).is_some_and(|b| b.d != 0);
            assert!(
                flagged,
                "{} {} is not deprecated in 5.100.0",
                r.type_, r.path
            );
            if let Some(fix) = &r.fix {
                assert!(
                    !r.why.is_empty(),
                    "{} {}: a fix needs its why",
                    r.type_,
                    r.path
                );
                match fix {
                    Rewrite::Rename { to }
                    | Rewrite::MapValue { to, .. }
                    | Rewrite::WrapList { to } => {
                        assert!(block.a.get(to).is_some_and(|a| a.settable()), "{to}");
                    }
                    Rewrite::IntoBlock { block: b, to } => {
                        let nested = block.b.get(b).expect(b);
                        assert!(nested.a.get(to).is_some_and(|a| a.settable()), "{b}.{to}");
                    }
                    Rewrite::OrderedBlocks {
                        block: b,
                        order,
                        value,
                    } => {
                        let nested = block.b.get(b).expect(b);
                        assert!(nested.a.contains_key(order) && nested.a.contains_key(value));
                    }
                }
            }
        }
    }
}
