//! The real binary on temporary directories: what users and bots rely on. Dry runs write
//! nothing, `--fix` writes atomically and keeps bytes it did not need to touch, diffs apply with
//! `git apply`, exit codes follow ruff's convention (0 clean, 1 findings, 2 usage/I-O error).

use std::path::{Path, PathBuf};
use std::process::Command;

const SG_RULE: &str = "from cdktf_cdktf_provider_aws.security_group import SecurityGroupIngress\n\n\ndef rules(stack, sg_id):\n    SecurityGroupIngress(stack, \"r\", security_group_id=sg_id, from_port=443, to_port=443, protocol=\"tcp\")\n";
const SG_RULE_FIXED: &str = "from cdktf_cdktf_provider_aws.security_group_rule import SecurityGroupRule\n\n\ndef rules(stack, sg_id):\n    SecurityGroupRule(stack, \"r\", type=\"ingress\", security_group_id=sg_id, from_port=443, to_port=443, protocol=\"tcp\")\n";

mod common;
use common::{read, run, run_configured, tree};

#[test]
fn report_mode_finds_and_writes_nothing() {
    let d = tree(&[("stack.py", SG_RULE)]);
    let r = run(d.path(), &["."]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("stack.py:5:5: CDK001 [*] [standalone-security-group-rule]"),
        "{}",
        r.stdout
    );
    assert_eq!(read(d.path(), "stack.py"), SG_RULE);
}

#[test]
fn dry_run_prints_a_diff_that_git_applies_and_writes_nothing() {
    let d = tree(&[("lib/stack.py", SG_RULE)]);
    let r = run(d.path(), &["--dry-run", "."]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .starts_with("--- a/lib/stack.py\n+++ b/lib/stack.py\n"),
        "{}",
        r.stdout
    );
    assert_eq!(
        read(d.path(), "lib/stack.py"),
        SG_RULE,
        "dry run must not write"
    );
    std::fs::write(d.path().join("fix.patch"), &r.stdout).unwrap();
    let git = Command::new("git")
        .current_dir(d.path())
        .args(["apply", "fix.patch"])
        .output()
        .unwrap();
    assert!(
        git.status.success(),
        "git apply: {}",
        String::from_utf8_lossy(&git.stderr)
    );
    assert_eq!(read(d.path(), "lib/stack.py"), SG_RULE_FIXED);
}

#[test]
fn fix_writes_then_nothing_is_left() {
    let d = tree(&[("stack.py", SG_RULE)]);
    let r = run(d.path(), &["--fix", "."]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(read(d.path(), "stack.py"), SG_RULE_FIXED);
    let again = run(d.path(), &["--diff", "."]);
    assert_eq!(again.code, 0);
    assert!(again.stdout.is_empty());
    // No temp files left next to the fixed file.
    let names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["stack.py"]);
}

