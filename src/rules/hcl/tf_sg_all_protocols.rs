use super::*;

/// Arguments that name where an ingress rule admits traffic from, besides the group itself.
const OTHER_SOURCES: &[&str] = &[
    "cidr_blocks",
    "ipv6_cidr_blocks",
    "prefix_list_ids",
    "security_groups",
    "cidr_ipv4",
    "cidr_ipv6",
    "prefix_list_id",
];

/// TF011: an ingress rule open to all protocols (`protocol = "-1"`). A rule whose only source
/// is its own group (`self = true`, or the source group is the rule's group) is the node-to-node
/// rule EKS gives its cluster security group, and is left alone.
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
    if !ingress || only_from_itself(&block) {
        return vec![];
    }
    vec![Hit::new(attr.range())]
}

/// Whether the rule admits traffic only from its own group.
fn only_from_itself(rule: &Node) -> bool {
    let value = |name: &str| {
        hcl::attribute(rule, name)
            .and_then(|a| hcl::attr_value(&a))
            .map(|v| expression(&v.text()))
    };
    if OTHER_SOURCES
        .iter()
        .any(|s| hcl::attribute(rule, s).is_some())
    {
        return false;
    }
    let is_self = hcl::attribute(rule, "self")
        .and_then(|a| hcl::attr_value(&a))
        .and_then(|v| hcl::bool_value(&v))
        == Some(true);
    let own = value("security_group_id");
    let source =
        value("source_security_group_id").or_else(|| value("referenced_security_group_id"));
    match source {
        Some(s) => own.is_some_and(|o| o == s) && !is_self,
        None => is_self,
    }
}

/// An expression with whitespace and a lone `"${...}"` wrapper (Terraform 0.11 style) removed,
/// so `"${aws_security_group.node.id}"` and `aws_security_group.node.id` compare equal.
fn expression(text: &str) -> String {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    match t.strip_prefix("\"${").and_then(|r| r.strip_suffix("}\"")) {
        Some(inner) if !inner.contains("${") => inner.to_string(),
        _ => t,
    }
}
