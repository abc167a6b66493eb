//! Gate for detect-only checks of test code: the rule says what a weak test looks like, this
//! keeps the finding only when the match is in a test file or a `Test*` class (a rule cannot see
//! the file name).

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
