//! cdktf-fix: finds and repairs the mistakes that keep CDK for Terraform (Python) stacks and
//! Terraform HCL from deploying. Codemods are data (`codemods/*.yml`: an ast-grep rule plus
//! safety, versions and message); fixes are minimal byte-range edits applied to a fixpoint.
//!
//! The layers, in the order a run goes through them: `cli` (flags, orchestration) → `project`
//! (walk, read, versions, config, write, shard) → `engine` (specs, prefilter, match, fix, verify,
//! repeat) using `lang` (parsers and syntax helpers for Python, HCL and text files) and `rules`
//! (the Rust fixers, one file per codemod, under the language they serve) → `report` (text,
//! JSON, SARIF, GitHub, PR body, ast-grep export).

pub mod cli;
pub mod engine;
pub mod lang;
pub mod project;
pub mod report;
pub mod rules;
