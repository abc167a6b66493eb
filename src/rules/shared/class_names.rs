//! Where a provider module or class name the package lacks most likely points. Models write
//! names the way people say them (`eventbridge_rule`, `TimestreamWriteDatabase`), or the way
//! jsii's name rules would give them without the collisions (`...RuleAApply...`), or with a word
//! too many (`LbTargetGroupStickinessConfig`). Every answer comes from the embedded index and
//! the provider's own service catalogue (codemods/schema/aws-service-names.json), never from a
//! list of guesses; an answer is *sure* only when it is the one name that rule finds.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::rules::provider_index::Index;

/// How a name was found, for the message; `sure` answers are safe to apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub module: String,
    pub class: String,
    pub why: String,
    pub sure: bool,
}

/// Modules of `index` that `wrong` (a module it lacks) means: the same words run together
/// differently, or a service name the provider's catalogue lists as what people call a
/// service whose resources carry another prefix. Falls back to the modules whose words
/// contain all of `wrong`'s, in order (`s3_bucket_encryption`), which is not sure.
pub fn modules_for(index: &Index, wrong: &str) -> (Vec<String>, String, bool) {
    let squashed = wrong.replace('_', "");
    let mut same: Vec<String> = index
        .modules
        .keys()
        .filter(|m| m.replace('_', "") == squashed)
        .cloned()
        .collect();
    if !same.is_empty() {
        same.sort();
        return (same, "the same words".into(), true);
    }
    let mut by_service: Vec<(String, String)> = Vec::new();
    for row in services() {
        for said in &row.said {
            let Some(rest) = wrong.strip_prefix(said.as_str()) else {
                continue;
            };
            if rest.is_empty() {
                continue;
            }
            for real in &row.real {
                let m = if real.ends_with('_') {
                    format!("{real}{rest}")
                } else {
                    format!("{real}_{rest}")
                };
                if index.modules.contains_key(&m) && !by_service.iter().any(|(x, _)| *x == m) {
                    by_service.push((
                        m,
                        format!(
                            "the provider's service catalogue: `{}` is what people call the `{}` service, whose types start `aws_{real}`",
                            said.trim_end_matches('_'),
                            row.service
                        ),
                    ));
                }
            }
        }
    }
    if !by_service.is_empty() {
        by_service.sort();
        let why = by_service[0].1.clone();
        return (by_service.into_iter().map(|(m, _)| m).collect(), why, true);
    }
    let words: Vec<&str> = wrong.split('_').filter(|w| !w.is_empty()).collect();
    let mut containing: Vec<String> = index
        .modules
        .keys()
        .filter(|m| {
            let theirs: Vec<&str> = m.split('_').collect();
            theirs.first() == words.first()
                && theirs.len() > words.len()
                && in_order(&words, &theirs)
        })
        .cloned()
        .collect();
    containing.sort();
    (
        containing,
        "the module whose name has all of its words".into(),
        false,
    )
}

fn in_order(needles: &[&str], hay: &[&str]) -> bool {
    let mut it = hay.iter();
    needles.iter().all(|n| it.any(|h| h == n))
}

