use super::*;

struct VersionRow<'a> {
    package: String,
    from: &'a str,
    to: &'a str,
    /// Why a package that keeps its name must move (`constructs`: the target core's bound).
    why: Option<&'a str>,
}

struct Tables<'a> {
    /// Normalized old distribution name -> new name.
    renames: Vec<(String, String)>,
    versions: Vec<VersionRow<'a>>,
}

impl<'a> Tables<'a> {
    /// The tables for one target series (`data.targets.<series>.versions`).
    fn from_data(data: &'a Value, series: &str) -> Tables<'a> {
        let mut renames: Vec<(String, String)> = data_map(data, "packages")
            .map(|(k, v)| (normalize(k), v.to_string()))
            .collect();
        if let Some(p) = data.get("provider-packages") {
            let from = p.get("from").and_then(Value::as_str).unwrap_or("");
            let to = p.get("to").and_then(Value::as_str).unwrap_or("");
            for name in data_strings(p, "providers") {
                renames.push((normalize(&format!("{from}{name}")), format!("{to}{name}")));
            }
        }
        let versions = data
            .get("targets")
            .and_then(|t| t.get(series))
            .and_then(|t| t.get("versions"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|row| {
                Some(VersionRow {
                    package: normalize(row.get("package")?.as_str()?),
                    from: row.get("from")?.as_str()?,
                    to: row.get("to")?.as_str()?,
                    why: row.get("why").and_then(Value::as_str),
                })
            })
            .collect();
        Tables { renames, versions }
    }

    fn rename(&self, normalized: &str) -> Option<&str> {
        self.renames
            .iter()
            .find(|(k, _)| k == normalized)
            .map(|(_, v)| v.as_str())
    }

    fn concerns(&self, normalized: &str) -> bool {
        self.rename(normalized).is_some() || self.versions.iter().any(|r| r.package == normalized)
    }

    fn map_description(&self, normalized: &str) -> String {
        let rows: Vec<String> = self
            .versions
            .iter()
            .filter(|r| r.package == normalized)
            .map(|r| format!("{}.x -> {}", r.from, r.to))
            .collect();
        if rows.is_empty() {
            "no version of it is in the map".to_string()
        } else {
            format!("the map covers {}", rows.join(", "))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Version specifiers.

const OPERATORS: &[&str] = &["===", "==", "~=", "!=", "<=", ">=", "<", ">", "^", "~"];

fn components(v: &str) -> Vec<&str> {
    v.split('.').collect()
}

fn in_series(v: &str, series: &str) -> bool {
    v == series || v.strip_prefix(series).is_some_and(|r| r.starts_with('.'))
}

/// The series after `series` (`0.21` -> `0.22`), padded with `.0` to `len` components.
fn successor(series: &str, len: usize) -> Option<String> {
    let mut parts: Vec<String> = components(series).iter().map(|s| s.to_string()).collect();
    let last = parts.last_mut()?;
    *last = (last.parse::<u64>().ok()? + 1).to_string();
    while parts.len() < len {
        parts.push("0".into());
    }
    Some(parts.join("."))
}

/// The first `n` components of `v`.
fn series_of(v: &str, n: usize) -> String {
    components(v)
        .into_iter()
        .take(n)
        .collect::<Vec<_>>()
        .join(".")
}

/// New text for one clause's version under `row`, or `None` when the clause says something the
/// map cannot carry over (an exclusion, a version outside the series).
fn map_clause(op: &str, v: &str, row: &VersionRow) -> Option<String> {
    let n = components(row.from).len();
    if let Some(prefix) = v.strip_suffix(".*") {
        return (matches!(op, "==" | "") && prefix == row.from)
            .then(|| format!("{}.*", series_of(row.to, n)));
    }
    match op {
        "==" | "===" | "~=" | ">=" | ">" | "^" | "~" | "" if in_series(v, row.from) => {
            Some(row.to.to_string())
        }
        "<" if successor(row.from, components(v).len()).as_deref() == Some(v) => {
            successor(&series_of(row.to, n), components(v).len())
        }
        _ => None,
    }
}

enum SpecMap {
    /// No version constraint (`cdktf`, `cdktf = "*"`).
    Unversioned,
    /// Edits (relative to the specifier text) and the row that produced them.
    Mapped(Vec<Edit>, String),
    Unmapped,
}

/// Map a version specifier (`>=0.21.0, <0.22`, `^0.21.0`, `*`) by the rows for `package`.
fn map_spec(spec: &str, package: &str, tables: &Tables) -> SpecMap {
    let trimmed = spec
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    if trimmed.is_empty() || trimmed == "*" {
        return SpecMap::Unversioned;
    }
    // (op, version, byte range of the version inside `spec`)
    let mut clauses: Vec<(&str, &str, Range<usize>)> = Vec::new();
    let mut offset = 0;
    for part in spec.split(',') {
        let lead = part.len() - part.trim_start().len();
        let body = part
            .trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .trim();
        let body_start = offset + lead + part.trim_start().find(body).unwrap_or(0);
        let op = OPERATORS
            .iter()
            .find(|o| body.starts_with(**o))
            .copied()
            .unwrap_or("");
        let rest = &body[op.len()..];
        let v = rest.trim();
        if v.is_empty()
            || !v
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '*' | '+' | '!' | '-'))
        {
            return SpecMap::Unmapped;
        }
        let v_start = body_start + op.len() + (rest.len() - rest.trim_start().len());
        clauses.push((op, v, v_start..v_start + v.len()));
        offset += part.len() + 1;
    }
    for row in tables.versions.iter().filter(|r| r.package == package) {
        let mapped: Option<Vec<Edit>> = clauses
            .iter()
            .map(|(op, v, r)| map_clause(op, v, row).map(|new| Edit::replace(r.start, r.end, new)))
            .collect();
        if let Some(edits) = mapped {
            let edits = edits
                .into_iter()
                .filter(|e| spec[e.start..e.end] != e.text)
                .collect();
            return SpecMap::Mapped(edits, format!("{}.x -> {}", row.from, row.to));
        }
    }
    SpecMap::Unmapped
}

fn shift(edits: Vec<Edit>, by: usize) -> Vec<Edit> {
    edits
        .into_iter()
        .map(|e| Edit::replace(e.start + by, e.end + by, e.text))
        .collect()
}

/// The finding for one dependency: `name` at `name_range`, its specifier text at `spec_at`
/// (absolute offsets). `direct` marks a `name @ url` reference, which has no version to map.
fn dependency_hit(
    ctx: &TextCtx,
    tables: &Tables,
    name_range: Range<usize>,
    spec: Option<SpecAt>,
) -> Option<Hit> {
    let name = &ctx.src[name_range.clone()];
    let key = normalize(name);
    if !tables.concerns(&key) {
        return None;
    }
    let new_name = tables.rename(&key);
    let mut edits: Vec<Edit> = Vec::new();
    if let Some(n) = new_name {
        edits.push(Edit::replace(name_range.start, name_range.end, n));
    }
    let shown = new_name.unwrap_or(name);
    let (mapped, how) = match spec {
        None => (SpecMap::Unmapped, String::new()),
        Some((text, at)) => {
            let m = map_spec(text, &key, tables);
            match m {
                SpecMap::Mapped(e, how) => {
                    edits.extend(shift(e, at));
                    (SpecMap::Mapped(Vec::new(), how.clone()), how)
                }
                other => (other, String::new()),
            }
        }
    };
    let hit = Hit::new(name_range.clone());
    match mapped {
        // A CDK Terrain name outside the map (cdktn-provider-aws 23+) is already migrated.
        SpecMap::Unmapped | SpecMap::Unversioned if new_name.is_none() => None,
        SpecMap::Unmapped => {
            let why = match spec {
                None => "it is a direct reference, whose target cannot be mapped".to_string(),
                Some((text, _)) => format!(
                    "`{}` has no known CDK Terrain counterpart ({}); move to the newest CDKTF \
                     release first or pin `{shown}` by hand",
                    text.trim(),
                    tables.map_description(&key)
                ),
            };
            Some(hit.message(format!(
                "`{name}` is CDKTF; CDK Terrain publishes `{shown}`, but {why}"
            )))
        }
        _ if edits.is_empty() => None,
        SpecMap::Unversioned => Some(
            hit.message(format!(
                "`{name}` is CDKTF, archived; CDK Terrain publishes it as `{shown}`"
            ))
            .fix(Fix::new(
                format!("Depend on `{shown}`"),
                ctx.codemod.safety.ceiling(),
                edits,
            )),
        ),
        SpecMap::Mapped(..) => Some(
            hit.message(if new_name.is_some() {
                format!(
                    "`{name}` is CDKTF, archived; CDK Terrain publishes it as `{shown}` (version map {how})"
                )
            } else if let Some(why) = tables
                .versions
                .iter()
                .find(|r| r.package == key)
                .and_then(|r| r.why)
            {
                format!("{why} (version map {how})")
            } else {
                format!(
                    "this `{name}` release is still built on cdktf, which the migration removes \
                     (version map {how})"
                )
            })
            .fix(Fix::new(
                format!("Depend on `{shown}` ({how})"),
                ctx.codemod.safety.ceiling(),
                edits,
            )),
        ),
    }
}

/// A version specifier's text and its absolute offset.
type SpecAt<'s> = (&'s str, usize);

/// A PEP 508 requirement inside `s` (absolute offset `base`): the name's range, and the
/// specifier text with its offset, or `None` for a direct `@ url` reference.
fn parse_requirement(s: &str, base: usize) -> Option<(Range<usize>, Option<SpecAt<'_>>)> {
    let lead = s.len() - s.trim_start().len();
    let rest = &s[lead..];
    if !rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(rest.len());
    let name = base + lead..base + lead + name_len;
    let mut i = lead + name_len;
    let after = s[i..].trim_start();
    i = s.len() - after.len();
    if after.starts_with('[') {
        i += after.find(']')? + 1;
    }
    let tail = &s[i..];
    if tail.trim_start().starts_with('@') {
        return Some((name, None));
    }
    // The specifier ends at a marker, a comment, an option or a line continuation.
    let end = [
        tail.find(';'),
        tail.find(" #"),
        tail.find("\t#"),
        tail.find(" --"),
        tail.find('\\'),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(tail.len());
    let spec = &tail[..end];
    let ok = spec.trim().is_empty()
        || spec
            .trim_start()
            .starts_with(['=', '<', '>', '~', '!', '(']);
    ok.then_some((name, Some((spec, base + i))))
}

// ---------------------------------------------------------------------------------------------
// requirements*.txt

/// requirements*.txt, Pipfile and pyproject.toml: one fixer, so one spec holds the version map.
pub fn fix(ctx: &TextCtx<'_>) -> Vec<Hit> {
    let tables = Tables::from_data(&ctx.codemod.data, super::target_series(ctx.versions));
    if is_toml(ctx) {
        return toml_dependencies_with(ctx, &tables);
    }
    let mut out = Vec::new();
    let mut at = 0;
    // A requirement continues on the next line after a trailing `\` (pip-compile's `--hash`
    // lines); `continued` is true while inside such a requirement.
    let mut continued = false;
    let mut pending: Option<usize> = None;
    for line in ctx.src.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let was_continued = continued;
        continued = body.ends_with('\\');
        if was_continued {
            // Hashes pin the old distribution's files: renaming would only make pip fail.
            if body.contains("--hash")
                && let Some(i) = pending.take()
            {
                hashed(&mut out[i]);
            }
            continue;
        }
        pending = None;
        let t = body.trim_start();
        if t.is_empty() || t.starts_with('#') || t.starts_with('-') {
            continue;
        }
        if let Some((name, spec)) = parse_requirement(body, start)
            && let Some(mut hit) = dependency_hit(ctx, &tables, name, spec)
        {
            if body.contains("--hash") {
                hashed(&mut hit);
            } else if continued {
                pending = Some(out.len());
            }
            out.push(hit);
        }
    }
    out
}

/// A hash-pinned requirement is reported without a fix: its hashes belong to the CDKTF files.
fn hashed(hit: &mut Hit) {
    hit.fixes.clear();
    let m = hit.message.take().unwrap_or_default();
    hit.message = Some(format!(
        "{m}; the requirement is hash-pinned, so regenerate the file (e.g. pip-compile \
         --generate-hashes) after renaming it in its source"
    ));
}

// ---------------------------------------------------------------------------------------------
// Pipfile and pyproject.toml

fn is_toml(ctx: &TextCtx) -> bool {
    let name = ctx.path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name == "Pipfile" || name.ends_with(".toml")
}

/// The text between the quotes of a one-line string value, when it is exactly the value (no
/// escapes), with its absolute offset; anything else is left alone rather than mis-edited.
fn raw_string<'s>(src: &'s str, v: &Spanned<DeValue>) -> Option<(&'s str, usize)> {
    let DeValue::String(s) = v.get_ref() else {
        return None;
    };
    let span = v.span();
    let raw = src.get(span.clone())?;
    if raw.starts_with("\"\"\"") || raw.starts_with("'''") || raw.len() < 2 {
        return None;
    }
    let inner = &raw[1..raw.len() - 1];
    (inner == s.as_ref()).then_some((inner, span.start + 1))
}

/// The key's name range in the source (inside quotes for a quoted key).
fn key_range(src: &str, k: &Spanned<toml::de::DeString>) -> Option<Range<usize>> {
    let span = k.span();
    let raw = src.get(span.clone())?;
    let name = k.get_ref().as_ref();
    let off = raw.find(name)?;
    Some(span.start + off..span.start + off + name.len())
}

fn get<'t, 'i>(t: &'t DeTable<'i>, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
    t.iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)
}

