//! Finding one file's findings in one pass: version gates first (so silenced codemods are not
//! matched at all), then every active codemod's rule in one walk of the tree (or, for text
//! files, each text fixer on the whole file), the fixers' closer look, suppressions, and the
//! import cleanups that belong to each fix.

use std::cell::OnceCell;
use std::path::Path;

use ast_grep_core::matcher::MatcherExt;

use super::fixloop::FileState;
use super::view::View;
use super::{Engine, Finding, LineIndex, UNUSED_SUPPRESSION, UNUSED_SUPPRESSION_CODE, cleanup};
use crate::engine::edit::{Applicability, Edit, Fix};
use crate::engine::spec::{Codemod, Safety, WhenUnknown};
use crate::engine::suppress::Suppressions;
use crate::lang::{Lang, Root};
use crate::project::versions::TargetVersions;
use crate::rules::{Ctx, Hit, Match, TextCtx};

impl Engine {
    /// The codemods that run on a file's current text: those of its profile and language whose
    /// prefilter the text passes, less the provider-index ones when no embedded index describes
    /// the project (said once, as a note).
    pub(crate) fn active(
        &self,
        profile: usize,
        path: &Path,
        lang: Lang,
        text: &str,
        versions: &TargetVersions,
        notes: &mut Vec<String>,
    ) -> Vec<usize> {
        let selected = &self.profiles[profile].selected;
        let clock = self.clock();
        let mut active: Vec<usize> = self
            .prefilter
            .active(lang, path, text)
            .into_iter()
            .filter(|&i| selected[i])
            .collect();
        self.record(super::timings::Stage::Prefilter, clock);
        let flavour = crate::rules::provider_index::flavour_of(text, versions);
        let choice = active
            .iter()
            .any(|&i| self.codemods[i].provider_index)
            .then(|| crate::rules::provider_index::for_target(versions, flavour));
        if let Some(Ok(crate::rules::provider_index::Choice {
            note: Some(note), ..
        })) = &choice
            && !notes.contains(note)
        {
            notes.push(note.clone());
        }
        if let Some(Err(why)) = choice {
            let skipped: Vec<&str> = self
                .codemods
                .iter()
                .filter(|c| c.provider_index)
                .map(|c| c.code.as_str())
                .collect();
            let note = format!("{why} ({})", skipped.join(", "));
            if !notes.contains(&note) {
                notes.push(note);
            }
            active.retain(|&i| !self.codemods[i].provider_index);
        }
        active
    }

