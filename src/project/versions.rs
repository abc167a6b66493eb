//! Target versions (Terraform, AWS provider, cdktf): what a version-gated codemod checks before it
//! fires. They come from flags or config first, else from the project's own files, and every
//! value remembers where it came from so messages can say why a rule fired or stayed silent.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tool {
    Terraform,
    AwsProvider,
    Cdktf,
}

impl Tool {
    pub fn parse(s: &str) -> Option<Tool> {
        match s {
            "terraform" => Some(Tool::Terraform),
            "aws-provider" | "aws" => Some(Tool::AwsProvider),
            "cdktf" => Some(Tool::Cdktf),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Tool::Terraform => "terraform",
            Tool::AwsProvider => "aws-provider",
            Tool::Cdktf => "cdktf",
        }
    }
    /// The flag that sets this version, for messages that ask the user to declare it.
    pub fn flag(self) -> &'static str {
        match self {
            Tool::Terraform => "--terraform-version",
            Tool::AwsProvider => "--aws-provider-version",
            Tool::Cdktf => "--cdktf-version",
        }
    }
}

/// A dotted numeric version; missing trailing parts compare as zero (`1.10` == `1.10.0`).
#[derive(Clone, Debug)]
pub struct Version(pub Vec<u64>);

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Version {}

impl Version {
    pub fn parse(s: &str) -> Option<Version> {
        let s = s.trim().trim_start_matches('v');
        let core = s.split(['-', '+', ' ']).next()?;
        let parts: Option<Vec<u64>> = core.split('.').map(|p| p.parse().ok()).collect();
        let parts = parts?;
        if parts.is_empty() {
            None
        } else {
            Some(Version(parts))
        }
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        let n = self.0.len().max(other.0.len());
        for i in 0..n {
            let a = self.0.get(i).copied().unwrap_or(0);
            let b = other.0.get(i).copied().unwrap_or(0);
            match a.cmp(&b) {
                Ordering::Equal => continue,
                o => return o,
            }
        }
        Ordering::Equal
    }
}
impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u64::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

/// A conjunction of comparisons, e.g. `>=1.5, <1.10`.
#[derive(Clone, Debug)]
pub struct VersionReq(Vec<(Op, Version)>);

#[derive(Clone, Copy, Debug)]
enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl VersionReq {
    pub fn parse(s: &str) -> Option<VersionReq> {
        let mut out = Vec::new();
        for part in s.split(',') {
            let p = part.trim();
            let (op, rest) = if let Some(r) = p.strip_prefix(">=") {
                (Op::Ge, r)
            } else if let Some(r) = p.strip_prefix("<=") {
                (Op::Le, r)
            } else if let Some(r) = p.strip_prefix('>') {
                (Op::Gt, r)
            } else if let Some(r) = p.strip_prefix('<') {
                (Op::Lt, r)
            } else if let Some(r) = p.strip_prefix("==") {
                (Op::Eq, r)
            } else if let Some(r) = p.strip_prefix('=') {
                (Op::Eq, r)
            } else {
                (Op::Eq, p)
            };
            out.push((op, Version::parse(rest)?));
        }
        if out.is_empty() {
            None
        } else {
            Some(VersionReq(out))
        }
    }

    pub fn matches(&self, v: &Version) -> bool {
        self.0.iter().all(|(op, r)| match op {
            Op::Lt => v < r,
            Op::Le => v <= r,
            Op::Gt => v > r,
            Op::Ge => v >= r,
            Op::Eq => v == r,
        })
    }
}

impl fmt::Display for VersionReq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|(op, v)| {
                let op = match op {
                    Op::Lt => "<",
                    Op::Le => "<=",
                    Op::Gt => ">",
                    Op::Ge => ">=",
                    Op::Eq => "==",
                };
                format!("{op}{v}")
            })
            .collect();
        f.write_str(&parts.join(", "))
    }
}

/// A known version and where it was found.
#[derive(Clone, Debug)]
pub struct Known {
    pub version: Version,
    pub source: String,
    /// Set when the version is only the lower bound of this `required_version` constraint: the
    /// module allows it, which does not say that the Terraform in use is that old.
    pub constraint: Option<String>,
    /// Given by the user (a flag or the config file) rather than found in the project's files.
    /// Only such a version applies to everything under it: one detected in a CDKTF app's files
    /// describes that app, not a Terraform module that sits in its tree.
    pub explicit: bool,
}

