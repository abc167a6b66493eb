//! The real Terraform schema of the AWS provider, for the HCL codemods: every resource and data
//! source type with its arguments (type, required / optional / computed, deprecated) and nested
//! block types (nesting mode, min/max items), generated from `terraform providers schema -json`
//! by `codemods/schema/generate_hcl.py` and embedded in the binary. Knowing the real schema is
//! what lets a codemod say an argument does not exist, instead of keeping hand lists that go
//! stale; the module's `required_providers` constraint decides whether the index applies.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::lang::hcl;
use crate::lang::{Node, Root};
use crate::project::versions::Version;
use crate::rules::Ctx;

/// The provider version of the embedded index generated from the real provider binary.
pub const HCL_INDEX_VERSION: &str = "5.100.0";

/// The embedded indexes, oldest first: 5.100.0 from `terraform providers schema -json` of the
/// real provider; the 6.x ones derived from the prebuilt CDKTF / CDK Terrain bindings of that
/// exact provider release (no 6.x binary is available to run), so they lack deprecation flags,
/// `max`/`min` above 1, and the insides of the blocks the bindings type `any` (`u`).
const EMBEDDED: [(&str, &[u8]); 3] = [
    (
        "5.100.0",
        include_bytes!("../../codemods/schema/hcl-aws-5.100.0.json.gz"),
    ),
    (
        "6.25.0",
        include_bytes!("../../codemods/schema/hcl-aws-6.25.0.json.gz"),
    ),
    (
        "6.69.1",
        include_bytes!("../../codemods/schema/hcl-aws-6.69.1.json.gz"),
    ),
];

#[derive(Debug, Deserialize)]
pub struct HclIndex {
    pub format: u32,
    pub provider: String,
    pub provider_version: String,
    pub terraform_version: String,
    pub generated: String,
    /// The prebuilt bindings package a derived (6.x) index was read from; empty for 5.100.0.
    #[serde(default)]
    pub source_package: String,
    #[serde(default)]
    pub source_package_version: String,
    pub resources: HashMap<String, Block>,
    pub data_sources: HashMap<String, Block>,
}

/// A block's schema: a resource or data source body, or a nested block type (then `n`, `min`,
/// `max` say how it nests).
#[derive(Debug, Default, Deserialize)]
pub struct Block {
    #[serde(default)]
    pub a: HashMap<String, Attr>,
    #[serde(default)]
    pub b: HashMap<String, Block>,
    /// Nesting mode of a nested block type: `single`, `list`, `set`, `map`, `group`.
    #[serde(default)]
    pub n: Option<String>,
    #[serde(default)]
    pub min: u64,
    #[serde(default)]
    pub max: u64,
    /// 1 when the contents are unknown (a block the bindings type `any`, in a derived index):
    /// nothing inside it may be judged.
    #[serde(default)]
    pub u: u8,
    /// 1 when the provider deprecates the block (5.100.0 index only).
    #[serde(default)]
    pub d: u8,
}

impl Block {
    /// Whether the block's contents are unknown to the index (see `u`).
    pub fn opaque(&self) -> bool {
        self.u != 0
    }
}

/// `[type, flags]`: the HCL type (`string`, `list(string)`, `object`, ...) and the flags `r`
/// (required), `o` (optional), `c` (computed), `d` (deprecated).
#[derive(Debug, Deserialize)]
pub struct Attr(pub String, pub String);

impl Attr {
    pub fn ty(&self) -> &str {
        &self.0
    }
    pub fn required(&self) -> bool {
        self.1.contains('r')
    }
    /// Whether configuration may set it (computed-only attributes are read-only).
    pub fn settable(&self) -> bool {
        self.1.contains('r') || self.1.contains('o')
    }
    pub fn deprecated(&self) -> bool {
        self.1.contains('d')
    }
}

impl HclIndex {
    /// The schema of `resource "<ty>"` (`data: false`) or `data "<ty>"` (`data: true`).
    pub fn block(&self, data: bool, ty: &str) -> Option<&Block> {
        if data {
            self.data_sources.get(ty)
        } else {
            self.resources.get(ty)
        }
    }
}

/// The 5.100.0 index (from the real provider), decompressed and parsed on first use (about
/// 5 MB of JSON). `None` only if the embedded data is corrupt, which the unit tests rule out.
pub fn aws() -> Option<&'static HclIndex> {
    embedded(0)
}

