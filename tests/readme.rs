//! README's codemod table must match the specs it is generated from.

#[test]
fn readme_codemod_table_is_up_to_date() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- codemods:start -->\n")
        .expect("start marker")
        + "<!-- codemods:start -->\n".len();
    let end = readme.find("<!-- codemods:end -->").expect("end marker");
    let specs = cdktf_fix::engine::spec::builtin().expect("specs load");
    let table = cdktf_fix::cli::markdown_table(&specs);
    assert_eq!(
        &readme[start..end],
        table,
        "README codemod table is stale: regenerate with `cargo run -- --list --format markdown`"
    );
}

#[test]
fn readme_has_no_merge_leftovers() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (i, line) in readme.lines().enumerate() {
        assert!(
            !(line.starts_with("<<<<<<< ") || line.starts_with(">>>>>>> ") || line == "======="),
            "README.md:{}: merge conflict marker",
            i + 1
        );
    }
}
