//! HCL (Terraform) syntax helpers shared by the `tf-*` transforms: blocks by type and labels,
//! attributes and their lines, and edits that keep a file `terraform fmt`-clean. Terraform aligns
//! the `=` of consecutive one-line attributes (and their trailing comments), so inserting,
//! renaming or removing an attribute can move the `=` of its neighbours; [`with_alignment`] adds
//! exactly those whitespace edits and nothing else, so untouched code is never re-printed.

use std::ops::Range;

use crate::engine::edit::{self, Edit};
use crate::lang::python::{indent_at, line_end_incl, line_start, starts_line};
use crate::lang::{Node, Root};

/// The block type: `resource`, `data`, `variable`, `provider`, `terraform`, `backend`, ...
pub fn block_type(block: &Node) -> Option<String> {
    block
        .children()
        .find(|c| c.kind() == "identifier")
        .map(|c| c.text().to_string())
}

/// The labels after the type, unquoted: `resource "aws_eip" "x"` → `["aws_eip", "x"]`.
pub fn block_labels(block: &Node) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen_type = false;
    for c in block.children() {
        match c.kind().as_ref() {
            "identifier" if !seen_type => seen_type = true,
            "identifier" => out.push(c.text().to_string()),
            "string_lit" => out.push(unquote(&c.text())),
            "block_start" => break,
            _ => {}
        }
    }
    out
}

fn unquote(s: &str) -> String {
    s.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(s)
        .to_string()
}

/// Whether `block` is `<ty> "<labels[0]>" ...` (labels compared as a prefix).
pub fn is_block(block: &Node, ty: &str, labels: &[&str]) -> bool {
    block.kind() == "block" && block_type(block).as_deref() == Some(ty) && {
        let have = block_labels(block);
        labels.len() <= have.len() && labels.iter().zip(&have).all(|(a, b)| a == b)
    }
}

/// The block's body; `None` for an empty block `{}`.
pub fn body<'r>(block: &Node<'r>) -> Option<Node<'r>> {
    block.children().find(|c| c.kind() == "body")
}

/// The top-level blocks of a file.
pub fn top_blocks<'r>(root: &'r Root) -> Vec<Node<'r>> {
    root.root()
        .children()
        .filter(|c| c.kind() == "body")
        .flat_map(|b| {
            b.children()
                .filter(|c| c.kind() == "block")
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Direct child blocks of `block` with the given type (and label prefix).
pub fn child_blocks<'r>(block: &Node<'r>, ty: &str, labels: &[&str]) -> Vec<Node<'r>> {
    body(block)
        .map(|b| {
            b.children()
                .filter(|c| is_block(c, ty, labels))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
}

/// The nearest enclosing block of a node.
pub fn enclosing_block<'r>(node: &Node<'r>) -> Option<Node<'r>> {
    node.ancestors().find(|a| a.kind() == "block")
}

/// The outermost (top-level) block containing a node.
pub fn top_block<'r>(node: &Node<'r>) -> Option<Node<'r>> {
    node.ancestors().filter(|a| a.kind() == "block").last()
}

/// The attributes written directly in a block's body.
pub fn attributes<'r>(block: &Node<'r>) -> Vec<Node<'r>> {
    body(block)
        .map(|b| {
            b.children()
                .filter(|c| c.kind() == "attribute")
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
}

pub fn attribute<'r>(block: &Node<'r>, name: &str) -> Option<Node<'r>> {
    attributes(block)
        .into_iter()
        .find(|a| attr_name(a).as_deref() == Some(name))
}

pub fn attr_name(attr: &Node) -> Option<String> {
    attr.children()
        .find(|c| c.kind() == "identifier")
        .map(|c| c.text().to_string())
}

/// The attribute's value expression.
pub fn attr_value<'r>(attr: &Node<'r>) -> Option<Node<'r>> {
    attr.children().find(|c| c.kind() == "expression")
}

/// The value of a plain string literal expression (no interpolation), unquoted.
pub fn string_value(expr: &Node) -> Option<String> {
    let lit = expr.children().find(|c| c.kind() == "literal_value")?;
    let s = lit.children().find(|c| c.kind() == "string_lit")?;
    Some(unquote(&s.text()))
}

