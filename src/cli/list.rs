//! `--list`: the codemods, as a table for people, JSON for tools, or the README's Markdown table.

use std::borrow::Borrow;
use std::sync::Arc;

use super::Format;
use crate::engine::spec::Codemod;

pub fn print_list(codemods: &[Arc<Codemod>], format: Format) {
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = codemods
                .iter()
                .map(|c| {
                    serde_json::json!({
                        "name": c.id, "code": c.code, "language": c.lang.name(), "safety": c.safety.name(),
                        "message": c.message, "rationale": c.rationale, "url": c.url, "sets": c.sets,
                        "opt_in": c.opt_in,
                        "versions": c.gates.iter().map(|g| format!("{} {}", g.tool.name(), g.req)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&items).unwrap_or_default()
            );
        }
        Format::Markdown => print!("{}", markdown_table(codemods)),
        // Refused before: `--list` has no SARIF or GitHub form.
        Format::Text | Format::Sarif | Format::Github => {
            for c in codemods {
                let gate = gates(c);
                let gate = if gate.is_empty() {
                    String::new()
                } else {
                    format!(" (only {})", gate.join(", "))
                };
                let gate = if c.opt_in {
                    format!("{gate} (opt-in)")
                } else {
                    gate
                };
                println!(
                    "{:<8} {:<40} {:<7} {:<7} {}{}",
                    c.code,
                    c.id,
                    c.lang.name(),
                    c.safety.name(),
                    first_sentence(&c.message),
                    gate
                );
            }
        }
    }
}

/// The version ranges a codemod is limited to (`terraform <1.10`).
fn gates(c: &Codemod) -> Vec<String> {
    c.gates
        .iter()
        .map(|g| format!("{} {}", g.tool.name(), g.req))
        .collect()
}

/// The README's codemod table; a test keeps README in step with the specs.
pub fn markdown_table<C: Borrow<Codemod>>(codemods: &[C]) -> String {
    let mut s =
        String::from("| code | name | language | fix | what it does |\n|---|---|---|---|---|\n");
    for c in codemods {
        let c: &Codemod = c.borrow();
        let gate = gates(c);
        let gate = if gate.is_empty() {
            String::new()
        } else {
            format!(" *(only for {})*", gate.join(", "))
        };
        let opt = if c.opt_in { " *(opt-in)*" } else { "" };
        s.push_str(&format!(
            "| {} | [`{}`](docs/rules/{}.md) | {} | {} | {}{}{} |\n",
            c.code,
            c.id,
            c.id,
            c.lang.name(),
            c.safety.name(),
            first_sentence(&super::plain_message(&c.message)).replace('|', "\\|"),
            gate,
            opt
        ));
    }
    s
}

fn first_sentence(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}
