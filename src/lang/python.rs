//! Python syntax helpers shared by the transforms: where statements and list items begin and end
//! (with their commas and lines), how to add an item to an argument list or a list in the style
//! the code already uses, and what a file imports. They work on tree-sitter-python nodes and
//! return [`Edit`]s; nothing here re-prints code it did not need to touch.

use crate::engine::edit::Edit;
use crate::lang::{Node, Root};

pub fn line_start(src: &str, pos: usize) -> usize {
    src[..pos].rfind('\n').map_or(0, |i| i + 1)
}

/// Offset just past the line break ending the line that contains `pos` (or the end of the text).
pub fn line_end_incl(src: &str, pos: usize) -> usize {
    src[pos..].find('\n').map_or(src.len(), |i| pos + i + 1)
}

/// The leading whitespace of the line that contains `pos`.
pub fn indent_at(src: &str, pos: usize) -> &str {
    let start = line_start(src, pos);
    let line = &src[start..];
    let n = line.len() - line.trim_start_matches([' ', '\t']).len();
    &line[..n]
}

/// Whether only whitespace precedes `pos` on its line.
pub fn starts_line(src: &str, pos: usize) -> bool {
    src[line_start(src, pos)..pos].trim().is_empty()
}

/// Whether only whitespace, an optional comma and an optional comment follow `pos` on its line.
fn ends_line(src: &str, pos: usize) -> bool {
    let rest = &src[pos..line_end_incl(src, pos)];
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest
        .strip_prefix(',')
        .unwrap_or(rest)
        .trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with('#') || rest.starts_with('\n') || rest.starts_with("\r\n")
}

fn is_trivia(n: &Node) -> bool {
    n.kind() == "comment"
}

/// Remove a statement. A statement alone on its lines takes its lines with it; the only statement
/// of a block becomes `pass` so the block stays valid.
pub fn remove_statement(src: &str, stmt: &Node) -> Vec<Edit> {
    let r = stmt.range();
    if let Some(parent) = stmt.parent()
        && parent.kind() == "block"
        && parent
            .children()
            .filter(|c| c.is_named() && !is_trivia(c))
            .count()
            == 1
    {
        return vec![Edit::replace(r.start, r.end, "pass")];
    }
    if starts_line(src, r.start) && ends_line(src, r.end) {
        // The line goes whole, with a trailing comment: it described this statement.
        let end = line_end_incl(src, r.end);
        let mut start = line_start(src, r.start);
        // Do not leave two blank lines (or a blank line before a dedent or the end) behind.
        if start > 0 {
            let prev_start = line_start(src, start - 1);
            let prev_blank = src[prev_start..start].trim().is_empty();
            let next = &src[end..line_end_incl(src, end)];
            let next_indent = next.len() - next.trim_start_matches([' ', '\t']).len();
            let next_blank_or_dedent =
                next.trim().is_empty() || next_indent < indent_at(src, r.start).len();
            if prev_blank && next_blank_or_dedent {
                start = prev_start;
            }
        }
        return vec![Edit::delete(start, end)];
    }
    // `a; b` on one line: take the statement and one neighbouring `;`.
    let after = &src[r.end..];
    let trimmed = after.trim_start_matches([' ', '\t']);
    if let Some(rest) = trimmed.strip_prefix(';') {
        let extra = after.len() - rest.trim_start_matches([' ', '\t']).len();
        return vec![Edit::delete(r.start, r.end + extra)];
    }
    let before = &src[..r.start];
    let trimmed = before.trim_end_matches([' ', '\t']);
    if let Some(stripped) = trimmed.strip_suffix(';') {
        return vec![Edit::delete(stripped.len(), r.end)];
    }
    vec![Edit::delete(r.start, r.end)]
}

/// The comma-separated items of a container (argument list, list, dict, tuple, parameters).
pub fn items<'r>(container: &Node<'r>) -> Vec<Node<'r>> {
    container
        .children()
        .filter(|c| c.is_named() && !is_trivia(c))
        .collect()
}

/// Remove one item of a comma-separated container with its comma. An item alone on its line
/// takes the line; otherwise the separator towards a neighbour goes with it.
pub fn remove_item(src: &str, item: &Node) -> Vec<Edit> {
    let Some(container) = item.parent() else {
        return vec![];
    };
    let all = items(&container);
    let Some(idx) = all.iter().position(|n| n.node_id() == item.node_id()) else {
        return vec![];
    };
    let r = item.range();
    if starts_line(src, r.start) && ends_line(src, r.end) {
        return vec![Edit::delete(
            line_start(src, r.start),
            line_end_incl(src, r.end),
        )];
    }
    if let Some(next) = all.get(idx + 1) {
        return vec![Edit::delete(r.start, next.range().start)];
    }
    if idx > 0 {
        // `f(a, b)` -> `f(a)`; a trailing comma after `b` stays: `f(a, b,)` -> `f(a,)`.
        return vec![Edit::delete(all[idx - 1].range().end, r.end)];
    }
    // The only item: take a trailing comma too.
    let after = &src[r.end..];
    let t = after.trim_start_matches([' ', '\t']);
    let end = if t.starts_with(',') {
        r.end + (after.len() - t.len()) + 1
    } else {
        r.end
    };
    vec![Edit::delete(r.start, end)]
}