/// `true`/`false` of a bool literal expression.
pub fn bool_value(expr: &Node) -> Option<bool> {
    match expr.text().trim() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// Whether the file has a top-level block `<ty> "<labels>..."`.
pub fn has_top_block(root: &Root, ty: &str, labels: &[&str]) -> bool {
    top_blocks(root).iter().any(|b| is_block(b, ty, labels))
}

/// The lines a node occupies, with a trailing comment on its last line, when nothing else
/// shares them.
fn own_lines(src: &str, r: &Range<usize>) -> Option<Range<usize>> {
    if !starts_line(src, r.start) {
        return None;
    }
    let end = line_end_incl(src, r.end);
    let rest = src[r.end..end].trim();
    if rest.is_empty() || rest.starts_with('#') || rest.starts_with("//") {
        Some(line_start(src, r.start)..end)
    } else {
        None
    }
}

fn blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Remove an attribute with its line (and trailing comment), keeping the alignment of the
/// attributes around it. An attribute sharing its line with other code is removed alone.
pub fn remove_attribute(src: &str, attr: &Node) -> Vec<Edit> {
    let r = attr.range();
    let Some(mut lines) = own_lines(src, &r) else {
        let after = &src[r.end..];
        let ws = after.len() - after.trim_start_matches([' ', '\t']).len();
        return vec![Edit::delete(r.start, r.end + ws)];
    };
    // Do not leave a blank line doubled or hugging a closing brace.
    if lines.start > 0 {
        let prev = line_start(src, lines.start - 1);
        let next_end = line_end_incl(src, lines.end);
        let next = &src[lines.end..next_end];
        if blank(&src[prev..lines.start]) && (blank(next) || next.trim_start().starts_with('}')) {
            lines.start = prev;
        }
    }
    with_alignment(src, vec![Edit::delete(lines.start, lines.end)])
}

/// Replace an attribute's whole `name = value` text (comments around it stay), realigning.
pub fn replace_attribute(src: &str, attr: &Node, text: &str) -> Vec<Edit> {
    let r = attr.range();
    with_alignment(src, vec![Edit::replace(r.start, r.end, text)])
}

/// Replace an attribute's value, realigning trailing comments if its width changes.
pub fn set_value(src: &str, attr: &Node, value: &str) -> Vec<Edit> {
    match attr_value(attr) {
        Some(v) => with_alignment(
            src,
            vec![Edit::replace(v.range().start, v.range().end, value)],
        ),
        None => vec![],
    }
}

/// The indentation of the lines inside a block: that of its first attribute or nested block,
/// else the block's own plus two spaces.
pub fn inner_indent(src: &str, block: &Node) -> String {
    if let Some(b) = body(block)
        && let Some(first) = b.children().find(|c| c.kind() != "comment")
        && starts_line(src, first.range().start)
    {
        return indent_at(src, first.range().start).to_string();
    }
    format!("{}  ", indent_at(src, block.range().start))
}

/// Insert `lines` (already without indentation, `\n`-separated) at the end of a block's
/// attributes: after its last attribute, or first in the body when it has none. An empty
/// one-line block `x {}` is opened up. `None` when the block is written on one line with
/// content (no good place to put a line).
pub fn insert_in_block(src: &str, block: &Node, lines: &str) -> Option<Vec<Edit>> {
    let indent = inner_indent(src, block);
    let text: String = lines
        .lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("{indent}{l}\n")
            }
        })
        .collect();
    let open = block.children().find(|c| c.kind() == "block_start")?;
    let close = block.children().find(|c| c.kind() == "block_end")?;
    let same_line = !src[open.range().end..close.range().start].contains('\n');
    if same_line {
        if body(block).is_some() {
            return None;
        }
        let outer = indent_at(src, block.range().start);
        return Some(vec![Edit::replace(
            open.range().end,
            close.range().start,
            format!("\n{text}{outer}"),
        )]);
    }
    let at = match attributes(block).last() {
        Some(last) => line_end_incl(src, last.range().end),
        None => line_end_incl(src, open.range().end),
    };
    Some(with_alignment(src, vec![Edit::insert(at, text)]))
}

