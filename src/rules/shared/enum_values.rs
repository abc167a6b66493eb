//! The closed value sets of provider arguments (`codemods/shared/hcl-enum-values.yml`), each
//! with the validator it comes from and proven by `terraform validate`: one table, read once.

use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../codemods/shared/hcl-enum-values.yml");

pub struct EnumValues {
    /// Terraform type (`aws_dynamodb_table`).
    pub type_: String,
    pub data: bool,
    /// Dotted nested block path; empty for the type's own arguments.
    pub block: String,
    pub argument: String,
    /// Every element of a list or set of strings is checked.
    pub list: bool,
    pub valid: Vec<String>,
    pub ignore_case: bool,
    pub also_valid_prefix: Option<String>,
    /// `(from, to, source)`: another name for a valid value.
    pub aliases: Vec<(String, String, String)>,
    pub source: String,
}

pub fn rows() -> &'static [EnumValues] {
    static ROWS: OnceLock<Vec<EnumValues>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let doc: serde_json::Value = ast_grep_config::from_str(TABLE).unwrap_or_default();
        let s = |r: &serde_json::Value, k: &str| {
            r.get(k)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let b = |r: &serde_json::Value, k: &str| r.get(k).and_then(|v| v.as_bool()) == Some(true);
        doc["values"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| EnumValues {
                type_: s(r, "resource"),
                data: b(r, "data"),
                block: s(r, "block"),
                argument: s(r, "argument"),
                list: b(r, "list"),
                valid: r["valid"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                ignore_case: b(r, "ignore_case"),
                also_valid_prefix: r
                    .get("also_valid_prefix")
                    .and_then(|v| v.as_str())
                    .map(str::to_string),
                aliases: r["aliases"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|a| (s(a, "from"), s(a, "to"), s(a, "source")))
                    .collect(),
                source: s(r, "source"),
            })
            .filter(|r| !r.type_.is_empty() && !r.argument.is_empty() && !r.valid.is_empty())
            .collect()
    })
}

impl EnumValues {
    /// Whether the provider accepts `value`.
    pub fn accepts(&self, value: &str) -> bool {
        self.valid
            .iter()
            .any(|v| v == value || (self.ignore_case && v.eq_ignore_ascii_case(value)))
            || self
                .also_valid_prefix
                .as_deref()
                .is_some_and(|p| value.starts_with(p))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_loads_with_sources() {
        let rows = super::rows();
        assert!(rows.len() >= 40, "{} rows", rows.len());
        assert!(rows.iter().all(|r| !r.source.is_empty()));
        assert!(
            rows.iter()
                .flat_map(|r| &r.aliases)
                .all(|(f, t, s)| { !f.is_empty() && !t.is_empty() && !s.is_empty() })
        );
        // Every alias names a valid value.
        for r in rows {
            for (_, to, _) in &r.aliases {
                assert!(r.accepts(to), "{}.{}: alias to {to}", r.type_, r.argument);
            }
        }
        let billing = rows
            .iter()
            .find(|r| r.type_ == "aws_dynamodb_table" && r.argument == "billing_mode")
            .expect("billing_mode row");
        assert!(billing.accepts("PAY_PER_REQUEST") && !billing.accepts("pay_per_request"));
    }
}