    /// All findings of the file's active codemods on its current text, and the notes their
    /// fixers left (a module a schema codemod could not judge).
    pub(crate) fn find(
        &self,
        f: &FileState,
        root: Option<&Root>,
        view: &View,
    ) -> (Vec<Finding>, Vec<String>) {
        let text = f.text.as_str();
        let lines = LineIndex::new(text);
        let suppressions = Suppressions::parse(text, f.lang);
        let options = &self.profiles[f.profile].options;
        let index = OnceCell::new();
        let memo = crate::rules::Memo::default();
        let notes = std::cell::RefCell::new(Vec::new());
        let mut out = Vec::new();
        // Version gates: a known version outside the range silences the codemod; an unknown one
        // either silences it or withholds the fix, as the spec says.
        let mut runs: Vec<(usize, Option<String>)> = Vec::with_capacity(f.active.len());
        for &i in &f.active {
            if let Some(withheld) = gate(&self.codemods[i], &f.versions) {
                runs.push((i, withheld));
            }
        }
        let mut report = |c: &Codemod, hit: Hit, withheld: &Option<String>, default: String| {
            let start = lines.position(text, hit.range.start);
            if suppressions.is_suppressed(start.line, &c.id, &c.code) {
                return;
            }
            let mut message = hit.message.unwrap_or(default);
            let mut fixes = capped(c, hit.fixes);
            if let Some(w) = withheld {
                fixes.clear();
                message = format!("{message} ({w})");
            }
            out.push(Finding {
                codemod: c.id.clone(),
                code: c.code.clone(),
                message,
                end: lines.position(text, hit.range.end),
                start,
                range: hit.range,
                fixes,
            });
        };
        match (f.lang, root) {
            (Lang::Text, _) => {
                for (i, withheld) in &runs {
                    let c = &self.codemods[*i];
                    let Some(fixer) = c.text_fixer else { continue };
                    let ctx = TextCtx {
                        src: text,
                        path: &f.path,
                        codemod: c,
                        options: &options[*i],
                        versions: &f.versions,
                    };
                    let clock = self.clock();
                    let hits = fixer(&ctx);
                    if let (Some(t), Some(since)) = (&self.timings, clock) {
                        t.add_fix(*i, since, hits.len());
                    }
                    for hit in hits {
                        report(c, hit, withheld, c.message.clone());
                    }
                }
            }
            (_, Some(root)) => {
                let clock = self.clock();
                let mut matches = self.match_all(root, &runs);
                self.record(super::timings::Stage::Match, clock);
                let fix_clock = self.clock();
                for (run, (i, withheld)) in runs.iter().enumerate() {
                    let c = &self.codemods[*i];
                    let ctx = Ctx {
                        src: text,
                        root,
                        path: &f.path,
                        codemod: c,
                        versions: &f.versions,
                        options: &options[*i],
                        index: &index,
                        view,
                        memo: &memo,
                        notes: &notes,
                    };
                    let clock = self.clock();
                    let mut found = 0;
                    for m in std::mem::take(&mut matches[run]) {
                        let hits = match c.fixer {
                            Some(fixer) => fixer(&ctx, &m),
                            None => vec![template_hit(c, &m)],
                        };
                        found += hits.len();
                        for hit in hits {
                            report(c, hit, withheld, interpolate(&c.message, &m));
                        }
                    }
                    if let (Some(t), Some(since)) = (&self.timings, clock) {
                        t.add_fix(*i, since, found);
                    }
                }
                self.record(super::timings::Stage::Fix, fix_clock);
            }
            (_, None) => {}
        }
        if f.first_pass && self.profiles[f.profile].settings.unused_suppressions {
            out.extend(unused_suppressions(&suppressions, &lines, text));
        }
        out.sort_by(|a, b| (a.range.start, &a.codemod).cmp(&(b.range.start, &b.codemod)));
        // Only fixes that edit can orphan an import; most files have none.
        if f.lang == Lang::Python
            && let Some(root) = root
            && out
                .iter()
                .any(|x| x.fixes.iter().any(|fix| !fix.edits.is_empty()))
        {
            let clock = self.clock();
            let index = index.get_or_init(|| crate::lang::python::Index::build(root));
            cleanup::attach(text, index, &mut out);
            self.record(super::timings::Stage::Fix, clock);
        }
        (out, notes.into_inner())
    }

    /// The matches of every codemod in `runs`, each in the order `find_all` gives (pre-order),
    /// from a single walk of the tree: a node is tried only against the rules that can match
    /// its kind, as `ast-grep scan` does.
    fn match_all<'r>(
        &self,
        root: &'r Root,
        runs: &[(usize, Option<String>)],
    ) -> Vec<Vec<Match<'r>>> {
        let mut by_kind: Vec<Vec<usize>> = Vec::new();
        let mut any_kind: Vec<usize> = Vec::new();
        for (run, (i, _)) in runs.iter().enumerate() {
            match &self.kinds[*i] {
                None => any_kind.push(run),
                Some(kinds) => {
                    for &k in kinds {
                        if by_kind.len() <= k {
                            by_kind.resize_with(k + 1, Vec::new);
                        }
                        by_kind[k].push(run);
                    }
                }
            }
        }
        let mut found: Vec<Vec<Match<'r>>> = runs.iter().map(|_| Vec::new()).collect();
        if runs.is_empty() {
            return found;
        }
        for node in root.root().dfs() {
            let kind = usize::from(node.kind_id());
            let typed = by_kind.get(kind).map_or(&[][..], Vec::as_slice);
            for &run in typed.iter().chain(any_kind.iter()) {
                let c = &self.codemods[runs[run].0];
                let clock = self.clock();
                if let Some(m) = c
                    .matcher
                    .as_ref()
                    .and_then(|mt| mt.match_node(node.clone()))
                {
                    found[run].push(m);
                }
                if let (Some(t), Some(since)) = (&self.timings, clock) {
                    t.add_match(runs[run].0, since.elapsed().as_nanos() as u64);
                }
            }
        }
        found
    }
}

