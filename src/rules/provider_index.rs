//! The real AWS provider API, as indexes generated from the real prebuilt packages (one per
//! supported major, CDKTF's and CDK Terrain's) by `codemods/schema/generate.py`, packed by
//! `codemods/schema/pack.py` and embedded in the binary: which classes each module defines,
//! their keyword arguments, which of those are required, and which nested blocks take one
//! struct versus a list. Codemods ask it instead of keeping hand lists that go stale.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::project::versions::{Flavour, TargetVersions, Version};

/// What the embedded indexes were generated from, for `--version`; `tests/schema.rs` checks it
/// against the indexes' own headers.
#[macro_export]
macro_rules! schema_version {
    () => {
        "cdktf-cdktf-provider-aws 19.65.1, 20.1.0, 21.22.1; cdktn-provider-aws 23.10.1, 24.12.0, 25.8.1"
    };
}

/// The embedded pack of indexes (codemods/schema/pack.py): distinct class bodies once, each
/// version as a delta from the one before it.
const EMBEDDED: &[u8] = include_bytes!("../../codemods/schema/aws-python.json.gz");

/// One embedded index as `for_target` sees it before anything is decompressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct About {
    pub flavour: Flavour,
    /// The prebuilt package's PyPI name.
    pub package: &'static str,
    pub version: &'static str,
    /// The hashicorp/aws version the package binds (its `__init__` docstring).
    pub aws: &'static str,
    /// The core library it was generated with.
    pub core_version: &'static str,
}

/// The indexes in the binary, in the pack's order (oldest first). Kept as constants so choosing
/// one never decompresses anything; `tests/schema.rs` checks them against the pack's headers.
pub const EMBEDDED_INDEXES: &[About] = &[
    About {
        flavour: Flavour::Cdktf,
        package: "cdktf-cdktf-provider-aws",
        version: "19.65.1",
        aws: "5.99.1",
        core_version: "0.20.12",
    },
    About {
        flavour: Flavour::Cdktf,
        package: "cdktf-cdktf-provider-aws",
        version: "20.1.0",
        aws: "5.100.0",
        core_version: "0.21.0",
    },
    About {
        flavour: Flavour::Cdktf,
        package: "cdktf-cdktf-provider-aws",
        version: "21.22.1",
        aws: "6.25.0",
        core_version: "0.21.0",
    },
    About {
        flavour: Flavour::Cdktn,
        package: "cdktn-provider-aws",
        version: "23.10.1",
        aws: "6.44.0",
        core_version: "0.22.1",
    },
    About {
        flavour: Flavour::Cdktn,
        package: "cdktn-provider-aws",
        version: "24.12.0",
        aws: "6.56.0",
        core_version: "0.23.4",
    },
    About {
        flavour: Flavour::Cdktn,
        package: "cdktn-provider-aws",
        version: "25.8.1",
        aws: "6.69.1",
        core_version: "0.24.0",
    },
];

impl About {
    fn major(&self) -> Option<u64> {
        Version::parse(self.version).and_then(|v| v.0.first().copied())
    }
    fn aws_major(&self) -> Option<u64> {
        Version::parse(self.aws).and_then(|v| v.0.first().copied())
    }
    fn position(&self) -> usize {
        EMBEDDED_INDEXES
            .iter()
            .position(|a| a == self)
            .unwrap_or_default()
    }
    /// The embedded release an index was built from.
    pub fn of(index: &Index) -> Option<&'static About> {
        EMBEDDED_INDEXES
            .iter()
            .find(|a| a.package == index.package && a.version == index.version)
    }
    /// The newest embedded release of a flavour's major version (`25` -> 25.8.1).
    pub fn of_major(flavour: Flavour, major: u64) -> Option<&'static About> {
        EMBEDDED_INDEXES
            .iter()
            .rfind(|a| a.flavour == flavour && a.major() == Some(major))
    }
    /// The index itself, decoded on first use.
    pub fn index(&self) -> Option<&'static Index> {
        get(self.position())
    }
}

impl std::fmt::Display for About {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.package, self.version)
    }
}