/// Add `text` as the last item of an argument list, list or dict, following the container's
/// layout: one item per line (with the last item's indentation and trailing-comma habit) or
/// inline `, item`. `text` may span lines; its continuation lines are indented relative to the
/// new item's indentation.
pub fn append_item(src: &str, container: &Node, text: &str) -> Vec<Edit> {
    let all = items(container);
    let r = container.range();
    let close = r.end - 1; // `)` / `]` / `}`
    let Some(last) = all.last() else {
        // Empty container: `()` or a multi-line empty one.
        let inner = &src[r.start + 1..close];
        if inner.contains('\n') {
            let indent = format!("{}    ", indent_at(src, r.start));
            return vec![Edit::replace(
                r.start + 1,
                close,
                format!(
                    "\n{indent}{},\n{}",
                    reindent(text, &indent),
                    indent_at(src, close)
                ),
            )];
        }
        return vec![Edit::replace(r.start + 1, close, text.to_string())];
    };
    let lr = last.range();
    let after_last = &src[lr.end..close];
    let has_trailing_comma = after_last.trim_start().starts_with(',');
    let multiline = src[r.start..lr.start].contains('\n') && starts_line(src, lr.start);
    if multiline {
        let indent = indent_at(src, lr.start).to_string();
        let body = reindent(text, &indent);
        if has_trailing_comma {
            let comma = lr.end + after_last.find(',').unwrap_or(0) + 1;
            // Insert after the comma's line so a trailing comment stays on its own item.
            let at = line_end_incl(src, comma);
            if src[comma..at].ends_with('\n') {
                return vec![Edit::insert(at, format!("{indent}{body},\n"))];
            }
            return vec![Edit::insert(comma, format!("\n{indent}{body},"))];
        }
        return vec![Edit::insert(lr.end, format!(",\n{indent}{body}"))];
    }
    if has_trailing_comma {
        let comma = lr.end + after_last.find(',').unwrap_or(0) + 1;
        return vec![Edit::insert(comma, format!(" {text}"))];
    }
    vec![Edit::insert(lr.end, format!(", {text}"))]
}

/// Indent every line after the first of `text` by `indent`.
pub fn reindent(text: &str, indent: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(indent);
            }
        }
        out.push_str(line);
    }
    out
}

/// Shift a multi-line snippet taken from the source so its continuation lines lose `from`
/// columns of indentation (they are re-indented where it is inserted).
pub fn dedent_continuation(text: &str, from: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            let ws = line.len() - line.trim_start_matches([' ', '\t']).len();
            out.push_str(&line[ws.min(from)..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The keyword argument `name=` of a call's argument list, if present.
pub fn keyword_arg<'r>(args: &Node<'r>, name: &str) -> Option<Node<'r>> {
    args.children().find(|c| {
        c.kind() == "keyword_argument" && c.field("name").is_some_and(|n| n.text() == name)
    })
}

/// The enclosing statement of a node (the child of a `block` or `module`).
pub fn enclosing_statement<'r>(node: &Node<'r>) -> Option<Node<'r>> {
    let mut cur = node.clone();
    loop {
        let parent = cur.parent()?;
        if matches!(parent.kind().as_ref(), "block" | "module") {
            return Some(cur);
        }
        cur = parent;
    }
}