/// The class of `module` that `wrong` means, when `module` does not define it. `from_module`
/// is the module the import named, when that one does not exist (its PascalCase prefix is
/// replaced by `module`'s).
pub fn class_in(index: &Index, module: &str, wrong: &str, from_module: Option<&str>) -> Vec<Found> {
    let Some(classes) = index.modules.get(module) else {
        return vec![];
    };
    let found = |class: &str, why: &str, sure: bool| Found {
        module: module.to_string(),
        class: class.to_string(),
        why: why.to_string(),
        sure,
    };
    let exact = |name: &str| -> Option<String> {
        [name.to_string(), format!("{name}A")]
            .into_iter()
            .find(|n| classes.contains_key(n))
    };
    if let Some(c) = exact(wrong) {
        return vec![found(&c, "the module's class", true)];
    }
    if let Some(from) = from_module {
        let (old, new) = (pascal(from), pascal(module));
        if wrong.len() >= old.len() && wrong[..old.len()].eq_ignore_ascii_case(&old) {
            let renamed = format!("{new}{}", &wrong[old.len()..]);
            if let Some(c) = exact(&renamed) {
                return vec![found(&c, "the module's class of that name", true)];
            }
        }
    }
    let key = name_key(wrong);
    let mut keyed: Vec<&String> = classes.keys().filter(|c| name_key(c) == key).collect();
    if keyed.len() == 1 {
        return vec![found(keyed[0], same_words(wrong, keyed[0]), true)];
    }
    keyed.sort();
    if !keyed.is_empty() {
        return keyed
            .into_iter()
            .map(|c| found(c, "the same words", false))
            .collect();
    }
    if let Some(c) = without_extra_word(wrong).and_then(|n| exact(&n)) {
        return vec![found(&c, "the name without its last word", true)];
    }
    let mut near: Vec<(usize, &String)> = classes
        .keys()
        .map(|c| {
            (
                distance(&wrong.to_ascii_lowercase(), &c.to_ascii_lowercase()),
                c,
            )
        })
        .filter(|(d, c)| *d <= 2 && c.len() > 6)
        .collect();
    near.sort();
    match near.as_slice() {
        [(_, c)] => vec![found(
            c,
            "the one class of the module with a name that close",
            true,
        )],
        _ => near
            .into_iter()
            .map(|(_, c)| found(c, "a close name", false))
            .collect(),
    }
}

/// Classes anywhere in the index with `wrong`'s words (case and jsii's `A` aside), or with its
/// last word dropped; for a name imported from the package root or the wrong module.
pub fn classes_like(index: &Index, wrong: &str) -> Vec<Found> {
    let key = name_key(wrong);
    let mut out: Vec<Found> = keys(index)
        .get(&key)
        .into_iter()
        .flatten()
        .map(|(m, c)| Found {
            module: m.clone(),
            class: c.clone(),
            why: same_words(wrong, c).into(),
            sure: true,
        })
        .collect();
    if out.is_empty()
        && let Some(shorter) = without_extra_word(wrong)
    {
        out = keys(index)
            .get(&name_key(&shorter))
            .into_iter()
            .flatten()
            .map(|(m, c)| Found {
                module: m.clone(),
                class: c.clone(),
                why: "the name without its last word".into(),
                sure: true,
            })
            .collect();
    }
    out.sort_by(|a, b| (&a.module, &a.class).cmp(&(&b.module, &b.class)));
    out
}

fn same_words(wrong: &str, right: &str) -> &'static str {
    if wrong.eq_ignore_ascii_case(right) {
        "the name in the provider's case"
    } else {
        "the same words, with `A` where jsii puts it"
    }
}

/// Classes anywhere in the index whose names are at most two letters from `wrong`, closest
/// first, for a finding's candidates (never a fix: across two thousand modules a close name
/// is often another service's).
pub fn near_anywhere(index: &Index, wrong: &str) -> Vec<(String, String)> {
    let lower = wrong.to_ascii_lowercase();
    let mut near: Vec<(usize, String, String)> = keys(index)
        .iter()
        .filter(|(k, _)| k.len().abs_diff(lower.len()) <= 2)
        .flat_map(|(_, v)| v.iter())
        .filter_map(|(m, c)| {
            let d = distance(&lower, &c.to_ascii_lowercase());
            (d <= 2).then(|| (d, m.clone(), c.clone()))
        })
        .collect();
    near.sort();
    near.into_iter().take(6).map(|(_, m, c)| (m, c)).collect()
}

/// Name key -> the (module, class) pairs with that key.
type Keys = HashMap<String, Vec<(String, String)>>;

