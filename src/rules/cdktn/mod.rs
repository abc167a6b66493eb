//! The `cdktn-migration` set: CDKTF was archived and its community continuation, CDK Terrain,
//! publishes the same API under new names (`cdktf` -> `cdktn`, `cdktf-cdktf-provider-aws` ->
//! `cdktn-provider-aws`, CLI `cdktf` -> `cdktn`). Everything these fixers rename comes from their
//! spec's `data` (package tables, the version map, CLI subcommands), so the spec stays the one
//! place that says what is matched; see `codemods/cdktn/FACTS.md` for where each entry comes from.
//! What CDK Terrain keeps (`cdktf.json`, `cdktf.out/`, `CDKTF_*`, logical ids) is never matched:
//! every pattern here needs a whole name followed by what makes it a module, package or command.

pub mod cdktn_cli_scripts;
pub mod cdktn_dependencies;
pub mod cdktn_python_imports;

use std::ops::Range;

use serde_json::Value;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::engine::edit::{Edit, Fix};
use crate::rules::{Ctx, Hit, Match, TextCtx};

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
}
