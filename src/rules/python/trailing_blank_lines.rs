//! Blank (or whitespace-only) lines at the end of a file: pycodestyle W391 and the lint failure of
//! seed 001. The fix keeps the line break that ends the last line of code (its `\r\n` in a CRLF
//! file) and deletes everything after it.

use crate::engine::edit::{Edit, Fix};
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, _m: &Match<'a>) -> Vec<Hit> {
    match excess(ctx.src) {
        Some(range) => vec![Hit::new(range.clone()).fix(Fix::new(
            "Remove the blank lines at the end of the file",
            ctx.codemod.safety.ceiling(),
            vec![Edit::delete(range.start, range.end)],
        ))],
        None => vec![],
    }
}

/// The bytes after the line break that ends the last non-blank line, when there are any. A file
/// of only whitespace is left alone: there is no line of code whose line break could be kept.
pub fn excess(src: &str) -> Option<std::ops::Range<usize>> {
    let content_end = src.trim_end().len();
    if content_end == 0 {
        return None;
    }
    let keep_until = python::line_end_incl(src, content_end);
    // No line break after the last line (`x = 1` or `x = 1   `): not blank lines, another rule.
    if keep_until == src.len() || !src[..keep_until].ends_with('\n') {
        return None;
    }
    (keep_until < src.len()).then_some(keep_until..src.len())
}

#[cfg(test)]
mod tests {
    use super::excess;

    #[test]
    fn finds_only_what_follows_the_last_line_break() {
        assert_eq!(excess("x = 1\n"), None);
        assert_eq!(excess("x = 1"), None);
        assert_eq!(excess("x = 1   "), None);
        assert_eq!(excess("x = 1   \n"), None);
        assert_eq!(excess("x = 1\n\n"), Some(6..7));
        assert_eq!(excess("x = 1\n  \n\t"), Some(6..10));
        assert_eq!(excess("x = 1\r\n\r\n\r\n"), Some(7..11));
        assert_eq!(excess("\n\n"), None);
        assert_eq!(excess(""), None);
    }
}