/// The embedded index in slot `i` of [`EMBEDDED`], each decoded on its first use only, so a run
/// over 5.x modules never pays for the 6.x indexes.
fn embedded(i: usize) -> Option<&'static HclIndex> {
    static SLOTS: [OnceLock<Option<HclIndex>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (_, bytes) = EMBEDDED.get(i)?;
    SLOTS[i]
        .get_or_init(|| {
            let mut json = Vec::new();
            flate2::read::GzDecoder::new(*bytes)
                .read_to_end(&mut json)
                .ok()?;
            serde_json::from_slice(&json).ok()
        })
        .as_ref()
}

/// The embedded provider versions, oldest first, with their slot.
fn embedded_versions() -> impl Iterator<Item = (usize, Version)> {
    EMBEDDED
        .iter()
        .enumerate()
        .filter_map(|(i, (v, _))| Some((i, Version::parse(v)?)))
}

impl HclIndex {
    /// Whether this index was derived from bindings (6.x) rather than read from the provider.
    pub fn derived(&self) -> bool {
        !self.source_package.is_empty()
    }

    /// How messages name the index: `hashicorp/aws 5.100.0`, or with the bindings it came from.
    fn label(&self) -> String {
        if self.derived() {
            format!(
                "hashicorp/aws {}, schema from the {} {} bindings",
                self.provider_version, self.source_package, self.source_package_version
            )
        } else {
            format!("hashicorp/aws {}", self.provider_version)
        }
    }
}

/// Meta-arguments Terraform itself handles in `resource` and `data` blocks: never in a
/// provider schema, never flagged.
pub const META_ATTRS: &[&str] = &["count", "for_each", "provider", "depends_on"];
pub const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection", "dynamic"];

/// The `hashicorp/aws` version constraint of the module (`terraform { required_providers { aws
/// = { version = "..." } } }` in any of its files) and the file it is in.
pub fn aws_constraint(ctx: &Ctx) -> Option<(String, String)> {
    ctx.memo
        .get_or("hcl-schema-aws-constraint", || {
            if let Some(c) = constraint_in(ctx.root) {
                return Some((c, ctx.path.display().to_string()));
            }
            ctx.view.module_files().iter().find_map(|f| {
                let c = constraint_in(f.root()?)?;
                Some((c, f.path.display().to_string()))
            })
        })
        .clone()
}

/// What [`constraint_in`] returns when the module's `aws` provider is not hashicorp/aws; it is no
/// constraint [`satisfies`] can read, so such a module is never judged.
const FOREIGN: &str = "(not hashicorp/aws)";

fn constraint_in(root: &Root) -> Option<String> {
    for tf in hcl::top_blocks(root) {
        if hcl::block_type(&tf).as_deref() != Some("terraform") {
            continue;
        }
        for rp in hcl::child_blocks(&tf, "required_providers", &[]) {
            for attr in hcl::attributes(&rp) {
                let Some(value) = hcl::attr_value(&attr) else {
                    continue;
                };
                let name = hcl::attr_name(&attr).unwrap_or_default();
                // The legacy form `aws = "~> 5.0"`.
                if let Some(s) = hcl::string_value(&value) {
                    if name == "aws" {
                        return Some(s);
                    }
                    continue;
                }
                let source = object_string(&value, "source");
                let is_aws = match &source {
                    Some(s) => {
                        let s = s.to_ascii_lowercase();
                        s == "hashicorp/aws" || s == "registry.terraform.io/hashicorp/aws"
                    }
                    None => name == "aws",
                };
                if is_aws {
                    // No version: any version, so the embedded one is as good as any.
                    return Some(object_string(&value, "version").unwrap_or_default());
                }
                if name == "aws" {
                    // `aws` names another provider (a fork or mirror): its `aws_*` types are
                    // not hashicorp/aws's, so nothing is judged by this schema.
                    return Some(FOREIGN.to_string());
                }
            }
        }
    }
    None
}

/// The string literal value of `key` in an object expression `{ key = "..." }`.
fn object_string(expr: &Node, key: &str) -> Option<String> {
    expr.dfs()
        .filter(|n| n.kind() == "object_elem")
        .find_map(|elem| {
            let k = elem.field("key")?;
            if k.text().trim().trim_matches('"') != key {
                return None;
            }
            hcl::string_value(&elem.field("val")?)
        })
}

