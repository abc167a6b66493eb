//! Module-level imports that come after code (pycodestyle E402, pylint C0413).
//!
//! Moving an import is only behaviour-preserving when nothing it crosses can observe the
//! difference. The seed 001 pattern, `sys.path.append(...)` followed by
//! `from lib.tap_stack import TapStack`, is the opposite case: the code before the import is what
//! makes it work, and the seed's "fix" (imports first, path change after) makes the path change
//! dead for that import. So the import is moved up only when every statement it would cross is
//! inert: comments, bare strings, `pass`, plain-name assignments of call-free values, and
//! undecorated `def`s with call-free defaults, none of them mentioning a name the import binds.
//! Anything else (a call, a subscript or attribute assignment such as `os.environ["X"] = ...`, a
//! class, a decorated def, a compound statement) makes the finding report-only.
//!
//! Not reported, as in pycodestyle: imports after the docstring, comments, module dunder
//! assignments (`__all__ = ...`, which PEP 8 places *before* imports), and `if`/`try` blocks that
//! only import (`if TYPE_CHECKING:`, `try: import x except ImportError: x = None`).

use crate::engine::edit::{Edit, Fix};
use crate::lang::Node;
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

const SUPPRESSED_BY: &[&str] = &["E402", "CDK021", "wrong-import-position", "C0413"];

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let module = m.get_node();
    let src = ctx.src;
    let stmts: Vec<Node> = module
        .children()
        .filter(|c| c.is_named() && c.kind() != "comment")
        .collect();
    // The leading block and where hoisted imports go: after its last import (or, without one,
    // after the docstring and dunders, or the comment header of the file).
    let mut insert_at = None;
    let mut lead_len = 0;
    for (i, s) in stmts.iter().enumerate() {
        if !(is_import(s) || is_guarded_imports(s) || is_dunder_assignment(s) || is_docstring(s, i))
        {
            break;
        }
        lead_len = i + 1;
        insert_at = Some(python::line_end_incl(src, s.range().end));
    }
    let insert_at = insert_at.unwrap_or_else(|| header_end(src, module));

    let mut first_code: Option<&Node> = None;
    let mut late: Vec<(&Node, Option<&Node>)> = Vec::new(); // (import, the code that pins it)
    for (i, s) in stmts.iter().enumerate().skip(lead_len) {
        if is_import(s) {
            if s.kind() == "future_import_statement" || first_code.is_none() {
                continue;
            }
            if python::noqa_covers(src, s.range(), SUPPRESSED_BY) {
                continue;
            }
            let names: Vec<String> = ctx
                .index()
                .bindings
                .iter()
                .filter(|b| b.stmt == s.range())
                .map(|b| b.local.clone())
                .collect();
            let blocker = stmts[lead_len..i]
                .iter()
                .find(|c| !is_import(c) && !is_inert(c, &names));
            let movable = starts_and_ends_lines(src, s);
            late.push((s, if movable { blocker } else { Some(s) }));
        } else if !(is_guarded_imports(s) || is_dunder_assignment(s) || is_docstring(s, i)) {
            first_code.get_or_insert(s);
        }
    }
    // One fix moves every movable import at once, so they keep their order and the edits do
    // not compete for the same insertion point; each finding carries it.
    let mut moved = String::new();
    let mut edits: Vec<Edit> = Vec::new();
    for (s, blocker) in &late {
        if blocker.is_some() {
            continue;
        }
        let r = s.range();
        // Comment lines right above the import describe it and travel with it.
        let a = comments_above(src, python::line_start(src, r.start));
        let b = python::line_end_incl(src, r.end);
        moved.push_str(&src[a..b]);
        if !moved.ends_with('\n') {
            moved.push('\n');
        }
        push_merged(&mut edits, Edit::delete(a, b));
    }
    let fix = (!moved.is_empty()).then(|| {
        let mut all = vec![Edit::insert(insert_at, moved.clone())];
        all.extend(
            edits
                .iter()
                .map(|e| Edit::delete(collapse_blank(src, e.start, e.end), e.end)),
        );
        Fix::new(
            "Move the import(s) up to the module's imports",
            ctx.codemod.safety.ceiling(),
            all,
        )
    });
    let code_line = |n: &Node| src[..n.range().start].matches('\n').count() + 1;
    late.into_iter()
        .map(|(s, blocker)| {
            let hit = Hit::new(s.range());
            match blocker {
                None => {
                    let code = first_code.map(|c| {
                        format!(" (`{}`, line {})", short(&c.text()), code_line(c))
                    });
                    let hit = hit.message(format!(
                        "Module-level import after code{}",
                        code.unwrap_or_default()
                    ));
                    match &fix {
                        Some(f) => hit.fix(f.clone()),
                        None => hit,
                    }
                }
                Some(b) if b.range() == s.range() => hit.message(
                    "Module-level import after code; it shares its line with other statements, so it is not moved automatically",
                ),
                Some(b) => hit.message(format!(
                    "Module-level import after code that may be what it needs (`{}`, line {}); not moved automatically: moving the import up would run it before that code, moving the code down (as seed 001's fix did) would stop it affecting the import. Fix the layout (e.g. a conftest.py or pytest `pythonpath` instead of a sys.path change) or mark the import `# noqa: E402`",
                    short(&b.text()),
                    code_line(b)
                )),
            }
        })
        .collect()
}

fn push_merged(edits: &mut Vec<Edit>, e: Edit) {
    if let Some(last) = edits.last_mut()
        && e.start <= last.end
        && last.text.is_empty()
        && e.text.is_empty()
    {
        last.start = last.start.min(e.start);
        last.end = last.end.max(e.end);
        return;
    }
    edits.push(e);
}

