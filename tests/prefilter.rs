//! Every codemod's `prefilter` must be a necessary condition: a file the prefilter turns away is
//! never parsed, so a finding in such a file would be silently lost. This runs every codemod with
//! its prefilter removed over every golden input and expected file, and checks that the real
//! prefilter admits each file where the codemod then reports something.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cdktf_fix::engine::prefilter::Prefilter;
use cdktf_fix::engine::spec::{self, Codemod};
use cdktf_fix::engine::{Engine, Settings};
use cdktf_fix::lang::Lang;
use cdktf_fix::project::versions::{Known, TargetVersions, Version};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            files(&p, out);
        } else if Lang::from_path(&p).is_some() {
            out.push(p);
        }
    }
}

/// The target versions a case declares, so that version-gated codemods run as in its test.
fn versions(case_toml: &Path) -> TargetVersions {
    let table: toml::Table = std::fs::read_to_string(case_toml)
        .ok()
        .and_then(|t| toml::from_str(&t).ok())
        .unwrap_or_default();
    let get = |k: &str| {
        table.get(k).and_then(|v| v.as_str()).map(|s| Known {
            version: Version::parse(s).expect("version in case.toml"),
            source: "case.toml".into(),
            constraint: None,
            explicit: true,
        })
    };
    TargetVersions {
        terraform: get("terraform-version"),
        aws_provider: get("aws-provider-version"),
        cdktf: get("cdktf-version"),
        cdktn_target: get("cdktn-target"),
        ..TargetVersions::default()
    }
}

#[test]
fn prefilters_admit_every_golden_file_with_findings() {
    let real: Vec<Arc<Codemod>> = spec::builtin()
        .expect("specs load")
        .into_iter()
        .map(Arc::new)
        .collect();
    let prefilter = Prefilter::new(&real);
    let unfiltered = || -> Vec<Arc<Codemod>> {
        spec::builtin()
            .expect("specs load")
            .into_iter()
            .map(|mut c| {
                c.prefilter.clear();
                Arc::new(c)
            })
            .collect()
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden");
    let mut cases: Vec<PathBuf> = Vec::new();
    for codemod in std::fs::read_dir(&root).unwrap() {
        for case in std::fs::read_dir(codemod.unwrap().path()).unwrap() {
            let case = case.unwrap().path();
            if case.is_dir() {
                cases.push(case);
            }
        }
    }
    cases.sort();
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut reporting_codemods = std::collections::BTreeSet::new();
    for case in cases {
        let engine = Engine::new(
            unfiltered(),
            Settings {
                versions: versions(&case.join("case.toml")),
                ..Settings::default()
            },
        );
        let mut paths = Vec::new();
        files(&case, &mut paths);
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let lang = Lang::from_path(&path).unwrap();
            // Single-file cases are processed as a module of their own, as tests/golden.rs does.
            let as_path = if path.parent() == Some(case.as_path()) {
                case.join("single-file-module")
                    .join(path.file_name().unwrap())
            } else {
                path.clone()
            };
            let outcome = engine.process(&as_path, lang, text);
            let admitted = prefilter.active(lang, &path, text);
            for f in &outcome.findings {
                let Some(i) = real.iter().position(|c| c.id == f.codemod) else {
                    continue; // unused-suppression is not a codemod
                };
                checked += 1;
                reporting_codemods.insert(f.codemod.clone());
                if !admitted.contains(&i) {
                    failures.push(format!(
                        "{}:{}: [{}] reports here, but its prefilter {:?} turns the file away",
                        path.display(),
                        f.start.line,
                        f.codemod,
                        real[i].prefilter
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The check must have had something to check: most codemods report in their own cases.
    assert!(checked > 100, "only {checked} findings checked");
    assert!(
        reporting_codemods.len() * 10 >= real.len() * 9,
        "only {} of {} codemods reported on the golden files",
        reporting_codemods.len(),
        real.len()
    );
}