/// Which CDK a Python project is written for: CDKTF (`cdktf`, `cdktf_cdktf_provider_aws`) or its
/// continuation CDK Terrain (`cdktn`, `cdktn_provider_aws`), as its dependency files say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    Cdktf,
    Cdktn,
}

#[derive(Clone, Debug, Default)]
pub struct TargetVersions {
    pub terraform: Option<Known>,
    pub aws_provider: Option<Known>,
    pub cdktf: Option<Known>,
    /// The prebuilt AWS provider package the project pins (`cdktf-cdktf-provider-aws` or
    /// `cdktn-provider-aws`, by flavour): it, not the hashicorp/aws version, decides which
    /// provider API index describes the project's Python imports.
    pub aws_provider_package: Option<(Flavour, Known)>,
    /// The CDK the project's dependency files name.
    pub flavour: Option<Flavour>,
    /// The CDK Terrain release `--select cdktn-migration` migrates to (`--cdktn-target`,
    /// config `cdktn-target`); `None` is the newest one cdktf-fix knows.
    pub cdktn_target: Option<Known>,
}

impl TargetVersions {
    pub fn get(&self, tool: Tool) -> Option<&Known> {
        match tool {
            Tool::Terraform => self.terraform.as_ref(),
            Tool::AwsProvider => self.aws_provider.as_ref(),
            Tool::Cdktf => self.cdktf.as_ref(),
        }
    }

    /// Values in `self` win; gaps are filled from `other`.
    pub fn or(&self, other: &TargetVersions) -> TargetVersions {
        TargetVersions {
            terraform: self.terraform.clone().or_else(|| other.terraform.clone()),
            aws_provider: self
                .aws_provider
                .clone()
                .or_else(|| other.aws_provider.clone()),
            cdktf: self.cdktf.clone().or_else(|| other.cdktf.clone()),
            aws_provider_package: self
                .aws_provider_package
                .clone()
                .or_else(|| other.aws_provider_package.clone()),
            flavour: self.flavour.or(other.flavour),
            cdktn_target: self
                .cdktn_target
                .clone()
                .or_else(|| other.cdktn_target.clone()),
        }
    }
}

/// Detects versions from project files, once per directory.
pub struct Detector {
    cache: Mutex<HashMap<PathBuf, Arc<TargetVersions>>>,
    /// Names the files a version was read from as the run names files.
    namer: crate::project::paths::Namer,
}

impl Default for Detector {
    fn default() -> Self {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        Detector {
            cache: Mutex::new(HashMap::new()),
            namer: crate::project::paths::Namer::new(&cwd),
        }
    }
}

impl Detector {
    /// Versions for the project that contains `file`: the nearest ancestor directory that holds
    /// each marker file wins for what that file can tell.
    pub fn for_file(&self, file: &Path) -> Arc<TargetVersions> {
        // Walking up needs the real ancestors: `lib/stack.py` run from the repository root has
        // the root's `.terraform-version` above it, though its path does not say so.
        let abs = self.namer.absolute(file);
        let dir = abs.parent().unwrap_or(Path::new("/")).to_path_buf();
        self.for_dir(&dir)
    }

    fn for_dir(&self, dir: &Path) -> Arc<TargetVersions> {
        if let Ok(cache) = self.cache.lock()
            && let Some(v) = cache.get(dir)
        {
            return v.clone();
        }
        let own = detect_in_dir(dir, &self.namer);
        let merged = match dir.parent() {
            Some(parent) if !dir.join(".git").exists() => own.or(&self.for_dir(parent)),
            _ => own,
        };
        let merged = Arc::new(merged);
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(dir.to_path_buf(), merged.clone());
        }
        merged
    }
}

fn read(dir: &Path, name: &str, namer: &crate::project::paths::Namer) -> Option<(String, String)> {
    let path = dir.join(name);
    Some((
        crate::project::read::project_file(&path)?,
        namer.name(&path).display().to_string(),
    ))
}