#[test]
fn fix_keeps_crlf_bom_and_permissions() {
    let crlf = format!("\u{feff}{}", SG_RULE.replace('\n', "\r\n"));
    let d = tree(&[("stack.py", &crlf)]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            d.path().join("stack.py"),
            std::fs::Permissions::from_mode(0o754),
        )
        .unwrap();
    }
    let r = run(d.path(), &["--fix", "stack.py"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got = read(d.path(), "stack.py");
    assert_eq!(
        got,
        format!("\u{feff}{}", SG_RULE_FIXED.replace('\n', "\r\n"))
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.path().join("stack.py"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o754);
    }
}

#[test]
fn exit_codes() {
    let clean = tree(&[("ok.py", "x = 1\n")]);
    assert_eq!(run(clean.path(), &["."]).code, 0);
    assert_eq!(run(clean.path(), &["missing-dir"]).code, 2);
    let bad = run(clean.path(), &["--select", "no-such-codemod", "."]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("unknown codemod"), "{}", bad.stderr);
    assert_eq!(run(clean.path(), &["--no-such-flag"]).code, 2);
    let findings = tree(&[("s.py", SG_RULE)]);
    assert_eq!(run(findings.path(), &["."]).code, 1);
    assert_eq!(run(findings.path(), &["--exit-zero", "."]).code, 0);
}

/// Selectors as ruff users write them: code prefixes, languages, `--extend-*`, `CFX000`, and a
/// hint for a typo (each of these was an error or had no effect before).
#[test]
fn select_by_prefix_language_and_extend_flags() {
    let tf = "resource \"aws_iam_role_policy_attachment\" \"a\" {\n  role       = \"r\"\n  policy_arn = \"arn:aws:iam::aws:policy/ReadOnlyAccess\"\n}\n";
    let d = tree(&[("s.py", SG_RULE), ("main.tf", tf)]);
    let codes = |args: &[&str]| {
        let r = run(d.path(), args);
        let mut c: Vec<String> = r
            .stdout
            .lines()
            .filter_map(|l| l.split(": ").nth(1)?.split(' ').next().map(String::from))
            .collect();
        c.sort();
        (r.code, c)
    };
    assert_eq!(codes(&["."]).1, ["CDK001", "TF003"]);
    assert_eq!(codes(&["--select", "CDK", "."]).1, ["CDK001"]);
    assert_eq!(codes(&["--select", "CDK00", "."]).1, ["CDK001"]);
    assert_eq!(codes(&["--select", "TF", "."]).1, ["TF003"]);
    assert_eq!(codes(&["--select", "hcl", "."]).1, ["TF003"]);
    assert_eq!(codes(&["--select", "python", "."]).1, ["CDK001"]);
    assert_eq!(codes(&["--extend-ignore", "TF", "."]).1, ["CDK001"]);
    assert_eq!(
        codes(&["--select", "TF", "--extend-select", "CDK001", "."]).1,
        ["CDK001", "TF003"]
    );
    // Letters are a whole prefix: `CD` names nothing.
    assert_eq!(codes(&["--select", "CD", "."]).0, 2);
    let typo = run(d.path(), &["--select", "cdk001", "."]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains("did you mean `CDK001`?"),
        "{}",
        typo.stderr
    );
    let suppressed = tree(&[(
        "s.py",
        "from cdktf import App\nx = 1  # cdktf-fix: ignore[CDK001]\nApp()\n",
    )]);
    assert!(run(suppressed.path(), &["."]).stdout.contains("CFX000"));
    let r = run(suppressed.path(), &["--ignore", "CFX000", "."]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
}

/// `cdktf-fix rule NAME|CODE` prints the codemod's page with a golden before/after (it was "No
/// such file" before); an unknown name is exit 2 with the closest one.
#[test]
fn rule_pages_by_name_or_code() {
    let d = tree(&[]);
    let page = run_configured(d.path(), &["rule", "CDK001"]);
    assert_eq!(page.code, 0, "{}", page.stderr);
    assert!(
        page.stdout
            .starts_with("# CDK001 `standalone-security-group-rule`\n"),
        "{}",
        page.stdout
    );
    for part in [
        "## Why",
        "## Example",
        "```diff",
        "+++ after/",
        "- Fix: safe",
    ] {
        assert!(page.stdout.contains(part), "{part}: {}", page.stdout);
    }
    let by_name = run_configured(d.path(), &["rule", "standalone-security-group-rule"]);
    assert_eq!(by_name.stdout, page.stdout);
    let options = run_configured(d.path(), &["rule", "log-group-retention"]);
    assert!(options.stdout.contains("## Options"), "{}", options.stdout);
    let typo = run_configured(d.path(), &["rule", "standalone-security-group-rules"]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr
            .contains("did you mean `standalone-security-group-rule`?"),
        "{}",
        typo.stderr
    );
    // A directory named `rule` is still a path when written as one.
    let d = tree(&[("rule/s.py", SG_RULE)]);
    assert_eq!(run(d.path(), &["./rule"]).code, 1);
}

/// The summary counts files with findings (it said "in 8 file(s)" for the files checked),
/// `--statistics` counts per codemod, `-o` writes the report to a file, and a format the mode
/// cannot print is refused (each was missing or wrong before).
#[test]
fn statistics_output_file_and_summary_counts() {
    let sg2 = SG_RULE.replace("\"r\"", "\"r2\"");
    let d = tree(&[
        ("a.py", SG_RULE),
        (
            "b.py",
            &format!(
                "{SG_RULE}{}",
                &sg2[sg2.find("\n\n\n").unwrap()..].replace("def rules", "def more")
            ),
        ),
        ("clean.py", "from cdktf import App\nApp()\n"),
    ]);
    let r = run(d.path(), &["."]);
    assert!(
        r.stderr
            .contains("Found 3 finding(s) in 2 of 3 file(s) checked."),
        "{}",
        r.stderr
    );
    let stats = run(d.path(), &["--statistics", "."]);
    assert_eq!(stats.code, 1);
    assert_eq!(
        stats.stdout, "3\tCDK001 \tstandalone-security-group-rule [*]\n",
        "{}",
        stats.stderr
    );
    let out = d.path().join("report.json");
    let to_file = run(d.path(), &["--format", "json", "-o", "report.json", "."]);
    assert_eq!((to_file.code, to_file.stdout.as_str()), (1, ""));
    let doc = common::json(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(doc["summary"]["findings"], 3);
    assert_eq!(doc["summary"]["files_with_findings"], 2);
    let md = run(d.path(), &["--format", "markdown", "."]);
    assert_eq!(md.code, 2);
    assert!(md.stderr.contains("only for --list"), "{}", md.stderr);
    assert_eq!(run(d.path(), &["--statistics", "--diff", "."]).code, 2);
}

fn with_stdin(dir: &std::path::Path, args: &[&str], input: &str) -> common::Run {
    use std::io::Write;
    let mut c = common::bin(true);
    let mut child = c
        .current_dir(dir)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `cdktf-fix -` reads stdin as the file --stdin-filename names (an editor's buffer, a
/// pre-commit pipe): findings carry that name, `--fix` prints the fixed text, `--diff` a patch;
/// nothing is written (before, `-` was "No such file").
#[test]
fn stdin_as_a_named_file() {
    let d = tree(&[("lib/stack.py", "# on disk: not what is checked\n")]);
    let r = with_stdin(
        d.path(),
        &["-", "--stdin-filename", "lib/stack.py"],
        SG_RULE,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout
            .starts_with("lib/stack.py:5:5: CDK001 [*] [standalone-security-group-rule]"),
        "{}",
        r.stdout
    );
    let fixed = with_stdin(d.path(), &["--fix", "-"], SG_RULE);
    assert_eq!(
        (fixed.code, fixed.stdout.as_str()),
        (0, SG_RULE_FIXED),
        "{}",
        fixed.stderr
    );
    let clean = with_stdin(d.path(), &["--fix", "-"], "x = 1\n");
    assert_eq!(clean.stdout, "x = 1\n");
    let diff = with_stdin(
        d.path(),
        &["--diff", "-", "--stdin-filename", "lib/stack.py"],
        SG_RULE,
    );
    assert!(
        diff.stdout
            .starts_with("--- a/lib/stack.py\n+++ b/lib/stack.py\n"),
        "{}",
        diff.stdout
    );
    assert_eq!(
        read(d.path(), "lib/stack.py"),
        "# on disk: not what is checked\n"
    );
    let tf = with_stdin(
        d.path(),
        &["-", "--stdin-filename", "main.tf"],
        "resource \"aws_iam_role_policy_attachment\" \"a\" {\n  role       = \"r\"\n  policy_arn = \"arn:aws:iam::aws:policy/ReadOnlyAccess\"\n}\n",
    );
    assert!(tf.stdout.contains("main.tf:3:17: TF003"), "{}", tf.stdout);
    assert_eq!(with_stdin(d.path(), &["-", "."], "").code, 2);
}

/// Terraform's own comment styles suppress (`//` and `/* */` were ignored before), and a
/// file-level suppression covers every line.
#[test]
fn suppressions_in_every_comment_style_and_per_file() {
    let tf = "resource \"aws_iam_role_policy_attachment\" \"a\" {\n  role       = \"r\"\n  policy_arn = \"arn:aws:iam::aws:policy/A\" // cdktf-fix: ignore[TF003]\n}\n\nresource \"aws_iam_role_policy_attachment\" \"b\" {\n  role       = \"r\"\n  /* cdktf-fix: ignore[tf-hardcoded-partition] */\n  policy_arn = \"arn:aws:iam::aws:policy/B\"\n}\n";
    let py = format!("# cdktf-fix: ignore-file[CDK001]\n{SG_RULE}");
    let d = tree(&[("main.tf", tf), ("s.py", &py)]);
    let r = run(d.path(), &["."]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
}

/// `exclude` drops walked files (a file named on the command line is still checked) and
/// `per-file-ignores` ignores selectors in the files a glob matches, relative to the config's
/// directory (neither existed before: the keys were config errors).
#[test]
fn exclude_and_per_file_ignores() {
    let cfg = "exclude = [\"generated/**\", \"*_pb2.py\"]\n\n[per-file-ignores]\n\"tests/**\" = [\"CDK0\"]\n\"lib/legacy.py\" = [\"standalone-security-group-rule\"]\n";
    let d = tree(&[
        ("infra/cdktf-fix.toml", cfg),
        ("infra/generated/stack.py", SG_RULE),
        ("infra/lib/api_pb2.py", SG_RULE),
        ("infra/tests/test_stack.py", SG_RULE),
        ("infra/lib/legacy.py", SG_RULE),
        ("infra/lib/stack.py", SG_RULE),
    ]);
    let r = run_configured(d.path(), &["infra"]);
    let files: Vec<&str> = r
        .stdout
        .lines()
        .filter_map(|l| l.split(':').next())
        .collect();
    assert_eq!(files, ["infra/lib/stack.py"], "{}{}", r.stdout, r.stderr);
    let named = run_configured(d.path(), &["infra/generated/stack.py"]);
    assert!(
        named
            .stdout
            .starts_with("infra/generated/stack.py:5:5: CDK001"),
        "{}",
        named.stdout
    );
    let bad = tree(&[
        ("cdktf-fix.toml", "exclude = [\"a/[\"]\n"),
        ("s.py", SG_RULE),
    ]);
    let r = run_configured(bad.path(), &["."]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("cdktf-fix.toml: exclude: `a/[`"),
        "{}",
        r.stderr
    );
}

/// `--show-fixes` lists what --fix changed (and --diff would), per file and line.
#[test]
fn show_fixes_lists_what_was_fixed() {
    let d = tree(&[
        ("a.py", SG_RULE),
        ("clean.py", "from cdktf import App\nApp()\n"),
    ]);
    let r = run(d.path(), &["--diff", "--show-fixes", "."]);
    assert!(
        r.stderr.contains(
            "Would fix 1 finding(s):\n- a.py:\n    5: CDK001 [standalone-security-group-rule] "
        ),
        "{}",
        r.stderr
    );
    let r = run(d.path(), &["--fix", "--show-fixes", "."]);
    assert!(
        r.stderr.contains("Fixed 1 finding(s):\n- a.py:\n"),
        "{}",
        r.stderr
    );
    assert_eq!(read(d.path(), "a.py"), SG_RULE_FIXED);
    assert_eq!(run(d.path(), &["--show-fixes", "."]).code, 2);
}

/// `--add-noqa` suppresses every current finding in place, so the next run is clean; a line that
/// ends inside a multi-line string is left alone and said so (the flag did not exist before).
#[test]
fn add_noqa_suppresses_the_backlog() {
    let heredoc = "resource \"aws_iam_policy\" \"p\" {\n  name   = \"p\"\n  policy = <<EOT\n{\"Resource\": \"arn:aws:s3:::logs/*\"}\nEOT\n}\n";
    let d = tree(&[("s.py", SG_RULE), ("p.tf", heredoc)]);
    let r = run(d.path(), &["--add-noqa", "."]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("p.tf:4: no suppression added: the line ends inside a multi-line string"),
        "{}",
        r.stderr
    );
    assert!(
        read(d.path(), "s.py").ends_with("protocol=\"tcp\")  # cdktf-fix: ignore[CDK001]\n"),
        "{}",
        read(d.path(), "s.py")
    );
    // The policy is attached to nothing (TF010, line 1): that line takes its suppression.
    assert_eq!(
        read(d.path(), "p.tf"),
        heredoc.replacen("{\n", "{  # cdktf-fix: ignore[TF010]\n", 1)
    );
    let again = run(d.path(), &["--ignore", "TF003", "."]);
    assert_eq!(
        (again.code, again.stdout.as_str()),
        (0, ""),
        "{}",
        again.stderr
    );
    assert_eq!(run(d.path(), &["--add-noqa", "--fix", "."]).code, 2);
}

#[test]
fn select_and_ignore_by_name_and_code() {
    let d = tree(&[("s.py", SG_RULE)]);
    assert_eq!(run(d.path(), &["--ignore", "CDK001", "."]).code, 0);
    assert_eq!(
        run(d.path(), &["--select", "eks-addon-pinned-version", "."]).code,
        0
    );
    assert_eq!(
        run(
            d.path(),
            &["--select", "standalone-security-group-rule", "."]
        )
        .code,
        1
    );
}

#[test]
fn syntax_errors_are_reported_and_never_fixed() {
    let broken = format!("{SG_RULE}\ndef broken(:\n");
    let d = tree(&[("s.py", &broken)]);
    let r = run(d.path(), &["--fix", "."]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("syntax error"), "{}", r.stderr);
    assert_eq!(read(d.path(), "s.py"), broken);
}

/// A Terraform file with nothing any codemod looks for used to be counted as checked without
/// being parsed; its syntax error is reported like a Python one (issue 13).
#[test]
fn terraform_syntax_errors_are_reported_even_with_nothing_to_find() {
    let broken = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n";
    let d = tree(&[("main.tf", broken), ("ok.tf", "locals {\n  a = 1\n}\n")]);
    let r = run(d.path(), &["--fix", "."]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("main.tf:2:3: syntax error"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("ok.tf"), "{}", r.stderr);
    assert_eq!(read(d.path(), "main.tf"), broken);
}

#[test]
fn bad_bytes_get_one_line_diagnostics() {
    let d = tree(&[]);
    std::fs::write(d.path().join("latin1.py"), b"x = '\xe9'\n").unwrap();
    std::fs::write(d.path().join("blob.py"), b"\x00\x01\x02").unwrap();
    let r = run(d.path(), &["--fix", "."]);
    assert!(
        r.stderr
            .contains("latin1.py: not checked: not valid UTF-8 (line 1)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("blob.py: not checked: binary file"),
        "{}",
        r.stderr
    );
    // A file that could not be checked fails the run (ruff's rule), unless the user allows it.
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(run(d.path(), &["--allow-unchecked", "."]).code, 0);
    assert_eq!(
        std::fs::read(d.path().join("latin1.py")).unwrap(),
        b"x = '\xe9'\n"
    );
}

#[test]
fn suppressions_and_unused_suppressions() {
    let text = SG_RULE.replace(
        "protocol=\"tcp\")\n",
        "protocol=\"tcp\")  # cdktf-fix: ignore[standalone-security-group-rule]\n",
    ) + "x = 1  # cdktf-fix: ignore[CDK003]\n";
    let d = tree(&[("s.py", &text)]);
    let r = run(d.path(), &["."]);
    assert!(!r.stdout.contains("CDK001"), "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "s.py:6:1: CFX000 [unused-suppression] unused suppression: nothing to ignore for CDK003"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn config_file_selects_and_sets_versions() {
    let lockfile = "from cdktf import S3Backend\n\n\ndef f(stack):\n    S3Backend(stack, bucket=\"b\", key=\"k\")\n    stack.add_override(\"terraform.backend.s3.use_lockfile\", True)\n";
    let d = tree(&[
        ("s.py", lockfile),
        (
            "cdktf-fix.toml",
            "select = [\"s3-backend-use-lockfile\"]\nterraform-version = \"1.9.0\"\n",
        ),
    ]);
    let out = run_configured(d.path(), &["--fix", "."]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!read(d.path(), "s.py").contains("use_lockfile"));
    // At 1.11 the override is valid: silent.
    let d = tree(&[
        ("s.py", lockfile),
        (
            "pyproject.toml",
            "[tool.cdktf-fix]\nterraform-version = \"1.11.4\"\n",
        ),
    ]);
    let out = run_configured(d.path(), &["."]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    // Unknown version: reported, fix withheld with the reason.
    let d = tree(&[("s.py", lockfile)]);
    let r = run(d.path(), &["--fix", "."]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("fix withheld: the target terraform version is unknown"),
        "{}",
        r.stdout
    );
    assert_eq!(read(d.path(), "s.py"), lockfile);
}

#[test]
fn user_codemods_dir_and_json_output() {
    let spec = "id: no-print\ncode: USR001\nlanguage: python\nsafety: safe\nmessage: print call\nrationale: demo\nurl: https://example.com\nrule:\n  pattern: print($A)\nfix: log($A)\n";
    let d = tree(&[
        ("specs/no-print.yml", spec),
        ("a.py", "print(1)\n"),
        ("cdktf.json", "{}\n"),
    ]);
    let r = run(
        d.path(),
        &[
            "--codemods",
            "specs",
            "--select",
            "no-print",
            "--format",
            "json",
            "a.py",
        ],
    );
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["findings"][0]["code"], "USR001");
    assert_eq!(v["findings"][0]["fix"]["edits"][0]["text"], "log(1)");
    let r = run(
        d.path(),
        &["--codemods", "specs", "--select", "USR001", "--fix", "a.py"],
    );
    assert_eq!(r.code, 0);
    assert_eq!(read(d.path(), "a.py"), "log(1)\n");
}

#[test]
fn non_converging_fixes_are_refused() {
    // Two specs that undo each other never settle: the file must be left as it was.
    let a = "id: ping\ncode: USR010\nlanguage: python\nsafety: safe\nmessage: m\nrationale: r\nurl: https://example.com\nrule:\n  pattern: ping()\nfix: pong()\n";
    let b = "id: pong\ncode: USR011\nlanguage: python\nsafety: safe\nmessage: m\nrationale: r\nurl: https://example.com\nrule:\n  pattern: pong()\nfix: ping()\n";
    let d = tree(&[
        ("specs/a.yml", a),
        ("specs/b.yml", b),
        ("x.py", "ping()\n"),
        ("cdktf.json", "{}\n"),
    ]);
    let r = run(
        d.path(),
        &[
            "--codemods",
            "specs",
            "--select",
            "ping,pong",
            "--fix",
            "x.py",
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("did not converge"), "{}", r.stderr);
    assert_eq!(read(d.path(), "x.py"), "ping()\n");
}

#[test]
fn list_shows_every_codemod() {
    let r = run(Path::new("."), &["--list"]);
    assert_eq!(r.code, 0);
    for code in ["CDK001", "CDK002", "CDK003", "CDK004", "CDK005"] {
        assert!(
            r.stdout.contains(code),
            "{code} missing from --list:\n{}",
            r.stdout
        );
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest: PathBuf = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

#[test]
fn examples_fix_then_dry_run_shows_nothing() {
    let d = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"),
        d.path(),
    );
    let before = run(d.path(), &["--diff", "."]);
    assert_eq!(before.code, 1);
    // Every codemod that fixes something has something to fix in examples/, except the provider
    // API diffs: examples/ pins the final CDKTF release (21.22.1), and the diff from it to
    // cdktn-provider-aws 25.8.1 or to itself has no rename (their golden cases start from 19.x
    // and 20.x projects).
    let from_older_releases = ["cdktn-provider-api", "provider-upgrade"];
    let specs = cdktf_fix::engine::spec::builtin().unwrap();
    for c in specs.iter().filter(|c| {
        c.safety != cdktf_fix::engine::spec::Safety::Detect
            && !from_older_releases.contains(&c.id.as_str())
    }) {
        let r = run(d.path(), &["--select", &c.id, "."]);
        assert_eq!(r.code, 1, "examples/ must trigger {}", c.id);
    }
    for id in from_older_releases {
        let r = run(d.path(), &["--select", id, "."]);
        assert_eq!(r.code, 0, "{id} on examples/ (21.22.1 code): {}", r.stdout);
    }
    let fix = run(d.path(), &["--fix", "--unsafe-fixes", "."]);
    assert!(fix.code == 0 || fix.code == 1, "{}", fix.stderr);
    let after = run(d.path(), &["--diff", "--unsafe-fixes", "."]);
    assert!(
        after.stdout.is_empty(),
        "a second run still changes code:\n{}",
        after.stdout
    );
}

#[cfg(unix)]
#[test]
fn unreadable_read_only_and_symlink_loops() {
    use std::os::unix::fs::PermissionsExt;
    let d = tree(&[("ro.py", SG_RULE), ("sub/ok.py", "x = 1\n")]);
    std::fs::set_permissions(
        d.path().join("ro.py"),
        std::fs::Permissions::from_mode(0o444),
    )
    .unwrap();
    // A link back up the tree: links are not followed, so the walk cannot loop; its target is
    // walked on its own, so the link is skipped without a word.
    std::os::unix::fs::symlink(d.path(), d.path().join("sub/loop")).unwrap();
    let r = run(d.path(), &["--fix", "."]);
    assert!(
        r.stderr
            .contains("ro.py: not written: the file is read-only"),
        "{}",
        r.stderr
    );
    assert_eq!(read(d.path(), "ro.py"), SG_RULE);
    assert!(!r.stderr.contains("loop"), "{}", r.stderr);
    assert_eq!(r.code, 2);
    // Unreadable directory (skipped when running as root, which can read anything).
    let locked = d.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("a.py"), SG_RULE).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&locked).is_err() {
        let r = run(d.path(), &["."]);
        assert_eq!(r.code, 2, "{}", r.stderr);
    }
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
}

const APP: &str = "from cdktf import App\nfrom cdktf_cdktf_provider_aws.provider import AwsProvider\n\napp = App()\nAwsProvider(app, \"aws\")\napp.synth()\n";

#[test]
fn missing_cdktf_json_is_created_once_shown_as_a_new_file_and_never_overwritten() {
    // Two apps in one directory want the same cdktf.json: it is created for the first only.
    let d = tree(&[("a_main.py", APP), ("b_other.py", APP)]);
    let _ = Command::new("git")
        .args(["init", "-q"])
        .current_dir(d.path())
        .status();
    let r = run(d.path(), &["--diff", "."]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("--- /dev/null\n+++ b/cdktf.json\n"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.matches("+++ b/cdktf.json").count(), 1);
    assert!(r.stdout.contains("\"app\": \"python3 a_main.py\""));
    assert!(r.stderr.contains("another file of this run created it"));
    assert!(!d.path().join("cdktf.json").exists(), "--diff wrote a file");
    // The diff is a patch git applies as a new file.
    let patch = d.path().join("p.diff");
    std::fs::write(&patch, &r.stdout).unwrap();
    let git = Command::new("git")
        .args(["apply", "--check", "p.diff"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(
        git.status.success(),
        "{}",
        String::from_utf8_lossy(&git.stderr)
    );
    std::fs::remove_file(&patch).unwrap();

    let r = run(d.path(), &["--fix", "."]);
    let json: serde_json::Value = serde_json::from_str(&read(d.path(), "cdktf.json")).unwrap();
    assert_eq!(json["app"], "python3 a_main.py", "{}", r.stderr);
    // The prebuilt provider package is its own binding: nothing for `cdktf get` to generate.
    assert_eq!(json["terraformProviders"], serde_json::json!([]));
    let again = run(d.path(), &["--diff", "."]);
    assert_eq!(again.code, 0, "{}{}", again.stdout, again.stderr);
    assert!(again.stdout.is_empty());

    // A cdktf.json that appears between the look and the write is not overwritten.
    let e = tree(&[("main.py", APP)]);
    let r = run(e.path(), &["--format", "json", "."]);
    assert!(r.stdout.contains("\"creates\""), "{}", r.stdout);
    std::fs::write(e.path().join("cdktf.json"), "{}\n").unwrap();
    let r = run(e.path(), &["--fix", "."]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(read(e.path(), "cdktf.json"), "{}\n");
}

#[test]
fn projects_on_another_provider_major_skip_schema_codemods_with_one_note() {
    let wrong = "from cdktf_cdktf_provider_aws import AwsProvider\n\nAwsProvider(stack, \"aws\")\n";
    let old = tree(&[
        ("requirements.txt", "cdktf-cdktf-provider-aws==18.3.0\n"),
        ("a.py", wrong),
        ("b.py", wrong),
    ]);
    let r = run(old.path(), &["."]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.matches("note: ").count(), 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("pins cdktf-cdktf-provider-aws 18.3.0")
            && r.stderr.contains("no index matches")
            && r.stderr.contains("CDK040"),
        "{}",
        r.stderr
    );
    let r = run(old.path(), &["--format", "json", "."]);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(json["notes"].as_array().map(Vec::len), Some(1));

    // The same files on an embedded major are checked, with a note naming the index used for
    // a release that has none of its own, and none for a release that has.
    let current = tree(&[
        ("requirements.txt", "cdktf-cdktf-provider-aws==21.3.0\n"),
        ("a.py", wrong),
    ]);
    let r = run(current.path(), &["."]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.contains("CDK040"), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("pins cdktf-cdktf-provider-aws 21.3.0; checked against the 21.22.1 index"),
        "{}",
        r.stderr
    );
    let exact = tree(&[
        ("requirements.txt", "cdktf-cdktf-provider-aws==21.22.1\n"),
        ("a.py", wrong),
    ]);
    let r = run(exact.path(), &["."]);
    assert!(r.stdout.contains("CDK040"), "{}", r.stdout);
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
    // A hashicorp/aws version given by flag is matched by its major the same way.
    let r = run(
        current.path(),
        &["--aws-provider-version", "5.80.0", "a.py"],
    );
    assert!(
        r.stdout.contains("CDK040"),
        "a pinned package wins over the flag: {}",
        r.stdout
    );
    // cdktf.json's terraformProviders names what `cdktf get` builds bindings from, not the
    // prebuilt package the file imports: it does not switch the schema codemods off (it did,
    // and cost realistic stacks their synth fix).
    let gets = tree(&[
        (
            "cdktf.json",
            "{\"language\": \"python\", \"terraformProviders\": [\"aws@~> 5.0\"]}\n",
        ),
        ("a.py", wrong),
    ]);
    let r = run(gets.path(), &["."]);
    assert!(r.stdout.contains("CDK040"), "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.matches("note: ").count(), 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("no pin of cdktf-cdktf-provider-aws found")
            && r.stderr.contains("cdktf-cdktf-provider-aws 21.22.1"),
        "{}",
        r.stderr
    );
    // A hashicorp/aws major chooses the newest index that binds it (5.x: 20.1.0); one that no
    // index binds skips.
    let bare = tree(&[("a.py", wrong)]);
    let r = run(bare.path(), &["--aws-provider-version", "5.80.0", "."]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("CDK040"), "{}", r.stdout);
    let r = run(bare.path(), &["--aws-provider-version", "4.67.0", "."]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("targets hashicorp/aws 4.67.0"),
        "{}",
        r.stderr
    );
}

/// The prebuilt package's pin chooses the provider index, in every form people write it, for
/// a file named by path, a directory, or a subdirectory of the project. `Eip(vpc=True)` tells
/// which index judged the file: hashicorp/aws 5.x (packages 19.x, 20.x) takes `vpc`, 6.x
/// (21.x, cdktn 23.x-25.x) does not; CDK Terrain's S3Backend takes `use_lockfile` from cdktn
/// 0.23 (package 24.x) on.
#[test]
fn the_pinned_package_chooses_the_provider_index() {
    let cdktf_eip =
        "from cdktf_cdktf_provider_aws.eip import Eip\n\nEip(stack, \"ip\", vpc=True)\n";
    let cdktn_backend = "from cdktn import S3Backend\nfrom cdktn_provider_aws.eip import Eip\n\nS3Backend(stack, bucket=\"b\", key=\"k\", use_lockfile=True)\nEip(stack, \"ip\", domain=\"vpc\")\n";
    let pipfile_lock = |pkg: &str, v: &str| {
        format!(
            "{{\"_meta\": {{}}, \"default\": {{\"{pkg}\": {{\"hashes\": [\"sha256:0\"],\n\"version\": \"=={v}\"}}}}, \"develop\": {{}}}}\n"
        )
    };
    let lock = |pkg: &str, v: &str| format!("[[package]]\nname = \"{pkg}\"\nversion = \"{v}\"\n");
    // (dependency file, its text, code, whether CDK041 (unknown keyword) is expected)
    let cases: Vec<(&str, String, &str, bool)> = vec![
        (
            "requirements.txt",
            "cdktf-cdktf-provider-aws==19.65.1\n".into(),
            cdktf_eip,
            false,
        ),
        (
            "requirements.txt",
            "cdktf-cdktf-provider-aws>=21.0,<22\n".into(),
            cdktf_eip,
            true,
        ),
        (
            "Pipfile",
            "[packages]\ncdktf-cdktf-provider-aws = \"~=19.51.0\"\n".into(),
            cdktf_eip,
            false,
        ),
        (
            "pyproject.toml",
            "[tool.poetry.dependencies]\ncdktf-cdktf-provider-aws = \"^19.30.0\"\n".into(),
            cdktf_eip,
            false,
        ),
        (
            "pyproject.toml",
            "[project]\ndependencies = [\"cdktf-cdktf-provider-aws~=20.0\"]\n".into(),
            cdktf_eip,
            false,
        ),
        (
            "poetry.lock",
            lock("cdktf-cdktf-provider-aws", "21.9.0"),
            cdktf_eip,
            true,
        ),
        (
            "uv.lock",
            lock("cdktf_cdktf_provider_aws", "20.1.0"),
            cdktf_eip,
            false,
        ),
        (
            "Pipfile.lock",
            pipfile_lock("cdktf-cdktf-provider-aws", "19.40.0"),
            cdktf_eip,
            false,
        ),
        (
            "requirements.txt",
            "cdktn-provider-aws==25.8.1\n".into(),
            cdktn_backend,
            false,
        ),
        (
            "requirements.txt",
            "cdktn-provider-aws==23.2.0\n".into(),
            cdktn_backend,
            true,
        ),
        (
            "pyproject.toml",
            "[project]\ndependencies = [\"cdktn-provider-aws>=24.1\"]\n".into(),
            cdktn_backend,
            false,
        ),
        (
            "poetry.lock",
            lock("cdktn-provider-aws", "23.10.1"),
            cdktn_backend,
            true,
        ),
    ];
    for (file, text, code, flagged) in cases {
        let d = tree(&[(file, text.as_str()), ("app/stacks/stack.py", code)]);
        for target in [".", "app", "app/stacks", "app/stacks/stack.py"] {
            let r = run(d.path(), &["--select", "unknown-keyword", target]);
            assert_eq!(
                r.stdout.contains("CDK041"),
                flagged,
                "{file} {text:?}, run on {target}: {}{}",
                r.stdout,
                r.stderr
            );
            assert_eq!(r.code, i32::from(flagged), "{}{}", r.stdout, r.stderr);
        }
    }
    // The lock wins over the manifest beside it: it says what is installed.
    let d = tree(&[
        (
            "pyproject.toml",
            "[project]\ndependencies = [\"cdktf-cdktf-provider-aws>=19\"]\n",
        ),
        ("poetry.lock", &lock("cdktf-cdktf-provider-aws", "21.22.1")),
        ("stack.py", cdktf_eip),
    ]);
    let r = run(d.path(), &["--select", "unknown-keyword", "."]);
    assert!(r.stdout.contains("CDK041"), "{}{}", r.stdout, r.stderr);
    assert!(
        !r.stderr.contains("note:"),
        "an exact pin needs no note: {}",
        r.stderr
    );
    // Unpinned, a CDK Terrain file is judged by the newest CDK Terrain index, and says so.
    let d = tree(&[("stack.py", cdktn_backend)]);
    let r = run(d.path(), &["--select", "unknown-keyword", "."]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains("no pin of cdktn-provider-aws found")
            && r.stderr.contains("cdktn-provider-aws 25.8.1"),
        "{}",
        r.stderr
    );
}

/// The migration's target release comes from `--cdktn-target` or config `cdktn-target`; one
/// the version map has no table for is refused before anything runs.
#[test]
fn the_cdktn_target_chooses_the_version_map() {
    let pins = "cdktf==0.21.0\ncdktf-cdktf-provider-aws==21.22.1\nconstructs==10.8.1\n";
    let migrate = [
        "--select",
        "cdktn-migration",
        "--fix",
        "--unsafe-fixes",
        ".",
    ];
    let d = tree(&[("requirements.txt", pins)]);
    let r = run(d.path(), &migrate);
    assert_eq!(r.code, 0, "{} {}", r.stdout, r.stderr);
    assert_eq!(
        read(d.path(), "requirements.txt"),
        "cdktn==0.24.0\ncdktn-provider-aws==25.8.1\nconstructs==10.7.2\n"
    );
    let d = tree(&[("requirements.txt", pins)]);
    let r = run(
        d.path(),
        &[&["--cdktn-target", "0.22"][..], &migrate].concat(),
    );
    assert_eq!(r.code, 0, "{} {}", r.stdout, r.stderr);
    assert_eq!(
        read(d.path(), "requirements.txt"),
        "cdktn==0.22.1\ncdktn-provider-aws==23.0.0\nconstructs==10.8.1\n"
    );
    let d = tree(&[
        ("requirements.txt", pins),
        ("cdktf-fix.toml", "cdktn-target = \"0.23\"\n"),
    ]);
    let r = run_configured(d.path(), &migrate);
    assert_eq!(r.code, 0, "{} {}", r.stdout, r.stderr);
    assert_eq!(
        read(d.path(), "requirements.txt"),
        "cdktn==0.23.4\ncdktn-provider-aws==24.12.0\nconstructs==10.8.1\n"
    );
    let d = tree(&[("requirements.txt", pins)]);
    let r = run(
        d.path(),
        &[&["--cdktn-target", "0.21"][..], &migrate].concat(),
    );
    assert_eq!(r.code, 2, "{} {}", r.stdout, r.stderr);
    assert!(
        r.stderr
            .contains("cdktn-target 0.21: the migration targets CDK Terrain 0.22, 0.23, 0.24"),
        "{}",
        r.stderr
    );
    assert_eq!(read(d.path(), "requirements.txt"), pins);
}

/// Text codemods are opt-in: a default run neither reads nor reports dependency files, and
/// `--select cdktn-migration` picks them up.
#[test]
fn text_files_are_read_only_when_a_selected_codemod_wants_them() {
    let d = tree(&[
        ("requirements.txt", "cdktf==0.21.0\n"),
        ("main.py", "import os\nprint(os.sep)\n"),
    ]);
    let r = run(d.path(), &["--format", "json", "."]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["summary"]["files_checked"], 1, "{}", r.stdout);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let r = run(
        d.path(),
        &[
            "--select",
            "cdktn-migration",
            "--fix",
            "--unsafe-fixes",
            ".",
        ],
    );
    assert_eq!(r.code, 0, "{} {}", r.stdout, r.stderr);
    assert_eq!(read(d.path(), "requirements.txt"), "cdktn==0.24.0\n");
    // Named on the command line, a text file nobody selected is skipped with a warning.
    let r = run(d.path(), &["requirements.txt"]);
    assert!(r.stderr.contains("skipped"), "{}", r.stderr);
}

#[test]
fn timings_say_where_the_time_goes() {
    let d = tree(&[("stack.py", SG_RULE), ("cdktf.json", "{}\n")]);
    let r = run(d.path(), &["--timings", "."]);
    for stage in [
        "read",
        "prefilter",
        "parse",
        "match",
        "fix",
        "verify",
        "write",
    ] {
        assert!(
            r.stderr.contains(&format!("  {stage} ")),
            "{stage}: {}",
            r.stderr
        );
    }
    assert!(
        r.stderr.contains("standalone-security-group-rule"),
        "{}",
        r.stderr
    );
    assert!(!run(d.path(), &["."]).stderr.contains("timings:"));
}

#[test]
fn terraform_modules_on_another_aws_major_skip_hcl_schema_codemods_with_one_note() {
    let versions = |v: &str| {
        format!(
            "terraform {{\n  required_providers {{\n    aws = {{\n      source  = \"hashicorp/aws\"\n      version = \"{v}\"\n    }}\n  }}\n}}\n"
        )
    };
    // Unknown under 5.100.0 (`region` is an aws 6 argument) and a missing required argument.
    let main = "resource \"aws_s3_bucket\" \"a\" {\n  region = \"eu-west-1\"\n}\n\nresource \"aws_iam_role\" \"b\" {\n  name = \"b\"\n}\n";
    // A 6.x constraint is judged by the newest embedded 6.x schema it admits: `region` is
    // valid there, the missing `assume_role_policy` is not.
    let six = tree(&[("versions.tf", &versions("~> 6.0")), ("main.tf", main)]);
    let r = run(six.path(), &["--select", "hcl", "."]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("TF017") && r.stdout.contains("hashicorp/aws 6.69.1"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("TF014"), "{}", r.stdout);
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
    // A constraint no embedded schema satisfies: skipped, with one note.
    let between = tree(&[("versions.tf", &versions("~> 6.44.0")), ("main.tf", main)]);
    let r = run(between.path(), &["--select", "hcl", "."]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.matches("note: ").count(), 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("versions.tf requires hashicorp/aws ~> 6.44.0")
            && r.stderr.contains("TF014, TF017 skip this module"),
        "{}",
        r.stderr
    );
    // A lock file outranks the constraint, and the flag outranks the lock file.
    let lock = "provider \"registry.terraform.io/hashicorp/aws\" {\n  version     = \"6.40.1\"\n  constraints = \">= 5.0\"\n}\n";
    let locked = tree(&[
        ("versions.tf", &versions(">= 5.0")),
        (".terraform.lock.hcl", lock),
        ("main.tf", main),
    ]);
    let r = run(locked.path(), &["--select", "tf-unsupported-argument", "."]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let r = run(
        locked.path(),
        &[
            "--select",
            "tf-missing-required-argument",
            "--aws-provider-version",
            "6.2.0",
            ".",
        ],
    );
    assert!(
        r.stdout.contains("hashicorp/aws 6.25.0")
            && r.stdout.contains("6.2.0 from --aws-provider-version"),
        "{}",
        r.stdout
    );
    let r = run(
        locked.path(),
        &["--select", "tf-missing-required-argument", "."],
    );
    assert!(
        r.stdout.contains("hashicorp/aws 6.69.1") && r.stdout.contains(".terraform.lock.hcl"),
        "{}",
        r.stdout
    );
    let seven = tree(&[("versions.tf", &versions(">= 7.0")), ("main.tf", main)]);
    let r = run(seven.path(), &["--select", "hcl", "--format", "json", "."]);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let notes = json["notes"].as_array().cloned().unwrap_or_default();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0]
            .as_str()
            .unwrap_or("")
            .contains("TF014, TF015, TF017")
    );
    // On 5.x the same module is judged, with no note.
    let five = tree(&[("versions.tf", &versions("~> 5.0")), ("main.tf", main)]);
    let r = run(five.path(), &["--select", "hcl", "."]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.contains("TF014") && r.stdout.contains("TF017"),
        "{}",
        r.stdout
    );
    assert!(!r.stderr.contains("note:"), "{}", r.stderr);
}
