//! The pipeline for text codemods (`language: text`): project files with no grammar here, such as
//! requirements files, Pipfile, pyproject.toml, package.json, Makefiles and shell scripts. It keeps
//! the engine's guarantees: only files a selected text codemod names are read; fixes are byte-range
//! edits; non-overlapping fixes are applied pass by pass until nothing changes; a file that does
//! not settle is left untouched; and a fix that breaks a format we can check (JSON, TOML, YAML) is
//! dropped, as a fix that adds a Python syntax error is.

use std::collections::HashSet;
use std::path::Path;

use super::{AppliedFix, Engine, Finding, LineIndex, Outcome};
use crate::engine::edit;
use crate::engine::suppress::Suppressions;
use crate::lang::Lang;
use crate::rules::TextCtx;

/// The formats whose syntax can be checked, by file name.
fn format_of(path: &Path) -> Option<&'static str> {
    let name = path.file_name()?.to_str()?;
    let ext = Path::new(name).extension().and_then(|e| e.to_str());
    match (name, ext) {
        ("Pipfile", _) | (_, Some("toml")) => Some("TOML"),
        (_, Some("json")) => Some("JSON"),
        (_, Some("yml" | "yaml")) => Some("YAML"),
        _ => None,
    }
}

/// Whether `text` is still valid in the file's format; formats we cannot check always pass.
pub fn check_syntax(path: &Path, text: &str) -> Result<(), String> {
    let result = match format_of(path) {
        Some("TOML") => toml::from_str::<toml::Table>(text)
            .map(drop)
            .map_err(|e| e.to_string()),
        Some("JSON") => serde_json::from_str::<serde_json::Value>(text)
            .map(drop)
            .map_err(|e| e.to_string()),
        Some("YAML") => ast_grep_config::from_str::<serde_json::Value>(text)
            .map(drop)
            .map_err(|e| e.to_string()),
        _ => Ok(()),
    };
    result.map_err(|e| {
        let kind = format_of(path).unwrap_or("text");
        format!("invalid {kind}: {}", e.lines().next().unwrap_or(""))
    })
}

impl Engine {
    /// Whether a selected text codemod reads this file (walking asks before reading anything).
    pub fn wants_text(&self, path: &Path) -> bool {
        self.codemods
            .iter()
            .any(|c| c.files.as_ref().is_some_and(|g| g.matches(path)))
    }

    /// The language a file is processed as: Python and HCL by extension, else text when a
    /// selected text codemod names it.
    pub fn lang_for(&self, path: &Path) -> Option<Lang> {
        Lang::from_path(path).or_else(|| self.wants_text(path).then_some(Lang::Text))
    }