/// Insert lines at the end of a block's body (after nested blocks too), before its `}`: where a
/// nested block such as `default_tags { ... }` conventionally goes.
pub fn append_to_block(src: &str, block: &Node, lines: &str) -> Option<Vec<Edit>> {
    let close = block.children().find(|c| c.kind() == "block_end")?;
    if body(block).is_none() || !starts_line(src, close.range().start) {
        return insert_in_block(src, block, lines);
    }
    let indent = inner_indent(src, block);
    let text: String = lines.lines().map(|l| format!("{indent}{l}\n")).collect();
    let at = line_start(src, close.range().start);
    Some(with_alignment(src, vec![Edit::insert(at, text)]))
}

/// An edit adding a top-level block at the end of the file, after a blank line.
pub fn append_top_block(src: &str, block: &str) -> Edit {
    let sep = if src.is_empty() || src.ends_with("\n\n") {
        ""
    } else if src.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    Edit::insert(src.len(), format!("{sep}{block}\n"))
}

// --- terraform fmt alignment ---------------------------------------------------------------

/// One line as hclwrite's formatter sees it: the text before an aligned `=`, the `= value` part,
/// and a trailing comment. Offsets are absolute.
#[derive(Debug, Clone)]
struct FmtLine {
    /// Visual width of the indentation plus the lead (the code before `=`, or all code).
    lead_cols: usize,
    /// `lead_end..eq` is the whitespace before an aligned `=`.
    assign: Option<(usize, usize, usize)>, // (lead_end, eq, code_end)
    /// `code_end..comment` is the whitespace before a trailing comment.
    comment: Option<(usize, usize)>,
    /// Width of the code part (lead + spacing + assign), when it has a trailing comment.
    code_end_cols: usize,
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// Split `text` into lines and classify each like hclwrite's `formatCells`: a line has an
/// "assign" cell when it has a `=` whose right-hand side opens no bracket left unclosed on that
/// line, and a "comment" cell when a comment follows code on it. Heredoc bodies have neither.
fn fmt_lines(text: &str) -> Vec<(Range<usize>, Option<FmtLine>)> {
    let mut out = Vec::new();
    let mut heredoc: Option<String> = None;
    let mut in_block_comment = false;
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let range = pos..pos + raw.len();
        pos += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if let Some(marker) = &heredoc {
            if line.trim() == marker {
                heredoc = None;
            }
            out.push((range, None));
            continue;
        }
        if in_block_comment {
            if line.contains("*/") {
                in_block_comment = false;
            }
            out.push((range, None));
            continue;
        }
        let (info, opens_heredoc, opens_comment) = scan_line(line, range.start);
        heredoc = opens_heredoc;
        in_block_comment = opens_comment;
        out.push((range, info));
    }
    out
}