/// What the files directly in `dir` say.
pub fn detect_in_dir(dir: &Path, namer: &crate::project::paths::Namer) -> TargetVersions {
    let mut out = TargetVersions::default();
    if let Some((text, src)) = read(dir, ".terraform-version", namer)
        && let Some(v) = text.lines().next().and_then(Version::parse)
    {
        out.terraform = Some(Known {
            version: v,
            source: src,
            constraint: None,
            explicit: false,
        });
    }
    if out.terraform.is_none()
        && let Some((text, src)) = read(dir, ".tool-versions", namer)
    {
        for line in text.lines() {
            let mut it = line.split_whitespace();
            if it.next() == Some("terraform")
                && let Some(v) = it.next().and_then(Version::parse)
            {
                out.terraform = Some(Known {
                    version: v,
                    source: src.clone(),
                    constraint: None,
                    explicit: false,
                });
            }
        }
    }
    if out.terraform.is_none() {
        out.terraform = required_version_in_dir(dir, namer);
    }
    if let Some((text, src)) = read(dir, "cdktf.json", namer)
        && let Ok(json) = serde_json::from_str::<serde_json::Value>(&text)
        && let Some(providers) = json.get("terraformProviders").and_then(|p| p.as_array())
    {
        for p in providers {
            let spec = match p {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Object(o) => {
                    let name = o.get("name").and_then(|n| n.as_str()).unwrap_or("");
                    let version = o.get("version").and_then(|n| n.as_str()).unwrap_or("");
                    format!("{name}@{version}")
                }
                _ => continue,
            };
            if let Some(v) = aws_provider_from_constraint(&spec) {
                out.aws_provider = Some(Known {
                    version: v,
                    source: src.clone(),
                    constraint: None,
                    explicit: false,
                });
            }
        }
    }
    // Lock files first: they say what is installed; manifests say what is allowed.
    for name in [
        "poetry.lock",
        "uv.lock",
        "Pipfile.lock",
        "requirements.lock",
        "requirements.txt",
        "Pipfile",
        "pyproject.toml",
    ] {
        let Some((text, src)) = read(dir, name, namer) else {
            continue;
        };
        let pin = |package: &str| match name {
            "poetry.lock" | "uv.lock" => locked_toml(&text, package),
            "Pipfile.lock" => locked_pipfile(&text, package),
            _ => pinned(&text, package),
        };
        let listed = |package: &str| match name {
            "poetry.lock" | "uv.lock" | "Pipfile.lock" => pin(package).is_some(),
            _ => dependency(&text, package).is_some(),
        };
        if out.flavour.is_none() {
            if listed("cdktn") || listed("cdktn-provider-aws") {
                out.flavour = Some(Flavour::Cdktn);
            } else if listed("cdktf") || listed("cdktf-cdktf-provider-aws") {
                out.flavour = Some(Flavour::Cdktf);
            }
        }
        if out.cdktf.is_none()
            && let Some(v) = pin("cdktf")
        {
            out.cdktf = Some(Known {
                version: v,
                source: src.clone(),
                constraint: None,
                explicit: false,
            });
        }
        if out.aws_provider_package.is_some() {
            continue;
        }
        for (flavour, package) in [
            (Flavour::Cdktf, "cdktf-cdktf-provider-aws"),
            (Flavour::Cdktn, "cdktn-provider-aws"),
        ] {
            let Some(pkg) = pin(package) else { continue };
            if out.aws_provider.is_none()
                && let Some(v) = aws_provider_for_prebuilt(flavour, &pkg)
            {
                out.aws_provider = Some(Known {
                    version: v,
                    source: format!("{src} ({package} {pkg})"),
                    constraint: None,
                    explicit: false,
                });
            }
            out.aws_provider_package = Some((
                flavour,
                Known {
                    version: pkg,
                    source: src.clone(),
                    constraint: None,
                    explicit: false,
                },
            ));
            break;
        }
    }
    out
}

