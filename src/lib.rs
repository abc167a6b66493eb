//! cdktf-fix: finds and repairs the mistakes that keep CDK for Terraform (Python) stacks and
//! Terraform HCL from deploying. Codemods are data (`codemods/*.yml`: an ast-grep rule plus
//! safety, versions and message); fixes are minimal byte-range edits applied to a fixpoint.
//!
//! Module map: `cli` (flags, orchestration) → `walk` (files) → `source` (decode) → `engine`
//! (match, fix, re-parse, repeat) using `spec` (loading codemods), `lang` (parsers), `transforms`
//! (named Rust fixers), `python` (syntax helpers), `edit` (text edits), `suppress` (inline
//! ignores), `versions` (target versions); then `write` (atomic writes) and `report` (output).

pub mod cli;
pub mod config;
pub mod edit;
pub mod engine;
pub mod export;
pub mod hcl;
pub mod lang;
pub mod prefilter;
pub mod python;
pub mod report;
pub mod schema;
pub mod select;
pub mod shard;
pub mod source;
pub mod spec;
pub mod suppress;
pub mod transforms;
pub mod versions;
pub mod walk;
pub mod write;
