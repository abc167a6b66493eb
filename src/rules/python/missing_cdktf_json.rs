//! A CDKTF app with no `cdktf.json` cannot be synthesized by the cdktf CLI (seed 004). The fix is
//! a new file rather than an edit: the engine carries it as a `NewFile` and the CLI creates it
//! without ever overwriting. What goes in it is read from the project: the app file's name, a
//! Pipfile (which makes the app command `pipenv run python`), and the providers whose bindings
//! the project imports from `cdktf get`'s `imports/` directory.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::engine::edit::{Fix, NewFile};
use crate::lang::python;
use crate::rules::{Ctx, Hit, Match};

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let call = m.get_node();
    let Some(app) = m.get_env().get_match("APP") else {
        return vec![];
    };
    if python::is_test_code(ctx.path, call) || !is_app(ctx, call, app) {
        return vec![];
    }
    let dir = match ctx.path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if covered(ctx, &dir) {
        return vec![];
    }
    let Some(file_name) = ctx.path.file_name().and_then(|f| f.to_str()) else {
        return vec![];
    };
    let runner = if ctx.view.project_file(&dir.join("Pipfile")).is_some() {
        "pipenv run python"
    } else {
        "python3"
    };
    let app_cmd = format!("{runner} {}", shell_word(file_name));
    let providers = provider_requirements(ctx, &dir);
    let path = dir.join("cdktf.json");
    let text = render(&app_cmd, &providers);
    let shown = if providers.is_empty() {
        "no generated providers".to_string()
    } else {
        format!("providers {}", providers.join(", "))
    };
    let title = format!(
        "Create {} (app `{app_cmd}`, {shown})",
        path.display().to_string().trim_start_matches("./")
    );
    vec![Hit::new(call.range()).fix(Fix::create(
        title,
        ctx.codemod.safety.ceiling(),
        NewFile { path, text },
    ))]
}

/// Whether `app` is a cdktf `App`: built by `App(...)` / `cdktf.App(...)` in this scope, or the
/// call itself (`App().synth()`). Testing apps (`Testing.app()`) are not projects.
fn is_app<'a>(ctx: &Ctx<'a>, call: &crate::lang::Node<'a>, app: &crate::lang::Node<'a>) -> bool {
    let ctor = if app.kind() == "call" {
        Some(app.clone())
    } else if app.kind() == "identifier" {
        ctx.index()
            .constructor_of(ctx.root, call, &app.text(), call.range().start)
    } else {
        None
    };
    ctor.and_then(|c| python::callee_name(&c))
        .is_some_and(|n| n == "App" || n.ends_with(".App"))
}

/// Whether a `cdktf.json` runs this app: one in `dir` itself, or one in a parent (up to the
/// repository root) whose `app` command names the file by its path from there (`"app": "python3
/// infra/main.py"`). A parent's cdktf.json for another app does not cover this one: the cdktf CLI
/// reads only the cdktf.json of the directory it runs in. A parent file that cannot be read or
/// has no `app` string counts as covering, so doubt never creates a file.
fn covered(ctx: &Ctx, dir: &Path) -> bool {
    if ctx.view.project_file(&dir.join("cdktf.json")).is_some() {
        return true;
    }
    for (d, rel) in ctx.view.ancestors() {
        if let Some(text) = ctx.view.project_file(&d.join("cdktf.json")) {
            let app = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| v.get("app").and_then(|a| a.as_str()).map(str::to_string));
            let Some(app) = app else { return true };
            if !rel.is_empty() && app.contains(&rel) {
                return true;
            }
        }
    }
    false
}

/// `terraformProviders` entries, sorted: the providers whose bindings `cdktf get` generates into
/// `imports/` (`from imports.aws.provider import AwsProvider`), as `aws@~> 6.0` when the spec's
/// data knows a constraint and the bare name otherwise (cdktf.json makes the version optional).
/// Prebuilt packages (`cdktf_cdktf_provider_aws`) are their own bindings and are not listed: the
/// real `cdktf synth` 0.21 refuses a listed provider whose `imports/` bindings were never
/// generated ("run cdktf get"), checked against the CLI (tests/synth/cdktf_cli.sh).
fn provider_requirements(ctx: &Ctx, dir: &Path) -> Vec<String> {
    let mut names: BTreeSet<String> = BTreeSet::new();
    collect_generated(ctx.src, &mut names);
    for f in ctx.view.app_files() {
        if f.path.starts_with(dir) || dir == Path::new(".") {
            collect_generated(f.text, &mut names);
        }
    }
    let data = &ctx.codemod.data;
    // A hashicorp/aws version the project declares (flag, config) beats the spec's default.
    let aws = ctx
        .versions
        .aws_provider
        .as_ref()
        .and_then(|k| k.version.0.first())
        .map(|major| format!("~> {major}.0"));
    names
        .into_iter()
        .map(|provider| {
            let declared = (provider == "aws").then(|| aws.clone()).flatten();
            match declared.as_deref().or_else(|| {
                data.pointer(&format!("/provider-constraints/{provider}"))
                    .and_then(|v| v.as_str())
            }) {
                Some(c) => format!("{provider}@{c}"),
                None => provider,
            }
        })
        .collect()
}

/// Provider names `x` of `imports.x` imports (`from imports.x... import`, `import imports.x`):
/// a substring search finds every form without parsing each file of the project.
fn collect_generated(text: &str, out: &mut BTreeSet<String>) {
    for line in text.lines() {
        let l = line.trim_start();
        let rest = l
            .strip_prefix("from imports.")
            .or_else(|| l.strip_prefix("import imports."));
        let Some(rest) = rest else { continue };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.insert(name.replace('_', "-"));
        }
    }
}

fn shell_word(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "._-/".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The file in the key order `cdktf init` writes, two-space indented like its template.
fn render(app: &str, providers: &[String]) -> String {
    let q = |s: &str| serde_json::Value::String(s.to_string()).to_string();
    let list = if providers.is_empty() {
        "[]".to_string()
    } else {
        let items: Vec<String> = providers.iter().map(|p| format!("    {}", q(p))).collect();
        format!("[\n{}\n  ]", items.join(",\n"))
    };
    format!(
        "{{\n  \"language\": \"python\",\n  \"app\": {},\n  \"terraformProviders\": {list},\n  \"terraformModules\": [],\n  \"codeMakerOutput\": \"imports\",\n  \"context\": {{}}\n}}\n",
        q(app)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_file_is_json_with_the_app_and_providers() {
        let text = render("python3 main.py", &["aws@~> 6.0".into(), "random".into()]);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["app"], "python3 main.py");
        assert_eq!(v["language"], "python");
        assert_eq!(v["terraformProviders"][0], "aws@~> 6.0");
        assert_eq!(v["terraformProviders"][1], "random");
        let empty: serde_json::Value = serde_json::from_str(&render("x", &[])).unwrap();
        assert_eq!(empty["terraformProviders"], serde_json::json!([]));
    }

    #[test]
    fn generated_bindings_are_found_in_every_form_and_prebuilt_ones_are_not() {
        let mut out = BTreeSet::new();
        collect_generated(
            "from imports.aws.provider import AwsProvider\nimport imports.google_beta as gb\nfrom cdktf_cdktf_provider_random.provider import RandomProvider\nx = 'from imports.fake'\n",
            &mut out,
        );
        assert_eq!(
            out.into_iter().collect::<Vec<_>>(),
            vec!["aws", "google-beta"]
        );
    }
}
