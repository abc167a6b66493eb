//! Shared by the fixers that replace hard-coded AWS values with data sources
//! (`DataAwsCallerIdentity`, `DataAwsPartition`): find the construct scope a new data source can
//! hang off, reuse a data source variable the function already has, or create exactly one per
//! function. Every fixer that needs the same data source must compute the same insertion point,
//! so two fixes in one pass collide (and wait) instead of creating the data source twice: the
//! point is the first statement of the function that holds any string one of those fixers
//! would rewrite.

use crate::engine::edit::{Applicability, Edit};
use crate::lang::Node;
use crate::lang::python;

use crate::rules::Ctx;

pub struct DataSource {
    pub class: &'static str,
    /// Where the file's facts about this data source are kept in the per-file memo.
    pub memo_key: &'static str,
    /// The provider module it lives in (`data_aws_partition`), under the project's provider
    /// package (see `Ctx::provider_module`).
    pub module: &'static str,
    /// Variable name and construct id candidates, in order of preference.
    pub names: &'static [&'static str],
    /// The strings whose rewrite needs this data source: they decide where it goes.
    pub is_use: fn(&Ctx, &Node) -> bool,
}

pub const CALLER_IDENTITY: DataSource = DataSource {
    class: "DataAwsCallerIdentity",
    memo_key: "data-source-caller-identity",
    module: "data_aws_caller_identity",
    names: &["current", "caller_identity"],
    is_use: caller_identity_use,
};

pub const PARTITION: DataSource = DataSource {
    class: "DataAwsPartition",
    memo_key: "data-source-partition",
    module: "data_aws_partition",
    names: &["partition", "aws_partition"],
    is_use: partition_use,
};

fn caller_identity_use(ctx: &Ctx, string: &Node) -> bool {
    let Some(s) = python::py_string(string) else {
        return false;
    };
    (!python::is_docstring(string) && !account_ids(ctx.src, &s).is_empty())
        || crate::rules::python::s3_bucket_name_not_unique::needs_suffix(ctx.src, string)
}

fn partition_use(ctx: &Ctx, string: &Node) -> bool {
    python::py_string(string).is_some_and(|s| {
        !python::is_docstring(string) && !partition_literals(ctx.src, &s).is_empty()
    })
}

/// Byte ranges of the 12-digit account ids in the ARNs of a string's text (`arn:aws:iam::
/// 123456789012:root`); `arn:aws:iam::aws:policy/...` has the account `aws` and is not one.
pub fn account_ids(src: &str, s: &python::PyString) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let body = &src[s.body.clone()];
    let mut from = 0;
    while let Some(i) = body[from..].find("arn:") {
        let p = s.body.start + from + i;
        from += i + 4;
        let prev_alnum = p > s.body.start
            && src[..p]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if s.in_code(p) || prev_alnum {
            continue;
        }
        // partition, service, region: letters, digits, `-`, `_`, `.` or interpolations.
        let mut pos = p + 4;
        let mut ok = true;
        for _ in 0..3 {
            loop {
                if pos >= s.body.end {
                    ok = false;
                    break;
                }
                if let Some(r) = s.interpolations.iter().find(|r| r.start == pos) {
                    pos = r.end;
                    continue;
                }
                let c = src.as_bytes()[pos];
                if c == b':' {
                    pos += 1;
                    break;
                }
                if !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.')) {
                    ok = false;
                    break;
                }
                pos += 1;
            }
            if !ok {
                break;
            }
        }
        if !ok {
            continue;
        }
        let digits = src[pos..s.body.end]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let end = pos + digits;
        let next_ok = end == s.body.end
            || !src.as_bytes()[end].is_ascii_alphanumeric() && !s.in_code(end)
            || s.interpolations.iter().any(|r| r.start == end);
        if digits == 12 && next_ok {
            out.push(pos..end);
        }
    }
    out
}

/// Byte ranges of the literal partition `aws` in `arn:aws:` in a string's text.
pub fn partition_literals(src: &str, s: &python::PyString) -> Vec<std::ops::Range<usize>> {
    let body = &src[s.body.clone()];
    body.match_indices("arn:aws:")
        .map(|(i, _)| s.body.start + i)
        .filter(|&p| {
            !s.in_code(p)
                && (p == s.body.start
                    || !src[..p]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_ascii_alphanumeric()))
        })
        .map(|p| p + 4..p + 7)
        .collect()
}