/// Name key -> (module, class), per embedded index (built on first use of each).
fn keys(index: &Index) -> &'static Keys {
    static KEYS: OnceLock<std::sync::Mutex<Vec<(usize, &'static Keys)>>> = OnceLock::new();
    let id = std::ptr::from_ref(index) as usize;
    let cell = KEYS.get_or_init(Default::default);
    let mut built = cell
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, k)) = built.iter().find(|(i, _)| *i == id) {
        return k;
    }
    let mut map: Keys = HashMap::new();
    for (m, classes) in &index.modules {
        if crate::rules::shared::provider_api::CORES.contains(&m.as_str()) {
            continue;
        }
        for c in classes.keys() {
            map.entry(name_key(c))
                .or_default()
                .push((m.clone(), c.clone()));
        }
    }
    let leaked: &'static Keys = Box::leak(Box::new(map));
    built.push((id, leaked));
    leaked
}

/// A class name's words without case and without jsii's collision `A`s: `...RuleAApplyX` and
/// `...RuleApplyXA` have one key.
pub fn name_key(name: &str) -> String {
    let b = name.as_bytes();
    let mut out = String::with_capacity(name.len());
    for (i, &c) in b.iter().enumerate() {
        let word_a = c == b'A'
            && i > 0
            && b.get(i + 1)
                .is_none_or(|n| n.is_ascii_uppercase() || n.is_ascii_digit())
            && !b[i - 1].is_ascii_uppercase();
        if !word_a {
            out.push(c.to_ascii_lowercase() as char);
        }
    }
    out
}

/// Words models add to a struct or class name that the provider's names do not have.
const EXTRA_WORDS: &[&str] = &[
    "Configuration",
    "Config",
    "Settings",
    "Options",
    "Properties",
    "Props",
    "Args",
    "Block",
    "Spec",
    "Params",
];

fn without_extra_word(name: &str) -> Option<String> {
    EXTRA_WORDS.iter().find_map(|w| {
        name.strip_suffix(w)
            .filter(|r| r.len() > 2)
            .map(str::to_string)
    })
}

/// `cloudwatch_event_rule` -> `CloudwatchEventRule`, jsii's class prefix for a module.
pub fn pascal(module: &str) -> String {
    module
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Edit distance, cut off above 2 (the closest names asked for here) without computing it.
fn distance(a: &str, b: &str) -> usize {
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    strsim::levenshtein(a, b)
}

struct Service {
    service: String,
    said: Vec<String>,
    real: Vec<String>,
}

const SERVICE_NAMES: &str = include_str!("../../../codemods/schema/aws-service-names.json");

fn services() -> &'static [Service] {
    static ROWS: OnceLock<Vec<Service>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let doc: serde_json::Value = serde_json::from_str(SERVICE_NAMES).unwrap_or_default();
        let strings = |v: &serde_json::Value| -> Vec<String> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        };
        doc["services"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| Service {
                service: r["service"].as_str().unwrap_or_default().to_string(),
                said: strings(&r["said"]),
                real: strings(&r["real"]),
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_and_the_collision_a() {
        assert_eq!(
            name_key("S3BucketRuleAApplyDefault"),
            name_key("S3BucketRuleApplyDefaultA")
        );
        assert_eq!(name_key("Eip"), "eip");
        assert_ne!(name_key("LbA"), name_key("Lb2"));
        // A capital A inside an acronym or at the start is a letter, not the suffix.
        assert_eq!(name_key("AwsProvider"), "awsprovider");
        assert_eq!(name_key("DataAwsAmi"), "dataawsami");
    }

    #[test]
    fn the_service_table_loads() {
        let events = services().iter().find(|s| s.service == "events");
        let events = events.map(|s| (s.said.clone(), s.real.clone()));
        assert_eq!(
            events,
            Some((
                vec![
                    "cloudwatchevents_".into(),
                    "eventbridge_".into(),
                    "events_".into()
                ],
                vec!["cloudwatch_event_".into()]
            ))
        );
        assert!(services().len() > 200);
    }

    #[test]
    fn pascal_and_distance() {
        assert_eq!(pascal("timestream_write_table"), "TimestreamWriteTable");
        assert_eq!(distance("lbtargetgroup", "lbtargetgrop"), 1);
        assert_eq!(
            without_extra_word("LbTargetGroupStickinessConfig").as_deref(),
            Some("LbTargetGroupStickiness")
        );
    }
}
