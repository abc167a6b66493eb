//! `--timings`: where a run's time goes, by stage (read, prefilter, parse, match, fix, verify,
//! write) and by codemod (matching its rule, running its fixer), summed over all threads. Off by
//! default: with timings off, each instrumented place costs one branch.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Read,
    Prefilter,
    Parse,
    Match,
    Fix,
    Verify,
    Write,
}

const STAGES: [(Stage, &str); 7] = [
    (Stage::Read, "read"),
    (Stage::Prefilter, "prefilter"),
    (Stage::Parse, "parse"),
    (Stage::Match, "match"),
    (Stage::Fix, "fix"),
    (Stage::Verify, "verify"),
    (Stage::Write, "write"),
];

/// Nanoseconds per stage and per codemod.
pub struct Timings {
    stages: [AtomicU64; 7],
    /// Per codemod: matching its rule, running its fixer, findings reported.
    codemods: Vec<[AtomicU64; 3]>,
}

impl Timings {
    pub fn new(codemods: usize) -> Timings {
        Timings {
            stages: Default::default(),
            codemods: (0..codemods).map(|_| Default::default()).collect(),
        }
    }

    pub fn add(&self, stage: Stage, since: Instant) {
        let i = STAGES.iter().position(|(s, _)| *s == stage).unwrap_or(0);
        self.stages[i].fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }

    pub fn add_match(&self, codemod: usize, nanos: u64) {
        if let Some(c) = self.codemods.get(codemod) {
            c[0].fetch_add(nanos, Ordering::Relaxed);
        }
    }

    pub fn add_fix(&self, codemod: usize, since: Instant, findings: usize) {
        if let Some(c) = self.codemods.get(codemod) {
            c[1].fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
            c[2].fetch_add(findings as u64, Ordering::Relaxed);
        }
    }

    /// The report: stages, then the codemods that took any time, slowest first.
    pub fn render(&self, names: &[&str], wall: f64) -> String {
        let secs = |a: &AtomicU64| a.load(Ordering::Relaxed) as f64 / 1e9;
        let total: f64 = self.stages.iter().map(secs).sum();
        let mut out =
            format!("timings: {wall:.3} s wall; CPU seconds by stage, summed over threads:\n");
        for ((_, name), t) in STAGES.iter().zip(&self.stages) {
            let s = secs(t);
            let share = if total > 0.0 { 100.0 * s / total } else { 0.0 };
            out.push_str(&format!("  {name:<10} {s:>9.3} {share:>5.1}%\n"));
        }
        out.push_str(&format!("  {:<10} {total:>9.3}\n", "total"));
        let mut rows: Vec<(usize, f64, f64, u64)> = self
            .codemods
            .iter()
            .enumerate()
            .map(|(i, c)| (i, secs(&c[0]), secs(&c[1]), c[2].load(Ordering::Relaxed)))
            .filter(|(_, m, f, _)| *m + *f > 0.0)
            .collect();
        rows.sort_by(|a, b| (b.1 + b.2).total_cmp(&(a.1 + a.2)));
        if !rows.is_empty() {
            out.push_str(&format!(
                "  {:<36} {:>9} {:>9} {:>9}\n",
                "codemod", "match s", "fix s", "findings"
            ));
        }
        for (i, m, f, n) in rows {
            let name = names.get(i).copied().unwrap_or("?");
            out.push_str(&format!("  {name:<36} {m:>9.3} {f:>9.3} {n:>9}\n"));
        }
        out
    }
}