/// Whether `v` satisfies a Terraform version constraint (`=`, `!=`, `>`, `>=`, `<`, `<=`,
/// `~>`, comma-separated); `None` when the constraint cannot be read.
pub fn satisfies(constraint: &str, v: &Version) -> Option<bool> {
    let mut ok = true;
    for part in constraint.split(',') {
        let p = part.trim();
        if p.is_empty() {
            continue;
        }
        let (op, rest) = ["~>", ">=", "<=", "!=", ">", "<", "="]
            .iter()
            .find_map(|op| p.strip_prefix(op).map(|r| (*op, r.trim())))
            .unwrap_or(("=", p));
        let r = Version::parse(rest)?;
        let holds = match op {
            "~>" => {
                // `~> 5.1` allows 5.x >= 5.1; `~> 5.1.2` allows 5.1.x >= 5.1.2.
                let mut upper = r.0.clone();
                if upper.len() >= 2 {
                    upper.pop();
                    if let Some(last) = upper.last_mut() {
                        *last += 1;
                    }
                    *v >= r && *v < Version(upper)
                } else {
                    *v >= r
                }
            }
            ">=" => *v >= r,
            "<=" => *v <= r,
            ">" => *v > r,
            "<" => *v < r,
            "!=" => *v != r,
            _ => *v == r,
        };
        ok &= holds;
    }
    Some(ok)
}

/// The note a schema codemod leaves when it does not judge the module: which constraint (or
/// provider) excludes the embedded schema, and which codemods are skipped for it.
/// A `resource "aws_..."` or `data "aws_..."` block: (is a data source, its type). Other
/// providers' types and other blocks are not the AWS schema's to judge.
pub fn aws_block(block: &Node) -> Option<(bool, String)> {
    let data = match hcl::block_type(block).as_deref() {
        Some("resource") => false,
        Some("data") => true,
        _ => return None,
    };
    let ty = hcl::block_labels(block)
        .into_iter()
        .next()
        .filter(|t| t.starts_with("aws_"))?;
    Some((data, ty))
}

pub fn note_skipped(ctx: &Ctx) {
    let why = match (locked_version(ctx), aws_constraint(ctx)) {
        (Some((v, src)), _) => format!("{src} selects hashicorp/aws {v}"),
        (None, Some((c, src))) if c == FOREIGN => {
            format!("{src} declares an `aws` provider that is not hashicorp/aws")
        }
        (None, Some((c, src))) => format!("{src} requires hashicorp/aws {c}"),
        (None, None) => return,
    };
    let versions = EMBEDDED
        .iter()
        .map(|(v, _)| *v)
        .collect::<Vec<_>>()
        .join(", ");
    let mut skipped = "TF014, TF017";
    if types_for_module(ctx).is_none() {
        skipped = "TF014, TF015, TF017";
    }
    ctx.note(format!(
        "{why}; cdktf-fix embeds the HCL schemas of hashicorp/aws {versions}, none of which it admits, so {skipped} skip this module"
    ));
}

/// The hashicorp/aws version the run targets, and where it was found: `--aws-provider-version`
/// or the config's `aws-provider-version`, else the one `.terraform.lock.hcl` beside the file
/// selects, the release `terraform init` installs. Either is a better guide than any
/// constraint. A version detected in a CDKTF app's files (cdktf.json, requirements.txt) is not
/// used: it describes the app, not a module in its tree.
pub fn locked_version(ctx: &Ctx) -> Option<(Version, String)> {
    if let Some(k) = ctx.versions.aws_provider.as_ref().filter(|k| k.explicit) {
        return Some((k.version.clone(), k.source.clone()));
    }
    ctx.memo
        .get_or("hcl-schema-aws-locked", || {
            let lock = ctx.path.parent()?.join(".terraform.lock.hcl");
            let text = ctx.view.project_file(&lock)?;
            let v = lock_file_version(&text)?;
            Some((v, lock.display().to_string()))
        })
        .clone()
}

/// The `version` of the `provider "registry.terraform.io/hashicorp/aws"` block of a lock file
/// (which Terraform writes in one fixed layout, one argument per line).
fn lock_file_version(text: &str) -> Option<Version> {
    let mut inside = false;
    for line in text.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("provider ") {
            let addr = rest.trim_end_matches('{').trim().trim_matches('"');
            inside = addr.eq_ignore_ascii_case("registry.terraform.io/hashicorp/aws");
            continue;
        }
        if inside && let Some(rest) = t.strip_prefix("version") {
            let value = rest
                .trim_start()
                .strip_prefix('=')?
                .trim()
                .trim_matches('"');
            return Version::parse(value);
        }
        if t == "}" {
            inside = false;
        }
    }
    None
}