/// `None`: the codemod is silenced by a version gate. `Some(withheld)`: it runs; a message when
/// its fixes are withheld because a version it depends on is unknown.
fn gate(c: &Codemod, versions: &TargetVersions) -> Option<Option<String>> {
    let mut withheld = None;
    for g in &c.gates {
        match versions.get(g.tool) {
            Some(known) if !g.req.matches(&known.version) => return None,
            Some(_) => {}
            None => match g.when_unknown {
                WhenUnknown::Skip => return None,
                WhenUnknown::Detect => {
                    withheld = Some(format!(
                        "fix withheld: the target {} version is unknown and this applies only to {}; declare it with {} or in cdktf-fix.toml",
                        g.tool.name(),
                        g.req,
                        g.tool.flag()
                    ))
                }
            },
        }
    }
    Some(withheld)
}

/// The finding of a codemod with no fixer: its match, fixed by the spec's `fix:` template.
fn template_hit(c: &Codemod, m: &Match) -> Hit {
    let mut hit = Hit::new(m.get_node().range());
    if let (Some(t), Some(matcher)) = (&c.template, c.matcher.as_ref()) {
        let e = m.make_edit(matcher, t);
        let text = String::from_utf8_lossy(&e.inserted_text).into_owned();
        hit = hit.fix(Fix::new(
            c.message.clone(),
            c.safety.ceiling(),
            vec![Edit::replace(
                e.position,
                e.position + e.deleted_length,
                text,
            )],
        ));
    }
    hit
}

/// A fixer's fixes, none trusted beyond the codemod's declared safety; a detect-only codemod
/// keeps only descriptive (display) fixes.
pub(crate) fn capped(c: &Codemod, fixes: Vec<Fix>) -> Vec<Fix> {
    let mut fixes: Vec<Fix> = fixes
        .into_iter()
        .map(|mut f| {
            f.applicability = f.applicability.min(c.safety.ceiling());
            f
        })
        .collect();
    if c.safety == Safety::Detect {
        fixes.retain(|f| f.applicability == Applicability::Display);
    }
    fixes
}

/// `CFX000` findings for the suppression comments that silenced nothing.
fn unused_suppressions(suppressions: &Suppressions, lines: &LineIndex, text: &str) -> Vec<Finding> {
    suppressions
        .unused()
        .into_iter()
        .map(|(line, names)| {
            let range = lines.line_range(text, line);
            Finding {
                codemod: UNUSED_SUPPRESSION.into(),
                code: UNUSED_SUPPRESSION_CODE.into(),
                message: format!("unused suppression: nothing to ignore for {names}"),
                start: lines.position(text, range.start),
                end: lines.position(text, range.end),
                range,
                fixes: Vec::new(),
            }
        })
        .collect()
}

/// `$VAR` in a spec message becomes the text the metavariable matched.
fn interpolate(message: &str, m: &Match) -> String {
    if !message.contains('$') {
        return message.to_string();
    }
    let env = m.get_env();
    let mut out = String::with_capacity(message.len());
    let mut chars = message.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '$' {
            let rest = &message[i + 1..];
            let len = rest
                .find(|ch: char| !(ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_'))
                .unwrap_or(rest.len());
            if len > 0
                && let Some(node) = env.get_match(&rest[..len])
            {
                out.push_str(&node.text());
                for _ in 0..len {
                    chars.next();
                }
                continue;
            }
        }
        out.push(c);
    }
    out
}
