//! A bot runs `cdktf-fix --fix .` on pull requests from strangers: the checkout may be hostile.
//! Each test is one way a checkout tried to make the tool write outside the tree, hang, eat
//! memory, hide a file it did not check, or lose what a rewrite should keep.

#![cfg(unix)]

use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

mod common;
use common::{bin, json, read, run, tree};

const UNUSED: &str = "import os\nfrom cdktf import App\n\nApp()\n";
const ARN: &str = "resource \"aws_iam_role_policy_attachment\" \"a\" {\n  role       = \"r\"\n  policy_arn = \"arn:aws:iam::aws:policy/A\"\n}\n";

#[test]
fn links_out_of_the_tree_are_neither_read_nor_written() {
    let outside = tree(&[
        ("victim.py", UNUSED),
        ("pkg/a.py", UNUSED),
        ("pkg/b.py", UNUSED),
    ]);
    let d = tree(&[("cdktf.json", "{}\n"), ("lib/own.py", UNUSED)]);
    symlink(
        outside.path().join("victim.py"),
        d.path().join("lib/stack.py"),
    )
    .unwrap();
    symlink(outside.path().join("pkg"), d.path().join("sys")).unwrap();
    let r = run(d.path(), &["--fix", "."]);
    assert_eq!(
        read(outside.path(), "victim.py"),
        UNUSED,
        "a file outside the tree was rewritten"
    );
    assert_eq!(read(outside.path(), "pkg/a.py"), UNUSED);
    assert!(
        !read(d.path(), "lib/own.py").contains("import os"),
        "the tree's own file is fixed"
    );
    // Each link is reported once, and nothing of the outside reaches the output.
    assert_eq!(
        r.stderr
            .matches("lib/stack.py: skipped: a symbolic link")
            .count(),
        1,
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr.matches("sys: skipped: a symbolic link").count(),
        1,
        "{}",
        r.stderr
    );
    let diff = run(d.path(), &["--diff", "--format", "json", "."]);
    assert!(
        !diff.stdout.contains("victim") && !diff.stdout.contains("pkg/"),
        "{}",
        diff.stdout
    );
    // A missing cdktf.json is never created in a linked directory outside the tree.
    let app = "from cdktf import App\napp = App()\napp.synth()\n";
    let other = tree(&[("main.py", app)]);
    let d = tree(&[]);
    symlink(other.path(), d.path().join("app")).unwrap();
    let r = run(d.path(), &["--fix", "."]);
    assert!(!other.path().join("cdktf.json").exists(), "{}", r.stderr);
    // Named explicitly, a link out of its directory is refused too.
    let r = run(d.path(), &["--fix", "app/main.py"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!other.path().join("cdktf.json").exists());
}

/// Run with a deadline: a hang is a failure, not a stuck test suite.
fn run_within(dir: &Path, args: &[&str], limit: Duration) -> (i32, String, String) {
    let mut child = bin(true)
        .current_dir(dir)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = child.wait_with_output().unwrap();
            return (
                status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            );
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("cdktf-fix {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

#[test]
fn special_files_neither_hang_nor_grow_memory() {
    let d = tree(&[("cdktf.json", "{}\n"), ("m/main.tf", ARN)]);
    // Module siblings and stacks that point at endless or blocking files.
    symlink("/dev/zero", d.path().join("m/zero.tf")).unwrap();
    if Path::new("/proc/self/pagemap").exists() {
        symlink("/proc/self/pagemap", d.path().join("stack.py")).unwrap();
    }
    mkfifo(&d.path().join("fifo.py"));
    mkfifo(&d.path().join("m/fifo.tf"));
    let limit = Duration::from_secs(20);
    let (code, _, stderr) = run_within(d.path(), &["--diff", "--unsafe-fixes", "."], limit);
    // The walked FIFOs are files that could not be checked: exit 2, each named.
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("fifo.py: not checked: not a regular file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("m/fifo.tf: not checked: not a regular file"),
        "{stderr}"
    );
    // Named on the command line, a FIFO or device is an error as well, at once.
    for name in ["fifo.py", "/dev/zero"] {
        let (code, _, stderr) = run_within(d.path(), &[name], limit);
        assert_eq!(code, 2, "{name}: {stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
    }
    // The module file alone (as pre-commit names it) reads its siblings safely too.
    let (code, stdout, stderr) =
        run_within(d.path(), &["--diff", "--unsafe-fixes", "m/main.tf"], limit);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout.contains("+data \"aws_partition\" \"current\" {}"),
        "{stdout}"
    );
}

#[test]
fn unchecked_files_fail_the_run_and_dangling_links_do_not() {
    let d = tree(&[
        ("cdktf.json", "{}\n"),
        ("ok.py", "from cdktf import App\n\nApp()\n"),
    ]);
    // A dangling link (a moved virtualenv) loses nothing.
    symlink("/nonexistent/python3", d.path().join("python.py")).unwrap();
    symlink("/nonexistent/venv", d.path().join("env")).unwrap();
    let r = run(d.path(), &["."]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stderr.matches("skipped").count(), 0, "{}", r.stderr);
    // Over the size limit: not checked, exit 2, and not counted as checked.
    std::fs::write(d.path().join("big.py"), "x = 1\n".repeat(100)).unwrap();
    let r = run(
        d.path(),
        &["--max-file-size", "100", "--format", "json", "."],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    let report = json(&r.stdout);
    assert_eq!(report["summary"]["files_checked"], 1, "{}", r.stdout);
    assert_eq!(report["errors"][0]["fatal"], true);
    assert_eq!(
        run(
            d.path(),
            &["--max-file-size", "100", "--allow-unchecked", "."]
        )
        .code,
        0
    );
}

#[test]
fn a_file_that_could_not_be_created_is_not_reported_as_fixed() {
    let app = "from cdktf import App\napp = App()\napp.synth()\n";
    let d = tree(&[("app/main.py", app)]);
    let _ = Command::new("git")
        .args(["init", "-q"])
        .current_dir(d.path())
        .status();
    // The directory cannot take a new file.
    std::fs::set_permissions(d.path().join("app"), std::fs::Permissions::from_mode(0o555)).unwrap();
    let can_write = std::fs::write(d.path().join("app/probe"), "x").is_ok();
    let _ = std::fs::remove_file(d.path().join("app/probe"));
    let r = run(
        d.path(),
        &["--fix", "--format", "json", "--pr-body", "body.md", "."],
    );
    std::fs::set_permissions(d.path().join("app"), std::fs::Permissions::from_mode(0o755)).unwrap();
    if can_write {
        // root writes anyway; make the path exist instead, so creation must refuse.
        let d = tree(&[("app/main.py", app)]);
        let _ = Command::new("git")
            .args(["init", "-q"])
            .current_dir(d.path())
            .status();
        std::fs::create_dir(d.path().join("app/cdktf.json")).unwrap();
        let r = run(
            d.path(),
            &["--fix", "--format", "json", "--pr-body", "body.md", "."],
        );
        assert_not_fixed(&r.stdout, &read(d.path(), "body.md"));
        return;
    }
    assert_not_fixed(&r.stdout, &read(d.path(), "body.md"));
}

fn assert_not_fixed(stdout: &str, body: &str) {
    let report = json(stdout);
    assert_eq!(report["summary"]["fixed"], 0, "{stdout}");
    assert!(report["applied"].as_array().unwrap().is_empty(), "{stdout}");
    assert!(!body.contains("CDK032"), "{body}");
}

#[test]
fn rewrites_keep_owner_group_and_links() {
    let d = tree(&[("cdktf.json", "{}\n"), ("a.py", UNUSED), ("b.py", UNUSED)]);
    let a = d.path().join("a.py");
    // Owner and group: a root CI run must not hand the file to root (or copy a setuid bit).
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        std::os::unix::fs::chown(&a, Some(1234), Some(2345)).unwrap();
        std::fs::set_permissions(&a, std::fs::Permissions::from_mode(0o4755)).unwrap();
    }
    // A hard-linked file is refused, not split into two.
    std::fs::hard_link(d.path().join("b.py"), d.path().join("b2.py")).unwrap();
    let r = run(d.path(), &["--fix", "."]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("b.py: not written: the file has 2 hard links"),
        "{}",
        r.stderr
    );
    assert_eq!(read(d.path(), "b.py"), UNUSED);
    assert_eq!(
        std::fs::metadata(d.path().join("b.py")).unwrap().ino(),
        std::fs::metadata(d.path().join("b2.py")).unwrap().ino()
    );
    assert!(!read(d.path(), "a.py").contains("import os"));
    let meta = std::fs::metadata(&a).unwrap();
    if root {
        assert_eq!((meta.uid(), meta.gid()), (1234, 2345));
        assert_eq!(
            meta.mode() & 0o7777,
            0o4755,
            "setuid kept for the same owner only"
        );
    } else {
        eprintln!("SKIP owner/group part: needs root to give files another owner");
    }
    // A created cdktf.json gets the umask mode, not a temp file's 0600.
    let app = "from cdktf import App\napp = App()\napp.synth()\n";
    let d = tree(&[("main.py", app)]);
    let _ = Command::new("git")
        .args(["init", "-q"])
        .current_dir(d.path())
        .status();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 027 && exec {} --isolated --fix .",
            common::bin_path().display()
        ))
        .current_dir(d.path())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    let mode = std::fs::metadata(d.path().join("cdktf.json"))
        .unwrap()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn an_interrupted_fix_leaves_no_temp_files() {
    // A tree big enough that --fix takes a while; interrupt it at different moments.
    let mut files: Vec<(String, String)> = Vec::new();
    for i in 0..200 {
        files.push((
            format!("s{i:03}.py"),
            format!("{UNUSED}{}", "x = 1\n".repeat(400)),
        ));
    }
    files.push(("cdktf.json".into(), "{}\n".into()));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    // Writes come last: measure a whole run, then interrupt it late, where they happen.
    let probe = tree(&refs);
    let start = Instant::now();
    let _ = run(probe.path(), &["--fix", "."]);
    let whole = start.elapsed().as_millis() as u64;
    for (k, percent) in [70u64, 90, 95, 98, 99].into_iter().enumerate() {
        let delay = whole * percent / 100;
        let d = tree(&refs);
        let mut child = bin(true)
            .current_dir(d.path())
            .args(["--fix", "."])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let signal = if k % 2 == 0 {
            libc::SIGTERM
        } else {
            libc::SIGINT
        };
        unsafe { libc::kill(child.id() as libc::pid_t, signal) };
        let _ = child.wait();
        let leftovers: Vec<String> = std::fs::read_dir(d.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".cdktf-fix-"))
            .collect();
        assert!(leftovers.is_empty(), "after {delay} ms: {leftovers:?}");
        // Every file is either the original or fully fixed, never half-written.
        for (name, text) in &files {
            let now = read(d.path(), name);
            assert!(
                now == *text || !now.contains("import os"),
                "{name} half-written"
            );
        }
    }
}

#[test]
fn every_diff_applies_whatever_the_names_and_line_ends() {
    use std::os::unix::ffi::OsStrExt;
    let d = tree(&[("cdktf.json", "{}\n")]);
    let _ = Command::new("git")
        .args(["init", "-q"])
        .current_dir(d.path())
        .status();
    // A bare CR at the end of one file must not glue the next file's header onto it.
    std::fs::write(
        d.path().join("a_cr.py"),
        "import os\nfrom cdktf import App\nApp()\r",
    )
    .unwrap();
    let names: Vec<&[u8]> = vec![
        b"tab\there.py",
        b"new\nline.py",
        b"back\\slash.py",
        b"quote\".py",
        b"caf\xc3\xa9.py",
        b"latin\xe9.py",
    ];
    for n in &names {
        std::fs::write(d.path().join(std::ffi::OsStr::from_bytes(n)), UNUSED).unwrap();
    }
    let r = run(d.path(), &["--diff", "."]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.contains("--- \"a/tab\\there.py\""), "{}", r.stdout);
    assert!(r.stdout.contains("--- \"a/latin\\351.py\""), "{}", r.stdout);
    assert!(
        r.stdout.contains("\\ No newline at end of file\n--- "),
        "{}",
        r.stdout
    );
    common::git_applies(d.path(), &r.stdout, &[]).unwrap_or_else(|e| panic!("{e}\n{}", r.stdout));
    assert_eq!(r.stdout.matches("+++ ").count(), names.len() + 1);
}

mod random_trees {
    //! Random checkouts made of stacks, links (into the tree, out of it, dangling, looping) and
    //! special files: whatever the mix, the run ends in time, never touches the outside, and
    //! leaves no temp file.
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    enum Entry {
        Stack,
        LinkOut,
        LinkIn,
        LinkDirOut,
        Dangling,
        Loop,
        Fifo,
        DevZero,
    }

    fn entry() -> impl Strategy<Value = Entry> {
        prop_oneof![
            3 => Just(Entry::Stack),
            1 => Just(Entry::LinkOut),
            1 => Just(Entry::LinkIn),
            1 => Just(Entry::LinkDirOut),
            1 => Just(Entry::Dangling),
            1 => Just(Entry::Loop),
            1 => Just(Entry::Fifo),
            1 => Just(Entry::DevZero),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig {
        // PROPTEST_CASES raises it for a long run.
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(24),
        ..ProptestConfig::default()
    })]
        #[test]
        fn hostile_trees_keep_the_guarantees(entries in proptest::collection::vec(entry(), 1..10), ext in prop_oneof![Just("py"), Just("tf")]) {
            let outside = tree(&[("victim.py", UNUSED), ("victim.tf", ARN), ("pkg/x.py", UNUSED)]);
            let d = tree(&[("cdktf.json", "{}\n")]);
            std::fs::create_dir_all(d.path().join("sub")).unwrap();
            for (i, e) in entries.iter().enumerate() {
                let p = d.path().join(format!("sub/f{i}.{ext}"));
                match e {
                    Entry::Stack => std::fs::write(&p, if ext == "py" { UNUSED } else { ARN }).unwrap(),
                    Entry::LinkOut => symlink(outside.path().join(format!("victim.{ext}")), &p).unwrap(),
                    Entry::LinkIn => symlink(d.path().join("cdktf.json"), &p).unwrap(),
                    Entry::LinkDirOut => symlink(outside.path().join("pkg"), d.path().join(format!("sub/d{i}"))).unwrap(),
                    Entry::Dangling => symlink("/nonexistent/x", &p).unwrap(),
                    Entry::Loop => symlink(d.path(), d.path().join(format!("sub/loop{i}"))).unwrap(),
                    Entry::Fifo => mkfifo(&p),
                    Entry::DevZero => symlink("/dev/zero", &p).unwrap(),
                }
            }
            let (code, _, stderr) = run_within(d.path(), &["--fix", "--unsafe-fixes", "."], Duration::from_secs(20));
            prop_assert!((0..=2).contains(&code), "exit {code}: {stderr}");
            prop_assert!(!stderr.contains("internal error"), "{stderr}");
            prop_assert_eq!(read(outside.path(), "victim.py"), UNUSED);
            prop_assert_eq!(read(outside.path(), "victim.tf"), ARN);
            prop_assert_eq!(read(outside.path(), "pkg/x.py"), UNUSED);
            prop_assert!(!outside.path().join("pkg/cdktf.json").exists());
            let fifo = entries.iter().any(|e| matches!(e, Entry::Fifo));
            prop_assert_eq!(code == 2, fifo, "exit {}: {}", code, stderr);
            for dir in [d.path().to_path_buf(), d.path().join("sub")] {
                let temps = std::fs::read_dir(&dir).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().starts_with(".cdktf-fix-")).count();
                prop_assert_eq!(temps, 0);
            }
        }
    }
}

#[test]
fn a_huge_thread_count_is_capped_at_the_cores() {
    let d = tree(&[("cdktf.json", "{}\n"), ("a.py", UNUSED)]);
    let (code, _, stderr) = run_within(
        d.path(),
        &["--threads", "100000", "--fix", "."],
        Duration::from_secs(10),
    );
    assert_eq!(code, 0, "{stderr}");
}
