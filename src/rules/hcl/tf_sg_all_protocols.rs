use super::*;

/// TF011: an ingress rule open to all protocols (`protocol = "-1"`).
pub fn fix<'a>(_ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let name = hcl::attr_name(attr).unwrap_or_default();
    let all = hcl::attr_value(attr)
        .and_then(|v| hcl::string_value(&v))
        .is_some_and(|s| s == "-1" || s.eq_ignore_ascii_case("all"));
    let Some(block) = hcl::enclosing_block(attr) else {
        return vec![];
    };
    if !all {
        return vec![];
    }
    let ingress = match (name.as_str(), hcl::block_type(&block).as_deref()) {
        ("protocol", Some("ingress")) => block
            .parent()
            .and_then(|b| hcl::enclosing_block(&b))
            .is_some_and(|sg| hcl::is_block(&sg, "resource", &["aws_security_group"])),
        ("protocol", Some("resource")) => {
            hcl::is_block(&block, "resource", &["aws_security_group_rule"])
                && hcl::attribute(&block, "type")
                    .and_then(|a| hcl::attr_value(&a))
                    .and_then(|v| hcl::string_value(&v))
                    .as_deref()
                    == Some("ingress")
        }
        ("ip_protocol", Some("resource")) => {
            hcl::is_block(&block, "resource", &["aws_vpc_security_group_ingress_rule"])
        }
        _ => false,
    };
    if !ingress {
        return vec![];
    }
    vec![Hit::new(attr.range())]
}
