use super::*;

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// Whether the name at `at` starts a word: not glued to a longer name or path (`my-cdktf`,
/// `foo/cdktf`), except the `node_modules/.bin/` shim directory.
fn starts_word(src: &str, at: usize) -> bool {
    let before = &src[..at];
    match before.chars().next_back() {
        None => true,
        Some('/') => before.ends_with(".bin/"),
        Some(c) => !is_word(c),
    }
}

pub fn fix(ctx: &TextCtx<'_>) -> Vec<Hit> {
    let data = &ctx.codemod.data;
    let (Some(from), Some(to)) = (
        data.pointer("/binary/from").and_then(Value::as_str),
        data.pointer("/binary/to").and_then(Value::as_str),
    ) else {
        return Vec::new();
    };
    let subcommands: Vec<&str> = data_strings(data, "subcommands").collect();
    let packages: Vec<(&str, &str)> = data_map(data, "packages").collect();
    let src = ctx.src;
    let ceiling = ctx.codemod.safety.ceiling();
    let mut out = Vec::new();
    for (at, _) in src.match_indices(from) {
        if !starts_word(src, at) {
            continue;
        }
        let after = &src[at + from.len()..];
        // `cdktf-cli` and friends: the npm package.
        if let Some((old, new)) = packages.iter().find(|(old, _)| src[at..].starts_with(old)) {
            let rest = &src[at + old.len()..];
            if rest.starts_with(is_word) {
                continue;
            }
            let range = at..at + old.len();
            let versioned = rest.strip_prefix('@').is_some_and(|v| {
                v.starts_with(|c: char| c.is_ascii_digit() || "^~<>=".contains(c))
            });
            let json_pin = rest
                .strip_prefix('"')
                .map(str::trim_start)
                .and_then(|r| r.strip_prefix(':'))
                .is_some_and(|r| r.trim_start().starts_with('"'));
            if versioned || json_pin {
                out.push(Hit::new(range).message(format!(
                    "`{old}` is the archived CDKTF CLI; CDK Terrain's is `{new}`, but this pins a \
                     CDKTF version with no known `{new}` counterpart: pick the `{new}` version by hand"
                )));
            } else {
                out.push(
                    Hit::new(range.clone())
                        .message(format!(
                            "`{old}` is the archived CDKTF CLI; CDK Terrain's is `{new}`"
                        ))
                        .fix(Fix::new(
                            format!("Install `{new}`"),
                            ceiling,
                            vec![Edit::replace(range.start, range.end, *new)],
                        )),
                );
            }
            continue;
        }
        // `cdktf synth`: the binary followed by one of its subcommands.
        let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
        if gap == 0 {
            continue;
        }
        let word = &after[gap..];
        let Some(sub) = subcommands
            .iter()
            .find(|s| word.starts_with(**s) && !word[s.len()..].starts_with(is_word))
        else {
            continue;
        };
        let range = at..at + from.len();
        out.push(
            Hit::new(range.clone())
                .message(format!(
                    "`{from} {sub}` runs the archived CDKTF CLI; CDK Terrain's binary is `{to}`"
                ))
                .fix(Fix::new(
                    format!("Run `{to} {sub}`"),
                    ceiling,
                    vec![Edit::replace(range.start, range.end, to)],
                )),
        );
    }
    out
}
