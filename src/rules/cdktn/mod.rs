//! The `cdktn-migration` set: CDKTF was archived and its community continuation, CDK Terrain,
//! publishes the same API under new names (`cdktf` -> `cdktn`, `cdktf-cdktf-provider-aws` ->
//! `cdktn-provider-aws`, CLI `cdktf` -> `cdktn`). Everything these fixers rename comes from their
//! spec's `data` (package tables, the version map, CLI subcommands), so the spec stays the one
//! place that says what is matched; see `codemods/cdktn/FACTS.md` for where each entry comes from.
//! What CDK Terrain keeps (`cdktf.json`, `cdktf.out/`, `CDKTF_*`, logical ids) is never matched:
//! every pattern here needs a whole name followed by what makes it a module, package or command.

pub mod cdktn_cli_scripts;
pub mod cdktn_dependencies;
pub mod cdktn_provider_api;
pub mod cdktn_python_imports;

use std::ops::Range;

use serde_json::Value;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::engine::edit::{Edit, Fix};
use crate::rules::{Ctx, Hit, Match, TextCtx};

/// The CDK Terrain releases the migration can target (`--cdktn-target`), oldest first, each with
/// the cdktn-provider-aws release its version map moves the AWS provider to. The version map in
/// `cdktn-dependencies.yml` has one table per series (a unit test keeps them equal), and the
/// provider API diff reads the embedded index of that provider major.
pub const TARGETS: &[(&str, &str)] = &[("0.22", "23.0.0"), ("0.23", "24.12.0"), ("0.24", "25.8.1")];

/// The target series (`0.24`) a run migrates to: `--cdktn-target` / config, else the newest.
pub fn target_series(v: &crate::project::versions::TargetVersions) -> &'static str {
    let newest = TARGETS[TARGETS.len() - 1].0;
    let Some(k) = &v.cdktn_target else {
        return newest;
    };
    TARGETS
        .iter()
        .find(|(s, _)| k.version.0.starts_with(&series_parts(s)))
        .map_or(newest, |(s, _)| s)
}

fn series_parts(s: &str) -> Vec<u64> {
    s.split('.').filter_map(|p| p.parse().ok()).collect()
}

/// Refuses a `--cdktn-target` / `cdktn-target` the migration has no table for.
pub fn check_target(k: &crate::project::versions::Known) -> Result<(), String> {
    if TARGETS
        .iter()
        .any(|(s, _)| k.version.0.starts_with(&series_parts(s)))
    {
        return Ok(());
    }
    let known: Vec<&str> = TARGETS.iter().map(|(s, _)| *s).collect();
    Err(format!(
        "{}: cdktn-target {}: the migration targets CDK Terrain {} (a series: 0.24 or 0.24.0)",
        k.source,
        k.version,
        known.join(", ")
    ))
}

// ---------------------------------------------------------------------------------------------
// Tables from the spec's `data`.

use crate::project::versions::normalize;

fn data_map<'a>(data: &'a Value, key: &str) -> impl Iterator<Item = (&'a str, &'a str)> {
    data.get(key)
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some((k.as_str(), v.as_str()?)))
}

fn data_strings<'a>(data: &'a Value, key: &str) -> impl Iterator<Item = &'a str> {
    data.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

/// One row of the version map: `package` pinned inside the `from` series (`0.21` is 0.21.x)
/// becomes `to`.
#[cfg(test)]
mod spec_tests {
    /// The Python and dependency specs must agree on which providers moved, or a migrated import
    /// would name a package the dependency files never got.
    #[test]
    fn provider_lists_agree() {
        let specs = crate::engine::spec::builtin().expect("specs load");
        let list = |id: &str, key: &str| -> Vec<String> {
            let c = specs.iter().find(|c| c.id == id).expect(id);
            c.data[key]["providers"]
                .as_array()
                .expect("providers")
                .iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect()
        };
        let py = list("cdktn-python-imports", "provider-modules");
        assert!(py.contains(&"aws".to_string()));
        assert_eq!(py, list("cdktn-dependencies", "provider-packages"));
    }

    /// Every target the CLI accepts has a version table, and its AWS row is the provider the
    /// API diff reads; a table for a target the CLI refuses would be dead.
    #[test]
    fn targets_have_version_tables() {
        let specs = crate::engine::spec::builtin().expect("specs load");
        let deps = specs
            .iter()
            .find(|c| c.id == "cdktn-dependencies")
            .expect("spec");
        let tables = deps.data["targets"].as_object().expect("targets");
        let keys: Vec<&str> = tables.keys().map(String::as_str).collect();
        let mut want: Vec<&str> = super::TARGETS.iter().map(|(s, _)| *s).collect();
        want.sort();
        assert_eq!(keys, want);
        for (series, aws) in super::TARGETS {
            let rows = tables[*series]["versions"].as_array().expect("versions");
            let cdktn = rows
                .iter()
                .find(|r| r["package"] == "cdktf")
                .expect("cdktf row");
            assert!(cdktn["to"].as_str().unwrap().starts_with(series));
            let aws_row = rows
                .iter()
                .find(|r| r["package"] == "cdktf-cdktf-provider-aws")
                .expect("aws row");
            assert_eq!(aws_row["to"], *aws, "{series}");
        }
    }
}