/// Start of the run of comment-only lines that ends just above `line`.
fn comments_above(src: &str, line: usize) -> usize {
    let mut at = line;
    while at > 0 {
        let prev = python::line_start(src, at - 1);
        if !src[prev..at].trim_start().starts_with('#') {
            break;
        }
        at = prev;
    }
    at
}

/// Where deleting the lines `start..end` should begin so that it leaves no doubled blank line
/// (or a blank line before the end of the file) behind: one blank line above goes too when a
/// blank line or the end follows.
fn collapse_blank(src: &str, start: usize, end: usize) -> usize {
    if start == 0 {
        return start;
    }
    let prev = python::line_start(src, start - 1);
    let next = &src[end..python::line_end_incl(src, end)];
    if src[prev..start].trim().is_empty() && next.trim().is_empty() {
        prev
    } else {
        start
    }
}

fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() > 60 || line.len() < text.len() {
        let cut: String = line.chars().take(57).collect();
        format!("{cut}...")
    } else {
        line.to_string()
    }
}

fn starts_and_ends_lines(src: &str, s: &Node) -> bool {
    let r = s.range();
    let rest = &src[r.end..python::line_end_incl(src, r.end)];
    let rest = rest.trim_start_matches([' ', '\t']);
    python::starts_line(src, r.start)
        && (rest.is_empty()
            || rest.starts_with('#')
            || rest.starts_with('\n')
            || rest.starts_with("\r\n"))
}

/// Offset after the comment lines (shebang, encoding, licence) that open the file.
fn header_end(src: &str, module: &Node) -> usize {
    let mut at = 0;
    for c in module.children() {
        if c.kind() == "comment" && c.range().start == at {
            at = python::line_end_incl(src, c.range().end);
        } else {
            break;
        }
    }
    at
}

fn is_import(n: &Node) -> bool {
    matches!(
        n.kind().as_ref(),
        "import_statement" | "import_from_statement" | "future_import_statement"
    )
}

fn is_docstring(n: &Node, index: usize) -> bool {
    index == 0 && is_bare_string(n)
}

fn is_bare_string(n: &Node) -> bool {
    n.kind() == "expression_statement"
        && n.children().filter(|c| c.is_named()).count() == 1
        && n.child(0)
            .is_some_and(|c| matches!(c.kind().as_ref(), "string" | "concatenated_string"))
}

/// `__all__ = [...]`, `__version__ = "1.0"`: PEP 8 puts module dunders before the imports.
fn is_dunder_assignment(n: &Node) -> bool {
    n.kind() == "expression_statement"
        && n.child(0).is_some_and(|a| {
            a.kind() == "assignment"
                && a.field("left").is_some_and(|l| {
                    let t = l.text();
                    l.kind() == "identifier"
                        && t.len() > 4
                        && t.starts_with("__")
                        && t.ends_with("__")
                })
        })
}

/// `if`/`try` blocks whose statements only import, `pass`, or set a name to a literal
/// (`except ImportError: yaml = None`).
fn is_guarded_imports(n: &Node) -> bool {
    if !matches!(n.kind().as_ref(), "if_statement" | "try_statement") {
        return false;
    }
    let mut saw_import = false;
    for d in n.dfs() {
        if d.parent().is_none_or(|p| p.kind() != "block") || d.kind() == "comment" {
            continue;
        }
        match d.kind().as_ref() {
            "import_statement" | "import_from_statement" => saw_import = true,
            "pass_statement" | "if_statement" | "try_statement" => {}
            "expression_statement" => {
                let literal = d.child(0).is_some_and(|a| {
                    a.kind() == "assignment"
                        && a.field("left").is_some_and(|l| l.kind() == "identifier")
                        && a.field("right").is_some_and(|r| {
                            matches!(
                                r.kind().as_ref(),
                                "none" | "true" | "false" | "string" | "integer" | "float"
                            )
                        })
                });
                if !literal {
                    return false;
                }
            }
            _ => return false,
        }
    }
    saw_import
}

/// Whether moving an import that binds `names` across `n` cannot change what either does.
fn is_inert(n: &Node, names: &[String]) -> bool {
    let mentions = |x: &Node| {
        x.dfs()
            .any(|d| d.kind() == "identifier" && names.iter().any(|nm| nm == &d.text()))
    };
    let has_effects = |x: &Node| {
        x.dfs().any(|d| {
            matches!(
                d.kind().as_ref(),
                "call" | "subscript" | "await" | "yield" | "named_expression" | "decorator"
            )
        })
    };
    match n.kind().as_ref() {
        "pass_statement" => true,
        "expression_statement" if is_bare_string(n) => true,
        "expression_statement" => {
            let Some(a) = n.child(0) else { return false };
            let targets_are_names = a.kind() == "assignment"
                && n.children().filter(|c| c.is_named()).count() == 1
                && a.field("left").is_some_and(|l| {
                    l.kind() == "identifier"
                        || (matches!(l.kind().as_ref(), "pattern_list" | "tuple_pattern")
                            && l.children()
                                .filter(|c| c.is_named())
                                .all(|c| c.kind() == "identifier"))
                });
            targets_are_names && !has_effects(n) && !mentions(n)
        }
        "function_definition" => ["name", "parameters", "return_type"]
            .iter()
            .filter_map(|f| n.field(f))
            .all(|h| !has_effects(&h) && !mentions(&h)),
        _ => false,
    }
}
