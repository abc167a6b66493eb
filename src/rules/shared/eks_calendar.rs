//! The EKS Kubernetes support calendar, one table for the Python and the Terraform codemod
//! (`codemods/shared/eks-kubernetes-calendar.yml`): which minor versions are in standard support
//! on a given day, and the dates that decide it.

use std::sync::OnceLock;

/// A date as (year, month, day); compares chronologically.
pub type Date = (i64, u32, u32);

pub struct Row {
    pub minor: (u32, u32),
    pub released: Option<Date>,
    pub ends: Date,
}

const TABLE: &str = include_str!("../../../codemods/shared/eks-kubernetes-calendar.yml");

pub fn rows() -> &'static [Row] {
    static ROWS: OnceLock<Vec<Row>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let doc: serde_json::Value = ast_grep_config::from_str(TABLE).unwrap_or_default();
        let mut rows: Vec<Row> = doc["versions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| {
                Some(Row {
                    minor: parse_minor(r["version"].as_str()?)?,
                    released: r["released"].as_str().and_then(parse_date),
                    ends: parse_date(r["end-of-standard-support"].as_str()?)?,
                })
            })
            .collect();
        rows.sort_by_key(|r| r.minor);
        rows
    })
}

/// The oldest version in standard support on `day` (released by then, support not ended), with
/// the day its support ends.
pub fn oldest_supported(day: Date) -> Option<&'static Row> {
    rows()
        .iter()
        .filter(|r| r.released.is_none_or(|d| d <= day) && day < r.ends)
        .min_by_key(|r| r.minor)
}

/// `1.29` -> (1, 29).
pub fn parse_minor(s: &str) -> Option<(u32, u32)> {
    let (a, b) = s.trim().split_once('.')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Today (UTC), from the system clock.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days((secs / 86_400) as i64)
}

/// Howard Hinnant's civil_from_days.
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The day a codemod judges: its `as-of` option (YYYY-MM-DD) or today.
pub fn as_of(option: Option<&str>) -> Result<Date, String> {
    match option.filter(|s| !s.is_empty()) {
        None => Ok(today()),
        Some(s) => parse_date(s)
            .ok_or_else(|| format!("option `as-of` must be a YYYY-MM-DD date, not `{s}`")),
    }
}

/// What the calendar says of a cluster's version on a day.
pub struct Verdict {
    /// The oldest version in standard support.
    pub target: (u32, u32),
    pub day: Date,
    /// When the target's standard support ends.
    pub ends: Date,
}

/// Judge a version literal (`1.29`) on the day the `as-of` option names (or today): `Ok(None)`
/// when it is in standard support, newer than the calendar, or not a version; `Err` when the
/// option is not a date or the calendar has no version left in support (it needs new rows).
pub fn judge(version: &str, as_of_option: Option<&str>) -> Result<Option<Verdict>, String> {
    let Some(current) = parse_minor(version) else {
        return Ok(None);
    };
    let day = as_of(as_of_option)?;
    let Some(oldest) = oldest_supported(day) else {
        return Err("every Kubernetes version in the EKS support calendar is past standard support; the calendar needs updating".into());
    };
    if current >= oldest.minor {
        return Ok(None);
    }
    Ok(Some(Verdict {
        target: oldest.minor,
        day,
        ends: oldest.ends,
    }))
}

/// The fix for an outdated version. EKS upgrades an existing cluster one minor version at a
/// time, so the fix takes one step; but the engine fixes a file to a fixpoint, so a one-step fix
/// offered on every pass would climb every step in one run. It is therefore offered only when
/// one step reaches standard support, or up to the version the `target` option names (the
/// chosen step, or the whole jump for a new cluster), where it stops; with several steps to go
/// and no target, the message names the path and the first step, and no fix is offered.
pub struct Upgrade {
    /// The version the fix sets (the next step when none is offered).
    pub to: (u32, u32),
    /// Whether a fix is offered.
    pub applies: bool,
    pub message: String,
    pub title: String,
}

impl Upgrade {
    /// The version the fix sets, as written (`1.30`).
    pub fn version(&self) -> String {
        format!("{}.{}", self.to.0, self.to.1)
    }
}