    /// Codemods whose fixes wait this pass: those marked `defer: true` while another codemod
    /// still has a fix to apply, so they see (and rename) the code the others already repaired.
    pub(super) fn deferring<'f>(
        &self,
        findings: &'f [Finding],
        disabled: &HashSet<String>,
        created: &[crate::engine::edit::NewFile],
    ) -> HashSet<&'f str> {
        let deferred = |id: &str| self.codemods.iter().any(|c| c.defer && c.id == id);
        // A fix that only creates a file this run already creates is done, not pending.
        let others_pending = findings.iter().any(|f| {
            !deferred(&f.codemod)
                && !disabled.contains(&f.codemod)
                && f.fix_allowed(self.settings.apply).is_some()
                && !crate::engine::created_already(f, self.settings.apply, created)
        });
        if !others_pending {
            return HashSet::new();
        }
        findings
            .iter()
            .filter(|f| deferred(&f.codemod))
            .map(|f| f.codemod.as_str())
            .collect()
    }

    pub(super) fn process_text(&self, path: &Path, src: &str) -> Outcome {
        let mut out = Outcome::default();
        // Recomputed whenever a pass changes the text, as in the parsed pipeline.
        let active_for = |text: &str| -> Vec<usize> {
            (0..self.codemods.len())
                .filter(|&i| {
                    let c = &self.codemods[i];
                    c.text_fixer.is_some()
                        && c.files.as_ref().is_some_and(|g| g.matches(path))
                        && (c.prefilter.is_empty()
                            || c.prefilter.iter().any(|p| text.contains(p.as_str())))
                })
                .collect()
        };
        let mut active = active_for(src);
        if active.is_empty() {
            return out;
        }
        if let Err(e) = check_syntax(path, src) {
            out.errors.push(format!(
                "{}: {e}; the file is not checked or fixed",
                path.display()
            ));
            out.failed = true;
            return out;
        }
        let crlf = edit::is_crlf(src);
        let mut text = src.to_string();
        let mut disabled: HashSet<String> = HashSet::new();
        for pass in 0..self.settings.max_passes {
            let findings = self.find_text(path, &text, &active, pass == 0);
            if pass == 0 {
                out.findings = findings.clone();
            }
            let (taken, mut chosen) =
                self.choose(path, text.len(), &findings, &mut disabled, &mut out);
            if chosen.is_empty() {
                out.remaining = findings;
                break;
            }
            if pass + 1 == self.settings.max_passes {
                out.errors.push(format!(
                    "{}: fixes did not converge after {} passes; the file is left unchanged",
                    path.display(),
                    self.settings.max_passes
                ));
                out.failed = true;
                out.fixed = None;
                out.applied.clear();
                out.remaining = out.findings.clone();
                return out;
            }
            let mut next = edit::apply(&text, &taken, crlf);
            if check_syntax(path, &next).is_err() {
                let good;
                (good, chosen) = crate::engine::drop_breaking(
                    path,
                    &text,
                    crlf,
                    chosen,
                    &mut disabled,
                    &mut out,
                    |t| check_syntax(path, t).map_err(|e| format!("make the file {e}")),
                );
                if chosen.is_empty() {
                    continue;
                }
                next = edit::apply(&text, &good, crlf);
            }
            for (f, fix) in &chosen {
                out.applied.push(AppliedFix {
                    codemod: f.codemod.clone(),
                    code: f.code.clone(),
                    title: fix.title.clone(),
                    line: f.start.line,
                });
            }
            if text != next {
                active = active_for(&next);
            }
            text = next;
        }
        if text != src {
            out.fixed = Some(text);
        }
        out
    }

    fn find_text(
        &self,
        path: &Path,
        text: &str,
        active: &[usize],
        report_unused_suppressions: bool,
    ) -> Vec<Finding> {
        let lines = LineIndex::new(text);
        let suppressions = Suppressions::parse(text, Lang::Text);
        let mut out = Vec::new();
        for &i in active {
            let c = &self.codemods[i];
            let Some(fixer) = c.text_fixer else { continue };
            let ctx = TextCtx {
                src: text,
                path,
                codemod: c,
                options: &self.options[i],
            };
            for hit in fixer(&ctx) {
                let start = lines.position(text, hit.range.start);
                if suppressions.is_suppressed(start.line, &c.id, &c.code) {
                    continue;
                }
                let fixes = crate::engine::capped(c, hit.fixes);
                out.push(Finding {
                    codemod: c.id.clone(),
                    code: c.code.clone(),
                    message: hit.message.unwrap_or_else(|| c.message.clone()),
                    end: lines.position(text, hit.range.end),
                    start,
                    range: hit.range,
                    fixes,
                });
            }
        }
        if report_unused_suppressions {
            out.extend(crate::engine::unused_suppressions(
                &suppressions,
                &lines,
                text,
            ));
        }
        out.sort_by(|a, b| (a.range.start, &a.codemod).cmp(&(b.range.start, &b.codemod)));
        out
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use crate::engine::edit::Applicability;
    use crate::engine::spec;
    use crate::engine::{Engine, Settings};

    const SPEC: &str = "id: break\ncode: T001\nlanguage: text\nsafety: unsafe\nmessage: m\n\
        rationale: r\nurl: u\nfiles: ['*.json', 'Pipfile', '*.txt', '.github/workflows/*.yml']\n\
        fixer: test-break-syntax\n";

    fn engine() -> Engine {
        let c = spec::parse(SPEC, "test").expect("spec parses");
        Engine::new(
            vec![Arc::new(c)],
            Settings {
                apply: Some(Applicability::Unsafe),
                ..Settings::default()
            },
        )
    }

    #[test]
    fn a_fix_that_breaks_json_or_toml_is_dropped() {
        let e = engine();
        for (path, src) in [
            ("cdktf.json", "{\"a\": 1}\n"),
            ("Pipfile", "[packages]\ncdktf = \"*\"\n"),
        ] {
            let out = e.process(Path::new(path), crate::lang::Lang::Text, src);
            assert_eq!(out.fixed, None, "{path}");
            assert_eq!(out.findings.len(), 1, "{path}");
            assert!(
                out.errors.iter().any(|m| m.contains("fix dropped")),
                "{path}: {:?}",
                out.errors
            );
        }
        // Plain text has no syntax to break: the fix goes through, pass after pass, until the
        // fixer finds nothing left (an empty file).
        let out = e.process(
            Path::new("requirements.txt"),
            crate::lang::Lang::Text,
            "xy\n",
        );
        assert_eq!(out.fixed.as_deref(), Some(""));
        assert_eq!(out.applied.len(), 3);
    }

    #[test]
    fn invalid_input_is_reported_not_fixed() {
        let out = engine().process(Path::new("package.json"), crate::lang::Lang::Text, "{");
        assert!(out.failed);
        assert_eq!(out.fixed, None);
    }

    #[test]
    fn file_globs_match_names_and_path_tails() {
        let e = engine();
        assert!(e.wants_text(Path::new("a/b/requirements-dev.txt")));
        assert!(e.wants_text(Path::new("repo/.github/workflows/ci.yml")));
        assert!(!e.wants_text(Path::new("repo/ci.yml")));
        assert!(!e.wants_text(Path::new("Pipfile.lock")));
        assert_eq!(
            e.lang_for(Path::new("x.py")),
            Some(crate::lang::Lang::Python)
        );
    }

    #[test]
    fn text_specs_are_validated() {
        let bad = [
            (
                SPEC.replace(
                    "files: ['*.json', 'Pipfile', '*.txt', '.github/workflows/*.yml']\n",
                    "",
                ),
                "needs `files`",
            ),
            (
                format!("{SPEC}rule: {{kind: module}}\n"),
                "`rule` needs a grammar",
            ),
            (
                SPEC.replace("fixer: test-break-syntax\n", ""),
                "needs a `fixer`",
            ),
            (
                SPEC.replace("test-break-syntax", "nope"),
                "unknown text fixer",
            ),
            (SPEC.replace("'*.json'", "'a[b'"), "bad file pattern"),
            (
                "id: p\ncode: P1\nlanguage: python\nsafety: detect\nmessage: m\nrationale: r\n\
                 url: u\nfiles: ['*.txt']\nrule: {kind: module}\n"
                    .to_string(),
                "`files` is for `language: text`",
            ),
        ];
        for (text, want) in bad {
            let e = spec::parse(&text, "t").expect_err(want);
            assert!(e.message.contains(want), "{want}: {}", e.message);
        }
    }
}
