//! Bad and adversarial input through the whole fix pipeline. Property: no panic; if the input
//! parsed, the output parses; fixing the output again changes nothing. Inputs are arbitrary bytes
//! and golden inputs mutated at random (`PROPTEST_CASES` raises the count for long runs).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cdktf_fix::engine::edit::Applicability;
use cdktf_fix::engine::spec;
use cdktf_fix::engine::{Engine, Settings};
use cdktf_fix::lang::text::check_syntax as check_text_syntax;
use cdktf_fix::lang::{self, Lang};
use cdktf_fix::project::versions::{Known, TargetVersions, Version};
use proptest::prelude::*;

fn engine() -> Engine {
    engine_with(true)
}

/// Every codemod, opt-in ones too (the property tests), or what a default run selects.
fn engine_with(opt_in: bool) -> Engine {
    let specs = spec::builtin()
        .expect("specs load")
        .into_iter()
        .filter(|c| opt_in || !c.opt_in)
        .map(Arc::new)
        .collect();
    let settings = Settings {
        apply: Some(Applicability::Unsafe),
        versions: TargetVersions {
            terraform: Some(Known {
                version: Version::parse("1.9.8").unwrap(),
                source: "test".into(),
                constraint: None,
                explicit: true,
            }),
            ..TargetVersions::default()
        },
        ..Settings::default()
    };
    Engine::new(specs, settings)
}

fn golden_inputs() -> Vec<(PathBuf, Lang, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out)
            } else if p.to_string_lossy().contains("input") {
                out.push(p)
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("golden"),
        &mut files,
    );
    files.sort();
    let engine = engine();
    files
        .into_iter()
        .filter_map(|p| {
            // Text files (requirements, Pipfile, package.json) count when a codemod reads them.
            let lang = engine.lang_for(&p)?;
            let text = std::fs::read_to_string(&p).ok()?;
            Some((p, lang, text))
        })
        .collect()
}

/// The pipeline's guarantees for one text.
fn check(engine: &Engine, path: &Path, lang: Lang, text: &str) -> Result<(), TestCaseError> {
    if lang == Lang::Text {
        return check_text(engine, path, text);
    }
    let parsed_clean = lang
        .parse(text)
        .map(|r| lang::syntax_error_count(&r) == 0)
        .unwrap_or(false);
    let out = engine.process(path, lang, text);
    if let Some(fixed) = &out.fixed {
        prop_assert!(parsed_clean, "a file with syntax errors was changed");
        let root = lang.parse(fixed).expect("parser runs");
        prop_assert_eq!(
            lang::syntax_error_count(&root),
            0,
            "fix output does not parse:\n{}",
            fixed
        );
        let again = engine.process(path, lang, fixed);
        prop_assert!(
            again.fixed.is_none(),
            "second run changed the output:\n{}\n---\n{:?}",
            fixed,
            again.fixed
        );
    }
    Ok(())
}

/// The same guarantees for text files: JSON/TOML/YAML that parsed still parse, fixpoint.
fn check_text(engine: &Engine, path: &Path, text: &str) -> Result<(), TestCaseError> {
    let valid = check_text_syntax(path, text).is_ok();
    let out = engine.process(path, Lang::Text, text);
    if let Some(fixed) = &out.fixed {
        prop_assert!(valid, "an invalid file was changed");
        prop_assert!(
            check_text_syntax(path, fixed).is_ok(),
            "fix output does not parse:\n{}",
            fixed
        );
        let again = engine.process(path, Lang::Text, fixed);
        prop_assert!(
            again.fixed.is_none(),
            "second run changed the output:\n{}\n---\n{:?}",
            fixed,
            again.fixed
        );
    }
    Ok(())
}

