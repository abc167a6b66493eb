//! Module-level imports that come after code (ruff and pycodestyle E402, pylint C0413).
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
//! Not reported, as in ruff's E402: imports after the docstring, comments, module dunder
//! assignments (`__all__ = ...`, which PEP 8 places *before* imports), top-level `if`/`try`/
//! `with`/`match` blocks whatever they hold (`if TYPE_CHECKING:`, a version check that raises,
//! an `ImportError` fallback), and the statements an import may need before it: `sys.path` and
//! `site.addsitedir` changes, `os.environ` changes, `matplotlib.use`, `pytest.importorskip`,
//! `assert sys.platform == ...`. A project linted with ruff passes with them, so reporting them
//! would only invite a `# noqa`.

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
        if !(is_import(s) || allowed_before_imports(ctx, s) || is_docstring(s, i)) {
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
        } else if !(allowed_before_imports(ctx, s) || is_docstring(s, i)) {
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

/// What ruff's E402 lets come before an import without ending the module's imports (its
/// `visit_stmt`: dunder assignments, a top-level compound statement, and the
/// `ruff_python_semantic::analyze::imports` exemptions). Names are resolved through the
/// file's imports, as ruff does: `from os import environ; environ["X"] = "1"` counts,
/// `sys.path.append` without `import sys` does not.
fn allowed_before_imports(ctx: &Ctx, n: &Node) -> bool {
    if is_dunder_assignment(n) {
        return true;
    }
    let resolve = |e: &Node| qualified_name(ctx, e);
    match n.kind().as_ref() {
        "if_statement" | "try_statement" | "with_statement" | "match_statement" => true,
        "delete_statement" => n
            .children()
            .filter(|c| c.is_named())
            .flat_map(|c| {
                if c.kind() == "expression_list" {
                    c.children().filter(|x| x.is_named()).collect()
                } else {
                    vec![c]
                }
            })
            .any(|t| resolve(&unsubscript(&t)).as_deref() == Some("os.environ")),
        "assert_statement" => {
            let named: Vec<Node> = n.children().filter(|c| c.is_named()).collect();
            named.len() == 1 && is_platform_test(ctx, &named[0])
        }
        "expression_statement" => {
            let Some(e) = n.child(0) else { return false };
            if n.children().filter(|c| c.is_named()).count() != 1 {
                return false;
            }
            match e.kind().as_ref() {
                "call" => e
                    .field("function")
                    .and_then(|f| resolve(&f))
                    .is_some_and(|q| EXEMPT_CALLS.contains(&q.as_str())),
                "augmented_assignment" => e
                    .field("left")
                    .and_then(|l| resolve(&unsubscript(&l)))
                    .is_some_and(|q| q == "sys.path" || q == "os.environ"),
                "assignment" => {
                    // `a = os.environ["X"] = "1"` nests; any target counts.
                    let mut cur = Some(e);
                    while let Some(a) = cur.filter(|a| a.kind() == "assignment") {
                        if a.field("left")
                            .and_then(|l| resolve(&unsubscript(&l)))
                            .is_some_and(|q| q == "os.environ")
                        {
                            return true;
                        }
                        cur = a.field("right");
                    }
                    false
                }
                _ => false,
            }
        }
        _ => false,
    }
}

const EXEMPT_CALLS: &[&str] = &[
    "sys.path.append",
    "sys.path.insert",
    "sys.path.extend",
    "sys.path.remove",
    "sys.path.pop",
    "sys.path.clear",
    "sys.path.reverse",
    "sys.path.sort",
    "site.addsitedir",
    "os.putenv",
    "os.unsetenv",
    "os.environ.update",
    "os.environ.pop",
    "os.environ.clear",
    "os.environ.setdefault",
    "os.environ.popitem",
    "matplotlib.use",
    "pytest.importorskip",
];

/// `os.environ["X"]` -> `os.environ` (ruff's `map_subscript`).
fn unsubscript<'r>(n: &Node<'r>) -> Node<'r> {
    if n.kind() == "subscript"
        && let Some(v) = n.field("value")
    {
        return v;
    }
    n.clone()
}

/// The dotted name an expression spells, with its first name resolved through the file's
/// imports (`environ.update` after `from os import environ` is `os.environ.update`); `None` for
/// anything but a chain of names, or a first name no import binds.
fn qualified_name(ctx: &Ctx, e: &Node) -> Option<String> {
    let mut parts = Vec::new();
    let mut cur = e.clone();
    loop {
        match cur.kind().as_ref() {
            "attribute" => {
                parts.push(cur.field("attribute")?.text().to_string());
                cur = cur.field("object")?;
            }
            "identifier" => break,
            _ => return None,
        }
    }
    let head = cur.text();
    let b = ctx
        .index()
        .bindings
        .iter()
        .find(|b| b.top_level && b.local == head)?;
    let base = if b.is_from {
        format!("{}.{}", b.module, b.imported)
    } else if b.imported.split('.').next() == Some(&b.local) {
        b.local.clone()
    } else {
        b.imported.clone()
    };
    parts.push(base);
    parts.reverse();
    Some(parts.join("."))
}

/// ruff's `is_platform_assertion`: every leaf of the `and`/`or`/`not` tree is
/// `sys.platform == "..."`, `sys.platform != "..."` or `sys.platform.startswith("...")`, with
/// `sys` spelled as such.
fn is_platform_test(ctx: &Ctx, t: &Node) -> bool {
    let is_sys_platform = |e: &Node| {
        e.kind() == "attribute"
            && e.field("object").is_some_and(|o| o.text() == "sys")
            && qualified_name(ctx, e).as_deref() == Some("sys.platform")
    };
    let is_str =
        |e: &Node| e.kind() == "string" && !e.children().any(|c| c.kind() == "interpolation");
    match t.kind().as_ref() {
        "boolean_operator" => {
            t.field("left").is_some_and(|l| is_platform_test(ctx, &l))
                && t.field("right").is_some_and(|r| is_platform_test(ctx, &r))
        }
        "not_operator" => t
            .field("argument")
            .is_some_and(|a| is_platform_test(ctx, &a)),
        "parenthesized_expression" => t
            .children()
            .find(|c| c.is_named())
            .is_some_and(|c| is_platform_test(ctx, &c)),
        "comparison_operator" => {
            let named: Vec<Node> = t.children().filter(|c| c.is_named()).collect();
            let ops: Vec<String> = t
                .children()
                .filter(|c| !c.is_named())
                .map(|c| c.text().to_string())
                .collect();
            named.len() == 2
                && ops.len() == 1
                && (ops[0] == "==" || ops[0] == "!=")
                && is_sys_platform(&named[0])
                && is_str(&named[1])
        }
        "call" => {
            let Some(f) = t.field("function") else {
                return false;
            };
            let args: Vec<Node> = t
                .field("arguments")
                .map(|a| a.children().filter(|c| c.is_named()).collect())
                .unwrap_or_default();
            f.kind() == "attribute"
                && f.field("attribute")
                    .is_some_and(|a| a.text() == "startswith")
                && f.field("object").is_some_and(|o| is_sys_platform(&o))
                && args.len() == 1
                && is_str(&args[0])
        }
        _ => false,
    }
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
