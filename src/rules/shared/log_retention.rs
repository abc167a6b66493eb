//! The retention periods CloudWatch Logs accepts, one table for the Python and the Terraform
//! codemod and for the `cloudwatch-retention-days` option type
//! (`codemods/shared/cloudwatch-log-retention.yml`): a value outside it is refused everywhere,
//! because CloudWatch rejects it at apply time.

use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../codemods/shared/cloudwatch-log-retention.yml");

pub fn allowed_days() -> &'static [i64] {
    static DAYS: OnceLock<Vec<i64>> = OnceLock::new();
    DAYS.get_or_init(|| {
        let doc: serde_json::Value = ast_grep_config::from_str(TABLE).unwrap_or_default();
        doc["allowed-days"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(serde_json::Value::as_i64)
            .collect()
    })
}

pub fn is_allowed(days: i64) -> bool {
    allowed_days().contains(&days)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_loads() {
        assert!(super::is_allowed(7) && super::is_allowed(3653));
        assert!(!super::is_allowed(15));
    }
}