/// Tokens that steer mutations towards what the codemods match.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    ",",
    "=",
    "\n",
    "    ",
    "#",
    "\"",
    "'",
    "self",
    "id",
    "\r\n",
    "\u{feff}",
    "SecurityGroupIngress(",
    "security_group_id=sg.id",
    ".add_dependency(",
    "addon_version=\"v1\"",
    "S3BucketVersioning",
    "from cdktf_cdktf_provider_aws.s3_bucket_versioning import ",
    "add_override(\"terraform.backend.s3.use_lockfile\", True)",
    "ingress=[",
    "depends_on=[",
    "import cdktf\n",
    "cdktf.App()",
    "cdktf==0.21.0",
    "cdktf-cdktf-provider-aws>=21,<22",
    "cdktf = \"^0.21.0\"\n",
    "cdktf synth",
    "cdktf-cli@",
];

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, usize),
    DuplicateLine(usize),
    Swap(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0usize..40).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(a, t)| Mutation::Insert(a, t)),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
    ]
}

fn boundary(s: &str, i: usize) -> usize {
    let mut i = if s.is_empty() { 0 } else { i % (s.len() + 1) };
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(text: &str, muts: &[Mutation]) -> String {
    let mut s = text.to_string();
    for m in muts {
        match *m {
            Mutation::Delete(a, n) => {
                let a = boundary(&s, a);
                let b = boundary(&s, a + n);
                s.replace_range(a..b.max(a), "");
            }
            Mutation::Insert(a, t) => {
                let a = boundary(&s, a);
                s.insert_str(a, TOKENS[t]);
            }
            Mutation::DuplicateLine(a) => {
                let lines: Vec<&str> = s.split_inclusive('\n').collect();
                if !lines.is_empty() {
                    let k = a % lines.len();
                    let mut v: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                    v.insert(k, lines[k].to_string());
                    s = v.concat();
                }
            }
            Mutation::Swap(a, b) => {
                let mut lines: Vec<String> = s.split_inclusive('\n').map(str::to_string).collect();
                if lines.len() > 1 {
                    let (x, y) = (a % lines.len(), b % lines.len());
                    lines.swap(x, y);
                    s = lines.concat();
                }
            }
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_break_the_pipeline(bytes in proptest::collection::vec(any::<u8>(), 0..512), py in any::<bool>()) {
        let engine = engine();
        let (path, lang) = if py { ("fuzz.py", Lang::Python) } else { ("fuzz.tf", Lang::Hcl) };
        if let Ok(src) = cdktf_fix::project::read::decode(bytes) {
            check(&engine, Path::new(path), lang, &src.text)?;
        }
    }

    #[test]
    fn arbitrary_bytes_in_text_files(bytes in proptest::collection::vec(any::<u8>(), 0..512), which in 0..5usize) {
        thread_local! {
            static ENGINE: Engine = engine();
        }
        let path = ["requirements.txt", "Pipfile", "pyproject.toml", "package.json", "deploy.sh"][which];
        if let Ok(src) = cdktf_fix::project::read::decode(bytes) {
            ENGINE.with(|e| check(e, Path::new(path), Lang::Text, &src.text))?;
        }
    }

    #[test]
    fn mutated_golden_inputs_keep_the_guarantees(seed in any::<prop::sample::Index>(), muts in proptest::collection::vec(mutation(), 0..6)) {
        thread_local! {
            static INPUTS: Vec<(PathBuf, Lang, String)> = golden_inputs();
            static ENGINE: Engine = engine();
        }
        let (path, lang, text) = INPUTS.with(|i| i[seed.index(i.len())].clone());
        let mutated = mutate(&text, &muts);
        ENGINE.with(|e| check(e, &path, lang, &mutated))?;
    }
}

#[test]
fn overlapping_fixes_of_two_codemods_apply_over_two_passes() {
    let outer = "id: outer\ncode: T001\nlanguage: python\nsafety: safe\nmessage: m\nrationale: r\nurl: https://example.com\nrule:\n  pattern: print($A)\nfix: log($A)\n";
    let inner = "id: inner\ncode: T002\nlanguage: python\nsafety: safe\nmessage: m\nrationale: r\nurl: https://example.com\nrule:\n  kind: integer\n  regex: ^1$\nfix: '2'\n";
    let specs = vec![
        Arc::new(spec::parse(outer, "outer.yml").unwrap()),
        Arc::new(spec::parse(inner, "inner.yml").unwrap()),
    ];
    let e = Engine::new(
        specs,
        Settings {
            apply: Some(Applicability::Safe),
            ..Settings::default()
        },
    );
    let out = e.process(Path::new("a.py"), Lang::Python, "print(1)\n");
    assert_eq!(out.fixed.as_deref(), Some("log(2)\n"));
    assert_eq!(out.applied.len(), 2);
    assert!(out.remaining.is_empty());
}

#[test]
fn a_fix_that_breaks_syntax_is_dropped() {
    let bad = "id: bad\ncode: T003\nlanguage: python\nsafety: safe\nmessage: m\nrationale: r\nurl: https://example.com\nrule:\n  pattern: print($A)\nfix: 'print($A'\n";
    let e = Engine::new(
        vec![Arc::new(spec::parse(bad, "bad.yml").unwrap())],
        Settings {
            apply: Some(Applicability::Safe),
            ..Settings::default()
        },
    );
    let out = e.process(Path::new("a.py"), Lang::Python, "print(1)\n");
    assert!(out.fixed.is_none());
    assert!(
        out.errors.iter().any(|m| m
            .message
            .contains("fix dropped: it would introduce a syntax error")),
        "{:?}",
        out.errors
    );
}

#[test]
fn empty_and_whitespace_files() {
    let e = engine();
    for text in ["", "\n", "\r\n", "   ", "\u{feff}"] {
        let out = e.process(Path::new("e.py"), Lang::Python, text);
        assert!(
            out.fixed.is_none() && out.errors.is_empty(),
            "{text:?}: {:?}",
            out.errors
        );
    }
}

#[test]
fn ten_megabyte_generated_file() {
    let unit = "SecurityGroupIngress(self, \"r\", security_group_id=sg_id, from_port=443, to_port=443, protocol=\"tcp\")\n";
    let mut text = String::from(
        "from cdktf_cdktf_provider_aws.security_group import SecurityGroupIngress\n\n\ndef rules(self, sg_id):\n",
    );
    let mut n: usize = 0;
    while text.len() < 10 * 1024 * 1024 {
        text.push_str("    x = 1\n");
        if n.is_multiple_of(350_000) {
            text.push_str("    ");
            text.push_str(unit);
        }
        n += 1;
    }
    let start = std::time::Instant::now();
    // A default run: the opt-in migration would add two passes over the 10 MB (about 30 s in a
    // debug build; `--select cdktn-python-imports` alone takes about 16 s on this file).
    let out = engine_with(false).process(Path::new("big.py"), Lang::Python, &text);
    let fixed = out.fixed.expect("the rules in the big file are fixed");
    assert_eq!(
        fixed.matches("SecurityGroupRule(self").count(),
        n.div_ceil(350_000)
    );
    assert!(out.remaining.is_empty());
    println!(
        "10 MB file: {} findings fixed in {:?}",
        out.applied.len(),
        start.elapsed()
    );
}

/// Node kinds a user spec might give any fixer: the fixer must cope (report nothing) rather
/// than panic; the engine turns a panic into its file's error, which this test treats as a bug.
const PY_KINDS: &[&str] = &[
    "module",
    "identifier",
    "string",
    "integer",
    "call",
    "keyword_argument",
    "argument_list",
    "assignment",
    "import_from_statement",
    "import_statement",
    "dictionary",
    "list",
    "attribute",
    "class_definition",
    "function_definition",
    "comment",
    "expression_statement",
];
const HCL_KINDS: &[&str] = &[
    "config_file",
    "body",
    "block",
    "attribute",
    "identifier",
    "string_lit",
    "expression",
    "literal_value",
    "template_literal",
    "function_call",
    "comment",
];

/// The metavariables fixers read; a user spec may bind any of them to any node.
const METAVARS: &[&str] = &["V", "X", "APP", "KEY", "OBJ"];

/// A spec pairing `fixer` with nodes of `kind`, bound to the metavariable `var`.
fn paired(fixer: &str, lang: &str, kind: &str, var: &str) -> Engine {
    let text = format!(
        "id: pair\ncode: PAIR1\nlanguage: {lang}\nsafety: unsafe\nmessage: m\nrationale: r\nurl: u\nrule:\n  kind: {kind}\n  pattern: ${var}\nfixer: {fixer}\n"
    );
    let c = spec::parse(&text, "pairing").expect("pairing spec parses");
    let settings = Settings {
        apply: Some(Applicability::Unsafe),
        ..Settings::default()
    };
    Engine::new(vec![Arc::new(c)], settings)
}

fn check_pairing(
    fixer: &str,
    lang: Lang,
    kind: &str,
    var: &str,
    path: &Path,
    text: &str,
) -> Result<(), String> {
    let name = if lang == Lang::Python {
        "python"
    } else {
        "hcl"
    };
    let out = paired(fixer, name, kind, var).process(path, lang, text);
    if let Some(e) = out
        .errors
        .iter()
        .find(|e| e.message.contains("internal error"))
    {
        return Err(format!(
            "fixer {fixer} on rule kind {kind} ({}): {e}",
            path.display()
        ));
    }
    if let Some(fixed) = &out.fixed {
        let root = lang.parse(fixed).map_err(|e| e.to_string())?;
        if lang::syntax_error_count(&root) > 0 {
            return Err(format!("fixer {fixer} on {kind}: output has syntax errors"));
        }
    }
    Ok(())
}

/// Every fixer paired with every kind of node, on one stack and one module that have a bit of
/// everything: no panic.
#[test]
fn any_fixer_with_any_rule_does_not_panic() {
    let py = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lib/tap_stack.py"),
    )
    .unwrap();
    let py = format!("{py}\nλ = 'x'\nx = f\"{{λ}}\"\nid = 1\nv = '1.29'\n");
    let tf = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/terraform/main.tf"),
    )
    .unwrap();
    let mut failures = Vec::new();
    for fixer in cdktf_fix::rules::names() {
        for var in METAVARS {
            for kind in PY_KINDS {
                if let Err(e) =
                    check_pairing(fixer, Lang::Python, kind, var, Path::new("stack.py"), &py)
                {
                    failures.push(e);
                }
            }
            for kind in HCL_KINDS {
                if let Err(e) =
                    check_pairing(fixer, Lang::Hcl, kind, var, Path::new("main.tf"), &tf)
                {
                    failures.push(e);
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} pairing failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        // PROPTEST_CASES raises it for a long run.
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    /// Random fixers on random rule kinds over golden inputs (mutated a little).
    #[test]
    fn random_pairings_on_golden_inputs(seed in any::<prop::sample::Index>(), f in any::<prop::sample::Index>(), k in any::<prop::sample::Index>(), v in any::<prop::sample::Index>(), muts in proptest::collection::vec(mutation(), 0..3)) {
        let inputs = golden_inputs();
        let (path, lang, text) = &inputs[seed.index(inputs.len())];
        if *lang == Lang::Text {
            return Ok(());
        }
        let names = cdktf_fix::rules::names();
        let fixer = names[f.index(names.len())];
        let kinds = if *lang == Lang::Python { PY_KINDS } else { HCL_KINDS };
        let kind = kinds[k.index(kinds.len())];
        let text = mutate(text, &muts);
        let var = METAVARS[v.index(METAVARS.len())];
        check_pairing(fixer, *lang, kind, var, path, &text).map_err(TestCaseError::fail)?;
    }
}
