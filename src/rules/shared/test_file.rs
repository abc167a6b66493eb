//! Gate for detect-only checks of test code: the rule says what a weak test looks like, this
//! keeps the finding only when the match is in a test file or a `Test*` class (a rule cannot see
//! the file name).
//!
//! The other way round, checks of stack code stay out of test files (`is_test_path`): tests pin
//! literal ARNs, accounts and environment names as the expected values of a synthesized stack,
//! and a "fix" there breaks the assertion instead of a deployment.

use std::path::{Component, Path};

use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

/// Report the match as is (no fix) when it is test code.
pub fn in_test_file<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    if python::is_test_code(ctx.path, node) {
        vec![Hit::new(node.range())]
    } else {
        vec![]
    }
}

/// The other way round: report the match as is (no fix) unless the file is test code, for
/// detect-only checks of stack code whose shapes tests use as expected values.
pub fn not_in_test_file<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    if is_test_path(ctx) {
        vec![]
    } else {
        vec![Hit::new(m.get_node().range())]
    }
}

/// Whether the file is test code by its path: a Python file pytest collects (`test_*.py`,
/// `*_test.py`) or its `conftest.py`, or any file under a `tests/` or `test/` directory of its
/// project (fixtures, helper stacks, Terraform test setup modules). Directories above the project
/// root do not count: a checkout cloned into `~/test/` is not test code.
pub fn is_test_path(ctx: &Ctx) -> bool {
    is_test_path_in(ctx.path, ctx.view.project_root())
}

/// `is_test_path` as ast-grep `ignores` globs, for the exported rules of codemods gated by
/// `not-in-test-file`. They match directories above the project root too, which the scan root
/// usually excludes anyway.
pub const TEST_PATH_GLOBS: &[&str] = &[
    "**/test_*.py",
    "**/*_test.py",
    "**/conftest.py",
    "**/tests/**",
    "**/test/**",
];

fn is_test_path_in(path: &Path, project_root: &Path) -> bool {
    let file = path.file_name().and_then(|f| f.to_str()).unwrap_or("");
    if let Some(stem) = file.strip_suffix(".py")
        && (stem.starts_with("test_") || stem.ends_with("_test") || stem == "conftest")
    {
        return true;
    }
    let inside = path.strip_prefix(project_root).unwrap_or(path);
    let dirs = inside.parent().map(Path::components).into_iter().flatten();
    dirs.filter_map(|c| match c {
        Component::Normal(n) => n.to_str(),
        _ => None,
    })
    .any(|d| d == "tests" || d == "test")
}

#[cfg(test)]
mod tests {
    use super::is_test_path_in as t;
    use std::path::Path;

    #[test]
    fn test_paths_by_name_and_directory_below_the_project() {
        let root = Path::new("/repo");
        assert!(t(Path::new("/repo/tests/test_stack.py"), root));
        assert!(t(Path::new("/repo/lib/stack_test.py"), root));
        assert!(t(Path::new("/repo/conftest.py"), root));
        assert!(t(Path::new("/repo/tests/fixtures/stack.py"), root));
        assert!(t(Path::new("/repo/modules/vpc/tests/setup/main.tf"), root));
        assert!(!t(Path::new("/repo/lib/tap_stack.py"), root));
        assert!(!t(Path::new("/repo/lib/testing.py"), root));
        assert!(!t(
            Path::new("/home/u/test/repo/lib/stack.py"),
            Path::new("/home/u/test/repo")
        ));
        assert!(!t(Path::new("/repo/tests.tf"), root));
    }
}