/// Tokenize one line just enough: strings (with nested interpolations), brackets, `=`, comments.
fn scan_line(line: &str, base: usize) -> (Option<FmtLine>, Option<String>, bool) {
    let bytes = line.as_bytes();
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    if indent == line.len() {
        return (None, None, false);
    }
    // Stack of contexts: `None` = inside a quoted string, `Some(n)` = inside an interpolation
    // with `n` open braces of its own.
    let mut stack: Vec<Option<usize>> = Vec::new();
    let mut depth: i64 = 0;
    let mut eq: Option<usize> = None;
    let mut depth_at_eq = 0;
    let mut comment: Option<usize> = None;
    let mut heredoc: Option<String> = None;
    let mut block_comment = false;
    let mut i = indent;
    while i < bytes.len() {
        let c = bytes[i];
        match stack.last_mut() {
            Some(None) => {
                match c {
                    b'\\' => i += 1,
                    b'"' => {
                        stack.pop();
                    }
                    b'$' | b'%' if bytes.get(i + 1) == Some(&b'{') => {
                        if bytes.get(i.wrapping_sub(1)) != Some(&c) {
                            stack.push(Some(0));
                        }
                        i += 1;
                    }
                    _ => {}
                }
                i += 1;
                continue;
            }
            Some(Some(n)) => {
                match c {
                    b'{' => *n += 1,
                    b'}' if *n == 0 => {
                        stack.pop();
                    }
                    b'}' => *n -= 1,
                    b'"' => stack.push(None),
                    _ => {}
                }
                i += 1;
                continue;
            }
            None => {}
        }
        match c {
            b'"' => stack.push(None),
            b'#' => {
                comment = Some(i);
                break;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                comment = Some(i);
                break;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                if !line[i..].contains("*/") {
                    block_comment = true;
                }
                comment = Some(i);
                break;
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                let rest = line[i + 2..].trim_start_matches('-');
                let marker: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !marker.is_empty() {
                    heredoc = Some(marker);
                    depth += 1;
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'=' => {
                let prev = if i > 0 { bytes[i - 1] } else { b' ' };
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                let single =
                    !matches!(prev, b'=' | b'!' | b'<' | b'>') && !matches!(next, b'=' | b'>');
                if single && eq.is_none() && i > indent {
                    eq = Some(i);
                    depth_at_eq = depth;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let code_end = comment.unwrap_or(line.len());
    let code = line[..code_end].trim_end();
    let code_end = code.len();
    if code_end <= indent {
        // Comment-only line.
        return (None, heredoc, block_comment);
    }
    let lead_cols = |end: usize| {
        width(&line[..indent].replace('\t', "  ")) + width(line[indent..end].trim_end())
    };
    let assign = eq.and_then(|e| {
        if depth - depth_at_eq != 0 {
            return None;
        }
        let lead_end = line[..e].trim_end().len();
        Some((lead_end, e, code_end))
    });
    let info = FmtLine {
        lead_cols: match assign {
            Some((lead_end, _, _)) => lead_cols(lead_end),
            None => lead_cols(code_end),
        },
        assign: assign.map(|(a, b, c)| (base + a, base + b, base + c)),
        comment: comment.map(|c| (base + code_end, base + c)),
        code_end_cols: 0,
    };
    (Some(info), heredoc, block_comment)
}

/// Apply `edits`, then compute the whitespace edits terraform fmt's alignment would make in the
/// chains of lines the edits touched, and express everything as edits of the original `src`.
pub fn with_alignment(src: &str, edits: Vec<Edit>) -> Vec<Edit> {
    let mut edits = edits;
    edits.sort_by_key(|e| (e.start, e.end));
    let new = edit::apply(src, &edits, false);
    // Where each edit's replacement lives in the new text.
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut shift: isize = 0;
    for e in &edits {
        let s = (e.start as isize + shift) as usize;
        spans.push(s..s + e.text.len());
        shift += e.text.len() as isize - (e.end - e.start) as isize;
    }
    let lines = fmt_lines(&new);
    let touched: Vec<bool> = lines
        .iter()
        .map(|(r, _)| {
            spans
                .iter()
                .any(|s| s.start <= r.end && r.start <= s.end.max(s.start))
        })
        .collect();
    let mut align: Vec<Edit> = Vec::new();
    let mut infos: Vec<Option<FmtLine>> = lines.iter().map(|(_, i)| i.clone()).collect();
    // Assign chains.
    let mut i = 0;
    while i < infos.len() {
        if infos[i].as_ref().is_none_or(|l| l.assign.is_none()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < infos.len() && infos[i].as_ref().is_some_and(|l| l.assign.is_some()) {
            i += 1;
        }
        let hit = touched[start..i].iter().any(|t| *t);
        let max = infos[start..i]
            .iter()
            .flatten()
            .map(|l| l.lead_cols)
            .max()
            .unwrap_or(0);
        for l in infos[start..i].iter_mut().flatten() {
            let Some((lead_end, eq, code_end)) = l.assign else {
                continue;
            };
            let spaces = if hit {
                max - l.lead_cols + 1
            } else {
                width(&new[lead_end..eq])
            };
            if hit && new[lead_end..eq] != " ".repeat(spaces) {
                align.push(Edit::replace(lead_end, eq, " ".repeat(spaces)));
            }
            l.code_end_cols = l.lead_cols + spaces + width(&new[eq..code_end]);
        }
    }
    for l in infos.iter_mut().flatten() {
        if l.assign.is_none() {
            l.code_end_cols = l.lead_cols;
        }
    }
    // Comment chains: a chain moves when it holds a touched line or a line whose `=` moved.
    let moved = |r: &Range<usize>| align.iter().any(|e| r.start <= e.start && e.end <= r.end);
    let mut comment_edits = Vec::new();
    let mut i = 0;
    while i < infos.len() {
        if infos[i].as_ref().is_none_or(|l| l.comment.is_none()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < infos.len() && infos[i].as_ref().is_some_and(|l| l.comment.is_some()) {
            i += 1;
        }
        let hit = (start..i).any(|k| touched[k] || moved(&lines[k].0));
        if !hit {
            continue;
        }
        let max = infos[start..i]
            .iter()
            .flatten()
            .map(|l| l.code_end_cols)
            .max()
            .unwrap_or(0);
        for l in infos[start..i].iter().flatten() {
            if let Some((code_end, c)) = l.comment {
                let spaces = max - l.code_end_cols + 1;
                if c - code_end != spaces {
                    comment_edits.push(Edit::replace(code_end, c, " ".repeat(spaces)));
                }
            }
        }
    }
    align.extend(comment_edits);
    // Map the alignment edits back onto the original text: inside a replacement they rewrite
    // its text; elsewhere they shift back to original offsets.
    let mut texts: Vec<String> = edits.iter().map(|e| e.text.clone()).collect();
    let mut extra: Vec<Edit> = Vec::new();
    align.sort_by_key(|e| std::cmp::Reverse(e.start));
    'next: for a in align {
        for (k, s) in spans.iter().enumerate() {
            if s.start <= a.start && a.end <= s.end && s.start < s.end {
                let (from, to) = (a.start - s.start, a.end - s.start);
                texts[k].replace_range(from..to, &a.text);
                continue 'next;
            }
            if a.start < s.end && s.start < a.end {
                continue 'next; // straddles an edit: leave it to terraform fmt
            }
        }
        // Outside every replacement: undo the shifts of the edits before it.
        let mut delta: isize = 0;
        for (k, e) in edits.iter().enumerate() {
            if spans[k].end <= a.start {
                delta += e.text.len() as isize - (e.end - e.start) as isize;
            }
        }
        extra.push(Edit::replace(
            (a.start as isize - delta) as usize,
            (a.end as isize - delta) as usize,
            a.text,
        ));
    }
    let mut out: Vec<Edit> = edits
        .into_iter()
        .zip(texts)
        .map(|(e, t)| Edit::replace(e.start, e.end, t))
        .collect();
    out.extend(extra);
    out.sort_by_key(|e| (e.start, e.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str, edits: Vec<Edit>) -> String {
        edit::apply(src, &with_alignment(src, edits), false)
    }

    #[test]
    fn insert_joins_the_chain() {
        let src = "x {\n  name = \"a\"\n  tags = {}\n}\n";
        let at = src.find("}\n}").unwrap() + 2;
        let out = run(src, vec![Edit::insert(at, "  retention_in_days = 7\n")]);
        assert_eq!(
            out,
            "x {\n  name              = \"a\"\n  tags              = {}\n  retention_in_days = 7\n}\n"
        );
    }

    #[test]
    fn removal_realigns_and_multiline_breaks_chains() {
        let src =
            "x {\n  a                 = 1\n  retention_in_days = 7\n  b = {\n    c = 1\n  }\n}\n";
        let s = src.find("  retention").unwrap();
        let e = src.find("  b = {").unwrap();
        assert_eq!(
            run(src, vec![Edit::delete(s, e)]),
            "x {\n  a = 1\n  b = {\n    c = 1\n  }\n}\n"
        );
    }

    #[test]
    fn comments_follow_their_code() {
        let src = "x {\n  a   = 1 # one\n  vpc = true # two\n}\n";
        let r = src.find("vpc = true").unwrap();
        let out = run(src, vec![Edit::replace(r, r + 10, "domain = \"vpc\"")]);
        assert_eq!(
            out,
            "x {\n  a      = 1     # one\n  domain = \"vpc\" # two\n}\n"
        );
    }

    #[test]
    fn strings_and_heredocs_are_not_assignments() {
        let lines = fmt_lines("  a = \"x = ${y}\"\n  p = <<EOT\nk = v\nEOT\n  b == c\n");
        assert!(lines[0].1.as_ref().unwrap().assign.is_some());
        assert!(lines[1].1.as_ref().unwrap().assign.is_none());
        assert!(lines[2].1.is_none());
        assert!(lines[4].1.as_ref().unwrap().assign.is_none());
    }
}
