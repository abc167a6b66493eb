//! One project, one pipeline: what a file's fixes may depend on is its project, never how the
//! run was started. Each test here reproduces a failure of the file-by-file engine: duplicated
//! module declarations under parallel workers, a constructor rename that broke a caller in
//! another file, versions and config not found for files named on the command line, Poetry and
//! PEP 621 pins not read, imports added in the wrong flavour, diff headers `git apply` refused.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

mod common;
use common::{git_applies, json, read, run, run_configured, tree, write_tree};

const PARTITION_A: &str = "resource \"aws_iam_role_policy_attachment\" \"a\" {\n  role       = \"r\"\n  policy_arn = \"arn:aws:iam::aws:policy/A\"\n}\n";
const PARTITION_B: &str = "resource \"aws_iam_role_policy_attachment\" \"b\" {\n  role       = \"r\"\n  policy_arn = \"arn:aws:iam::aws:policy/B\"\n}\n";
const BASE: &str = "from cdktf import TerraformStack\n\n\nclass BaseStack(TerraformStack):\n    def __init__(self, scope, id):\n        super().__init__(scope, id)\n";
const MAIN: &str = "from cdktf import App\n\nfrom lib.base import BaseStack\n\napp = App()\nBaseStack(app, id=\"base\")\napp.synth()\n";

fn git_init(dir: &Path) {
    let ok = Command::new("git")
        .args(["init", "-q"])
        .current_dir(dir)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "git init");
}

/// A module of four `.tf` files that each need the partition data source, and an app whose
/// constructor is called by keyword from another file.
fn multi_file_project() -> tempfile::TempDir {
    let d = tree(&[
        ("infra/a.tf", PARTITION_A),
        ("infra/b.tf", PARTITION_B),
        ("infra/c.tf", &PARTITION_A.replace("\"a\"", "\"c\"")),
        ("infra/d.tf", &PARTITION_B.replace("\"b\"", "\"d\"")),
        ("app/lib/__init__.py", ""),
        ("app/lib/base.py", BASE),
        ("app/main.py", MAIN),
        ("app/requirements.txt", "cdktf==0.21.0\n"),
        (
            "app/cdktf.json",
            "{\"app\": \"python3 main.py\", \"language\": \"python\"}\n",
        ),
    ]);
    git_init(d.path());
    d
}

#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    let d = multi_file_project();
    let args = |t: &'static str| vec!["--diff", "--unsafe-fixes", "--threads", t, "."];
    let first = run(d.path(), &args("1"));
    assert_eq!(first.code, 1, "{}", first.stderr);
    assert_eq!(
        first
            .stdout
            .matches("+data \"aws_partition\" \"current\" {}")
            .count(),
        1,
        "{}",
        first.stdout
    );
    for t in ["2", "8", "16"] {
        for _ in 0..3 {
            let r = run(d.path(), &args(t));
            assert_eq!(r.stdout, first.stdout, "--threads {t}");
        }
    }
    // --fix too: every run writes the same tree, with one declaration in the module.
    let mut trees = BTreeSet::new();
    for t in ["1", "2", "8", "16"] {
        let copy = multi_file_project();
        let r = run(
            copy.path(),
            &["--fix", "--unsafe-fixes", "--threads", t, "."],
        );
        assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
        let all: String = ["a", "b", "c", "d"]
            .iter()
            .map(|f| read(copy.path(), &format!("infra/{f}.tf")))
            .collect();
        assert_eq!(all.matches("data \"aws_partition\"").count(), 1, "{all}");
        assert!(read(copy.path(), "app/main.py").contains("BaseStack(app, construct_id=\"base\")"));
        assert!(
            read(copy.path(), "app/lib/base.py")
                .contains("def __init__(self, scope, construct_id):")
        );
        trees.insert(all + &read(copy.path(), "app/main.py"));
    }
    assert_eq!(trees.len(), 1);
}

