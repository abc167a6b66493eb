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

/// docs/rules/ holds exactly the page `cdktf-fix rule` prints for each codemod, and its index.
#[test]
fn rule_pages_are_up_to_date() {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules"));
    let specs = cdktf_fix::engine::spec::builtin().expect("specs load");
    let hint = "regenerate with `cargo run -- rule --all --output-dir docs/rules`";
    let mut want: Vec<String> = vec!["README.md".into()];
    for c in &specs {
        let name = format!("{}.md", c.id);
        let on_disk = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
        assert_eq!(
            on_disk,
            cdktf_fix::cli::rule_page(c),
            "docs/rules/{name} is stale: {hint}"
        );
        let message = on_disk.lines().nth(2).unwrap_or_default();
        assert!(
            !message
                .split('$')
                .skip(1)
                .any(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase())),
            "docs/rules/{name} shows a metavariable: {message}"
        );
        want.push(name);
    }
    let mut have: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    have.sort();
    want.sort();
    assert_eq!(
        have, want,
        "docs/rules/ has pages for no codemod, or misses some: {hint}"
    );
}

/// docs/cdktf-fix.schema.json (for editors) names exactly the config's keys, accepts README's
/// example config and rejects a typo.
#[test]
fn config_json_schema_matches_the_config() {
    let root = env!("CARGO_MANIFEST_DIR");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/docs/cdktf-fix.schema.json")).unwrap(),
    )
    .unwrap();
    let mut props: Vec<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut keys = cdktf_fix::project::config::KEYS.to_vec();
    props.sort();
    keys.sort();
    assert_eq!(props, keys);
    let v = jsonschema::draft7::new(&schema).expect("schema compiles");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let start = readme
        .find("```toml\nselect = ")
        .expect("README config example")
        + 8;
    let end = start + readme[start..].find("```").unwrap();
    let example: toml::Table = toml::from_str(&readme[start..end]).expect("README example parses");
    let doc = serde_json::to_value(&example).unwrap();
    let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let typo = serde_json::json!({"selct": ["ALL"]});
    assert!(!v.is_valid(&typo));
    let bad_type = serde_json::json!({"unsafe-fixes": "yes"});
    assert!(!v.is_valid(&bad_type));
}