/// Whether a statement sits in the body of a `try:` whose handlers catch a failed import
/// (`ImportError`, `ModuleNotFoundError`, a broader `Exception`, or a bare `except:`): code that
/// expects the import may fail and has a fallback.
pub fn guarded_by_import_error(node: &Node) -> bool {
    const CATCHES: [&str; 4] = [
        "ImportError",
        "ModuleNotFoundError",
        "Exception",
        "BaseException",
    ];
    let mut cur = node.clone();
    while let Some(parent) = cur.parent() {
        if parent.kind() == "try_statement"
            && parent
                .field("body")
                .is_some_and(|b| b.range() == cur.range())
        {
            let guarded = parent.children().any(|c| {
                c.kind() == "except_clause" && {
                    let head = c.text();
                    let head = head.split(':').next().unwrap_or("");
                    let caught = head.trim_start_matches("except").trim();
                    caught.is_empty()
                        || head
                            .split(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                            .any(|w| CATCHES.contains(&w))
                }
            });
            if guarded {
                return true;
            }
        }
        cur = parent;
    }
    false
}

/// The last name of a callee: `S3Bucket` for `S3Bucket(...)` and `s3_bucket.S3Bucket(...)`.
pub fn callee_name(call: &Node) -> Option<String> {
    let f = call.field("function")?;
    match f.kind().as_ref() {
        "identifier" => Some(f.text().to_string()),
        "attribute" => Some(f.field("attribute")?.text().to_string()),
        _ => None,
    }
}

/// One name bound by an import statement.
#[derive(Clone, Debug)]
pub struct Binding {
    /// The name the code uses (the alias if there is one).
    pub local: String,
    /// The imported name (`S3Bucket` in `from m import S3Bucket as B`).
    pub imported: String,
    /// `from` module for `from m import x`; the module itself for `import m`.
    pub module: String,
    pub is_from: bool,
    /// The `dotted_name` / `aliased_import` node inside the statement.
    pub item: std::ops::Range<usize>,
    /// Byte range of the imported name inside `item`.
    pub name_range: std::ops::Range<usize>,
    pub stmt: std::ops::Range<usize>,
    pub top_level: bool,
}

/// All import bindings of a file, in source order. Walks the whole tree: fixers should use
/// [`Index::bindings`] through their context instead, which walks it once per pass.
pub fn bindings(root: &Root) -> Vec<Binding> {
    Index::build(root).bindings
}

fn push_bindings(stmt: &Node, top_level: bool, out: &mut Vec<Binding>) {
    let kind = stmt.kind();
    {
        let is_from = kind == "import_from_statement";
        let module = if is_from {
            stmt.field("module_name")
                .map(|m| m.text().to_string())
                .unwrap_or_default()
        } else {
            String::new()
        };
        for item in stmt.field_children("name") {
            let (name_node, local) = match item.kind().as_ref() {
                "aliased_import" => {
                    let Some(name) = item.field("name") else {
                        continue;
                    };
                    let alias = item
                        .field("alias")
                        .map(|a| a.text().to_string())
                        .unwrap_or_default();
                    (name, alias)
                }
                _ => {
                    let t = item.text().to_string();
                    // `import a.b` binds `a`.
                    let local = if is_from {
                        t.clone()
                    } else {
                        t.split('.').next().unwrap_or("").to_string()
                    };
                    (item.clone(), local)
                }
            };
            let imported = name_node.text().to_string();
            out.push(Binding {
                local,
                module: if is_from {
                    module.clone()
                } else {
                    imported.clone()
                },
                imported,
                is_from,
                item: item.range(),
                name_range: name_node.range(),
                stmt: stmt.range(),
                top_level,
            });
        }
    }
}

/// The tree-sitter ids of the node kinds the index looks at.
struct KindIds {
    ids: Vec<u16>,
    r#type: u16,
}

impl KindIds {
    fn interesting(&self, id: u16) -> bool {
        self.ids.contains(&id)
    }
}

fn kind_ids() -> &'static KindIds {
    static IDS: std::sync::OnceLock<KindIds> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        use ast_grep_core::Language;
        let lang = crate::lang::SupportLang::Python;
        let ids = [
            "module",
            "import_from_statement",
            "import_statement",
            "assignment",
            "augmented_assignment",
            "attribute",
            "keyword_argument",
            "identifier",
            "string",
        ]
        .iter()
        .map(|k| lang.kind_to_id(k))
        .collect();
        KindIds {
            ids,
            r#type: lang.kind_to_id("type"),
        }
    })
}

/// Whether replaced text contains any identifier at all: if a fix only replaced punctuation or
/// literals, no import can have lost its last use and the orphan check is skipped.
pub fn has_identifier_char(replaced: &str) -> bool {
    replaced.chars().any(|c| c.is_alphabetic() || c == '_')
}

/// What fixers ask of a file again and again, collected in one walk of the tree: import
/// bindings, assignments by target text, and identifier nodes by name. Without it each question
/// is a walk of the whole tree, which is quadratic on large generated files.
pub struct Index<'r> {
    pub bindings: Vec<Binding>,
    /// Import statements by range, and how many names each binds.
    statements: std::collections::HashMap<(usize, usize), (Node<'r>, usize)>,
    assignments: std::collections::HashMap<String, Vec<Node<'r>>>,
    identifiers: std::collections::HashMap<String, Vec<Node<'r>>>,
    /// Names `__all__` lists (`__all__ = [...]` or `+=`): exported, so used.
    exported: std::collections::HashSet<String>,
    /// Identifiers inside string annotations (`def f(x: "Foo")`): uses too.
    annotation_names: std::collections::HashSet<String>,
}

