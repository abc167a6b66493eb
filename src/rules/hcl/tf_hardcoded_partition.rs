use super::*;

/// Blocks where a data-source reference is not allowed (or would be a cycle: the partition data
/// source needs the aws provider).
const NO_REFERENCES: &[&str] = &[
    "variable",
    "provider",
    "terraform",
    "import",
    "moved",
    "removed",
];

/// TF003: `arn:aws:` written into a string. The fix interpolates the partition and declares
/// `data "aws_partition" "current" {}` once per module (unless the module already has one).
pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    // `terraform test` setup modules and Terratest fixtures under tests/ or test/ pin the
    // commercial partition on purpose (and are not what the module deploys).
    if crate::rules::shared::test_file::is_test_path(ctx) {
        return vec![];
    }
    let lit = m.get_node();
    // Documentation is not deployed: an output or variable description cannot hold references
    // at all (`terraform init`: "Variables not allowed"), and elsewhere the text only explains.
    let attr = lit.ancestors().find(|a| a.kind() == "attribute");
    if attr.and_then(|a| hcl::attr_name(&a)).as_deref() == Some("description") {
        return vec![];
    }
    let Some(top) = hcl::top_block(lit) else {
        return vec![];
    };
    let ty = hcl::block_type(&top).unwrap_or_default();
    if NO_REFERENCES.contains(&ty.as_str()) || hcl::is_block(&top, "data", &["aws_partition"]) {
        return vec![];
    }
    let in_heredoc = lit.ancestors().any(|a| a.kind() == "heredoc_template");
    let text = lit.text();
    // One finding per occurrence, each with its own edit: what is reported is what is fixed.
    let starts: Vec<usize> = text
        .match_indices("arn:aws:")
        .map(|(off, _)| off)
        .filter(|&off| !(in_heredoc && in_comment_line(&text, off)))
        .map(|off| lit.range().start + off)
        .collect();
    if starts.is_empty() {
        return vec![];
    }
    // An existing partition data source in this file or the module's other files, looked up
    // once per file and pass.
    let existing: &Option<String> = ctx.memo.get_or("tf-partition-data-source", || {
        let find = |root: &crate::lang::Root| {
            hcl::top_blocks(root)
                .iter()
                .find(|b| hcl::is_block(b, "data", &["aws_partition"]))
                .and_then(|b| hcl::block_labels(b).get(1).cloned())
        };
        find(ctx.root).or_else(|| {
            ctx.view
                .module_files()
                .iter()
                .find_map(|f| f.root().and_then(find))
        })
    });
    let name = existing.clone().unwrap_or_else(|| "current".to_string());
    let module = crate::engine::view::module_key(ctx.path);
    starts
        .into_iter()
        .map(|start| {
            let end = start + "arn:aws:".len();
            let mut fix = Fix::new(
                format!("Use `data.aws_partition.{name}.partition` instead of `aws`"),
                ceiling(ctx),
                vec![Edit::replace(
                    start,
                    end,
                    format!("arn:${{data.aws_partition.{name}.partition}}:"),
                )],
            );
            if existing.is_none() {
                // Declared once per module, in the first file (in path order) whose fix asks
                // for it.
                fix = fix.declare(
                    format!("{module}#data.aws_partition.{name}"),
                    vec![hcl::append_top_block(
                        ctx.src,
                        &format!("data \"aws_partition\" \"{name}\" {{}}"),
                    )],
                );
            }
            Hit::new(start..end).fix(fix)
        })
        .collect()
}

/// Whether `off` is on a line of heredoc text that is a comment in the script or document it
/// holds (`# ...`, `// ...`): comment text is not deployed.
fn in_comment_line(text: &str, off: usize) -> bool {
    let line_start = text[..off].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..off].trim_start();
    line.starts_with('#') || line.starts_with("//")
}
