//! Every HCL golden output must already be `terraform fmt`-clean: our fixes promise to keep the
//! file formatted (aligned `=`, indentation), so running `terraform fmt` after `cdktf-fix --fix`
//! must change nothing. Needs `terraform` on PATH; without it the test prints a note and passes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn expected_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            expected_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "tf")
            && p.components().any(|c| {
                let s = c.as_os_str().to_string_lossy();
                s == "expected" || s == "expected.tf"
            })
        {
            out.push(p);
        }
    }
}

/// `terraform fmt -` reads stdin and prints the formatted text.
fn terraform_fmt(text: &str) -> Option<String> {
    let mut child = Command::new("terraform")
        .args(["fmt", "-no-color", "-"])
        .env("TF_CLI_CONFIG_FILE", "/dev/null")
        .env("CHECKPOINT_DISABLE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(text.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn hcl_expected_outputs_are_terraform_fmt_clean() {
    if Command::new("terraform")
        .arg("version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_err()
    {
        println!("note: terraform is not on PATH; skipping the terraform fmt check");
        return;
    }
    let mut files = Vec::new();
    expected_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("golden"),
        &mut files,
    );
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        match terraform_fmt(&text) {
            None => failures.push(format!("{}: terraform fmt failed", f.display())),
            Some(formatted) if formatted != text => failures.push(format!(
                "{}: not terraform fmt-clean\n{}",
                f.display(),
                similar::TextDiff::from_lines(&text, &formatted)
                    .unified_diff()
                    .header("expected", "terraform fmt")
            )),
            Some(_) => {}
        }
    }
    println!(
        "{} HCL expected outputs checked with terraform fmt",
        files.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