/// How a fixer may reach the data source from a string it rewrites.
#[derive(Clone)]
pub struct Access {
    /// The expression naming the data source (`current`, `self.current`).
    pub var: String,
    /// Edits that create the data source and import its class (empty when reused).
    pub edits: Vec<Edit>,
    /// The most the fix can be trusted with.
    pub applicability: Applicability,
    /// Why the applicability is lowered, for the message.
    pub note: Option<String>,
}

/// The function a node's code runs in, ignoring lambdas (they close over it).
fn function_of<'r>(node: &Node<'r>) -> Option<Node<'r>> {
    node.ancestors().find(|a| a.kind() == "function_definition")
}

/// The class a function is a method of.
fn class_of<'r>(func: &Node<'r>) -> Option<Node<'r>> {
    let mut p = func.parent()?;
    if p.kind() == "decorated_definition" {
        p = p.parent()?;
    }
    if p.kind() != "block" {
        return None;
    }
    let c = p.parent()?;
    (c.kind() == "class_definition").then_some(c)
}

/// Parameter names of a function, in order.
pub fn param_names(func: &Node) -> Vec<String> {
    let Some(params) = func.field("parameters") else {
        return vec![];
    };
    python::items(&params)
        .iter()
        .filter_map(python::param_name)
        .collect()
}

/// A class whose instances are constructs: it derives from a `...Stack` or `...Construct` base,
/// or its `__init__` takes `(self, scope, ...)` the way constructs do.
pub fn is_construct_class(class: &Node) -> bool {
    let base_ok = class.field("superclasses").is_some_and(|bases| {
        python::items(&bases).iter().any(|b| {
            let t = b.text();
            let last = t.rsplit('.').next().unwrap_or("");
            last.ends_with("Stack") || last.ends_with("Construct")
        })
    });
    base_ok || init_of(class).is_some_and(|f| param_names(&f).get(1).is_some_and(|p| p == "scope"))
}

fn init_of<'r>(class: &Node<'r>) -> Option<Node<'r>> {
    let body = class.field("body")?;
    body.children().find_map(|c| {
        let f = if c.kind() == "decorated_definition" {
            c.field("definition")?
        } else {
            c
        };
        (f.kind() == "function_definition"
            && f.field("name").is_some_and(|n| n.text() == "__init__"))
        .then_some(f)
    })
}

/// What [`ensure`] needs to know about one data source in a whole file, collected in one walk
/// on first use: a file with thousands of strings to rewrite would otherwise walk the function
/// again for each of them (quadratic; a 200 KB stack of buckets took minutes).
struct FileFacts {
    /// Calls of the data source class, in source order.
    calls: Vec<Call>,
    /// Start offsets of identifiers that read or bind each candidate name (not attribute or
    /// keyword names), in the order of `DataSource::names`.
    name_uses: Vec<Vec<usize>>,
    /// Calls whose construct id (second argument) is a candidate name: start offset, scope
    /// argument text, name index.
    ids: Vec<(usize, String, usize)>,
    /// Start offsets of the strings whose rewrite needs the data source, sorted.
    uses: Vec<usize>,
    /// Per function (by start offset): the start of the first body statement that holds a use,
    /// and of the `super().__init__` statement.
    functions: std::cell::RefCell<std::collections::HashMap<usize, FunctionFacts>>,
}

struct Call {
    start: usize,
    /// The name it is assigned to (`current`, `self.current`).
    target: Option<String>,
    /// The start of its statement.
    statement: usize,
    first_arg_is_self: bool,
}

#[derive(Clone, Copy)]
struct FunctionFacts {
    first_use: Option<usize>,
    super_init: Option<usize>,
}

fn within(r: &std::ops::Range<usize>, at: usize) -> bool {
    r.start <= at && at < r.end
}

impl FileFacts {
    fn collect(ctx: &Ctx, ds: &DataSource) -> Self {
        let mut facts = FileFacts {
            calls: vec![],
            name_uses: vec![vec![]; ds.names.len()],
            ids: vec![],
            uses: vec![],
            functions: Default::default(),
        };
        for n in ctx.root.root().dfs() {
            match n.kind().as_ref() {
                "identifier" => {
                    if let Some(i) = ds.names.iter().position(|c| *c == n.text())
                        && !python::is_attribute_or_keyword_name(&n)
                    {
                        facts.name_uses[i].push(n.range().start);
                    }
                }
                "string" if (ds.is_use)(ctx, &n) => facts.uses.push(n.range().start),
                "call" => facts.add_call(&n, ds),
                _ => {}
            }
        }
        facts.uses.sort_unstable();
        facts
    }