impl<'r> Index<'r> {
    /// One top-down walk. It never asks a node for its parent: tree-sitter finds a parent by
    /// searching down from the root, which is linear in the siblings and made the naive version
    /// quadratic on large flat files.
    pub fn build(root: &'r Root) -> Index<'r> {
        let mut bindings = Vec::new();
        let mut statements: std::collections::HashMap<(usize, usize), (Node<'r>, usize)> =
            std::collections::HashMap::new();
        let mut assignments: std::collections::HashMap<String, Vec<Node<'r>>> =
            std::collections::HashMap::new();
        let mut identifiers: std::collections::HashMap<String, Vec<Node<'r>>> =
            std::collections::HashMap::new();
        let mut exported = std::collections::HashSet::new();
        let mut annotation_names = std::collections::HashSet::new();
        // (node, is the module's direct child, inside a type annotation)
        let mut stack: Vec<(Node<'r>, bool, bool)> = vec![(root.root(), false, false)];
        let mut not_a_use: Option<usize> = None;
        let mut skip_ids: std::collections::HashSet<usize> = std::collections::HashSet::new();
        let ids = kind_ids();
        while let Some((n, top_level, in_type)) = stack.pop() {
            // Most nodes are none of the kinds below: compare numeric ids, not names.
            let id = n.kind_id();
            if !ids.interesting(id) {
                let in_type = in_type || id == ids.r#type;
                for c in n.children().collect::<Vec<_>>().into_iter().rev() {
                    stack.push((c, false, in_type));
                }
                continue;
            }
            let kind = n.kind();
            match kind.as_ref() {
                "import_from_statement" | "import_statement" => {
                    let before = bindings.len();
                    push_bindings(&n, top_level, &mut bindings);
                    let r = n.range();
                    statements.insert((r.start, r.end), (n.clone(), bindings.len() - before));
                    continue;
                }
                "assignment" | "augmented_assignment" => {
                    if let Some(l) = n.field("left") {
                        let target = l.text();
                        if target == "__all__" {
                            for st in n.dfs().filter(|d| d.kind() == "string") {
                                exported.insert(string_body(&st.text()).to_string());
                            }
                        }
                        if kind == "assignment" {
                            assignments
                                .entry(target.to_string())
                                .or_default()
                                .push(n.clone());
                        }
                    }
                }
                "string" if in_type => {
                    let text = n.text();
                    annotation_names.extend(
                        string_body(&text)
                            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                            .filter(|w| w.starts_with(|c: char| c.is_alphabetic() || c == '_'))
                            .map(str::to_string),
                    );
                }
                "attribute" => not_a_use = n.field("attribute").map(|a| a.node_id()),
                "keyword_argument" => not_a_use = n.field("name").map(|a| a.node_id()),
                "identifier" => {
                    if !skip_ids.remove(&n.node_id()) {
                        identifiers
                            .entry(n.text().to_string())
                            .or_default()
                            .push(n.clone());
                    }
                    continue;
                }
                _ => {}
            }
            if let Some(id) = not_a_use.take() {
                skip_ids.insert(id);
            }
            let is_module = kind == "module";
            let in_type = in_type || kind == "type";
            let children: Vec<Node<'r>> = n.children().collect();
            for c in children.into_iter().rev() {
                stack.push((c, is_module, in_type));
            }
        }
        Index {
            bindings,
            statements,
            assignments,
            identifiers,
            exported,
            annotation_names,
        }
    }

    /// The import statement spanning `range`.
    pub fn statement(&self, range: &std::ops::Range<usize>) -> Option<&Node<'r>> {
        self.statements
            .get(&(range.start, range.end))
            .map(|(n, _)| n)
    }

    /// Edits that remove the import binding `b` (the whole statement when it is the only name),
    /// without walking the tree: the statement and its names are known.
    pub fn remove_binding(&self, src: &str, b: &Binding) -> Vec<Edit> {
        let Some((stmt, names)) = self.statements.get(&(b.stmt.start, b.stmt.end)) else {
            return vec![];
        };
        if *names <= 1 {
            return remove_statement(src, stmt);
        }
        remove_import_items(src, stmt, std::slice::from_ref(&b.item))
    }

    /// Names read or bound anywhere outside imports, plus the strings listed in `__all__` and
    /// the identifiers inside string annotations.
    pub fn used_names(&self) -> std::collections::HashSet<&str> {
        self.identifiers
            .keys()
            .map(String::as_str)
            .chain(self.exported.iter().map(String::as_str))
            .chain(self.annotation_names.iter().map(String::as_str))
            .collect()
    }

    /// Whether `__all__` lists the name: it is exported, so an import of it is used.
    pub fn in_all(&self, name: &str) -> bool {
        self.exported.contains(name)
    }

    /// Assignments to `target` inside `scope`, in source order.
    pub fn assignments_in(&self, scope: &Node, target: &str) -> Vec<Node<'r>> {
        let r = scope.range();
        self.assignments
            .get(target)
            .map(|v| {
                v.iter()
                    .filter(|a| a.range().start >= r.start && a.range().end <= r.end)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Identifier nodes with this text that read or bind it (not attribute or keyword names,
    /// not inside imports).
    pub fn identifiers(&self, name: &str) -> &[Node<'r>] {
        self.identifiers.get(name).map_or(&[], Vec::as_slice)
    }
}

fn ensure_import_in(
    all: &[Binding],
    src: &str,
    root: &Root,
    module: &str,
    name: &str,
) -> Option<Edit> {
    if all
        .iter()
        .any(|b| b.is_from && b.module == module && b.imported == name && b.local == name)
    {
        return None;
    }
    // Extend an existing top-level `from module import a, b`.
    if let Some(b) = all
        .iter()
        .rev()
        .find(|b| b.is_from && b.top_level && b.module == module)
    {
        let stmt_text = &src[b.stmt.clone()];
        if !stmt_text.contains('*') {
            let last = all
                .iter()
                .filter(|x| x.stmt == b.stmt)
                .map(|x| x.item.end)
                .max()
                .unwrap_or(b.item.end);
            let multiline = stmt_text.contains('(') && stmt_text.contains('\n');
            if multiline {
                let indent = indent_at(src, b.item.start).to_string();
                let after = &src[last..b.stmt.end];
                if after.trim_start().starts_with(',') {
                    let comma = last + after.find(',').unwrap_or(0) + 1;
                    return Some(Edit::insert(comma, format!("\n{indent}{name},")));
                }
                return Some(Edit::insert(last, format!(",\n{indent}{name}")));
            }
            return Some(Edit::insert(last, format!(", {name}")));
        }
    }
    let line = format!("from {module} import {name}\n");
    let top: Vec<&Binding> = all.iter().filter(|b| b.top_level).collect();
    if let Some(last) = top.iter().map(|b| b.stmt.end).max() {
        return Some(Edit::insert(line_end_incl(src, last), line));
    }
    // No imports: after a module docstring if any.
    let module_node = root.root();
    let mut at = 0;
    if let Some(first) = module_node
        .children()
        .find(|c| c.is_named() && c.kind() != "comment")
        && first.kind() == "expression_statement"
        && first.child(0).is_some_and(|c| c.kind() == "string")
    {
        at = line_end_incl(src, first.range().end);
    } else {
        // Skip a shebang / encoding comment block at the very top.
        for c in module_node.children() {
            if c.kind() == "comment" && starts_line(src, c.range().start) && c.range().start == at {
                at = line_end_incl(src, c.range().end);
            } else {
                break;
            }
        }
    }
    Some(Edit::insert(at, line))
}

/// Edits that remove several names of one import statement (not all of them: that is
/// [`remove_statement`]), each run of adjacent names with the commas between them; a name on a
/// line of its own takes the line.
pub fn remove_import_items(src: &str, stmt: &Node, items: &[std::ops::Range<usize>]) -> Vec<Edit> {
    let names: Vec<Node> = stmt.field_children("name").collect();
    let gone: Vec<bool> = names.iter().map(|n| items.contains(&n.range())).collect();
    if !gone.iter().any(|g| *g) || gone.iter().all(|g| *g) {
        return vec![];
    }
    let mut edits = Vec::new();
    let mut i = 0;
    while i < names.len() {
        if !gone[i] {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < names.len() && gone[j + 1] {
            j += 1;
        }
        let (first, last) = (names[i].range(), names[j].range());
        if starts_line(src, first.start) && ends_line(src, last.end) {
            edits.push(Edit::delete(
                line_start(src, first.start),
                line_end_incl(src, last.end),
            ));
        } else if let Some(next) = names.get(j + 1) {
            edits.push(Edit::delete(first.start, next.range().start));
        } else {
            edits.push(Edit::delete(names[i - 1].range().end, last.end));
        }
        i = j + 1;
    }
    edits
}

/// The innermost function (or the module) a node belongs to: names resolve within it.
pub fn scope_of<'r>(node: &Node<'r>) -> Option<Node<'r>> {
    node.ancestors()
        .find(|a| matches!(a.kind().as_ref(), "function_definition" | "module"))
}

/// Assignments `target = <value>` anywhere in `scope`, in source order.
pub fn assignments_to<'r>(scope: &Node<'r>, target: &str) -> Vec<Node<'r>> {
    scope
        .dfs()
        .filter(|n| n.kind() == "assignment" && n.field("left").is_some_and(|l| l.text() == target))
        .collect()
}

/// Names and `self.x` attributes an expression reads.
pub fn references(expr: &Node) -> Vec<String> {
    let mut out = Vec::new();
    for n in expr.dfs() {
        match n.kind().as_ref() {
            "attribute" => {
                if n.field("object")
                    .is_some_and(|o| o.kind() == "identifier" && o.text() == "self")
                    && let Some(a) = n.field("attribute")
                {
                    out.push(format!("self.{}", a.text()));
                }
            }
            "identifier" => {
                let Some(p) = n.parent() else { continue };
                let is_attr_name = p.kind() == "attribute"
                    && p.field("attribute")
                        .is_some_and(|a| a.node_id() == n.node_id());
                let is_kw_name = p.kind() == "keyword_argument"
                    && p.field("name").is_some_and(|a| a.node_id() == n.node_id());
                if !is_attr_name && !is_kw_name && n.text() != "self" {
                    out.push(n.text().to_string());
                }
            }
            _ => {}
        }
    }
    out.sort();
    out.dedup();
    out
}

impl<'r> Index<'r> {
    /// Identifiers that read or bind `name` outside import statements: not attribute names
    /// (`x.name`), keyword names (`f(name=1)`), or parts of imports.
    pub fn name_uses(&self, name: &str) -> Vec<Node<'r>> {
        self.identifiers(name).to_vec()
    }

    /// An edit that makes `name` importable from `module`, or `None` if it already is. Adds the
    /// name to an existing `from module import ...` when there is one, else a new statement
    /// after the last top-level import (or after the docstring and `__future__` imports).
    pub fn ensure_import(&self, src: &str, root: &Root, module: &str, name: &str) -> Option<Edit> {
        ensure_import_in(&self.bindings, src, root, module, name)
    }

    /// The call assigned to `target` by the last assignment that starts before `before` (see
    /// [`Index::assigned_value`]).
    pub fn constructor_of(
        &self,
        root: &'r Root,
        at: &Node<'r>,
        target: &str,
        before: usize,
    ) -> Option<Node<'r>> {
        self.assigned_value(root, at, target, before)
            .filter(|v| v.kind() == "call")
    }