/// One provider version's API.
#[derive(Debug)]
pub struct Index {
    pub package: String,
    pub python_module: String,
    pub version: String,
    pub terraform_provider_version: String,
    /// The core module (`cdktf` or `cdktn`) whose classes (backends) the index also holds.
    pub core: String,
    pub core_version: String,
    /// Module -> class name -> class.
    pub modules: HashMap<String, HashMap<String, &'static Class>>,
    pub meta_args: Vec<String>,
    pub root_exports: Vec<String>,
    /// Class name -> modules that define it.
    pub index: HashMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub struct Class {
    /// resource | data | provider | struct | other
    pub k: String,
    #[serde(default)]
    pub tf: Option<String>,
    /// Keyword name of the construct id (`id_` or `id`), for construct classes.
    #[serde(default)]
    pub cid: Option<String>,
    #[serde(default)]
    pub args: Vec<String>,
    #[serde(default)]
    pub req: Vec<String>,
    #[serde(default)]
    pub single: Vec<String>,
    #[serde(default)]
    pub list: Vec<String>,
    /// Block parameter -> struct name (`"Name"` or `"[Name]"`).
    #[serde(default)]
    pub t: HashMap<String, String>,
    /// Keyword -> value type (generate.py's `type_code`: `s` string, `n` number, `b` bool,
    /// `[x]` list of x, `{x}` map of x); keywords of any type and blocks are not listed.
    #[serde(default)]
    pub ty: Lazy,
    /// Attributes and methods the class defines (constructs and the core's classes), with the
    /// same type codes, `L`/`O` for a nested block's output list/object and `f` for a method.
    #[serde(default)]
    pub at: Lazy,
}

/// A name -> type-code map of a class, kept as its JSON text until a codemod asks: most runs
/// read the types of a few dozen classes out of thirty thousand, and building every map at
/// start-up cost a third more time and memory (measured with farm-bench on a one-file project).
#[derive(Debug, Default)]
pub struct Lazy {
    raw: Option<Box<serde_json::value::RawValue>>,
    parsed: OnceLock<HashMap<String, String>>,
}

impl<'de> Deserialize<'de> for Lazy {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Lazy {
            raw: Some(Box::<serde_json::value::RawValue>::deserialize(d)?),
            parsed: OnceLock::new(),
        })
    }
}

impl Lazy {
    fn map(&self) -> &HashMap<String, String> {
        self.parsed.get_or_init(|| {
            self.raw
                .as_ref()
                .and_then(|r| serde_json::from_str(r.get()).ok())
                .unwrap_or_default()
        })
    }
    pub fn get(&self, name: &str) -> Option<&String> {
        self.map().get(name)
    }
    pub fn contains_key(&self, name: &str) -> bool {
        self.map().contains_key(name)
    }
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.map().keys()
    }
}

impl Class {
    pub fn is_struct(&self) -> bool {
        self.k == "struct"
    }
    pub fn is_construct(&self) -> bool {
        matches!(self.k.as_str(), "resource" | "data" | "provider")
    }
}

impl Index {
    /// The class `name` of `module`; either core module name (`cdktf`, `cdktn`) means this
    /// index's own core.
    pub fn class(&self, module: &str, name: &str) -> Option<&'static Class> {
        let module = if crate::rules::shared::provider_api::CORES.contains(&module) {
            self.core.as_str()
        } else {
            module
        };
        self.modules.get(module)?.get(name).copied()
    }
    /// Modules that define `name`.
    pub fn modules_of(&self, name: &str) -> &[String] {
        self.index.get(name).map_or(&[], Vec::as_slice)
    }
    /// Every class of every module.
    pub fn classes(&self) -> impl Iterator<Item = &'static Class> + '_ {
        self.modules.values().flat_map(|m| m.values().copied())
    }
    /// The struct class a block parameter of `class` takes, and whether it takes a list of them.
    pub fn block_type(&self, class: &Class, param: &str) -> Option<(String, bool)> {
        let t = class.t.get(param)?;
        match t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            Some(inner) => Some((inner.to_string(), true)),
            None => Some((t.clone(), false)),
        }
    }
}

#[derive(Deserialize)]
struct Pack {
    format: u32,
    classes: Vec<Class>,
    indexes: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    package: String,
    python_module: String,
    version: String,
    #[serde(default)]
    terraform_provider_version: Option<String>,
    core: String,
    core_version: String,
    #[serde(default)]
    meta_args: Vec<String>,
    #[serde(default)]
    root_exports: Vec<String>,
    /// The index this one is a delta from; none for the first.
    #[serde(default)]
    base: Option<usize>,
    /// All modules (first index) or the classes added or changed (a delta).
    modules: HashMap<String, HashMap<String, u32>>,
    #[serde(default)]
    removed: HashMap<String, Vec<String>>,
    #[serde(default)]
    removed_modules: Vec<String>,
}