    fn add_call(&mut self, c: &Node, ds: &DataSource) {
        let args = c
            .field("arguments")
            .map(|a| python::items(&a))
            .unwrap_or_default();
        if args.len() >= 2
            && let Some(s) = python::py_string(&args[1])
            && let Some(i) = ds.names.iter().position(|n| *n == c_text(&s, &args[1]))
        {
            self.ids
                .push((c.range().start, args[0].text().to_string(), i));
        }
        if python::callee_name(c).as_deref() != Some(ds.class) {
            return;
        }
        let target = c
            .parent()
            .filter(|p| p.kind() == "assignment")
            .and_then(|p| p.field("left"))
            .filter(|l| {
                l.kind() == "identifier"
                    || (l.kind() == "attribute"
                        && l.field("object").is_some_and(|o| o.text() == "self"))
            })
            .map(|l| l.text().to_string());
        let statement = python::enclosing_statement(c).map_or(c.range().start, |s| s.range().start);
        self.calls.push(Call {
            start: c.range().start,
            target,
            statement,
            first_arg_is_self: args.first().is_some_and(|f| f.text() == "self"),
        });
    }

    /// Calls of the data source inside `scope`.
    fn calls_in<'f>(&'f self, scope: &Node) -> impl Iterator<Item = &'f Call> {
        let r = scope.range();
        self.calls.iter().filter(move |c| within(&r, c.start))
    }

    /// Whether an identifier in `scope` reads or binds candidate `name`.
    fn name_taken(&self, scope: &Node, name: usize) -> bool {
        let r = scope.range();
        self.name_uses[name].iter().any(|&at| within(&r, at))
    }

    /// Whether some call in `scope` creates construct id `name` under the scope expression
    /// `scope_expr`.
    fn construct_id_taken(&self, scope: &Node, scope_expr: &str, name: usize) -> bool {
        let r = scope.range();
        self.ids
            .iter()
            .any(|(at, s, i)| *i == name && s == scope_expr && within(&r, *at))
    }

    fn function(&self, func: &Node) -> FunctionFacts {
        let key = func.range().start;
        if let Some(f) = self.functions.borrow().get(&key) {
            return *f;
        }
        let stmts = func
            .field("body")
            .map(|b| python::items(&b))
            .unwrap_or_default();
        let first_use = stmts.iter().map(|s| s.range()).find_map(|r| {
            let i = self.uses.partition_point(|&u| u < r.start);
            self.uses.get(i).filter(|&&u| u < r.end).map(|_| r.start)
        });
        let super_init = stmts.iter().find_map(|s| {
            let t = s.text();
            (t.contains("super().__init__(") || t.contains("super(") && t.contains("__init__("))
                .then(|| s.range().start)
        });
        let f = FunctionFacts {
            first_use,
            super_init,
        };
        self.functions.borrow_mut().insert(key, f);
        f
    }
}

fn c_text(s: &python::PyString, node: &Node) -> String {
    let r = node.range();
    node.text()[s.body.start - r.start..s.body.end - r.start].to_string()
}

/// The statement of the function body that contains `node`.
fn body_statement<'r>(func: &Node<'r>, node: &Node<'r>) -> Option<Node<'r>> {
    let body = func.field("body")?;
    let mut cur = node.clone();
    loop {
        let p = cur.parent()?;
        if p.node_id() == body.node_id() {
            return Some(cur);
        }
        cur = p;
    }
}

/// Turn the string `s` into an f-string that reads the data source `ds` (created or reused by
/// [`ensure`]); `replacements(var)` says what goes where. The returned [`Access`] carries the
/// f-string edits too. `Err(Some(why))`: not fixable, for this reason; `Err(None)`: not fixable,
/// nothing more to say.
pub fn interpolate<'a>(
    ctx: &Ctx<'a>,
    node: &Node<'a>,
    s: &python::PyString,
    ds: &DataSource,
    replacements: impl Fn(&str) -> Vec<(std::ops::Range<usize>, String)>,
) -> Result<Access, Option<String>> {
    if s.is_bytes() {
        return Err(Some("a bytes literal".to_string()));
    }
    let mut access = ensure(ctx, node, ds).map_err(Some)?;
    let edits = python::fstring_edits(ctx.src, s, &replacements(&access.var)).ok_or(None)?;
    access.edits.extend(edits);
    Ok(access)
}