/// The lower bound of `terraform { required_version = "..." }` in the directory's `.tf` files:
/// a module that declares `>= 1.5` promises to work on 1.5, so version-gated rules check 1.5.
fn required_version_in_dir(dir: &Path, namer: &crate::project::paths::Namer) -> Option<Known> {
    let paths = crate::project::walk::list(dir, crate::lang::Lang::Hcl, false, 1_000);
    for path in paths {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some((text, src)) = read(dir, name, namer) else {
            continue;
        };
        if !text.contains("required_version") {
            continue;
        }
        let Ok(root) = crate::lang::Lang::Hcl.parse(&text) else {
            continue;
        };
        for block in crate::lang::hcl::top_blocks(&root) {
            if crate::lang::hcl::block_type(&block).as_deref() != Some("terraform") {
                continue;
            }
            if let Some(c) = crate::lang::hcl::attribute(&block, "required_version")
                .and_then(|a| crate::lang::hcl::attr_value(&a))
                .and_then(|v| crate::lang::hcl::string_value(&v))
                && let Some(v) = lower_bound(&c)
            {
                return Some(Known {
                    version: v,
                    source: format!("{src} (required_version lower bound)"),
                    constraint: Some(c),
                    explicit: false,
                });
            }
        }
    }
    None
}

/// The upper bound a Terraform `~>` implies: `~> 1.5` is `< 2`, `~> 1.5.0` is `< 1.6`.
pub fn tilde_upper(v: &Version) -> Version {
    let mut upper = v.0.clone();
    if upper.len() >= 2 {
        upper.pop();
    }
    if let Some(last) = upper.last_mut() {
        *last += 1;
    }
    Version(upper)
}

/// Whether a Terraform version constraint (`>= 1.4, < 2.0`, `~> 1.5`, `!= 1.7.0`) admits some
/// version at or above `floor`. Unparsable parts admit everything (we cannot say no).
pub fn admits_at_least(constraint: &str, floor: &Version) -> bool {
    let mut parts: Vec<(&str, Version)> = Vec::new();
    for part in constraint.split(',') {
        let p = part.trim();
        let (op, rest) = ["~>", ">=", "<=", "!=", ">", "<", "="]
            .iter()
            .find_map(|op| p.strip_prefix(op).map(|r| (*op, r)))
            .unwrap_or(("=", p));
        let Some(v) = Version::parse(rest.trim()) else {
            continue;
        };
        if op == "~>" {
            let upper = tilde_upper(&v);
            parts.push((">=", v));
            parts.push(("<", upper));
        } else {
            parts.push((op, v));
        }
    }
    let bump = |v: &Version| {
        let mut n = v.0.clone();
        n.resize(3, 0);
        n[2] += 1;
        Version(n)
    };
    let mut candidates = vec![floor.clone()];
    for (op, v) in &parts {
        if v >= floor {
            candidates.push(if matches!(*op, ">" | "!=") {
                bump(v)
            } else {
                v.clone()
            });
        }
    }
    candidates.iter().any(|c| {
        parts.iter().all(|(op, v)| match *op {
            ">=" => c >= v,
            ">" => c > v,
            "<=" => c <= v,
            "<" => c < v,
            "!=" => c != v,
            _ => c == v,
        })
    })
}

/// The lowest version a Terraform constraint allows: `>= 1.5, < 2.0` → 1.5, `~> 1.9.0` → 1.9.0,
/// `1.9.8` → 1.9.8. Only upper bounds (`< 2.0`) give no lower bound.
pub fn lower_bound(constraint: &str) -> Option<Version> {
    let mut best: Option<Version> = None;
    for part in constraint.split(',') {
        let p = part.trim();
        let rest = if let Some(r) = p.strip_prefix(">=").or_else(|| p.strip_prefix("~>")) {
            r
        } else if p.starts_with('<') || p.starts_with("!=") {
            continue;
        } else {
            p.trim_start_matches(['>', '='])
        };
        if let Some(v) = Version::parse(rest)
            && best.as_ref().is_none_or(|b| v > *b)
        {
            best = Some(v);
        }
    }
    best
}

