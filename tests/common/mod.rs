//! What the CLI test files share: the real binary on temporary trees.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The binary; `--isolated` unless a test is about config files.
pub fn bin(isolated: bool) -> Command {
    let mut c = Command::cargo_bin("cdktf-fix").expect("binary builds");
    if isolated {
        c.arg("--isolated");
    }
    c
}

fn output(mut c: Command, dir: &Path, args: &[&str]) -> Run {
    let out = c.current_dir(dir).args(args).output().expect("runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Run with no config file.
pub fn run(dir: &Path, args: &[&str]) -> Run {
    output(bin(true), dir, args)
}

/// Run as a user would, with the tree's config files.
pub fn run_configured(dir: &Path, args: &[&str]) -> Run {
    output(bin(false), dir, args)
}

pub fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path(), files);
    dir
}

pub fn write_tree(root: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

pub fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

pub fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

/// Whether `git apply --check` (run in `dir`, with `extra` flags) accepts the patch.
pub fn git_applies(dir: &Path, patch: &str, extra: &[&str]) -> Result<(), String> {
    let p = std::env::temp_dir().join(format!("cdktf-fix-test-{}.diff", std::process::id()));
    std::fs::write(&p, patch).unwrap();
    let out = Command::new("git")
        .args(["apply", "--check"])
        .args(extra)
        .arg(&p)
        .current_dir(dir)
        .output()
        .expect("git runs");
    let _ = std::fs::remove_file(&p);
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// The built binary's path (for tests that start it through a shell).
pub fn bin_path() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("cdktf-fix")
}
