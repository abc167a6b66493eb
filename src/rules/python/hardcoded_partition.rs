//! `arn:aws:` only exists in the commercial partition; in GovCloud (`aws-us-gov`) and China
//! (`aws-cn`) those ARNs are invalid. `DataAwsPartition(...).partition` names the partition the
//! stack deploys to; the fix creates that data source once per function (or reuses one) and
//! turns the literal into an f-string that reads it.

use crate::lang::python;
use crate::rules::shared::data_source::{self, PARTITION};
use crate::rules::shared::test_file;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    // Tests compare synthesized ARNs with literal expected values; those must stay literal.
    if python::is_docstring(node) || test_file::is_test_path(ctx) {
        return vec![];
    }
    let Some(s) = python::py_string(node) else {
        return vec![];
    };
    let spots = data_source::partition_literals(ctx.src, &s);
    if spots.is_empty() {
        return vec![];
    }
    let base = "hard-coded partition `arn:aws:`; the ARN is wrong in GovCloud and China: use `DataAwsPartition(...).partition`";
    let hit = Hit::new(node.range());
    let access = data_source::interpolate(ctx, node, &s, &PARTITION, |var| {
        spots
            .iter()
            .map(|r| (r.clone(), format!("{{{var}.partition}}")))
            .collect()
    });
    data_source::finding(ctx, hit, base, access, |var| {
        format!("Use `{var}.partition`")
    })
}