/// `aws@~> 6.0` / `hashicorp/aws@>=5.1` → the lowest version the constraint allows.
fn aws_provider_from_constraint(spec: &str) -> Option<Version> {
    let (name, constraint) = spec.split_once('@')?;
    let name = name.trim();
    if name != "aws" && !name.ends_with("/aws") {
        return None;
    }
    let c = constraint
        .trim()
        .trim_start_matches("~>")
        .trim_start_matches(">=")
        .trim_start_matches('=');
    Version::parse(c.split(',').next()?.trim())
}

/// The version pinned for a Python package in a requirements file, Pipfile or pyproject, in any
/// of the forms people write: `name==1.2.3`, `name~=1.2`, `name>=1.2,<2` (the lower bound),
/// Pipfile and Poetry tables (`name = "==1.2.3"`, `name = "^19.30.0"`, `name = {version =
/// "~19.3"}`), and PEP 621 lists, also on one line (`dependencies = ["name~=19.51.0"]`).
pub(crate) fn pinned(text: &str, package: &str) -> Option<Version> {
    dependency(text, package).flatten()
}

/// `Some(version)` when the text lists the package as a dependency (`Some(None)`: without a
/// version we can read), `None` when it does not list it.
pub(crate) fn dependency(text: &str, package: &str) -> Option<Option<Version>> {
    let mut listed = false;
    for line in text.lines() {
        let code = line.split('#').next().unwrap_or("");
        let mut from = 0;
        while let Some(at) = code[from..].find(package) {
            let start = from + at;
            from = start + package.len();
            let before = code[..start].chars().next_back();
            if before.is_some_and(|c| {
                !(c.is_whitespace() || c == '"' || c == '\'' || c == '[' || c == ',')
            }) {
                continue;
            }
            let rest = &code[from..];
            // The next char must end the name, so `cdktf` does not match `cdktf-cdktf-provider-aws`.
            if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_' || c == '.') {
                continue;
            }
            // Extras, then a quote and `=` of a TOML key, then `{version = ` of a Poetry table.
            let mut rest = rest.trim_start();
            if rest.starts_with('[') {
                rest = rest.split_once(']').map_or("", |(_, r)| r);
            }
            let rest = rest.trim_start_matches(['"', '\'', ' ', '\t']);
            let rest = match rest.strip_prefix('=') {
                Some(r) if !r.starts_with('=') => r.trim_start(),
                _ => rest,
            };
            let rest = rest
                .strip_prefix('{')
                .and_then(|r| r.split_once("version"))
                .map_or(rest, |(_, r)| {
                    r.trim_start().trim_start_matches('=').trim_start()
                });
            let rest = rest.trim_start_matches(['=', ' ', '"', '\'', '~', '>', '^']);
            let spec = rest
                .split(['"', '\'', ',', ';', ' ', '<', '!', ']', '}'])
                .next()
                .unwrap_or("");
            if let Some(v) = Version::parse(spec.trim_end_matches(".*")) {
                return Some(Some(v));
            }
            listed = true;
        }
    }
    listed.then_some(None)
}

/// The hashicorp/aws version a prebuilt provider package binds: the exact version for a release
/// an index was generated from (read off the package's docstring), the major's lower bound for
/// another release of that major, unknown for other majors.
fn aws_provider_for_prebuilt(flavour: Flavour, pkg: &Version) -> Option<Version> {
    let same_major = crate::rules::provider_index::EMBEDDED_INDEXES
        .iter()
        .filter(|a| a.flavour == flavour)
        .filter(|a| {
            Version::parse(a.version).and_then(|v| v.0.first().copied()) == pkg.0.first().copied()
        });
    let mut lower = None;
    for a in same_major {
        let aws = Version::parse(a.aws)?;
        if Version::parse(a.version).is_some_and(|v| v == *pkg) {
            return Some(aws);
        }
        lower = aws.0.first().map(|m| Version(vec![*m, 0]));
    }
    lower
}

/// The version a `poetry.lock` or `uv.lock` records for a package (`[[package]]` tables).
fn locked_toml(text: &str, package: &str) -> Option<Version> {
    let doc: toml::Table = toml::from_str(text).ok()?;
    doc.get("package")?.as_array()?.iter().find_map(|p| {
        let name = p.get("name")?.as_str()?;
        if normalize(name) != package {
            return None;
        }
        Version::parse(p.get("version")?.as_str()?)
    })
}