/// The index that describes the module, and a caveat for messages, or `None` when no embedded
/// index is admitted (another major, a constraint none satisfies) or the module's `aws`
/// provider is not hashicorp/aws: judging its code by the wrong schema would report valid
/// arguments. In order:
/// - a lock file's version: the oldest embedded index of that major at or above it (a newer
///   index can only miss errors, an older one would report arguments added since), the newest
///   when it is above all;
/// - a constraint that admits 5.100.0 (also an open `>= 5.0`): 5.100.0, the index read from
///   the real provider;
/// - a constraint that admits a 6.x index: the newest it admits;
/// - no constraint at all: 5.100.0, and the messages say it was assumed.
pub fn for_module(ctx: &Ctx) -> Option<(&'static HclIndex, String)> {
    let locked = locked_version(ctx);
    let constraint = aws_constraint(ctx).map(|(c, _)| c);
    let choice = choose(locked.as_ref().map(|(v, _)| v), constraint.as_deref())?;
    let index = embedded(choice.slot)?;
    let caveat = match (&locked, choice.why) {
        (Some((v, src)), Why::Locked { above }) => format!(
            "{}; {v} from {src}{}",
            index.label(),
            if above {
                "; newer than any embedded schema, so arguments added since are not known"
            } else {
                ""
            }
        ),
        (_, Why::Assumed) => format!(
            "hashicorp/aws {} assumed: the module has no aws version constraint",
            index.provider_version
        ),
        _ => index.label(),
    };
    Some((index, caveat))
}

#[derive(Debug, PartialEq)]
enum Why {
    Locked { above: bool },
    Admitted,
    Assumed,
}

#[derive(Debug, PartialEq)]
struct Choice {
    slot: usize,
    why: Why,
}

/// [`for_module`]'s choice of an embedded index from the locked version and the constraint.
fn choose(locked: Option<&Version>, constraint: Option<&str>) -> Option<Choice> {
    if let Some(locked) = locked {
        let major = locked.0.first().copied();
        let same: Vec<(usize, Version)> = embedded_versions()
            .filter(|(_, v)| v.0.first().copied() == major)
            .collect();
        let (slot, v) = same.iter().find(|(_, v)| v >= locked).or(same.last())?;
        return Some(Choice {
            slot: *slot,
            why: Why::Locked { above: v < locked },
        });
    }
    let Some(c) = constraint.filter(|c| !c.is_empty()) else {
        return Some(Choice {
            slot: 0,
            why: Why::Assumed,
        });
    };
    let admitted: Vec<usize> = embedded_versions()
        .filter(|(_, v)| satisfies(c, v) == Some(true))
        .map(|(i, _)| i)
        .collect();
    let slot = if admitted.contains(&0) {
        0
    } else {
        *admitted.last()?
    };
    Some(Choice {
        slot,
        why: Why::Admitted,
    })
}

/// The resource and data-source type names of one provider version: all that
/// `tf-unknown-resource-type` needs, so it can also check modules the full schema does not
/// describe.
#[derive(Debug, Default)]
pub struct TypeSet {
    pub resources: std::collections::BTreeSet<String>,
    pub data_sources: std::collections::BTreeSet<String>,
}

impl TypeSet {
    pub fn has(&self, data: bool, ty: &str) -> bool {
        if data {
            self.data_sources.contains(ty)
        } else {
            self.resources.contains(ty)
        }
    }
    pub fn names(&self, data: bool) -> impl Iterator<Item = &String> {
        if data {
            self.data_sources.iter()
        } else {
            self.resources.iter()
        }
    }
}