/// The finding for a string rewritten through [`interpolate`]: with its fix (titled by
/// `title(var)`, the note on a lowered applicability in the message), or report-only with the
/// reason it is not fixed.
pub fn finding(
    ctx: &Ctx,
    hit: crate::rules::Hit,
    base: &str,
    access: Result<Access, Option<String>>,
    title: impl FnOnce(&str) -> String,
) -> Vec<crate::rules::Hit> {
    let access = match access {
        Ok(a) => a,
        Err(Some(why)) => return vec![hit.message(format!("{base} (not fixed: {why})"))],
        Err(None) => return vec![hit.message(base)],
    };
    let message = match access.note {
        Some(note) => format!("{base}; {note}"),
        None => base.to_string(),
    };
    vec![hit.message(message).fix(crate::engine::edit::Fix::new(
        title(&access.var),
        access.applicability.min(ctx.codemod.safety.ceiling()),
        access.edits,
    ))]
}

/// Make the data source reachable from `at` (a node inside a function), creating it when the
/// function has none. `Err` says why not (the finding is then report-only).
pub fn ensure<'a>(ctx: &Ctx<'a>, at: &Node<'a>, ds: &DataSource) -> Result<Access, String> {
    let no_scope = || {
        format!(
            "no construct scope in reach (a construct's `self` or a `scope` parameter) to create `{}` in",
            ds.class
        )
    };
    let func = function_of(at).ok_or_else(no_scope)?;
    let params = param_names(&func);
    let class = class_of(&func).filter(is_construct_class);
    let is_init = func.field("name").is_some_and(|n| n.text() == "__init__");
    let scope_expr = match (&class, params.first()) {
        (Some(_), Some(p)) if p == "self" => "self",
        _ if params.iter().any(|p| p == "scope") => "scope",
        _ => return Err(no_scope()),
    };
    let stmt = body_statement(&func, at).ok_or_else(no_scope)?;
    let facts: &FileFacts = ctx.memo.get_or(ds.memo_key, || FileFacts::collect(ctx, ds));
    let here: Vec<&Call> = facts.calls_in(&func).collect();
    if let Some(var) = here
        .iter()
        .rfind(|c| c.target.is_some() && c.statement < stmt.range().start)
        .and_then(|c| c.target.as_ref())
    {
        return Ok(Access {
            var: var.clone(),
            edits: vec![],
            applicability: Applicability::Safe,
            note: None,
        });
    }
    if !here.is_empty() {
        return Err(format!(
            "the function creates `{}` only after this use (or without a variable); move it up and use it here",
            ds.class
        ));
    }
    if scope_expr == "self" && !is_init {
        // Other methods may run more than once: reuse the data source `__init__` keeps on self.
        let reuse = class.as_ref().and_then(init_of).and_then(|init| {
            facts
                .calls_in(&init)
                .find_map(|c| c.target.clone().filter(|v| v.starts_with("self.")))
        });
        return match reuse {
            Some(var) => Ok(Access {
                var,
                edits: vec![],
                applicability: Applicability::Safe,
                note: None,
            }),
            None => Err(format!(
                "outside `__init__` a new `{}` could be created twice under the same id; create it once in `__init__` as `self.<name>` and use it here",
                ds.class
            )),
        };
    }
    if let Some(c) = &class
        && facts.calls_in(c).any(|call| call.first_arg_is_self)
    {
        return Err(format!(
            "another method already creates `{}` on self; keep it as `self.<name>` in `__init__` and use it here",
            ds.class
        ));
    }
    let id_scope = class.clone().unwrap_or_else(|| ctx.root.root());
    let Some(name) = (0..ds.names.len())
        .find(|&i| {
            !facts.name_taken(&func, i) && !facts.construct_id_taken(&id_scope, scope_expr, i)
        })
        .map(|i| ds.names[i])
    else {
        return Err(format!(
            "the names {} are all taken here; create `{}` by hand",
            ds.names.join(", "),
            ds.class
        ));
    };
    // Where: before the first statement that holds any string needing this data source.
    let function = facts.function(&func);
    let start = match function.first_use {
        Some(first) if first <= stmt.range().start => first,
        _ => stmt.range().start,
    };
    if is_init && scope_expr == "self" && function.super_init.is_some_and(|sup| sup >= start) {
        return Err(format!(
            "it is used before `super().__init__`; `{}` needs the initialised construct",
            ds.class
        ));
    }
    if !python::starts_line(ctx.src, start) {
        return Err(format!(
            "the statement shares its line; add `{}` by hand",
            ds.class
        ));
    }
    let indent = python::indent_at(ctx.src, start).to_string();
    // Keep a comment block that describes the statement attached to it.
    let mut at_line = python::line_start(ctx.src, start);
    while at_line > 0 {
        let prev = python::line_start(ctx.src, at_line - 1);
        let line = &ctx.src[prev..at_line];
        if line.trim_start().starts_with('#') && python::indent_at(ctx.src, prev) == indent {
            at_line = prev;
        } else {
            break;
        }
    }
    let mut edits = vec![Edit::insert(
        at_line,
        format!("{indent}{name} = {}({scope_expr}, \"{name}\")\n", ds.class),
    )];
    if let Some(e) =
        ctx.index()
            .ensure_import(ctx.src, ctx.root, &ctx.provider_module(ds.module), ds.class)
    {
        edits.push(e);
    }
    let (applicability, note) = if scope_expr == "scope" {
        (
            Applicability::Unsafe,
            Some(format!(
                "`{}(scope, \"{name}\")` is created in a function that may run twice with the same scope (a duplicate construct id); check that it runs once",
                ds.class
            )),
        )
    } else {
        (Applicability::Safe, None)
    };
    Ok(Access {
        var: name.to_string(),
        edits,
        applicability,
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::edit;
    use crate::lang::Lang;

    /// The first string literal of `src`.
    fn first_string(src: &str) -> (crate::lang::Root, std::ops::Range<usize>) {
        let root = Lang::Python.parse(src).expect("parses");
        let r = root
            .root()
            .dfs()
            .find(|n| n.kind() == "string")
            .expect("a string")
            .range();
        (root, r)
    }

    fn ids(src: &str) -> Vec<String> {
        let (root, r) = first_string(src);
        let node = root.root().dfs().find(|n| n.range() == r).unwrap();
        let s = python::py_string(&node).unwrap();
        account_ids(src, &s)
            .into_iter()
            .map(|r| src[r].to_string())
            .collect()
    }

    #[test]
    fn account_ids_only_in_the_account_field() {
        assert_eq!(
            ids(r#"x = "arn:aws:iam::123456789012:root""#),
            ["123456789012"]
        );
        assert_eq!(
            ids(r#"x = f"arn:{p.partition}:sns:{region}:123456789012:t""#),
            ["123456789012"]
        );
        assert_eq!(
            ids(r#"x = "arn:aws:iam::111111111111:root,arn:aws-cn:iam::222222222222:root""#),
            ["111111111111", "222222222222"]
        );
        assert!(ids(r#"x = "arn:aws:iam::aws:policy/ReadOnlyAccess""#).is_empty());
        assert!(ids(r#"x = "arn:aws:s3:::bucket-123456789012""#).is_empty());
        assert!(ids(r#"x = "arn:aws:iam::1234567890123:root""#).is_empty());
        assert!(ids(r#"x = "yarn:aws:iam::123456789012:root""#).is_empty());
        assert!(ids(r#"x = f"arn:aws:iam::{acct}:root""#).is_empty());
    }

    fn convert(src: &str, from: &str, to: &str) -> Option<String> {
        let (root, r) = first_string(src);
        let node = root.root().dfs().find(|n| n.range() == r).unwrap();
        let s = python::py_string(&node).unwrap();
        let at = src.find(from).unwrap();
        let edits = python::fstring_edits(src, &s, &[(at..at + from.len(), to.to_string())])?;
        Some(edit::apply(src, &edits, false))
    }

    #[test]
    fn fstring_conversion_keeps_quotes_and_literal_braces() {
        assert_eq!(
            convert(r#"x = '{"a": "X"}'"#, "X", "{v}").unwrap(),
            r#"x = f'{{"a": "{v}"}}'"#
        );
        assert_eq!(
            convert(r#"x = u"aXb""#, "X", "{v}").unwrap(),
            r#"x = f"a{v}b""#
        );
        assert_eq!(
            convert(r#"x = R"a\Xb""#, "X", "{v}").unwrap(),
            r#"x = fR"a\{v}b""#
        );
        assert_eq!(
            convert(r#"x = f"{k}X{{y}}""#, "X", "{v}").unwrap(),
            r#"x = f"{k}{v}{{y}}""#
        );
        assert!(convert(r#"x = b"aXb""#, "X", "{v}").is_none());
    }
}