/// The pack, decompressed and parsed on first use (`None` only if the embedded data is corrupt,
/// which the test suite rules out).
fn pack() -> Option<&'static Pack> {
    static PACK: OnceLock<Option<Pack>> = OnceLock::new();
    PACK.get_or_init(|| {
        let mut json = Vec::new();
        flate2::read::GzDecoder::new(EMBEDDED)
            .read_to_end(&mut json)
            .ok()?;
        let pack: Pack = serde_json::from_slice(&json).ok()?;
        (pack.format == 2 && pack.indexes.len() == EMBEDDED_INDEXES.len()).then_some(pack)
    })
    .as_ref()
}

/// Module -> class name -> class id of the pack's index `i`, its deltas applied.
fn module_ids(pack: &Pack, i: usize) -> Option<HashMap<String, HashMap<String, u32>>> {
    let e = pack.indexes.get(i)?;
    let mut modules = match e.base {
        None => return Some(e.modules.clone()),
        Some(b) if b < i => module_ids(pack, b)?,
        Some(_) => return None,
    };
    for m in &e.removed_modules {
        modules.remove(m);
    }
    for (m, names) in &e.removed {
        if let Some(classes) = modules.get_mut(m) {
            for n in names {
                classes.remove(n);
            }
        }
    }
    for (m, classes) in &e.modules {
        let into = modules.entry(m.clone()).or_default();
        for (n, id) in classes {
            into.insert(n.clone(), *id);
        }
    }
    Some(modules)
}

/// The pack's index `i`, built on first use.
fn get(i: usize) -> Option<&'static Index> {
    static BUILT: OnceLock<Vec<OnceLock<Option<Index>>>> = OnceLock::new();
    let slots = BUILT.get_or_init(|| EMBEDDED_INDEXES.iter().map(|_| OnceLock::new()).collect());
    slots
        .get(i)?
        .get_or_init(|| {
            let pack = pack()?;
            let e = pack.indexes.get(i)?;
            let mut modules = HashMap::new();
            let mut index: HashMap<String, Vec<String>> = HashMap::new();
            for (m, ids) in module_ids(pack, i)? {
                let mut classes = HashMap::with_capacity(ids.len());
                for (n, id) in ids {
                    index.entry(n.clone()).or_default().push(m.clone());
                    classes.insert(n, pack.classes.get(id as usize)?);
                }
                modules.insert(m, classes);
            }
            for ms in index.values_mut() {
                ms.sort();
            }
            Some(Index {
                package: e.package.clone(),
                python_module: e.python_module.clone(),
                version: e.version.clone(),
                terraform_provider_version: e
                    .terraform_provider_version
                    .clone()
                    .unwrap_or_default(),
                core: e.core.clone(),
                core_version: e.core_version.clone(),
                modules,
                meta_args: e.meta_args.clone(),
                root_exports: e.root_exports.clone(),
                index,
            })
        })
        .as_ref()
}

/// The index that describes a file's provider package, and a note when it was not chosen by an
/// exact pin.
pub struct Choice {
    pub index: &'static Index,
    pub about: About,
    pub note: Option<String>,
}

/// The index that describes `cdktf get` bindings (`imports.aws`), or why none does.
///
/// Bindings are generated from the hashicorp/aws version that cdktf.json's `terraformProviders`
/// (or another version source) allows, not from a prebuilt package, so the pin of a package says
/// nothing about them. The bindings are the same jsii code generation as the prebuilt packages,
/// so the newest embedded index that binds the same provider major describes them: within a
/// major the provider only adds. Without a known provider version nothing is checked, since
/// `cdktf get` of another major would name other classes.
pub fn for_bindings(v: &TargetVersions) -> Result<Choice, String> {
    let aws = v.aws_provider.as_ref().ok_or_else(|| {
        "no hashicorp/aws version found (cdktf.json `terraformProviders`, required_providers or config), so imports of `cdktf get` bindings are not checked".to_string()
    })?;
    let m = aws.version.0.first().copied();
    let about = EMBEDDED_INDEXES
        .iter()
        .rfind(|a| a.aws_major() == m)
        .ok_or_else(|| {
            format!(
                "{} targets hashicorp/aws {} and no embedded index binds that major, so imports of `cdktf get` bindings are not checked",
                aws.source, aws.version
            )
        })?;
    let index = about
        .index()
        .ok_or_else(|| "the embedded provider index is corrupt".to_string())?;
    Ok(Choice {
        index,
        about: *about,
        note: None,
    })
}

