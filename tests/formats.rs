//! Output for bots and pipelines, through the real binary: SARIF checked against the official
//! SARIF 2.1.0 schema (tests/schemas/), GitHub workflow commands, the pull-request body,
//! `--shard` with `--merge-reports` (merged shards must equal the unsharded report), and the
//! pre-commit hooks in `.pre-commit-hooks.yaml`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::{Value, json};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let out = Command::cargo_bin("cdktf-fix")
        .expect("binary builds")
        .arg("--isolated")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// The example project plus a BOM+CRLF copy of one of its stacks and a binary `.py` (which is
/// reported as an error).
fn examples_fixture() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(ROOT).join("examples"),
        &d.path().join("examples"),
    );
    let stack = std::fs::read_to_string(d.path().join("examples/lib/security_stack.py")).unwrap();
    let crlf = format!("\u{feff}{}", stack.replace('\n', "\r\n"));
    std::fs::write(d.path().join("examples/lib/crlf_stack.py"), crlf).unwrap();
    std::fs::write(d.path().join("examples/lib/blob.py"), b"import os\0\0\x01").unwrap();
    d
}

fn sarif_validator() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(Path::new(ROOT).join("tests/schemas/sarif-schema-2.1.0.json"))
            .expect("schema is committed");
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: invalid SARIF: {errors:#?}");
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[test]
fn sarif_is_valid_and_complete() {
    let d = examples_fixture();
    let v = sarif_validator();
    let codemods = json(&run(d.path(), &["--list", "--format", "json"]).stdout);
    for mode in [vec![], vec!["--diff", "--unsafe-fixes"]] {
        let args = [&mode[..], &["--format", "sarif", "examples"]].concat();
        let r = run(d.path(), &args);
        // a binary file is reported as an error and, not checked, fails the run (ruff's rule)
        assert_eq!(r.code, 2, "{}", r.stderr);
        let sarif = json(&r.stdout);
        assert_valid(&v, &sarif, &args.join(" "));
        let report = json(
            &run(
                d.path(),
                &[&mode[..], &["--format", "json", "examples"]].concat(),
            )
            .stdout,
        );
        let run0 = &sarif["runs"][0];
        let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
        // every selected codemod is a rule, with its metadata
        // (`--list` shows opt-in codemods too; a default run selects none of them)
        for c in codemods
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["opt_in"] != true)
        {
            let rule = rules
                .iter()
                .find(|r| r["id"] == c["code"])
                .unwrap_or_else(|| panic!("no rule for {}", c["code"]));
            assert_eq!(rule["name"], c["name"]);
            assert_eq!(rule["helpUri"], c["url"]);
            assert_eq!(rule["properties"]["safety"], c["safety"]);
            assert_eq!(
                rule["fullDescription"]["text"].as_str().unwrap(),
                c["rationale"].as_str().unwrap().trim()
            );
            let level = if c["safety"] == "detect" {
                "note"
            } else {
                "warning"
            };
            assert_eq!(rule["defaultConfiguration"]["level"], level);
        }
        let results = run0["results"].as_array().unwrap();
        let findings = report["findings"].as_array().unwrap();
        assert!(!results.is_empty());
        assert_eq!(results.len(), findings.len());
        for (res, f) in results.iter().zip(findings) {
            let rule = &rules[res["ruleIndex"].as_u64().unwrap() as usize];
            assert_eq!(rule["id"], res["ruleId"]);
            assert_eq!(res["ruleId"], f["code"]);
            assert_eq!(res["level"], rule["defaultConfiguration"]["level"]);
            let loc = &res["locations"][0]["physicalLocation"];
            let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
            assert_eq!(uri, f["path"].as_str().unwrap().trim_start_matches("./"));
            assert!(!uri.contains('\\') && !uri.starts_with('/'));
            assert_eq!(loc["region"]["startLine"], f["start"]["line"]);
            assert_eq!(loc["region"]["startColumn"], f["start"]["column"]);
            assert_eq!(loc["region"]["endLine"], f["end"]["line"]);
            assert_eq!(loc["region"]["endColumn"], f["end"]["column"]);
            assert_eq!(res["fixes"].is_array(), f["fix"].is_object());
        }
        let notes = run0["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap();
        assert_eq!(run0["invocations"][0]["executionSuccessful"], false);
        assert!(
            notes.iter().any(|n| n["level"] == "error"
                && n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "examples/lib/blob.py"),
            "{notes:#?}"
        );
    }
}

#[test]
fn sarif_schema_rejects_broken_documents() {
    let d = examples_fixture();
    let v = sarif_validator();
    let good = json(&run(d.path(), &["--format", "sarif", "examples"]).stdout);
    assert_valid(&v, &good, "unmodified");
    type Breakage = (&'static str, fn(&mut Value));
    let breakages: Vec<Breakage> = vec![
        ("unknown version", |s| s["version"] = json!("2.0.0")),
        ("no tool", |s| {
            s["runs"][0].as_object_mut().unwrap().remove("tool");
        }),
        ("bad level", |s| {
            s["runs"][0]["results"][0]["level"] = json!("fatal")
        }),
        ("line 0", |s| {
            s["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
                json!(0)
        }),
        ("negative byteLength", |s| {
            let r = &mut s["runs"][0]["results"];
            let with_fix = r
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|r| r.get("fixes").is_some())
                .unwrap();
            with_fix["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]["byteLength"] =
                json!(-1)
        }),
        ("message without text", |s| {
            s["runs"][0]["results"][0]["message"] = json!({"txt": "x"})
        }),
        ("uri with a space", |s| {
            s["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] =
                json!("lib/a b.py")
        }),
    ];
    for (what, breakage) in breakages {
        let mut bad = good.clone();
        breakage(&mut bad);
        assert!(
            !v.is_valid(&bad),
            "the schema accepted a document with {what}"
        );
    }
}

fn apply_sarif(bytes: &[u8], replacements: &[Value]) -> Vec<u8> {
    let mut reps: Vec<(usize, usize, String)> = replacements
        .iter()
        .map(|r| {
            (
                r["deletedRegion"]["byteOffset"].as_u64().unwrap() as usize,
                r["deletedRegion"]["byteLength"].as_u64().unwrap() as usize,
                r["insertedContent"]["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    reps.sort_by_key(|r| std::cmp::Reverse(r.0));
    let mut out = bytes.to_vec();
    for (off, len, text) in reps {
        out.splice(off..off + len, text.bytes());
    }
    out
}

/// SARIF fixes are the bytes `--fix` writes: offsets count the BOM, inserted text gets CRLF.
#[test]
fn sarif_fixes_are_exact_bytes_in_bom_crlf_files() {
    // One fix alone: applying the SARIF replacement equals what --fix writes.
    let src = "\u{feff}import os\r\nimport sys\r\n\r\nprint(sys.argv)\r\n";
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("cdktf.json"), "{}\n").unwrap();
    std::fs::write(d.path().join("one.py"), src).unwrap();
    let sarif = json(&run(d.path(), &["--format", "sarif", "one.py"]).stdout);
    let results = sarif["runs"][0]["results"].as_array().unwrap().clone();
    assert_eq!(results.len(), 1, "{results:#?}");
    let reps = results[0]["fixes"][0]["artifactChanges"][0]["replacements"]
        .as_array()
        .unwrap();
    let via_sarif = apply_sarif(src.as_bytes(), reps);
    assert_eq!(run(d.path(), &["--fix", "one.py"]).code, 0);
    assert_eq!(via_sarif, std::fs::read(d.path().join("one.py")).unwrap());

    // Every fix of a larger BOM+CRLF stack: the SARIF replacements equal the JSON edits applied
    // the way --fix applies them (offsets after the BOM, `\n` written as `\r\n`).
    let f = examples_fixture();
    let path = "examples/lib/crlf_stack.py";
    let bytes = std::fs::read(f.path().join(path)).unwrap();
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let args = [path];
    let sarif = json(&run(f.path(), &[&args[..], &["--format", "sarif"]].concat()).stdout);
    let report = json(&run(f.path(), &[&args[..], &["--format", "json"]].concat()).stdout);
    let mut compared = 0;
    let mut inserted_newline = false;
    for (res, finding) in sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .zip(report["findings"].as_array().unwrap())
    {
        let Some(fix) = finding["fix"].as_object() else {
            continue;
        };
        assert_eq!(finding["bom"], true);
        assert_eq!(finding["crlf"], true);
        let edits: Vec<cdktf_fix::engine::edit::Edit> = fix["edits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                inserted_newline |= e["text"].as_str().unwrap().contains('\n');
                cdktf_fix::engine::edit::Edit::replace(
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                    e["text"].as_str().unwrap(),
                )
            })
            .collect();
        let mut expected = "\u{feff}".as_bytes().to_vec();
        expected.extend(cdktf_fix::engine::edit::apply(text, &edits, true).into_bytes());
        let reps = res["fixes"][0]["artifactChanges"][0]["replacements"]
            .as_array()
            .unwrap();
        assert_eq!(
            String::from_utf8(apply_sarif(&bytes, reps)).unwrap(),
            String::from_utf8(expected).unwrap(),
            "{res:#?}"
        );
        compared += 1;
    }
    assert!(compared >= 5, "only {compared} fixes compared");
    assert!(
        inserted_newline,
        "no fix inserted a line break: CRLF untested"
    );
}

#[test]
fn github_annotations_escape_and_report_errors() {
    let d = tempfile::tempdir().unwrap();
    // An app's files (Python outside a CDKTF app is not checked).
    std::fs::write(d.path().join("cdktf.json"), "{}\n").unwrap();
    std::fs::write(
        d.path().join("a,b:c.py"),
        "import os\nimport sys\n\nprint(sys.argv)\n",
    )
    .unwrap();
    std::fs::write(d.path().join("bin.py"), b"x = 1\0").unwrap();
    std::fs::write(
        d.path().join("kms.py"),
        std::fs::read_to_string(Path::new(ROOT).join("examples/lib/security_stack.py")).unwrap(),
    )
    .unwrap();
    let r = run(d.path(), &["--format", "github", "."]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines.contains(
        &"::warning file=a%2Cb%3Ac.py,line=1,col=8,endLine=1,endColumn=10,title=CDK020 unused-import::`os` imported but unused%0AFix (`cdktf-fix --fix`): Remove unused import `os`"
    ), "{}", r.stdout);
    assert!(
        lines.contains(
            &"::error file=bin.py,title=cdktf-fix::bin.py: not checked: binary file (contains NUL bytes)"
        ),
        "{}",
        r.stdout
    );
    // detect-only codemods are notices
    assert!(
        lines.iter().any(|l| l.starts_with("::notice file=kms.py,")
            && l.contains("title=CDK029 kms-root-wildcard::")),
        "{}",
        r.stdout
    );
    // one line per finding, one per error, one per run note (the unpinned provider package
    // here), nothing else on stdout
    let report = json(&run(d.path(), &["--format", "json", "."]).stdout);
    let notes = report["notes"].as_array().unwrap();
    assert!(
        notes.iter().any(|n| n
            .as_str()
            .unwrap()
            .contains("no pin of cdktf-cdktf-provider-aws")),
        "{notes:?}"
    );
    assert_eq!(
        lines.len(),
        report["findings"].as_array().unwrap().len()
            + report["errors"].as_array().unwrap().len()
            + notes.len()
    );
    assert!(lines.iter().all(|l| l.starts_with("::")));
}

fn section_codes(body: &str, section: &str) -> Vec<String> {
    let Some(start) = body.find(section) else {
        return Vec::new();
    };
    let rest = &body[start + section.len()..];
    let end = rest.find("\n### ").unwrap_or(rest.len());
    rest[..end]
        .lines()
        .filter_map(|l| l.strip_prefix("#### "))
        .map(|l| l.split(' ').next().unwrap().to_string())
        .collect()
}

#[test]
fn pr_body_describes_fixes_and_leftovers() {
    let d = examples_fixture();
    std::fs::remove_file(d.path().join("examples/lib/blob.py")).unwrap();
    let before = std::fs::read(d.path().join("examples/lib/tap_stack.py")).unwrap();

    // --diff: describes what would be applied, writes no source file
    let r = run(
        d.path(),
        &[
            "--diff",
            "--format",
            "json",
            "--pr-body",
            "diff.md",
            "examples",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let diff_report = json(&r.stdout);
    assert_eq!(
        std::fs::read(d.path().join("examples/lib/tap_stack.py")).unwrap(),
        before
    );
    let diff_body = std::fs::read_to_string(d.path().join("diff.md")).unwrap();

    let r = run(
        d.path(),
        &[
            "--fix",
            "--format",
            "json",
            "--pr-body",
            "fix.md",
            "examples",
        ],
    );
    assert_eq!(r.code, 1, "detect-only findings remain: {}", r.stderr);
    let report = json(&r.stdout);
    assert_ne!(
        std::fs::read(d.path().join("examples/lib/tap_stack.py")).unwrap(),
        before
    );
    let body = std::fs::read_to_string(d.path().join("fix.md")).unwrap();

    let applied = report["applied"].as_array().unwrap();
    let findings = report["findings"].as_array().unwrap();
    let files: BTreeSet<&str> = applied
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert!(applied.len() > 5 && files.len() > 1);
    let headline = format!(
        "## cdktf-fix: {} fixes applied in {} files, {} findings left\n",
        applied.len(),
        files.len(),
        findings.len()
    );
    assert!(body.starts_with(&headline), "{body}");
    assert_eq!(diff_report["applied"], report["applied"]);
    assert!(
        diff_body.starts_with(&headline.replace("applied", "to apply")),
        "{diff_body}"
    );

    // one section per fixing codemod, sorted by code, each naming safety and a link
    let fixed: Vec<String> = section_codes(&body, "### Fixed\n");
    let want: BTreeSet<String> = applied
        .iter()
        .map(|a| a["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fixed, want.iter().cloned().collect::<Vec<_>>());
    let codemods = json(&run(d.path(), &["--list", "--format", "json"]).stdout);
    for c in codemods.as_array().unwrap() {
        let code = c["code"].as_str().unwrap();
        if want.contains(code) {
            let h = format!(
                "#### {code} `{}` ({})\n",
                c["name"].as_str().unwrap(),
                c["safety"].as_str().unwrap()
            );
            assert!(body.contains(&h), "missing {h}");
            assert!(body.contains(&format!("[More]({})", c["url"].as_str().unwrap())));
        }
    }
    // every applied fix is listed with its file and line
    for a in applied {
        let item = format!("`{}` line {}:", a["path"].as_str().unwrap(), a["line"]);
        assert!(body.contains(&item), "missing {item}");
    }
    // what was not fixed is its own section, with the detect-only codemods in it
    let left: BTreeSet<String> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    let listed: BTreeSet<String> = section_codes(&body, "### Not fixed").into_iter().collect();
    assert_eq!(listed, left);
    assert!(left.contains("CDK029"));

    // no --fix/--diff: usage error; an unwritable target: error, exit 2
    let r = run(d.path(), &["--pr-body", "x.md", "examples"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--pr-body needs --fix or --diff"),
        "{}",
        r.stderr
    );
    let r = run(
        d.path(),
        &["--diff", "--pr-body", "no/such/dir/x.md", "examples"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--pr-body no/such/dir/x.md"),
        "{}",
        r.stderr
    );
}

#[test]
fn shard_values_are_validated() {
    let d = tempfile::tempdir().unwrap();
    for bad in ["0/3", "4/3", "3", "a/b", "1/0"] {
        let r = run(d.path(), &["--shard", bad, "."]);
        assert_eq!(r.code, 2, "{bad}");
        assert!(
            r.stderr.contains("is not K/N with 1 <= K <= N"),
            "{}",
            r.stderr
        );
    }
}

/// A tree with many files: every golden input and expected output, the example project, a
/// BOM+CRLF stack and a binary file.
fn big_fixture() -> tempfile::TempDir {
    let d = examples_fixture();
    copy_dir(&Path::new(ROOT).join("golden"), &d.path().join("golden"));
    d
}

fn merge(dir: &Path, reports: &[PathBuf], format: &str) -> Run {
    let mut args = vec!["--merge-reports", "--format", format];
    let names: Vec<String> = reports.iter().map(|p| p.display().to_string()).collect();
    args.extend(names.iter().map(String::as_str));
    run(dir, &args)
}

#[test]
fn merged_shards_equal_the_unsharded_run() {
    let d = big_fixture();
    let out = tempfile::tempdir().unwrap();
    let roots = ["golden", "examples"];
    for format in ["json", "text", "sarif", "github"] {
        let whole = run(d.path(), &[&["--format", format][..], &roots].concat());
        let mut shards = Vec::new();
        let mut checked = 0;
        for k in 1..=3 {
            let shard = format!("{k}/3");
            let r = run(
                d.path(),
                &[&["--format", "json", "--shard", &shard][..], &roots].concat(),
            );
            let n = json(&r.stdout)["summary"]["files_checked"]
                .as_u64()
                .unwrap();
            assert!(n > 0, "shard {shard} is empty");
            checked += n;
            let p = out.path().join(format!("s{k}.json"));
            std::fs::write(&p, &r.stdout).unwrap();
            shards.push(p);
        }
        let merged = merge(d.path(), &shards, format);
        assert_eq!(merged.code, whole.code, "{}", merged.stderr);
        assert_eq!(merged.stdout, whole.stdout, "--format {format}");
        if format == "json" {
            let w = json(&whole.stdout);
            assert_eq!(checked, w["summary"]["files_checked"].as_u64().unwrap());
            assert!(w["findings"].as_array().unwrap().len() > 100);
            assert!(!w["errors"].as_array().unwrap().is_empty());
        }
        if format == "text" {
            assert_eq!(merged.stderr, whole.stderr);
        }
    }

    // --fix on separate checkouts, one per shard, as N machines would run it
    let whole_dir = big_fixture();
    let whole = run(
        whole_dir.path(),
        &[&["--fix", "--unsafe-fixes", "--format", "json"][..], &roots].concat(),
    );
    let mut shards = Vec::new();
    for k in 1..=3 {
        let machine = big_fixture();
        let shard = format!("{k}/3");
        let r = run(
            machine.path(),
            &[
                &[
                    "--fix",
                    "--unsafe-fixes",
                    "--format",
                    "json",
                    "--shard",
                    &shard,
                ][..],
                &roots,
            ]
            .concat(),
        );
        let p = out.path().join(format!("fix{k}.json"));
        std::fs::write(&p, &r.stdout).unwrap();
        shards.push(p);
    }
    let merged = merge(d.path(), &shards, "json");
    assert!(json(&whole.stdout)["summary"]["fixed"].as_u64().unwrap() > 50);
    assert_eq!(merged.stdout, whole.stdout);

    // reports of different modes do not merge
    let check = out.path().join("check.json");
    std::fs::write(
        &check,
        run(d.path(), &["--format", "json", "examples"]).stdout,
    )
    .unwrap();
    let r = merge(d.path(), &[check, shards[0].clone()], "json");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("cannot merge a `check` report with a `fix` report"),
        "{}",
        r.stderr
    );
    let junk = out.path().join("junk.json");
    std::fs::write(&junk, "{}").unwrap();
    assert_eq!(merge(d.path(), &[junk], "json").code, 2);
}

fn finding_paths(stdout: &str, strip: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for f in json(stdout)["findings"].as_array().unwrap() {
        let p = f["path"].as_str().unwrap().replace(strip, "");
        *m.entry(p.trim_start_matches("./").to_string()).or_default() += 1;
    }
    m
}

#[test]
fn shards_do_not_depend_on_the_checkout_directory() {
    let a = big_fixture();
    let b = big_fixture();
    let abs = format!("{}/", b.path().display());
    // Run from `/`, the files are named relative to it.
    let named = abs.trim_start_matches('/').to_string();
    let in_a = run(a.path(), &["--format", "json", "--shard", "2/3", "."]);
    let in_b = run(
        Path::new("/"),
        &["--format", "json", "--shard", "2/3", &abs],
    );
    let pa = finding_paths(&in_a.stdout, "");
    assert!(!pa.is_empty());
    assert_eq!(pa, finding_paths(&in_b.stdout, &named));
    // and it is a proper part of the whole
    let all = finding_paths(&run(a.path(), &["--format", "json", "."]).stdout, "");
    assert!(pa.len() < all.len());
}

#[test]
fn pre_commit_hooks_run_their_entries() {
    let text = std::fs::read_to_string(Path::new(ROOT).join(".pre-commit-hooks.yaml")).unwrap();
    let hooks: Value = ast_grep_config::from_str(&text).expect("valid YAML");
    let hooks = hooks.as_array().expect("a list of hooks");
    let ids: Vec<&str> = hooks.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["cdktf-fix", "cdktf-fix-fix"]);
    // Python files are checked when they belong to a CDKTF app (here: it imports cdktf).
    let py = "import os\nimport sys\n\nfrom cdktf import App\n\nprint(sys.argv, App)\n";
    let tf = "resource \"aws_eip\" \"nat\" {\n  vpc = true\n}\n";
    for h in hooks {
        assert_eq!(h["language"], "rust");
        assert_eq!(h["types_or"], json!(["python", "terraform"]));
        assert_eq!(h["require_serial"], false);
        assert!(h["name"].is_string());
        let entry: Vec<&str> = h["entry"].as_str().unwrap().split_whitespace().collect();
        assert_eq!(entry[0], "cdktf-fix", "the entry runs the installed binary");
        let fixes = entry.contains(&"--fix");
        for (name, src) in [("stack.py", py), ("main.tf", tf)] {
            let d = tempfile::tempdir().unwrap();
            let file = d.path().join(name);
            std::fs::write(&file, src).unwrap();
            // pre-commit runs `entry [args] FILES...` from the repository root
            let out = Command::cargo_bin("cdktf-fix")
                .unwrap()
                .current_dir(d.path())
                .args(&entry[1..])
                .args(
                    h["args"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|a| a.as_str().unwrap()),
                )
                .arg(name)
                .output()
                .unwrap();
            let after = std::fs::read_to_string(&file).unwrap();
            if fixes {
                assert_eq!(out.status.code(), Some(0), "{}: {:?}", h["id"], out);
                assert_ne!(after, src, "{}", h["id"]);
            } else {
                assert_eq!(out.status.code(), Some(1), "{}: {:?}", h["id"], out);
                assert_eq!(after, src);
            }
        }
    }
}