    /// The value the last assignment to `target` that starts before `before` gives it. Looks in
    /// the function that contains `at` (and, for `self.x`, in the whole class, where other
    /// methods may have built it).
    pub fn assigned_value(
        &self,
        root: &'r Root,
        at: &Node<'r>,
        target: &str,
        before: usize,
    ) -> Option<Node<'r>> {
        let search_scope = if target.starts_with("self.") {
            at.ancestors()
                .find(|a| a.kind() == "class_definition")
                .unwrap_or_else(|| root.root())
        } else {
            scope_of(at).unwrap_or_else(|| root.root())
        };
        let assignment = self
            .assignments_in(&search_scope, target)
            .into_iter()
            .rfind(|a| a.range().start < before)?;
        assignment.field("right")
    }

    /// Whether every name `expr` reads is already bound at offset `at` in `scope` (no assignment
    /// to it in the scope starts at or after `at` before any earlier one). Names never assigned
    /// in the scope (parameters, globals, builtins) count as bound.
    pub fn bound_before(&self, scope: &Node, expr: &Node, at: usize) -> bool {
        references(expr).iter().all(|name| {
            let assigned: Vec<usize> = self
                .assignments_in(scope, name)
                .iter()
                .map(|a| a.range().start)
                .collect();
            assigned.is_empty() || assigned.iter().any(|&s| s < at)
        })
    }
}