/// The types of an embedded HCL index, built once per index.
fn types_of(index: &'static HclIndex) -> Option<&'static TypeSet> {
    static SETS: [OnceLock<TypeSet>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = EMBEDDED
        .iter()
        .position(|(v, _)| *v == index.provider_version)?;
    Some(SETS[slot].get_or_init(|| TypeSet {
        resources: index.resources.keys().cloned().collect(),
        data_sources: index.data_sources.keys().cloned().collect(),
    }))
}

/// The resource and data-source types of the hashicorp/aws 6.x releases the embedded Python
/// provider indexes bind (each prebuilt package is generated from the provider's schema, and
/// each resource and data-source class carries its Terraform type), newest first, with the
/// hashicorp/aws version and the package release each came from.
fn types_6() -> &'static [(TypeSet, String, String)] {
    static SETS: OnceLock<Vec<(TypeSet, String, String)>> = OnceLock::new();
    SETS.get_or_init(|| {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for index in crate::rules::provider_index::all()
            .unwrap_or_default()
            .into_iter()
            .rev()
        {
            let v = index.terraform_provider_version.clone();
            if !v.starts_with("6.") || !seen.insert(v.clone()) {
                continue;
            }
            let mut set = TypeSet::default();
            for class in index.classes() {
                let Some(tf) = class.tf.as_ref().filter(|t| t.starts_with("aws_")) else {
                    continue;
                };
                match class.k.as_str() {
                    "resource" => set.resources.insert(tf.clone()),
                    "data" => set.data_sources.insert(tf.clone()),
                    _ => false,
                };
            }
            if !set.resources.is_empty() {
                out.push((set, v, format!("{} {}", index.package, index.version)));
            }
        }
        out
    })
}

/// The type names that describe the module, and a caveat for messages: those of the HCL index
/// [`for_module`] chooses, else those of the newest 6.x release a Python index binds that the
/// constraint admits (6.44.0 and 6.56.0 have no HCL index); `None` otherwise.
pub fn types_for_module(ctx: &Ctx) -> Option<(&'static TypeSet, String)> {
    if let Some((index, caveat)) = for_module(ctx) {
        return Some((types_of(index)?, caveat));
    }
    let (c, _) = aws_constraint(ctx)?;
    types_6().iter().find_map(|(set, version, package)| {
        satisfies(&c, &Version::parse(version)?)?.then(|| {
            (
                set,
                format!("hashicorp/aws {version} types, from the {package} index"),
            )
        })
    })
}

/// The closest names in `names` to `name` (Jaro-Winkler over 0.8, or one contains the other),
/// best first, at most three.
pub fn closest<'n>(name: &str, names: impl Iterator<Item = &'n String>) -> Vec<&'n str> {
    let mut scored: Vec<(f64, &str)> = names
        .map(|n| {
            let mut s = strsim::jaro_winkler(name, n);
            if name.len() >= 4 && (n.contains(name) || name.contains(n.as_str())) {
                s = s.max(0.85);
            }
            (s, n.as_str())
        })
        .filter(|(s, _)| *s > 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraints() {
        let v = Version::parse("5.100.0").unwrap();
        for (c, want) in [
            ("~> 5.0", true),
            ("~> 5.100.0", true),
            ("~> 5.101.0", false),
            (">= 4.0, < 6.0", true),
            (">= 6.0", false),
            ("~> 6.0", false),
            ("~> 4.67", false),
            ("5.100.0", true),
            ("= 5.99.0", false),
            ("!= 5.100.0", false),
            (">= 5.0", true),
        ] {
            assert_eq!(satisfies(c, &v), Some(want), "{c}");
        }
        assert_eq!(satisfies("latest", &v), None);
        assert_eq!(satisfies(FOREIGN, &v), None);
    }

    #[test]
    fn index_choice() {
        let v = |s: &str| Version::parse(s).unwrap();
        let slot = |locked: Option<&str>, c: Option<&str>| {
            choose(locked.map(v).as_ref(), c).map(|ch| (EMBEDDED[ch.slot].0, ch.why))
        };
        use Why::*;
        assert_eq!(slot(None, None), Some(("5.100.0", Assumed)));
        assert_eq!(slot(None, Some("")), Some(("5.100.0", Assumed)));
        assert_eq!(slot(None, Some("~> 5.0")), Some(("5.100.0", Admitted)));
        // An open bound admits 5.100.0 and 6.x: the index read from the real provider wins.
        assert_eq!(slot(None, Some(">= 5.0")), Some(("5.100.0", Admitted)));
        assert_eq!(slot(None, Some("~> 6.0")), Some(("6.69.1", Admitted)));
        assert_eq!(
            slot(None, Some(">= 6.0, < 6.50")),
            Some(("6.25.0", Admitted))
        );
        assert_eq!(slot(None, Some("~> 6.30.0")), None);
        assert_eq!(slot(None, Some("~> 4.67")), None);
        assert_eq!(slot(None, Some(FOREIGN)), None);
        // A lock file outranks the constraint: the oldest index of its major at or above it.
        let locked = |l| slot(Some(l), Some(">= 5.0"));
        assert_eq!(locked("5.31.0"), Some(("5.100.0", Locked { above: false })));
        assert_eq!(locked("6.2.0"), Some(("6.25.0", Locked { above: false })));
        assert_eq!(locked("6.25.0"), Some(("6.25.0", Locked { above: false })));
        assert_eq!(locked("6.40.1"), Some(("6.69.1", Locked { above: false })));
        assert_eq!(locked("6.80.0"), Some(("6.69.1", Locked { above: true })));
        assert_eq!(locked("4.67.0"), None);
    }

    #[test]
    fn lock_file() {
        let text = r#"# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.0"
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "6.40.1"
  constraints = ">= 5.0"
  hashes = [
    "h1:abc=",
  ]
}
"#;
        assert_eq!(lock_file_version(text), Version::parse("6.40.1"));
        assert_eq!(
            lock_file_version(
                "provider \"registry.terraform.io/hashicorp/random\" {\n  version = \"3.6.0\"\n}\n"
            ),
            None
        );
        assert_eq!(lock_file_version(""), None);
    }

    #[test]
    fn derived_indexes_decode() {
        for (slot, (version, _)) in EMBEDDED.iter().enumerate() {
            let i = embedded(slot).expect(version);
            assert_eq!(i.provider_version, *version);
            assert_eq!(i.derived(), slot > 0, "{version}");
        }
        let six = embedded(2).expect("6.69.1");
        let acl = six.block(false, "aws_wafv2_web_acl").expect("web acl");
        assert!(acl.b["rule"].b["statement"].opaque());
        assert!(!acl.b["rule"].opaque());
        // 6.0 removed aws_instance.cpu_core_count and added region.
        let inst = six.block(false, "aws_instance").expect("aws_instance");
        assert!(!inst.a.contains_key("cpu_core_count") && inst.a.contains_key("region"));
    }

    #[test]
    fn embedded_index_decodes() {
        let i = aws().expect("embedded index");
        assert_eq!(i.provider_version, HCL_INDEX_VERSION);
        assert!(i.resources.contains_key("aws_s3_bucket"));
        let db = i.block(false, "aws_db_instance").expect("aws_db_instance");
        assert!(db.a.contains_key("db_name") && !db.a.contains_key("name"));
    }

    /// Every documented rename of tf-unsupported-argument is one the schema confirms: the old
    /// name is gone and the new one is there, in the block the row names, in every embedded
    /// index of the major the row's `since` names (5.100.0 for 5.0.0 renames, 6.x for 6.0.0).
    #[test]
    fn rename_table_matches_the_schema() {
        let doc: serde_json::Value = ast_grep_config::from_str(include_str!(
            "../../codemods/shared/provider-argument-renames.yml"
        ))
        .expect("the shared rename table parses");
        let rows = doc["renames"].as_array().expect("renames");
        assert!(rows.len() >= 13);
        for r in rows {
            let since = r.get("since").and_then(|v| v.as_str()).unwrap_or("5.0.0");
            let major = Version::parse(since).expect("since").0[0];
            let data = r.get("kind").and_then(|v| v.as_str()) == Some("data");
            let slots: Vec<usize> = embedded_versions()
                .filter(|(_, v)| v.0[0] == major)
                .map(|(i, _)| i)
                .collect();
            assert!(!slots.is_empty(), "no index for {since}");
            for slot in slots {
                let index = embedded(slot).expect("index");
                let ty = r["type"].as_str().expect("type");
                let mut block = index.block(data, ty).expect(ty);
                for part in r
                    .get("in")
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .split('.')
                {
                    if !part.is_empty() {
                        block = block.b.get(part).expect(part);
                    }
                }
                let (from, to) = (r["from"].as_str().unwrap(), r["to"].as_str().unwrap());
                let v = &index.provider_version;
                assert!(!block.a.contains_key(from), "{v} {ty}: {from} still exists");
                assert!(
                    block.a.get(to).is_some_and(Attr::settable),
                    "{v} {ty}: no {to}"
                );
            }
        }
    }

    #[test]
    fn aws6_types_from_the_cdktf_index() {
        let versions: Vec<&str> = types_6().iter().map(|(_, v, _)| v.as_str()).collect();
        assert_eq!(
            versions,
            ["6.69.1", "6.56.0", "6.44.0", "6.25.0"],
            "newest first"
        );
        let (six, _, package) = types_6().last().expect("cdktf index");
        assert_eq!(package, "cdktf-cdktf-provider-aws 21.22.1");
        assert!(six.has(false, "aws_appautoscaling_target"));
        assert!(!six.has(false, "aws_applicationautoscaling_target"));
        assert!(six.has(true, "aws_caller_identity") && !six.has(false, "aws_caller_identity"));
        let five = types_of(aws().expect("hcl index")).expect("types");
        assert_eq!(five.resources.len(), 1526);
        assert!(six.resources.len() > five.resources.len());
    }
}
