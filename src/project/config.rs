//! Project configuration: `cdktf-fix.toml`, or `[tool.cdktf-fix]` in `pyproject.toml`, found by
//! walking up from the current directory (or given with `--config`). Flags win over config.
//!
//! ```toml
//! select = ["standalone-security-group-rule", "CDK002"]
//! ignore = ["hardcoded-partition"]
//! terraform-version = "1.9.8"
//! aws-provider-version = "6.25.0"
//! cdktf-version = "0.21.0"
//! [codemods.log-group-retention]
//! retention-in-days = 14
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    pub extend_select: Option<Vec<String>>,
    pub terraform_version: Option<String>,
    pub aws_provider_version: Option<String>,
    pub cdktf_version: Option<String>,
    pub unsafe_fixes: Option<bool>,
    /// Extra spec directories, relative to the config file.
    pub codemods_dirs: Option<Vec<PathBuf>>,
    #[serde(default)]
    pub codemods: HashMap<String, toml::Table>,
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

impl Config {
    /// Per-codemod options as JSON values, the form specs declare their defaults in.
    pub fn options(&self) -> HashMap<String, Map<String, Value>> {
        self.codemods
            .iter()
            .map(|(id, table)| {
                let v = serde_json::to_value(table).unwrap_or(Value::Null);
                (id.clone(), v.as_object().cloned().unwrap_or_default())
            })
            .collect()
    }
}

pub fn load(explicit: Option<&Path>, start: &Path) -> Result<Config, String> {
    if let Some(path) = explicit {
        return read(
            path,
            path.file_name().is_some_and(|n| n == "pyproject.toml"),
        )
        .map(|c| c.unwrap_or_default());
    }
    let start = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
    for dir in start.ancestors() {
        let own = dir.join("cdktf-fix.toml");
        if own.is_file() {
            return read(&own, false).map(|c| c.unwrap_or_default());
        }
        let py = dir.join("pyproject.toml");
        if py.is_file()
            && let Some(c) = read(&py, true)?
        {
            return Ok(c);
        }
    }
    Ok(Config::default())
}

fn read(path: &Path, pyproject: bool) -> Result<Option<Config>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut config: Config = if pyproject {
        let doc: toml::Table = toml::from_str(&text)
            .map_err(|e| format!("{}: {}", path.display(), one_line(&e.to_string())))?;
        let Some(section) = doc.get("tool").and_then(|t| t.get("cdktf-fix")) else {
            return Ok(None);
        };
        section.clone().try_into().map_err(|e: toml::de::Error| {
            format!(
                "{}: [tool.cdktf-fix]: {}",
                path.display(),
                one_line(&e.to_string())
            )
        })?
    } else {
        toml::from_str(&text)
            .map_err(|e| format!("{}: {}", path.display(), one_line(&e.to_string())))?
    };
    config.path = Some(path.to_path_buf());
    Ok(Some(config))
}

fn one_line(s: &str) -> String {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