/// The newest embedded index of a flavour.
pub fn newest(flavour: Flavour) -> &'static About {
    EMBEDDED_INDEXES
        .iter()
        .rev()
        .find(|a| a.flavour == flavour)
        .unwrap_or(&EMBEDDED_INDEXES[EMBEDDED_INDEXES.len() - 1])
}

/// Which CDK a Python file is written for: the pinned prebuilt package says it; then the file's
/// own imports; then the project's dependency files; CDKTF when nothing does.
pub fn flavour_of(text: &str, v: &TargetVersions) -> Flavour {
    if let Some((f, _)) = &v.aws_provider_package {
        return *f;
    }
    if text.contains("cdktn_provider_aws") {
        return Flavour::Cdktn;
    }
    if text.contains("cdktf_cdktf_provider_aws") {
        return Flavour::Cdktf;
    }
    v.flavour.unwrap_or(Flavour::Cdktf)
}

/// The index that describes the project's provider package, or why none does.
///
/// Within one major version a prebuilt provider package only adds classes and arguments, so the
/// newest embedded index of the pinned major describes every release of that major (said in a
/// note when the pin is another release); another major renames and removes API, and checking
/// it against the wrong index would report valid code, so a major without an index skips the
/// schema codemods. Without a pinned package the hashicorp/aws version (flag, config; not
/// cdktf.json, which is for `cdktf get` bindings) chooses the newest index of the flavour that
/// binds that major; with neither, the newest index of the flavour, as a new project gets the
/// newest package.
pub fn for_target(v: &TargetVersions, flavour: Flavour) -> Result<Choice, String> {
    let of_flavour = |f: Flavour| EMBEDDED_INDEXES.iter().filter(move |a| a.flavour == f);
    let list = |f: Flavour| {
        of_flavour(f)
            .map(|a| a.version)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (about, note) = if let Some((f, pkg)) = &v.aws_provider_package {
        let m = pkg.version.0.first().copied();
        let package = newest(*f).package;
        let about = of_flavour(*f)
            .rfind(|a| a.major() == m)
            .ok_or_else(|| {
                format!(
                    "{} pins {package} {} and cdktf-fix embeds the provider API indexes of {package} {} only; no index matches its major version, so the schema-driven codemods are skipped",
                    pkg.source,
                    pkg.version,
                    list(*f)
                )
            })?;
        let exact = Version::parse(about.version).is_some_and(|a| a == pkg.version);
        let note = (!exact).then(|| {
            format!(
                "{} pins {package} {}; checked against the {} index, the newest of that major cdktf-fix embeds",
                pkg.source, pkg.version, about.version
            )
        });
        (about, note)
    } else if let Some(aws) = v
        .aws_provider
        .as_ref()
        // cdktf.json's `terraformProviders` is what `cdktf get` generates bindings from
        // (`imports.aws`); the prebuilt package these codemods check has its own version and
        // API, so that entry says nothing about it.
        .filter(|a| !a.source.ends_with("cdktf.json"))
    {
        let m = aws.version.0.first().copied();
        let about = of_flavour(flavour)
            .rfind(|a| a.aws_major() == m)
            .ok_or_else(|| {
                format!(
                    "{} targets hashicorp/aws {} and no embedded index of {} ({}) binds that major, so the schema-driven codemods are skipped",
                    aws.source,
                    aws.version,
                    newest(flavour).package,
                    list(flavour)
                )
            })?;
        (about, None)
    } else {
        let about = newest(flavour);
        let note = format!(
            "no pin of {} found in the project's dependency files; checked against the newest embedded index, {about}",
            about.package
        );
        (about, Some(note))
    };
    let index = about
        .index()
        .ok_or_else(|| "the embedded provider index is corrupt".to_string())?;
    Ok(Choice {
        index,
        about: *about,
        note,
    })
}

/// Every embedded index, oldest first (`None` only if the embedded data is corrupt).
pub fn all() -> Option<Vec<&'static Index>> {
    (0..EMBEDDED_INDEXES.len()).map(get).collect()
}

/// For `--version`: which provider APIs the checks know, from the indexes' own headers.
pub fn describe() -> String {
    let Some(all) = all() else {
        return "no provider index".to_string();
    };
    let mut out: Vec<String> = Vec::new();
    for i in all {
        match out.last_mut() {
            Some(last) if last.starts_with(&format!("{} ", i.package)) => {
                last.push_str(&format!(", {}", i.version))
            }
            _ => out.push(format!("{} {}", i.package, i.version)),
        }
    }
    out.join("; ")
}
