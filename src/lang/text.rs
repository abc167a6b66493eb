//! Project files with no grammar here (requirements files, Pipfile, pyproject.toml,
//! package.json, Makefiles, shell scripts): what can be checked of them is whether the formats
//! that have a syntax (JSON, TOML, YAML) still parse, so a fix never leaves one unreadable.

use std::path::Path;

/// The formats whose syntax can be checked, by file name.
fn format_of(path: &Path) -> Option<&'static str> {
    let name = path.file_name()?.to_str()?;
    let ext = Path::new(name).extension().and_then(|e| e.to_str());
    match (name, ext) {
        ("Pipfile", _) | (_, Some("toml")) => Some("TOML"),
        (_, Some("json")) => Some("JSON"),
        (_, Some("yml" | "yaml")) => Some("YAML"),
        _ => None,
    }
}

/// Whether `text` is still valid in the file's format; formats we cannot check always pass.
pub fn check_syntax(path: &Path, text: &str) -> Result<(), String> {
    let result = match format_of(path) {
        Some("TOML") => toml::from_str::<toml::Table>(text)
            .map(drop)
            .map_err(|e| e.to_string()),
        Some("JSON") => serde_json::from_str::<serde_json::Value>(text)
            .map(drop)
            .map_err(|e| e.to_string()),
        Some("YAML") => ast_grep_config::from_str::<serde_json::Value>(text)
            .map(drop)
            .map_err(|e| e.to_string()),
        _ => Ok(()),
    };
    result.map_err(|e| {
        let kind = format_of(path).unwrap_or("text");
        format!("invalid {kind}: {}", e.lines().next().unwrap_or(""))
    })
}