/// The version a `Pipfile.lock` records for a package (`"default"` or `"develop"`:
/// `{"version": "==1.2.3"}`).
fn locked_pipfile(text: &str, package: &str) -> Option<Version> {
    let doc: serde_json::Value = serde_json::from_str(text).ok()?;
    ["default", "develop"].iter().find_map(|section| {
        let packages = doc.get(section)?.as_object()?;
        packages.iter().find_map(|(name, p)| {
            if normalize(name) != package {
                return None;
            }
            Version::parse(p.get("version")?.as_str()?.trim_start_matches("=="))
        })
    })
}

/// A PyPI name as PEP 503 compares them: lower case, runs of `-`, `_`, `.` as one `-`.
pub(crate) fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut sep = false;
    for c in name.chars() {
        if matches!(c, '-' | '_' | '.') {
            sep = true;
        } else {
            if sep && !out.is_empty() {
                out.push('-');
            }
            sep = false;
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_numerically() {
        let v = |s| Version::parse(s).unwrap();
        assert!(v("1.9.8") < v("1.10"));
        assert_eq!(v("1.10"), v("1.10.0"));
        assert!(VersionReq::parse("<1.10").unwrap().matches(&v("1.9.8")));
        assert!(!VersionReq::parse("<1.10").unwrap().matches(&v("1.10.0")));
        assert!(
            VersionReq::parse(">=1.5, <1.10")
                .unwrap()
                .matches(&v("1.5"))
        );
        assert!(Version::parse("abc").is_none());
    }

    #[test]
    fn pins_are_read_without_prefix_confusion() {
        let text = "cdktf-cdktf-provider-aws==21.22.1\ncdktf==0.21.0\n";
        assert_eq!(pinned(text, "cdktf"), Version::parse("0.21.0"));
        assert_eq!(
            pinned(text, "cdktf-cdktf-provider-aws"),
            Version::parse("21.22.1")
        );
        assert_eq!(
            pinned("cdktf = \"~=0.20\"", "cdktf"),
            Version::parse("0.20")
        );
        assert_eq!(
            aws_provider_from_constraint("aws@~> 6.0"),
            Version::parse("6.0")
        );
        assert_eq!(aws_provider_from_constraint("random@~> 3.0"), None);
        assert_eq!(lower_bound(">= 1.5.0, < 2.0"), Version::parse("1.5.0"));
        assert_eq!(lower_bound("~> 1.9"), Version::parse("1.9"));
        assert_eq!(lower_bound("= 1.9.8"), Version::parse("1.9.8"));
        assert_eq!(lower_bound("< 2.0"), None);
    }

    #[test]
    fn poetry_and_pep621_pins() {
        let v = |s| Version::parse(s);
        let aws = "cdktf-cdktf-provider-aws";
        assert_eq!(
            pinned(
                "[tool.poetry.dependencies]\ncdktf-cdktf-provider-aws = \"^19.30.0\"\n",
                aws
            ),
            v("19.30.0")
        );
        assert_eq!(
            pinned(
                "cdktf-cdktf-provider-aws = {version = \"~19.3\", optional = true}",
                aws
            ),
            v("19.3")
        );
        assert_eq!(
            pinned(
                "dependencies = [\"cdktf~=0.21.0\", \"cdktf-cdktf-provider-aws~=19.51.0\"]",
                aws
            ),
            v("19.51.0")
        );
        assert_eq!(
            pinned(
                "dependencies = [\"cdktf~=0.21.0\", \"cdktf-cdktf-provider-aws~=19.51.0\"]",
                "cdktf"
            ),
            v("0.21.0")
        );
        assert_eq!(
            pinned("cdktf-cdktf-provider-aws[x]>=21.1,<22", aws),
            v("21.1")
        );
        assert_eq!(pinned("cdktf-cdktf-provider-aws==21.*", aws), v("21"));
        assert_eq!(pinned("# cdktf-cdktf-provider-aws==21.0.0", aws), None);
        assert_eq!(
            dependency("cdktn-provider-aws\n", "cdktn-provider-aws"),
            Some(None)
        );
        assert_eq!(dependency("cdktn-provider-aws\n", "cdktn"), None);
    }
}
