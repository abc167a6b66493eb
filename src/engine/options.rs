//! Codemod options are declared with a type in their spec and checked when a config sets them,
//! so `retention-in-days = 15` is refused with the config file's name and key before anything
//! runs, rather than written (CloudWatch would reject it at apply) or silently ignored.
//!
//! ```yaml
//! options:
//!   retention-in-days:
//!     type: cloudwatch-retention-days
//!     default: 7
//!     doc: Days the added retention_in_days keeps logs
//! ```

use serde_json::Value;

/// What an option's value may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionType {
    String,
    Integer,
    Boolean,
    /// `YYYY-MM-DD`, or empty for "today".
    Date,
    /// A retention period CloudWatch Logs accepts (`codemods/shared/cloudwatch-log-retention.yml`).
    CloudwatchRetentionDays,
}

impl OptionType {
    fn parse(s: &str) -> Option<OptionType> {
        match s {
            "string" => Some(OptionType::String),
            "integer" => Some(OptionType::Integer),
            "boolean" => Some(OptionType::Boolean),
            "date" => Some(OptionType::Date),
            "cloudwatch-retention-days" => Some(OptionType::CloudwatchRetentionDays),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            OptionType::String => "string",
            OptionType::Integer => "integer",
            OptionType::Boolean => "boolean",
            OptionType::Date => "date",
            OptionType::CloudwatchRetentionDays => "cloudwatch-retention-days",
        }
    }

    /// Whether `v` is a value of this type; the reason when it is not.
    pub fn check(self, v: &Value) -> Result<(), String> {
        match (self, v) {
            (OptionType::String, Value::String(_)) => Ok(()),
            (OptionType::Integer, Value::Number(n)) if n.is_i64() => Ok(()),
            (OptionType::Boolean, Value::Bool(_)) => Ok(()),
            (OptionType::Date, Value::String(s))
                if s.is_empty() || crate::rules::shared::eks_calendar::parse_date(s).is_some() =>
            {
                Ok(())
            }
            (OptionType::Date, _) => Err("expected a date YYYY-MM-DD (or \"\" for today)".into()),
            (OptionType::CloudwatchRetentionDays, Value::Number(n))
                if n.as_i64()
                    .is_some_and(crate::rules::shared::log_retention::is_allowed) =>
            {
                Ok(())
            }
            (OptionType::CloudwatchRetentionDays, _) => Err(format!(
                "expected a retention period CloudWatch Logs accepts: {}",
                crate::rules::shared::log_retention::allowed_days()
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            (t, _) => Err(format!("expected {} {}", article(t.name()), t.name())),
        }
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// One declared option.
#[derive(Clone, Debug)]
pub struct OptionSpec {
    pub name: String,
    pub kind: OptionType,
    pub default: Value,
    pub doc: String,
}

/// The `options:` of a spec.
pub fn parse(v: Option<&Value>) -> Result<Vec<OptionSpec>, String> {
    let Some(v) = v else {
        return Ok(Vec::new());
    };
    let Some(map) = v.as_object() else {
        return Err("`options` must be a mapping of option names to {type, default, doc}".into());
    };
    let mut out = Vec::new();
    for (name, decl) in map {
        let Some(decl) = decl.as_object() else {
            return Err(format!(
                "option `{name}` must be a mapping with `type`, `default` and `doc`"
            ));
        };
        if let Some(k) = decl
            .keys()
            .find(|k| !["type", "default", "doc"].contains(&k.as_str()))
        {
            return Err(format!("option `{name}`: unknown key `{k}`"));
        }
        let kind = decl
            .get("type")
            .and_then(Value::as_str)
            .and_then(OptionType::parse)
            .ok_or_else(|| {
                format!("option `{name}`: `type` must be string, integer, boolean, date or cloudwatch-retention-days")
            })?;
        let default = decl
            .get("default")
            .cloned()
            .ok_or_else(|| format!("option `{name}` has no `default`"))?;
        kind.check(&default)
            .map_err(|e| format!("option `{name}`: default: {e}"))?;
        let doc = decl
            .get("doc")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("option `{name}` has no `doc`"))?
            .to_string();
        out.push(OptionSpec {
            name: name.clone(),
            kind,
            default,
            doc,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn declarations_and_values_are_checked() {
        let ok = parse(Some(
            &json!({"days": {"type": "cloudwatch-retention-days", "default": 7, "doc": "d"}}),
        ))
        .unwrap();
        assert_eq!(ok[0].kind, OptionType::CloudwatchRetentionDays);
        assert!(ok[0].kind.check(&json!(14)).is_ok());
        assert!(ok[0].kind.check(&json!(15)).is_err());
        assert!(ok[0].kind.check(&json!("7")).is_err());
        assert!(parse(Some(&json!({"x": 3}))).is_err());
        assert!(
            parse(Some(
                &json!({"x": {"type": "integer", "default": "a", "doc": "d"}})
            ))
            .is_err()
        );
        assert!(
            parse(Some(
                &json!({"x": {"type": "float", "default": 1, "doc": "d"}})
            ))
            .is_err()
        );
        assert!(OptionType::Date.check(&json!("2026-01-02")).is_ok());
        assert!(OptionType::Date.check(&json!("tomorrow")).is_err());
    }
}