/// A string literal's parts: `f"a{b}c"` has prefix `f`, the body between the quotes, and the
/// byte ranges of its `{...}` interpolations (which are code, not text).
#[derive(Clone, Debug)]
pub struct PyString {
    pub range: std::ops::Range<usize>,
    /// The prefix letters before the opening quote (`f`, `rb`, ...), lower-cased.
    pub prefix: String,
    pub prefix_range: std::ops::Range<usize>,
    pub body: std::ops::Range<usize>,
    pub interpolations: Vec<std::ops::Range<usize>>,
}

impl PyString {
    pub fn is_f(&self) -> bool {
        self.prefix.contains('f')
    }
    pub fn is_bytes(&self) -> bool {
        self.prefix.contains('b')
    }
    /// Whether `pos` lies inside an interpolation (code rather than text).
    pub fn in_code(&self, pos: usize) -> bool {
        self.interpolations
            .iter()
            .any(|r| r.start <= pos && pos < r.end)
    }
}

/// The parts of a `string` node (not a `concatenated_string`).
pub fn py_string(node: &Node) -> Option<PyString> {
    if node.kind() != "string" {
        return None;
    }
    let start = node.children().find(|c| c.kind() == "string_start")?;
    let end = node.children().find(|c| c.kind() == "string_end")?;
    let open = start.text();
    let quote_at = open.find(['"', '\''])?;
    let sr = start.range();
    Some(PyString {
        range: node.range(),
        prefix: open[..quote_at].to_ascii_lowercase(),
        prefix_range: sr.start..sr.start + quote_at,
        body: sr.end..end.range().start,
        interpolations: node
            .children()
            .filter(|c| c.kind() == "interpolation")
            .map(|c| c.range())
            .collect(),
    })
}

