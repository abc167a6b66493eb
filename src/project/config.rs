//! Project configuration: `cdktf-fix.toml`, or `[tool.cdktf-fix]` in `pyproject.toml`, the nearest
//! one above each file (or one given with `--config` for all). Flags win over config.
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
use std::sync::{Arc, Mutex};

use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    pub extend_select: Option<Vec<String>>,
    pub extend_ignore: Option<Vec<String>>,
    /// Files not to check when found by walking (globs relative to the config's directory; a
    /// pattern without `/` matches the file name anywhere). A file named on the command line is
    /// still checked, as ruff does.
    pub exclude: Option<Vec<String>>,
    pub extend_exclude: Option<Vec<String>>,
    /// Glob -> selectors ignored in the files it matches (`"tests/**" = ["CDK0"]`).
    pub per_file_ignores: Option<std::collections::BTreeMap<String, Vec<String>>>,
    pub terraform_version: Option<String>,
    pub aws_provider_version: Option<String>,
    pub cdktf_version: Option<String>,
    /// The CDK Terrain release the migration targets (`0.22`, `0.23`, `0.24`).
    pub cdktn_target: Option<String>,
    pub unsafe_fixes: Option<bool>,
    /// Extra spec directories, relative to the config file.
    pub codemods_dirs: Option<Vec<PathBuf>>,
    #[serde(default)]
    pub codemods: HashMap<String, toml::Table>,
    #[serde(skip)]
    pub path: Option<PathBuf>,
    #[serde(skip)]
    globs: std::sync::OnceLock<Result<Globs, String>>,
}

/// The config's file patterns, compiled once.
#[derive(Debug)]
struct Globs {
    exclude: globset::GlobSet,
    per_file: Vec<(globset::GlobSet, Vec<String>)>,
}

fn glob_set(patterns: &[&String], file: &str, key: &str) -> Result<globset::GlobSet, String> {
    let mut b = globset::GlobSetBuilder::new();
    for p in patterns {
        // `tests/**` is relative to the config's directory; `*.gen.py` matches anywhere.
        let full = if p.contains('/') {
            p.trim_start_matches("./").to_string()
        } else {
            format!("**/{p}")
        };
        let g = globset::GlobBuilder::new(&full)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("{file}: {key}: `{p}`: {e}"))?;
        b.add(g);
    }
    b.build().map_err(|e| format!("{file}: {key}: {e}"))
}

