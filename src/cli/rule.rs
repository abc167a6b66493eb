//! `cdktf-fix rule <name|code>`: one codemod's page, as ruff's `ruff rule` prints it (Markdown,
//! readable as text). `rule --all --output-dir docs/rules` writes every page; a test keeps the
//! committed pages equal to this rendering, so the docs cannot drift from the specs.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser;

use crate::engine::spec::Codemod;

/// One golden case's input and expected file, embedded by build.rs.
pub struct Example {
    pub codemod: &'static str,
    pub case: &'static str,
    pub file: &'static str,
    pub before: &'static str,
    pub after: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

#[derive(Parser, Debug)]
#[command(
    name = "cdktf-fix rule",
    about = "Print a codemod's page: what it does, why, an example, fix safety, versions, options."
)]
struct RuleArgs {
    /// The codemod, by name or code.
    name: Option<String>,
    /// Every codemod (with --output-dir: one file per codemod; otherwise all pages in a row).
    #[arg(long, conflicts_with = "name")]
    all: bool,
    /// Write `<name>.md` files into this directory instead of printing.
    #[arg(long, value_name = "DIR", requires = "all")]
    output_dir: Option<PathBuf>,
}

/// Whether the command line asks for a rule page (`cdktf-fix rule ...`). A directory named
/// `rule` is checked as `./rule`.
pub fn wants_rule(args: &[std::ffi::OsString]) -> bool {
    args.get(1).is_some_and(|a| a == "rule")
}

pub fn run(args: Vec<std::ffi::OsString>) -> Result<u8, String> {
    let args = match RuleArgs::try_parse_from(args.into_iter().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return Ok(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let all: Vec<Arc<Codemod>> = crate::engine::spec::builtin()
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(Arc::new)
        .collect();
    if args.all {
        match args.output_dir {
            Some(dir) => {
                std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                for c in &all {
                    let path = dir.join(format!("{}.md", c.id));
                    std::fs::write(&path, page(c))
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                }
                std::fs::write(dir.join("README.md"), index(&all))
                    .map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            None => all.iter().for_each(|c| println!("{}", page(c))),
        }
        return Ok(0);
    }
    let Some(name) = args.name else {
        return Err("`cdktf-fix rule` needs a codemod name or code, or --all".into());
    };
    match all.iter().find(|c| c.id == name || c.code == name) {
        Some(c) => {
            print!("{}", page(c));
            Ok(0)
        }
        None => {
            let names = all.iter().flat_map(|c| [c.id.as_str(), c.code.as_str()]);
            let hint = crate::project::config::closest(&name, names, 0.85)
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default();
            Err(format!(
                "no codemod `{name}`{hint} (see `cdktf-fix --list`)"
            ))
        }
    }
}

/// A spec message with its metavariables shown as placeholders (`$NAME` -> `<name>`): the page
/// describes every finding, not one.
pub fn plain_message(message: &str) -> String {
    let mut out = String::new();
    let mut chars = message.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        let rest = &message[i + 1..];
        let var_len = if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            rest.chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .count()
        } else {
            0
        };
        if ch == '$' && var_len > 0 {
            out.push('<');
            out.push_str(&message[i + 1..i + 1 + var_len].to_ascii_lowercase());
            out.push('>');
            for _ in 0..var_len {
                chars.next();
            }
        } else {
            out.push(ch);
        }
    }
    out
}

fn safety_text(c: &Codemod) -> &'static str {
    match c.safety.name() {
        "safe" => {
            "safe: `--fix` applies it (a fix may still be offered as unsafe where the message says why)"
        }
        "unsafe" => {
            "unsafe: applied only with `--fix --unsafe-fixes`, because it can change what is deployed"
        }
        _ => "detect only: reported, never fixed",
    }
}

/// The page of one codemod, in Markdown.
pub fn page(c: &Codemod) -> String {
    let mut s = format!("# {} `{}`\n\n", c.code, c.id);
    s.push_str(&format!("{}\n\n", plain_message(&c.message)));
    s.push_str(&format!("- Language: {}\n", c.lang.name()));
    s.push_str(&format!("- Fix: {}\n", safety_text(c)));
    if !c.gates.is_empty() {
        let g: Vec<String> = c
            .gates
            .iter()
            .map(|g| format!("{} {}", g.tool.name(), g.req))
            .collect();
        s.push_str(&format!(
            "- Only for: {} (silent where the construct is valid; see README \"Configuration\" for how versions are found)\n",
            g.join(", ")
        ));
    }
    if !c.sets.is_empty() {
        s.push_str(&format!("- Sets: {}\n", c.sets.join(", ")));
    }
    if c.opt_in {
        s.push_str("- Opt-in: runs only when selected by name, code or set\n");
    }
    s.push_str(&format!("\n## Why\n\n{}\n", c.rationale.trim_end()));
    if let Some(e) = EXAMPLES.iter().find(|e| e.codemod == c.id) {
        let diff = similar::TextDiff::from_lines(e.before, e.after)
            .unified_diff()
            .context_radius(3)
            .header(&format!("before/{}", e.file), &format!("after/{}", e.file))
            .to_string();
        s.push_str(&format!(
            "\n## Example\n\nFrom the golden case `golden/{}/{}/`:\n\n```diff\n{}```\n",
            c.id, e.case, diff
        ));
    }
    if !c.options.is_empty() {
        s.push_str("\n## Options\n\nSet in `[codemods.");
        s.push_str(&c.id);
        s.push_str(
            "]` of `cdktf-fix.toml`.\n\n| option | type | default | meaning |\n|---|---|---|---|\n",
        );
        for o in &c.options {
            s.push_str(&format!(
                "| `{}` | {} | `{}` | {} |\n",
                o.name,
                o.kind.name(),
                o.default,
                o.doc.replace('\n', " ").replace('|', "\\|")
            ));
        }
    }
    if !c.url.is_empty() {
        s.push_str(&format!("\n## Reference\n\n<{}>\n", c.url));
    }
    s
}

/// `docs/rules/README.md`: every page, by code.
pub fn index(all: &[Arc<Codemod>]) -> String {
    let mut s = String::from(
        "# Codemods\n\nGenerated by `cdktf-fix rule --all --output-dir docs/rules`; `cdktf-fix rule <name|code>` prints one page.\n\n",
    );
    for c in all {
        s.push_str(&format!(
            "- [{} `{}`]({}.md): {}\n",
            c.code,
            c.id,
            c.id,
            plain_message(&c.message).lines().next().unwrap_or("")
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::plain_message;

    #[test]
    fn metavariables_become_placeholders() {
        assert_eq!(
            plain_message("`$NAME` takes no `$KEY_2`; costs $5"),
            "`<name>` takes no `<key_2>`; costs $5"
        );
    }
}