/// A string that is a statement of its own: a docstring or a bare comment-like literal.
pub fn is_docstring(node: &Node) -> bool {
    node.parent()
        .is_some_and(|p| p.kind() == "expression_statement" && p.child(0).is_some())
        && node.parent().is_some_and(|p| {
            p.children()
                .filter(|c| c.is_named() && c.kind() != "comment")
                .count()
                == 1
        })
}

/// Edits that replace byte ranges of a string's text with f-string code (e.g. `{x.y}`), making
/// the literal an f-string when it is not one yet: the `f` joins the prefix (a `u` prefix becomes
/// `f`), and braces in the existing text are doubled so they stay literal. Replacements must lie in
/// the text, not in interpolations. `None` for byte strings (they have no f-form).
pub fn fstring_edits(
    src: &str,
    s: &PyString,
    replacements: &[(std::ops::Range<usize>, String)],
) -> Option<Vec<Edit>> {
    if s.is_bytes()
        || replacements
            .iter()
            .any(|(r, _)| r.start < s.body.start || r.end > s.body.end || s.in_code(r.start))
    {
        return None;
    }
    let mut edits: Vec<Edit> = replacements
        .iter()
        .map(|(r, t)| Edit::replace(r.start, r.end, t.clone()))
        .collect();
    if !s.is_f() {
        if s.prefix.contains('u') {
            let p = s.prefix_range.start
                + src[s.prefix_range.clone()].to_ascii_lowercase().find('u')?;
            edits.push(Edit::replace(p, p + 1, "f"));
        } else {
            edits.push(Edit::insert(s.prefix_range.start, "f"));
        }
        for (i, c) in src[s.body.clone()].char_indices() {
            let at = s.body.start + i;
            if (c == '{' || c == '}')
                && !replacements
                    .iter()
                    .any(|(r, _)| r.start <= at && at < r.end)
            {
                edits.push(Edit::insert(at, c.to_string()));
            }
        }
    }
    edits.sort_by_key(|e| (e.start, e.end));
    Some(edits)
}

/// Whether an identifier reads (or binds) a name, as opposed to naming an attribute (`x.name`), a
/// keyword (`f(name=1)`) or a part of an import statement.
pub fn is_name_read(n: &Node) -> bool {
    if let Some(p) = n.parent() {
        let is = |field: &str| p.field(field).is_some_and(|x| x.node_id() == n.node_id());
        match p.kind().as_ref() {
            "attribute" if is("attribute") => return false,
            "keyword_argument" if is("name") => return false,
            _ => {}
        }
    }
    !n.ancestors().any(|a| {
        matches!(
            a.kind().as_ref(),
            "import_from_statement" | "import_statement" | "future_import_statement"
        )
    })
}

/// Whether a lint suppression on any line of `range` covers one of `names`: a bare `# noqa`, a
/// `# noqa: CODE, ...` listing one of them, or `# pylint: disable=name,...` naming one. Codes and
/// names are matched exactly (case-insensitively), as flake8, ruff and pylint do.
pub fn noqa_covers(src: &str, range: std::ops::Range<usize>, names: &[&str]) -> bool {
    let start = line_start(src, range.start);
    let end = line_end_incl(src, range.end.max(range.start));
    src[start..end].lines().any(|line| {
        let Some(hash) = line.find('#') else {
            return false;
        };
        let comment = line[hash..].to_ascii_lowercase();
        let listed = |list: &str| {
            list.split(|c: char| c == ',' || c.is_whitespace())
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .any(|code| names.iter().any(|n| n.eq_ignore_ascii_case(code)))
        };
        if let Some(i) = comment.find("noqa") {
            let rest = comment[i + 4..].trim_start();
            match rest.strip_prefix(':') {
                Some(codes) => {
                    let codes = codes.split('#').next().unwrap_or("");
                    if listed(codes) {
                        return true;
                    }
                }
                None => return true,
            }
        }
        if let Some(i) = comment.find("pylint:") {
            let rest = comment[i + 7..].trim_start();
            if let Some(list) = rest.strip_prefix("disable=") {
                return listed(list.split('#').next().unwrap_or(""));
            }
        }
        false
    })
}