impl Config {
    fn globs(&self) -> Result<&Globs, String> {
        self.globs
            .get_or_init(|| {
                let file = self
                    .path
                    .as_ref()
                    .map_or("config".to_string(), |p| p.display().to_string());
                let exclude: Vec<&String> = self
                    .exclude
                    .iter()
                    .flatten()
                    .chain(self.extend_exclude.iter().flatten())
                    .collect();
                let mut per_file = Vec::new();
                for (pattern, sels) in self.per_file_ignores.iter().flatten() {
                    per_file.push((
                        glob_set(&[pattern], &file, "per-file-ignores")?,
                        sels.clone(),
                    ));
                }
                Ok(Globs {
                    exclude: glob_set(&exclude, &file, "exclude")?,
                    per_file,
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The file's path relative to the config's directory (or as given, without a config file).
    fn relative<'p>(&self, file: &'p Path) -> &'p Path {
        self.path
            .as_ref()
            .and_then(|p| p.parent())
            .and_then(|d| file.strip_prefix(d).ok())
            .unwrap_or(file)
    }

    /// Whether `exclude` / `extend-exclude` name this file (an absolute path).
    pub fn excludes(&self, file: &Path) -> Result<bool, String> {
        Ok(self.globs()?.exclude.is_match(self.relative(file)))
    }

    /// The selectors `per-file-ignores` adds for this file (an absolute path).
    pub fn per_file_ignores(&self, file: &Path) -> Result<Vec<String>, String> {
        let rel = self.relative(file);
        Ok(self
            .globs()?
            .per_file
            .iter()
            .filter(|(g, _)| g.is_match(rel))
            .flat_map(|(_, sels)| sels.iter().cloned())
            .collect())
    }
}

impl Config {
    /// Every `[codemods.<name>]` section must name a codemod this config's files can run, and
    /// set only options it declares, each of its type: a typo is an error naming the file and
    /// key, not a setting silently ignored.
    pub fn check_options(
        &self,
        known: &[std::sync::Arc<crate::engine::spec::Codemod>],
    ) -> Result<(), String> {
        let file = self
            .path
            .as_ref()
            .map_or("config".to_string(), |p| p.display().to_string());
        let mut sections: Vec<&String> = self.codemods.keys().collect();
        sections.sort();
        for name in sections {
            let Some(c) = known.iter().find(|c| &c.id == name || &c.code == name) else {
                let names: Vec<&str> = known.iter().map(|c| c.id.as_str()).collect();
                return Err(format!(
                    "{file}: [codemods.{name}]: unknown codemod{}",
                    did_you_mean(name, &names)
                ));
            };
            let table = &self.codemods[name];
            let mut keys: Vec<&String> = table.keys().collect();
            keys.sort();
            for key in keys {
                let Some(decl) = c.options.iter().find(|o| &o.name == key) else {
                    let names: Vec<&str> = c.options.iter().map(|o| o.name.as_str()).collect();
                    let known = if names.is_empty() {
                        " (this codemod has no options)".to_string()
                    } else {
                        did_you_mean(key, &names)
                    };
                    return Err(format!(
                        "{file}: [codemods.{name}] {key}: unknown option{known}"
                    ));
                };
                let value = serde_json::to_value(&table[key]).unwrap_or(Value::Null);
                decl.kind.check(&value).map_err(|e| {
                    format!("{file}: [codemods.{name}] {key} = {}: {e}", table[key])
                })?;
            }
        }
        Ok(())
    }

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

/// The config file for one directory: `--config` for all, none with `--isolated`, else the
/// nearest `cdktf-fix.toml` (or `pyproject.toml` with a `[tool.cdktf-fix]` section) at or above
/// it, as ruff finds the closest configuration for each file. Lookups are cached per directory.
pub struct Resolver {
    fixed: Option<Option<Arc<Config>>>,
    cache: Mutex<HashMap<PathBuf, Option<Arc<Config>>>>,
}

impl Resolver {
    pub fn new(explicit: Option<&Path>, isolated: bool) -> Result<Resolver, String> {
        let fixed = if isolated {
            Some(None)
        } else if let Some(path) = explicit {
            let pyproject = path.file_name().is_some_and(|n| n == "pyproject.toml");
            Some(Some(Arc::new(read(path, pyproject)?.unwrap_or_default())))
        } else {
            None
        };
        Ok(Resolver {
            fixed,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// The config that applies to files in `dir` (an absolute, normalized path).
    pub fn for_dir(&self, dir: &Path) -> Result<Option<Arc<Config>>, String> {
        if let Some(f) = &self.fixed {
            return Ok(f.clone());
        }
        if let Ok(cache) = self.cache.lock()
            && let Some(c) = cache.get(dir)
        {
            return Ok(c.clone());
        }
        let own = dir.join("cdktf-fix.toml");
        let py = dir.join("pyproject.toml");
        let found = if own.is_file() {
            Some(Arc::new(read(&own, false)?.unwrap_or_default()))
        } else if py.is_file()
            && let Some(c) = read(&py, true)?
        {
            Some(Arc::new(c))
        } else {
            match dir.parent() {
                Some(parent) => self.for_dir(parent)?,
                None => None,
            }
        };
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(dir.to_path_buf(), found.clone());
        }
        Ok(found)
    }
}

fn read(path: &Path, pyproject: bool) -> Result<Option<Config>, String> {
    let text = crate::project::read::read(path, crate::project::read::PROJECT_FILE_MAX_BYTES)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .text;
    let mut config: Config = if pyproject {
        let doc: toml::Table = toml::from_str(&text).map_err(|e| toml_error(path, "", &e))?;
        let Some(section) = doc.get("tool").and_then(|t| t.get("cdktf-fix")) else {
            return Ok(None);
        };
        section
            .clone()
            .try_into()
            .map_err(|e: toml::de::Error| toml_error(path, "[tool.cdktf-fix]: ", &e))?
    } else {
        toml::from_str(&text).map_err(|e| toml_error(path, "", &e))?
    };
    config.path = Some(path.to_path_buf());
    Ok(Some(config))
}

/// The known name closest to a typo (Jaro-Winkler, ASCII case ignored), when it scores at least
/// `min`: one rule for config keys, selectors and rule names.
pub fn closest<'k>(
    given: &str,
    known: impl IntoIterator<Item = &'k str>,
    min: f64,
) -> Option<&'k str> {
    let given = given.to_ascii_lowercase();
    known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(&given, &k.to_ascii_lowercase()), k))
        .filter(|(score, _)| *score >= min)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// ` (did you mean `x`?)` for the closest known name, when one is close.
pub fn did_you_mean(given: &str, known: &[&str]) -> String {
    closest(given, known.iter().copied(), 0.8)
        .map_or(String::new(), |k| format!(" (did you mean `{k}`?)"))
}

/// A TOML error as the toml crate renders it (the line, a caret under the place, the message),
/// after the file's name; an unknown key gets the closest known one.
fn toml_error(path: &Path, section: &str, e: &toml::de::Error) -> String {
    let hint = e
        .message()
        .strip_prefix("unknown field `")
        .and_then(|r| r.split_once('`'))
        .map(|(key, _)| did_you_mean(key, KEYS))
        .unwrap_or_default();
    format!(
        "{}: {section}{}{hint}",
        path.display(),
        e.to_string().trim_end()
    )
}

/// The top-level keys of a config, for did-you-mean.
pub const KEYS: &[&str] = &[
    "select",
    "ignore",
    "extend-select",
    "extend-ignore",
    "exclude",
    "extend-exclude",
    "per-file-ignores",
    "terraform-version",
    "aws-provider-version",
    "cdktf-version",
    "cdktn-target",
    "unsafe-fixes",
    "codemods-dirs",
    "codemods",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// KEYS is what serde knows: the list in an unknown-field error is exactly it.
    #[test]
    fn keys_are_the_config_fields() {
        let e = toml::from_str::<Config>("no-such-key = 1\n").unwrap_err();
        let listed: Vec<&str> = e
            .message()
            .split_once("expected one of ")
            .map(|(_, l)| l.split(", ").map(|k| k.trim_matches('`')).collect())
            .unwrap_or_default();
        assert_eq!(listed, KEYS);
    }

    #[test]
    fn toml_errors_keep_their_caret_and_suggest_a_key() {
        let e = toml::from_str::<Config>("selct = [\"ALL\"]\n").unwrap_err();
        let msg = toml_error(Path::new("cdktf-fix.toml"), "", &e);
        assert!(
            msg.starts_with("cdktf-fix.toml: TOML parse error at line 1, column 1\n"),
            "{msg}"
        );
        assert!(
            msg.contains("\n1 | selct = [\"ALL\"]\n  | ^^^^^\n"),
            "{msg}"
        );
        assert!(msg.ends_with("(did you mean `select`?)"), "{msg}");
    }
}