fn table<'t, 'i>(v: Option<&'t Spanned<DeValue<'i>>>) -> Option<&'t DeTable<'i>> {
    match v?.get_ref() {
        DeValue::Table(t) => Some(t),
        _ => None,
    }
}

fn toml_dependencies_with(ctx: &TextCtx<'_>, tables: &Tables) -> Vec<Hit> {
    let Ok(doc) = DeTable::parse(ctx.src) else {
        return Vec::new();
    };
    let doc = doc.get_ref();
    let mut out = Vec::new();
    let src = ctx.src;
    // PEP 508 strings in arrays.
    let mut arrays: Vec<&Spanned<DeValue>> = Vec::new();
    // name = "spec" / name = { version = "spec" } tables (Pipfile, Poetry).
    let mut keyed: Vec<&DeTable> = Vec::new();
    let name = ctx.path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name == "Pipfile" {
        for (k, v) in doc.iter() {
            if !matches!(
                k.get_ref().as_ref(),
                "source" | "requires" | "scripts" | "pipenv"
            ) && let DeValue::Table(t) = v.get_ref()
            {
                keyed.push(t);
            }
        }
    } else {
        let project = table(get(doc, "project"));
        arrays.extend(project.and_then(|p| get(p, "dependencies")));
        for group in [
            project.and_then(|p| table(get(p, "optional-dependencies"))),
            table(get(doc, "dependency-groups")),
        ]
        .into_iter()
        .flatten()
        {
            arrays.extend(group.iter().map(|(_, v)| v));
        }
        let tool = table(get(doc, "tool"));
        arrays.extend(
            tool.and_then(|t| table(get(t, "uv")))
                .and_then(|u| get(u, "dev-dependencies")),
        );
        arrays.extend(table(get(doc, "build-system")).and_then(|b| get(b, "requires")));
        let poetry = tool.and_then(|t| table(get(t, "poetry")));
        if let Some(p) = poetry {
            keyed.extend(table(get(p, "dependencies")));
            keyed.extend(table(get(p, "dev-dependencies")));
            for (_, g) in table(get(p, "group")).into_iter().flatten() {
                if let DeValue::Table(g) = g.get_ref() {
                    keyed.extend(table(get(g, "dependencies")));
                }
            }
        }
    }
    for arr in arrays {
        let DeValue::Array(items) = arr.get_ref() else {
            continue;
        };
        for item in items.iter() {
            if let Some((text, at)) = raw_string(src, item)
                && let Some((name, spec)) = parse_requirement(text, at)
                && let Some(hit) = dependency_hit(ctx, tables, name, spec)
            {
                out.push(hit);
            }
        }
    }
    for t in keyed {
        for (k, v) in t.iter() {
            let Some(name) = key_range(src, k) else {
                continue;
            };
            let spec = match v.get_ref() {
                DeValue::String(_) => raw_string(src, v),
                DeValue::Table(inner) => match get(inner, "version") {
                    Some(ver) => raw_string(src, ver),
                    // git/path/url dependencies: no version to map.
                    None if ["git", "path", "url", "file"]
                        .iter()
                        .any(|key| get(inner, key).is_some()) =>
                    {
                        None
                    }
                    None => Some(("", 0)),
                },
                _ => continue,
            };
            if let Some(hit) = dependency_hit(ctx, tables, name, spec) {
                out.push(hit);
            }
        }
    }
    out.sort_by_key(|h| h.range.start);
    out
}