/// Whether code is test code, by pytest's default discovery rules: the file is `test_*.py` or
/// `*_test.py`, or the node sits in a `Test*` class. Test-quality checks must stay silent on
/// stack code, where the same shapes (`assert x is not None`, `outputs["x"]`) are fine.
pub fn is_test_code(path: &std::path::Path, node: &Node) -> bool {
    let file = path.file_name().and_then(|f| f.to_str()).unwrap_or("");
    if let Some(stem) = file.strip_suffix(".py")
        && (stem.starts_with("test_") || stem.ends_with("_test"))
    {
        return true;
    }
    node.ancestors().any(|a| {
        a.kind() == "class_definition"
            && a.field("name")
                .is_some_and(|n| n.text().starts_with("Test"))
    })
}

/// Mistakes CPython refuses at compile time that tree-sitter parses without complaint: a keyword
/// argument given twice (also through a `**{"k": ...}` literal), a positional argument after a
/// keyword argument, and a parameter name used twice. The verify step counts them before and
/// after a fix, as it counts syntax errors: a fix may not add one.
pub fn compile_error_count(root: &Root) -> usize {
    let mut count = 0;
    for n in root.root().dfs() {
        match n.kind().as_ref() {
            "argument_list" => {
                let mut seen: Vec<String> = Vec::new();
                let mut keyword_seen = false;
                for a in n
                    .children()
                    .filter(|c| c.is_named() && c.kind() != "comment")
                {
                    match a.kind().as_ref() {
                        "keyword_argument" => {
                            keyword_seen = true;
                            if let Some(k) = a.field("name") {
                                let k = k.text().to_string();
                                if seen.contains(&k) {
                                    count += 1;
                                } else {
                                    seen.push(k);
                                }
                            }
                        }
                        "dictionary_splat" => {
                            keyword_seen = true;
                            for key in splat_keys(&a) {
                                if seen.contains(&key) {
                                    count += 1;
                                } else {
                                    seen.push(key);
                                }
                            }
                        }
                        "list_splat" | "parenthesized_list_splat" => {}
                        _ if keyword_seen => count += 1,
                        _ => {}
                    }
                }
            }
            "parameters" | "lambda_parameters" => {
                let mut seen: Vec<String> = Vec::new();
                for p in n.children().filter(|c| c.is_named()) {
                    if let Some(name) = param_name(&p) {
                        if seen.contains(&name) {
                            count += 1;
                        } else {
                            seen.push(name);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    count
}

/// The string keys of a `**{"k": v}` literal splat.
fn splat_keys(splat: &Node) -> Vec<String> {
    let Some(dict) = splat.children().find(|c| c.kind() == "dictionary") else {
        return vec![];
    };
    dict.children()
        .filter(|c| c.kind() == "pair")
        .filter_map(|p| p.field("key"))
        .filter(|k| {
            k.kind() == "string" && py_string(k).is_some_and(|s| !s.is_f() && s.prefix.is_empty())
        })
        .map(|k| k.text().trim_matches(['"', '\'']).to_string())
        .collect()
}

/// The text between a string literal's quotes (prefixes like `r` or `f` dropped).
pub fn string_body(lit: &str) -> &str {
    let s = lit.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let q = if s.starts_with("\"\"\"") || s.starts_with("\'\'\'") {
        3
    } else {
        1
    };
    if s.len() >= 2 * q {
        &s[q..s.len() - q]
    } else {
        s
    }
}

/// The name a parameter binds (`id`, `id: str`, `id="x"`, `id: str = "x"`); `None` for `*`,
/// `/`, `*args` and `**kwargs`.
pub fn param_name(p: &Node) -> Option<String> {
    match p.kind().as_ref() {
        "identifier" => Some(p.text().to_string()),
        "typed_parameter" => p
            .children()
            .find(|c| c.kind() == "identifier")
            .map(|c| c.text().to_string()),
        "default_parameter" | "typed_default_parameter" => {
            p.field("name").map(|c| c.text().to_string())
        }
        _ => None,
    }
}

/// Whether an identifier is the attribute of `x.name` or the name of `name=value`: it neither
/// reads nor binds a variable.
pub fn is_attribute_or_keyword_name(n: &Node) -> bool {
    n.parent().is_some_and(|p| {
        (p.kind() == "attribute"
            && p.field("attribute")
                .is_some_and(|a| a.node_id() == n.node_id()))
            || (p.kind() == "keyword_argument"
                && p.field("name").is_some_and(|a| a.node_id() == n.node_id()))
    })
}
