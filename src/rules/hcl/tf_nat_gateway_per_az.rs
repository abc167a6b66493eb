use super::*;

/// TF012: aws_nat_gateway multiplied with count/for_each (one per AZ) without an environment
/// switch.
pub fn fix<'a>(_ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let block = m.get_node();
    if !hcl::is_block(block, "resource", &["aws_nat_gateway"]) {
        return vec![];
    }
    let Some(meta) = hcl::attribute(block, "count").or_else(|| hcl::attribute(block, "for_each"))
    else {
        return vec![];
    };
    let text = meta.text();
    // `var.single_nat_gateway ? 1 : length(...)` already is the environment switch.
    if text.contains('?') {
        return vec![];
    }
    if let Some(v) = hcl::attr_value(&meta)
        && v.text().trim().parse::<u64>().is_ok_and(|n| n <= 1)
    {
        return vec![];
    }
    vec![Hit::new(meta.range())]
}