// ---------------------------------------------------------------------------------------------
// CLI invocations in scripts

// ---------------------------------------------------------------------------------------------
// Python imports

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> Value {
        serde_json::json!({
            "packages": {"cdktf": "cdktn"},
            "targets": {"0.22": {"versions": [
                {"package": "cdktf", "from": "0.21", "to": "0.22.1"},
                {"package": "cdktf-cdktf-provider-aws", "from": "21", "to": "23.0.0"},
            ]}},
        })
    }

    fn mapped(spec: &str, pkg: &str) -> Option<String> {
        let data = tables();
        let t = Tables::from_data(&data, "0.22");
        match map_spec(spec, pkg, &t) {
            SpecMap::Mapped(edits, _) => Some(crate::engine::edit::apply(spec, &edits, false)),
            SpecMap::Unversioned => Some("<unversioned>".into()),
            SpecMap::Unmapped => None,
        }
    }

    #[test]
    fn version_map() {
        assert_eq!(mapped("==0.21.0", "cdktf").as_deref(), Some("==0.22.1"));
        assert_eq!(
            mapped(" >= 0.21.0, <0.22", "cdktf").as_deref(),
            Some(" >= 0.22.1, <0.23")
        );
        assert_eq!(
            mapped(">=0.21.0,<0.22.0", "cdktf").as_deref(),
            Some(">=0.22.1,<0.23.0")
        );
        assert_eq!(mapped("~=0.21.0", "cdktf").as_deref(), Some("~=0.22.1"));
        assert_eq!(mapped("^0.21.0", "cdktf").as_deref(), Some("^0.22.1"));
        assert_eq!(mapped("==0.21.*", "cdktf").as_deref(), Some("==0.22.*"));
        assert_eq!(mapped("0.21.0", "cdktf").as_deref(), Some("0.22.1"));
        assert_eq!(mapped("*", "cdktf").as_deref(), Some("<unversioned>"));
        assert_eq!(
            mapped("==21.22.1", "cdktf-cdktf-provider-aws").as_deref(),
            Some("==23.0.0")
        );
        assert_eq!(mapped("==0.20.0", "cdktf"), None);
        assert_eq!(mapped("!=0.21.1", "cdktf"), None);
        assert_eq!(mapped(">=0.21.0,<0.23", "cdktf"), None);
        assert_eq!(mapped("==0.210.0", "cdktf"), None);
    }

    #[test]
    fn names_are_normalized() {
        assert_eq!(
            normalize("CDKTF_cdktf.Provider--AWS"),
            "cdktf-cdktf-provider-aws"
        );
    }

    #[test]
    fn requirement_parts() {
        let (n, s) = parse_requirement("cdktf[x] >=0.21 ; python_version>'3'", 10).unwrap();
        assert_eq!(n, 10..15);
        assert_eq!(s, Some((" >=0.21 ", 18)));
        assert_eq!(parse_requirement("cdktf @ https://x", 0).unwrap().1, None);
        assert!(parse_requirement("https://example.com/x.whl", 0).is_none());
    }
}
