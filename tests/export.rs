//! `--export-ast-grep DIR` writes an ast-grep project with exactly the rules whose findings are
//! their matches; `benches/run.sh` runs it under `ast-grep scan` and compares the counts.

use assert_cmd::Command;

#[test]
fn export_writes_sgconfig_and_the_one_to_one_rules() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("cdktf-fix")
        .unwrap()
        .args(["--isolated", "--export-ast-grep"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "eks-addon-pinned-version",
            "hardcoded-environment-tag",
            "kms-root-wildcard",
            "oidc-thumbprint-hardcoded",
            "s3-mfa-delete"
        ]
    );
    let config = std::fs::read_to_string(dir.path().join("sgconfig.yml")).unwrap();
    assert!(config.contains("ruleDirs:"));
    let mut files: Vec<String> = std::fs::read_dir(dir.path().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let want: Vec<String> = ids.iter().map(|i| format!("{i}.yml")).collect();
    assert_eq!(files, want);
    // Filtered or version-gated codemods are named on stderr with the reason.
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("not exported: s3-backend-use-lockfile: version-gated"));
    assert!(err.contains("not exported: unused-import: the `unused-import` fixer filters"));
}