#[test]
fn a_caller_in_a_file_the_run_does_not_check_holds_the_rename_back() {
    let d = multi_file_project();
    let r = run(d.path(), &["--fix", "app/lib/base.py"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.contains("which this run does not check"),
        "{}",
        r.stdout
    );
    assert_eq!(read(d.path(), "app/lib/base.py"), BASE);
}

const LOCKFILE: &str = "from cdktf import TerraformStack\n\n\nclass S(TerraformStack):\n    def __init__(self, scope, construct_id):\n        super().__init__(scope, construct_id)\n        self.add_override(\"terraform.backend.s3.use_lockfile\", True)\n";
const BACKEND: &str = "terraform {\n  backend \"s3\" {\n    bucket         = \"b\"\n    key            = \"k\"\n    region         = \"us-east-1\"\n    dynamodb_table = \"locks\"\n  }\n}\n";

/// A repository whose versions are declared at its root only.
fn versioned_repo() -> tempfile::TempDir {
    let d = tree(&[
        (".terraform-version", "1.9.8\n"),
        (
            "requirements.txt",
            "cdktf==0.21.0\ncdktf-cdktf-provider-aws==21.22.1\n",
        ),
        ("stacks/lib/stack.py", LOCKFILE),
        ("stacks/main.py", "import os\nfrom lib.stack import S\n"),
        ("infra/main.tf", BACKEND),
    ]);
    git_init(d.path());
    d
}

/// Findings as (real path, code, line, column, fix applicability): how they are named may
/// differ between runs, what they are may not.
fn findings(cwd: &Path, stdout: &str) -> BTreeSet<(String, String, u64, u64, String)> {
    json(stdout)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let p = cwd.join(f["path"].as_str().unwrap());
            let real = std::fs::canonicalize(&p).unwrap_or(p);
            (
                real.display().to_string(),
                f["code"].as_str().unwrap().to_string(),
                f["start"]["line"].as_u64().unwrap(),
                f["start"]["column"].as_u64().unwrap(),
                f["fix"]["applicability"]
                    .as_str()
                    .unwrap_or("none")
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn results_do_not_depend_on_how_paths_are_given() {
    let d = versioned_repo();
    let root = d.path();
    let stacks = root.join("stacks");
    let lib = stacks.join("lib");
    let abs = |p: &str| root.join(p).display().to_string();
    let reference = findings(root, &run(root, &["--format", "json", "."]).stdout);
    // The use_lockfile override is fixable: Terraform 1.9.8 comes from the root.
    assert!(
        reference.iter().any(|f| f.1 == "CDK002" && f.4 == "safe"),
        "{reference:?}"
    );
    // 1.9.8 has no dynamodb_table deprecation: no TF007.
    assert!(!reference.iter().any(|f| f.1 == "TF007"), "{reference:?}");
    let runs: Vec<(&Path, Vec<String>)> = vec![
        (root, vec!["stacks".into(), "infra".into()]),
        (
            root,
            vec![
                "infra/main.tf".into(),
                "stacks/main.py".into(),
                "stacks/lib/stack.py".into(),
            ],
        ),
        (root, vec![abs("stacks"), abs("infra")]),
        (&stacks, vec!["../stacks".into(), "../infra".into()]),
        (&stacks, vec![".".into(), "../infra/main.tf".into()]),
        (
            &lib,
            vec![
                "stack.py".into(),
                "../main.py".into(),
                "../../infra/main.tf".into(),
            ],
        ),
        (
            &lib,
            vec![
                abs("infra/main.tf"),
                abs("stacks/lib/stack.py"),
                "../main.py".into(),
            ],
        ),
    ];
    for (cwd, args) in runs {
        let mut all = vec!["--format".to_string(), "json".to_string()];
        all.extend(args.iter().cloned());
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let r = run(cwd, &refs);
        assert_eq!(
            findings(cwd, &r.stdout),
            reference,
            "from {}: {args:?}",
            cwd.display()
        );
    }
}

#[test]
fn poetry_and_pep621_pins_choose_the_provider_index() {
    // A 19.x pin is checked against the 19.x index (not the 21.x API), and the tool says
    // which version stood in for the pin.
    let stack = "from cdktf_cdktf_provider_aws.s3_bucket import S3BucketPolicy\n";
    for (pyproject, pin) in [
        (
            "[tool.poetry.dependencies]\npython = \"^3.11\"\ncdktf-cdktf-provider-aws = \"^19.30.0\"\n",
            "19.30.0",
        ),
        (
            "[project]\nname = \"x\"\ndependencies = [\"cdktf~=0.20.0\", \"cdktf-cdktf-provider-aws~=19.51.0\"]\n",
            "19.51.0",
        ),
    ] {
        let d = tree(&[("pyproject.toml", pyproject), ("lib/stack.py", stack)]);
        git_init(d.path());
        let r = run(d.path(), &["lib/stack.py"]);
        assert!(r.stdout.contains("CDK040"), "{pyproject}: {}", r.stdout);
        assert!(
            r.stdout.contains("s3_bucket_policy.S3BucketPolicy"),
            "{pyproject}: {}",
            r.stdout
        );
        let note =
            format!("pins cdktf-cdktf-provider-aws {pin}; checked against the 19.65.1 index");
        assert!(r.stderr.contains(&note), "{pyproject}: {}", r.stderr);
    }
}

#[test]
fn each_file_gets_the_config_nearest_to_it() {
    let unused = "import os\n";
    let d = tree(&[
        ("cdktf.json", "{}\n"),
        ("a/cdktf-fix.toml", "ignore = [\"unused-import\"]\n"),
        ("a/x.py", unused),
        ("b/x.py", unused),
    ]);
    git_init(d.path());
    let codes = |args: &[&str]| -> BTreeSet<(String, String)> {
        json(&run_configured(d.path(), &[&["--format", "json"][..], args].concat()).stdout)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["path"].as_str().unwrap().to_string(), f["code"].as_str().unwrap().to_string()))
            .collect()
    };
    let want: BTreeSet<(String, String)> = [("b/x.py".to_string(), "CDK020".to_string())].into();
    assert_eq!(codes(&["a", "b"]), want);
    assert_eq!(codes(&["b", "a"]), want);
    assert_eq!(codes(&["."]), want);
    assert_eq!(codes(&["b/x.py", "a/x.py"]), want);
}

#[test]
fn config_mistakes_name_the_file_and_key() {
    let cases = [
        (
            "[codemods.log-grup-retention]\nretention-in-days = 14\n",
            "[codemods.log-grup-retention]: unknown codemod (did you mean `log-group-retention`?)",
        ),
        (
            "[codemods.log-group-retention]\nretention_days = 14\n",
            "[codemods.log-group-retention] retention_days: unknown option (did you mean `retention-in-days`?)",
        ),
        (
            "[codemods.log-group-retention]\nretention-in-days = 15\n",
            "[codemods.log-group-retention] retention-in-days = 15: expected a retention period CloudWatch Logs accepts",
        ),
        (
            "[codemods.tf-log-group-retention]\nretention-in-days = \"7\"\n",
            "retention-in-days = \"7\": expected a retention period",
        ),
        (
            "[codemods.eks-version-outdated]\nas-of = \"next week\"\n",
            "as-of = \"next week\": expected a date",
        ),
    ];
    for (config, want) in cases {
        let d = tree(&[("cdktf-fix.toml", config), ("x.py", "x = 1\n")]);
        let r = run_configured(d.path(), &["."]);
        assert_eq!(r.code, 2, "{config}");
        assert!(r.stderr.contains("cdktf-fix.toml: "), "{}", r.stderr);
        assert!(r.stderr.contains(want), "{config}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    }
}

#[test]
fn diff_headers_are_relative_to_the_working_directory() {
    let d = versioned_repo();
    let root = d.path();
    let stacks = root.join("stacks");
    let abs = root.join("stacks").display().to_string();
    for (cwd, arg) in [
        (root, abs.as_str()),
        (root, "stacks/lib/../lib"),
        (&stacks, "../stacks"),
        (&stacks, "."),
    ] {
        let r = run(cwd, &["--diff", arg]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(
            !r.stdout.contains("a//") && !r.stdout.contains("a/../"),
            "{}",
            r.stdout
        );
        git_applies(cwd, &r.stdout, &[]).unwrap_or_else(|e| panic!("{arg}: {e}\n{}", r.stdout));
    }
    // A file outside the working directory keeps a `..` name, which git applies with
    // --unsafe-paths.
    let r = run(
        &stacks,
        &[
            "--diff",
            "--terraform-version",
            "1.11.0",
            "--unsafe-fixes",
            "../infra",
        ],
    );
    assert!(r.stdout.contains("--- a/../infra/main.tf"), "{}", r.stdout);
    git_applies(&stacks, &r.stdout, &["--unsafe-paths"]).unwrap();
    // Findings are named the same way.
    let r = run(&stacks, &["../stacks/lib"]);
    assert!(
        r.stdout.starts_with("lib/stack.py:7:9: CDK002"),
        "{}",
        r.stdout
    );
}

#[test]
fn syntax_errors_have_a_location_in_every_format() {
    let d = tree(&[("bad.py", "from cdktf import App\ndef f(:\n    pass\n")]);
    let r = run(d.path(), &["--format", "github", "."]);
    assert!(
        r.stdout.contains("::error file=bad.py,line=2,col="),
        "{}",
        r.stdout
    );
    let r = run(d.path(), &["--format", "sarif", "."]);
    let sarif = json(&r.stdout);
    let n = &sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(
        n["locations"][0]["physicalLocation"]["region"]["startLine"], 2,
        "{n}"
    );
    let r = run(d.path(), &["--format", "json", "."]);
    assert_eq!(json(&r.stdout)["errors"][0]["line"], 2);
}

#[test]
fn a_module_file_named_alone_sees_its_siblings() {
    // Named alone (as pre-commit does), a .tf file still sees the module's other files: the
    // declaration in b.tf is reused, not added again.
    let d = tree(&[
        ("m/a.tf", PARTITION_A),
        ("m/b.tf", "data \"aws_partition\" \"here\" {}\n"),
    ]);
    git_init(d.path());
    let r = run(d.path(), &["--diff", "--unsafe-fixes", "m/a.tf"]);
    assert!(
        r.stdout.contains("data.aws_partition.here.partition"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("+data \"aws_partition\""),
        "{}",
        r.stdout
    );
    write_tree(d.path(), &[("m/c.tf", PARTITION_B)]);
    let r = run(d.path(), &["--diff", "--unsafe-fixes", "m/c.tf", "m/a.tf"]);
    assert_eq!(
        r.stdout
            .matches("data.aws_partition.here.partition")
            .count(),
        2,
        "{}",
        r.stdout
    );
}
