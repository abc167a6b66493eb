use super::*;

/// TF001: a Kubernetes version below the oldest one in EKS standard support, on
/// aws_eks_cluster `version` or the default of a `kubernetes_version`/`cluster_version`
/// variable.
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let attr = m.get_node();
    let name = hcl::attr_name(attr).unwrap_or_default();
    let Some(block) = hcl::enclosing_block(attr) else {
        return vec![];
    };
    let relevant = (name == "version" && hcl::is_block(&block, "resource", &["aws_eks_cluster"]))
        || (name == "default"
            && (hcl::is_block(&block, "variable", &["kubernetes_version"])
                || hcl::is_block(&block, "variable", &["cluster_version"])));
    if !relevant {
        return vec![];
    }
    let Some(value) = hcl::attr_value(attr) else {
        return vec![];
    };
    let Some(current) = hcl::string_value(&value) else {
        return vec![];
    };
    let Some(cur) = crate::project::versions::Version::parse(&current) else {
        return vec![];
    };
    let as_of = ctx
        .option_str("as-of")
        .map(str::to_string)
        .unwrap_or_else(today);
    let Some(oldest) = oldest_supported(&ctx.codemod.data, &as_of) else {
        return vec![];
    };
    let Some(target) = crate::project::versions::Version::parse(&oldest) else {
        return vec![];
    };
    if cur >= target {
        return vec![];
    }
    let r = value.range();
    vec![
        Hit::new(r.clone())
            .message(format!(
                "Kubernetes {current} is out of EKS standard support (as of {as_of}); the oldest supported version is {oldest}"
            ))
            .fix(Fix::new(
                format!("Use Kubernetes {oldest} (an existing cluster upgrades one minor version at a time)"),
                ceiling(ctx),
                vec![Edit::replace(r.start, r.end, format!("\"{oldest}\""))],
            )),
    ]
}

/// The oldest version of the spec's `data.versions` table that was released on or before
/// `as_of` and whose standard support had not ended.
fn oldest_supported(data: &serde_json::Value, as_of: &str) -> Option<String> {
    let rows = data.get("versions")?.as_array()?;
    let mut best: Option<(crate::project::versions::Version, String)> = None;
    for row in rows {
        let v = row.get("version")?.as_str()?;
        let released = row.get("released")?.as_str()?;
        let end = row.get("end-of-standard-support")?.as_str()?;
        if released <= as_of && as_of < end {
            let parsed = crate::project::versions::Version::parse(v)?;
            if best.as_ref().is_none_or(|(b, _)| parsed < *b) {
                best = Some((parsed, v.to_string()));
            }
        }
    }
    best.map(|(_, s)| s)
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    format!("{y:04}-{mo:02}-{d:02}")
}