/// Judge `version` (see [`judge`]) and plan its upgrade under the `target` option (empty: one
/// step). `Err` for an option that does not parse or a calendar that needs rows.
pub fn upgrade(
    version: &str,
    as_of_option: Option<&str>,
    target_option: Option<&str>,
) -> Result<Option<Upgrade>, String> {
    let Some(verdict) = judge(version, as_of_option)? else {
        return Ok(None);
    };
    let target = match target_option.filter(|s| !s.is_empty()) {
        None => None,
        Some(t) => Some(parse_minor(t).ok_or_else(|| {
            format!("option `target` must be a Kubernetes minor version such as 1.35, not `{t}`")
        })?),
    };
    let Some(current) = parse_minor(version) else {
        return Ok(None);
    };
    let v = |m: (u32, u32)| format!("{}.{}", m.0, m.1);
    let oldest = verdict.target;
    let mut message = format!(
        "EKS Kubernetes {} is past standard support (extended support costs extra, then EKS upgrades it for you); the oldest version in standard support on {} is {} (until {})",
        v(current),
        show(verdict.day),
        v(oldest),
        show(verdict.ends)
    );
    let steps = if current.0 == oldest.0 {
        oldest.1 - current.1
    } else {
        u32::MAX
    };
    let next = (current.0, current.1 + 1);
    let (to, applies) = match target {
        Some(t) if t > current => {
            let jump = if t.0 == current.0 {
                t.1 - current.1
            } else {
                u32::MAX
            };
            message.push_str(&format!("; option `target` sets {}", v(t)));
            if jump > 1 {
                message.push_str(&format!(
                    ": a jump of {} minor versions, which EKS only does for a new cluster (an existing one upgrades one minor version at a time)",
                    if jump == u32::MAX { "several".to_string() } else { jump.to_string() }
                ));
            }
            if t < oldest {
                message.push_str(
                    ", still past standard support: deploy it, then set `target` to the next version",
                );
            }
            (t, true)
        }
        _ if steps == 1 => {
            message.push_str("; one minor version up, the step EKS takes on an existing cluster");
            (oldest, true)
        }
        _ => {
            let path: Vec<String> = if steps == u32::MAX {
                vec![v(current), v(oldest)]
            } else {
                (current.1..=oldest.1).map(|m| v((current.0, m))).collect()
            };
            let count = if steps == u32::MAX {
                "several".to_string()
            } else {
                steps.to_string()
            };
            message.push_str(&format!(
                "; EKS upgrades an existing cluster one minor version at a time, so this is step 1 of {count} ({}): deploy {} first. Not fixed automatically, since one run would take every step: set option `target` (\"{}\" for this step, \"{}\" for a new cluster)",
                path.join(" -> "),
                v(next),
                v(next),
                v(oldest)
            ));
            (next, false)
        }
    };
    let title = format!("Set version to \"{}\"", v(to));
    Ok(Some(Upgrade {
        to,
        applies,
        message,
        title,
    }))
}

/// The registry source of the terraform-aws-modules EKS module (`terraform-aws-modules/eks/aws`,
/// also with the registry host), whose `cluster_version` (v20) / `kubernetes_version` (v21)
/// input is the cluster's version. Its submodules (`//modules/eks-managed-node-group`) and other
/// modules are not: their inputs mean what their authors say.
pub fn is_eks_module_source(source: &str) -> bool {
    let s = source.trim();
    let s = s.strip_prefix("registry.terraform.io/").unwrap_or(s);
    s.eq_ignore_ascii_case("terraform-aws-modules/eks/aws")
}

pub fn show(d: Date) -> String {
    format!("{}-{:02}-{:02}", d.0, d.1, d.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_calendar_loads_and_answers() {
        assert!(rows().len() >= 13);
        assert_eq!(
            oldest_supported((2026, 11, 24)).map(|r| r.minor),
            Some((1, 34))
        );
        assert_eq!(
            oldest_supported((2026, 12, 2)).map(|r| r.minor),
            Some((1, 35))
        );
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_781), (2026, 11, 24));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(parse_date("2026-13-01"), None);
    }

    #[test]
    fn upgrades_take_one_step_or_stop_at_the_target() {
        let day = Some("2026-12-02");
        let last = upgrade("1.34", day, None).unwrap().unwrap();
        assert_eq!((last.to, last.applies), ((1, 35), true));
        let far = upgrade("1.29", day, None).unwrap().unwrap();
        assert_eq!((far.to, far.applies), ((1, 30), false));
        assert!(far.message.contains("step 1 of 6"), "{}", far.message);
        let step = upgrade("1.29", day, Some("1.30")).unwrap().unwrap();
        assert_eq!((step.to, step.applies), ((1, 30), true));
        // At the target, the version is judged as without one: nothing past it is applied.
        let reached = upgrade("1.30", day, Some("1.30")).unwrap().unwrap();
        assert!(!reached.applies);
        let jump = upgrade("1.29", day, Some("1.35")).unwrap().unwrap();
        assert_eq!((jump.to, jump.applies), ((1, 35), true));
        assert!(upgrade("1.35", day, Some("1.36")).unwrap().is_none());
        assert!(upgrade("1.29", day, Some("latest")).is_err());
    }
}
