//! `EksCluster(version="1.2x")` older than the oldest Kubernetes version in EKS standard support.
//! The support calendar is the spec's `data.standard-support-ends` table; "today" is the run's
//! date unless option `as-of` (YYYY-MM-DD) pins it, which the golden cases do.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::engine::edit::{Edit, Fix};
use crate::rules::{Ctx, Hit, Match};

/// A date as (year, month, day); compares chronologically.
type Date = (i64, u32, u32);

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let Some(lit) = m.get_env().get_match("V") else {
        return vec![];
    };
    let text = lit.text();
    let quote = &text[..1];
    let inner = text.trim_matches(['"', '\'']);
    let Some(current) = parse_minor(inner) else {
        return vec![];
    };
    let today = match ctx.option_str("as-of").filter(|s| !s.is_empty()) {
        Some(s) => match parse_date(s) {
            Some(d) => d,
            None => {
                return vec![Hit::new(lit.range()).message(format!(
                    "option `as-of` must be a YYYY-MM-DD date, not `{s}`"
                ))];
            }
        },
        None => today(),
    };
    let table = calendar(ctx);
    let Some((oldest, ends)) = table
        .iter()
        .filter(|(_, end)| *end > today)
        .min_by_key(|(v, _)| *v)
    else {
        return vec![Hit::new(lit.range()).message(
            "every Kubernetes version in this codemod's support calendar is past standard support; the calendar needs updating",
        )];
    };
    if current >= *oldest {
        return vec![];
    }
    let (maj, min) = *oldest;
    let target = format!("{maj}.{min}");
    let msg = format!(
        "EKS Kubernetes {inner} is past standard support (extended support costs extra, then EKS upgrades it for you); the oldest version in standard support on {}-{:02}-{:02} is {target} (until {}-{:02}-{:02})",
        today.0, today.1, today.2, ends.0, ends.1, ends.2
    );
    vec![Hit::new(lit.range()).message(msg).fix(Fix::new(
        format!("Set version to \"{target}\""),
        ctx.codemod.safety.ceiling(),
        vec![Edit::replace(
            lit.range().start,
            lit.range().end,
            format!("{quote}{target}{quote}"),
        )],
    ))]
}

fn calendar(ctx: &Ctx) -> Vec<((u32, u32), Date)> {
    ctx.codemod
        .data
        .get("standard-support-ends")
        .and_then(|t| t.as_object())
        .map(|t| {
            t.iter()
                .filter_map(|(v, d)| Some((parse_minor(v)?, parse_date(d.as_str()?)?)))
                .collect()
        })
        .unwrap_or_default()
}

fn parse_minor(s: &str) -> Option<(u32, u32)> {
    let (a, b) = s.split_once('.')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Today's UTC date from the system clock (days-to-civil, H. Hinnant's algorithm).
fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    civil_from_days(secs.div_euclid(86_400))
}

fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_781), (2026, 11, 24));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn parses() {
        assert_eq!(parse_minor("1.28"), Some((1, 28)));
        assert_eq!(parse_minor("1.x"), None);
        assert_eq!(parse_date("2026-12-02"), Some((2026, 12, 2)));
        assert_eq!(parse_date("2026-13-02"), None);
    }
}
