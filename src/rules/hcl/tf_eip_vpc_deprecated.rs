use super::*;

/// TF008: `vpc = true` on aws_eip (removed in AWS provider 5) becomes `domain = "vpc"`.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let Some(eip) = in_resource(attr, "aws_eip") else {
        return vec![];
    };
    let value = hcl::attr_value(attr).and_then(|v| hcl::bool_value(&v));
    let hit = Hit::new(attr.range());
    if value != Some(true) {
        return vec![hit.message(format!(
            "{} (its value is not the literal `true`; set `domain` by hand)",
            ctx.codemod.message
        ))];
    }
    let edits = if hcl::attribute(&eip, "domain").is_some() {
        hcl::remove_attribute(ctx.src, attr)
    } else {
        hcl::replace_attribute(ctx.src, attr, "domain = \"vpc\"")
    };
    vec![hit.fix(Fix::new(
        "Replace `vpc = true` with `domain = \"vpc\"`",
        ceiling(ctx),
        edits,
    ))]
}
