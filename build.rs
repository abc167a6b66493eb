// The codemod specs and the provider index are embedded with include_dir!/include_bytes!;
// make cargo rebuild when any file under codemods/ is added or changed. Each codemod's rule page
// (`cdktf-fix rule NAME`) shows a before/after from its golden cases: this picks one case per
// codemod and embeds its two files.
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=codemods");
    println!("cargo:rerun-if-changed=golden");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = String::from("pub static EXAMPLES: &[Example] = &[\n");
    let mut codemods: Vec<_> = std::fs::read_dir(root.join("golden"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    codemods.sort();
    for dir in codemods.iter().filter(|p| p.is_dir()) {
        if let Some((case, input, expected)) = example(dir) {
            let codemod = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let _ = writeln!(
                out,
                "    Example {{ codemod: {codemod:?}, case: {case:?}, file: {:?}, before: include_str!({:?}), after: include_str!({:?}) }},",
                input
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default(),
                input.display().to_string(),
                expected.display().to_string(),
            );
        }
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("examples.rs");
    std::fs::write(dest, out).expect("write examples.rs");
}

/// The first single-file case that changes its input, preferring plain cases over `edge-` ones
/// (`negative-` cases change nothing).
fn example(codemod: &Path) -> Option<(String, std::path::PathBuf, std::path::PathBuf)> {
    let mut cases: Vec<_> = std::fs::read_dir(codemod)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    cases.sort_by_key(|c| {
        let name = c
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        (name.starts_with("edge-"), name)
    });
    cases.into_iter().find_map(|case| {
        let name = case.file_name()?.to_str()?.to_string();
        if name.starts_with("negative-") {
            return None;
        }
        if case.join("input").is_dir() {
            return changed_file(&case.join("input"), &case.join("expected"))
                .map(|(i, e)| (name, i, e));
        }
        let files: Vec<_> = std::fs::read_dir(&case)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .collect();
        let input = files
            .iter()
            .find(|f| f.is_file() && f.file_stem().and_then(|s| s.to_str()) == Some("input"))?;
        let expected = files.iter().find(|f| {
            f.is_file()
                && f.file_stem().and_then(|s| s.to_str()) == Some("expected")
                && f.extension() == input.extension()
        })?;
        Some((name, input.clone(), expected.clone()))
    })
}

/// The first file (in path order) of a directory case that the fix changes.
fn changed_file(input: &Path, expected: &Path) -> Option<(std::path::PathBuf, std::path::PathBuf)> {
    let mut files: Vec<_> = std::fs::read_dir(input)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files.into_iter().find_map(|f| {
        if f.is_dir() {
            return changed_file(&f, &expected.join(f.file_name()?));
        }
        let e = expected.join(f.file_name()?);
        let changed = std::fs::read(&f).ok()? != std::fs::read(&e).ok()?;
        changed.then_some((f, e))
    })
}
