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

/// The provider version the embedded HCL index was generated from.
pub const HCL_INDEX_VERSION: &str = "5.100.0";

const EMBEDDED: &[u8] = include_bytes!("../../codemods/schema/hcl-aws-5.100.0.json.gz");

#[derive(Debug, Deserialize)]
pub struct HclIndex {
    pub format: u32,
    pub provider: String,
    pub provider_version: String,
    pub terraform_version: String,
    pub generated: String,
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

/// The embedded index, decompressed and parsed on first use (about 5 MB of JSON). `None` only
/// if the embedded data is corrupt, which the unit tests below rule out.
pub fn aws() -> Option<&'static HclIndex> {
    static INDEX: OnceLock<Option<HclIndex>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut json = Vec::new();
            flate2::read::GzDecoder::new(EMBEDDED)
                .read_to_end(&mut json)
                .ok()?;
            serde_json::from_slice(&json).ok()
        })
        .as_ref()
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
    let Some((c, src)) = aws_constraint(ctx) else {
        return;
    };
    let index_version = aws().map_or("?", |i| i.provider_version.as_str());
    let mut skipped = "TF014, TF017";
    if types_for_module(ctx).is_none() {
        skipped = "TF014, TF015, TF017";
    }
    let why = if c == FOREIGN {
        format!("{src} declares an `aws` provider that is not hashicorp/aws")
    } else {
        format!("{src} requires hashicorp/aws {c}")
    };
    let types = types_6()
        .iter()
        .map(|(_, v, _)| v.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    ctx.note(format!(
        "{why}; cdktf-fix embeds the HCL schema of hashicorp/aws {index_version} (and the resource types of {types}), so {skipped} skip this module"
    ));
}

/// The index that describes the module, and a caveat for messages, or `None` when the module's
/// constraint excludes the embedded provider version (another major), or whose `aws` provider is
/// not hashicorp/aws: judging its code by the wrong schema would report valid arguments. Without
/// a constraint the embedded version is assumed (and the messages say which version they checked
/// against).
pub fn for_module(ctx: &Ctx) -> Option<(&'static HclIndex, String)> {
    let index = aws()?;
    let v = Version::parse(&index.provider_version)?;
    match aws_constraint(ctx).filter(|(c, _)| !c.is_empty()) {
        None => Some((
            index,
            format!(
                "hashicorp/aws {} assumed: the module has no aws version constraint",
                index.provider_version
            ),
        )),
        Some((c, _)) => match satisfies(&c, &v) {
            Some(true) => Some((index, format!("hashicorp/aws {}", index.provider_version))),
            _ => None,
        },
    }
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

/// The types of the embedded HCL index (hashicorp/aws 5.100.0).
fn types_5() -> Option<&'static TypeSet> {
    static SET: OnceLock<Option<TypeSet>> = OnceLock::new();
    SET.get_or_init(|| {
        let i = aws()?;
        Some(TypeSet {
            resources: i.resources.keys().cloned().collect(),
            data_sources: i.data_sources.keys().cloned().collect(),
        })
    })
    .as_ref()
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

/// The type names that describe the module, and a caveat for messages: hashicorp/aws 5.100.0
/// (the full schema) where [`for_module`] would use it, else the types of the newest 6.x
/// release a Python index binds that the constraint admits; `None` otherwise.
pub fn types_for_module(ctx: &Ctx) -> Option<(&'static TypeSet, String)> {
    if let Some((_, caveat)) = for_module(ctx) {
        return Some((types_5()?, caveat));
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
    fn embedded_index_decodes() {
        let i = aws().expect("embedded index");
        assert_eq!(i.provider_version, HCL_INDEX_VERSION);
        assert!(i.resources.contains_key("aws_s3_bucket"));
        let db = i.block(false, "aws_db_instance").expect("aws_db_instance");
        assert!(db.a.contains_key("db_name") && !db.a.contains_key("name"));
    }

    /// Every documented rename of tf-unsupported-argument is one the schema confirms: the old
    /// name is gone and the new one is there, in the block the row names.
    #[test]
    fn rename_table_matches_the_schema() {
        let doc: serde_json::Value = ast_grep_config::from_str(include_str!(
            "../../codemods/shared/provider-argument-renames.yml"
        ))
        .expect("the shared rename table parses");
        let rows = doc["renames"].as_array().expect("renames");
        assert!(rows.len() >= 4);
        let index = aws().expect("index");
        for r in rows {
            let ty = r["type"].as_str().expect("type");
            let mut block = index.block(false, ty).expect(ty);
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
            assert!(!block.a.contains_key(from), "{ty}: {from} still exists");
            assert!(block.a.get(to).is_some_and(Attr::settable), "{ty}: no {to}");
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
        let five = types_5().expect("hcl index");
        assert_eq!(five.resources.len(), 1526);
        assert!(six.resources.len() > five.resources.len());
    }
}
