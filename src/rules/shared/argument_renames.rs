//! The arguments hashicorp/aws renamed 1:1 (`codemods/shared/provider-argument-renames.yml`),
//! one table with its CHANGELOG provenance for tf-unsupported-argument (HCL) and unknown-keyword
//! (Python, by the class's Terraform type), so a rename is learnt once for both languages.

use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../codemods/shared/provider-argument-renames.yml");

pub struct Rename {
    /// Terraform type (`aws_db_instance`).
    pub type_: String,
    /// `resource` or `data`.
    pub kind: String,
    /// Nested block path it applies in; empty for the type's own arguments.
    pub within: String,
    pub from: String,
    pub to: String,
    pub source: String,
}

pub fn rows() -> &'static [Rename] {
    static ROWS: OnceLock<Vec<Rename>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let doc: serde_json::Value = ast_grep_config::from_str(TABLE).unwrap_or_default();
        let s = |r: &serde_json::Value, k: &str, d: &str| {
            r.get(k).and_then(|v| v.as_str()).unwrap_or(d).to_string()
        };
        doc["renames"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| Rename {
                type_: s(r, "type", ""),
                kind: s(r, "kind", "resource"),
                within: s(r, "in", ""),
                from: s(r, "from", ""),
                to: s(r, "to", ""),
                source: s(r, "source", ""),
            })
            .filter(|r| !r.type_.is_empty() && !r.from.is_empty() && !r.to.is_empty())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_loads() {
        let rows = super::rows();
        assert!(rows.len() >= 9);
        assert!(
            rows.iter()
                .any(|r| r.type_ == "aws_db_instance" && r.from == "name" && r.to == "db_name")
        );
    }
}
