//! Nested blocks given in the wrong shape: a block that takes ONE struct given a one-element list
//! (`expiration=[{...}]`), or a block that takes a LIST of structs given one dict or struct call
//! (`lifecycle_rule={...}`). The jsii kernel rejects both while deserializing the config ("Unable
//! to deserialize value as ... Value is an array"), so they are synth blockers. Which shape a
//! block takes comes from the embedded provider index, not from a hand list.
//!
//! A third mistake lives in the same dicts: a multi-word key spelled for the wrong path. A dict
//! given for a single-struct block is turned into the struct by the Python bindings
//! (`EksClusterVpcConfig(**d)`), which takes Python names: `"subnetIds"` is a TypeError at synth.
//! A dict inside a list block goes to the jsii kernel as it is, which reads camelCase names and
//! drops every other key without a word: `"from_port": 443` never reaches Terraform. Both
//! checked with the real synth (golden/struct-dict-key-case/).
//!
//! One walk serves all three codemods: each spec keeps only the findings of its own kind. Dict
//! literals nested in a block value are followed (their keys name the struct's parameters);
//! nested calls are not, because every provider call is a match of its own.

use crate::engine::edit::{Applicability, Edit, Fix};
use crate::lang::Node;
use crate::lang::python;
use crate::rules::provider_index::{self, Class};
use crate::rules::shared::provider_api;
use crate::rules::{Ctx, Hit, Match};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    SingleAsList,
    ListAsSingle,
    KeyCase,
    ValueType,
    WrongStruct,
}

/// How a dict literal reaches jsii, which decides how its keys must be spelled.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Path {
    /// Every block from the call down takes one struct: the bindings call the struct class
    /// with the dict as keyword arguments (Python names).
    Converted,
    /// Below a list block: passed as it is; jsii reads camelCase names.
    Raw,
    /// Inside a value of the wrong shape, whose path changes once that is fixed.
    Unknown,
}

pub fn run<'a>(ctx: &Ctx<'a>, m: &Match<'a>, want: Kind) -> Vec<Hit> {
    let call = m.get_node();
    let Some(index) = ctx.provider_index() else {
        return vec![];
    };
    let Some((module, class_name)) = resolve_call(ctx, call) else {
        return vec![];
    };
    let Some(class) = index.class(&module, &class_name) else {
        return vec![];
    };
    let Some(args) = call.field("arguments") else {
        return vec![];
    };
    let mut w = Walk {
        ctx,
        index,
        module: &module,
        want,
        hits: Vec::new(),
    };
    for arg in python::items(&args) {
        if arg.kind() != "keyword_argument" {
            continue;
        }
        let (Some(name), Some(value)) = (arg.field("name"), arg.field("value")) else {
            continue;
        };
        w.value(class, &class_name, &name.text(), &value, Path::Converted);
    }
    w.hits
}

struct Walk<'c, 'a> {
    ctx: &'c Ctx<'a>,
    index: &'static provider_index::Index,
    module: &'c str,
    want: Kind,
    hits: Vec<Hit>,
}

impl<'a> Walk<'_, 'a> {
    /// `value` is given for parameter `param` of `owner`.
    fn value(
        &mut self,
        owner: &Class,
        owner_name: &str,
        param: &str,
        value: &Node<'a>,
        path: Path,
    ) {
        if self.want == Kind::ValueType
            && let Some(c) = conversion(self.ctx, owner, param, value)
        {
            let mut hit = Hit::new(value.range()).message(format!(
                "`{owner_name}.{param}` takes {}, and {} is given: jsii rejects it at synth (TypeError)",
                describe(&c.want),
                c.given
            ));
            if !c.edits.is_empty() {
                hit = hit.fix(Fix::new(
                    c.title,
                    self.ctx.codemod.safety.ceiling(),
                    c.edits,
                ));
            }
            self.hits.push(hit);
        }
        let Some((struct_name, is_list)) = self.index.block_type(owner, param) else {
            return;
        };
        if self.want == Kind::ValueType
            && !is_list
            && matches!(value.kind().as_ref(), "true" | "false")
        {
            self.bool_for_block(owner_name, param, &struct_name, value);
        }
        if self.want == Kind::WrongStruct {
            let calls: Vec<Node<'a>> = match value.kind().as_ref() {
                "call" => vec![value.clone()],
                "list" => python::items(value)
                    .into_iter()
                    .filter(|e| e.kind() == "call")
                    .collect(),
                _ => vec![],
            };
            for call in calls {
                self.wrong_struct(owner_name, param, &struct_name, &call);
            }
        }
        let inner = self.index.class(self.module, &struct_name);
        match (is_list, value.kind().as_ref()) {
            (false, "list") => {
                let elems = python::items(value);
                if self.want == Kind::SingleAsList {
                    self.single_given_list(owner_name, param, &struct_name, value, &elems);
                }
                // Follow the element anyway: a fixed outer shape must not hide an inner one.
                if elems.len() == 1 {
                    self.dict(inner, &struct_name, &elems[0], Path::Unknown);
                }
            }
            (true, "list") => {
                for e in python::items(value) {
                    self.dict(inner, &struct_name, &e, Path::Raw);
                }
            }
            (true, "dictionary") => {
                if self.want == Kind::ListAsSingle {
                    self.list_given_single(owner_name, param, &struct_name, value);
                }
                self.dict(inner, &struct_name, value, Path::Unknown);
            }
            (true, "call")
                if self.want == Kind::ListAsSingle && self.is_struct_call(value, &struct_name) =>
            {
                self.list_given_single(owner_name, param, &struct_name, value);
            }
            (false, "dictionary") => self.dict(inner, &struct_name, value, path),
            _ => {}
        }
    }

    /// A dict literal standing for struct `name`: check each string key's value.
    fn dict(&mut self, class: Option<&Class>, name: &str, node: &Node<'a>, path: Path) {
        let Some(class) = class else { return };
        if node.kind() != "dictionary" {
            return;
        }
        let keys: Vec<String> = python::items(node)
            .iter()
            .filter_map(|p| p.field("key"))
            .filter_map(|k| plain_string(self.ctx.src, &k))
            .collect();
        for pair in python::items(node) {
            if pair.kind() != "pair" {
                continue;
            }
            let (Some(key_node), Some(value)) = (pair.field("key"), pair.field("value")) else {
                continue;
            };
            let Some(key) = plain_string(self.ctx.src, &key_node) else {
                continue;
            };
            if self.want == Kind::KeyCase {
                self.key_case(class, name, &key, &pair, &keys, path);
            }
            // jsii reads a raw dict by its camelCase names; snake_case works for one-word keys.
            let param = if class.t.contains_key(&key) {
                key
            } else {
                camel_to_snake(&key)
            };
            self.value(class, name, &param, &value, path);
        }
    }

    fn single_given_list(
        &mut self,
        owner: &str,
        param: &str,
        struct_name: &str,
        list: &Node<'a>,
        elems: &[Node<'a>],
    ) {
        let mut hit = Hit::new(list.range());
        match elems {
            [only] if only.kind() != "list_splat" => {
                hit = hit
                    .message(format!(
                        "`{owner}.{param}` takes one `{struct_name}`, not a list: the jsii kernel rejects the array at synth"
                    ))
                    .fix(Fix::new(
                        format!("Unwrap the one-element list given for `{param}`"),
                        self.ctx.codemod.safety.ceiling(),
                        unwrap_edits(self.ctx.src, list, only),
                    ));
            }
            [] => {
                hit = hit.message(format!(
                    "`{owner}.{param}` takes one `{struct_name}`, not a list; give the block or leave `{param}` out"
                ));
            }
            _ => {
                hit = hit.message(format!(
                    "`{owner}.{param}` takes one `{struct_name}`, but a list of {} is given; keep the element you mean (no automatic fix: which one is meant cannot be told)",
                    elems.len()
                ));
            }
        }
        self.hits.push(hit);
    }

    /// A key spelled for the other path: Python name in a raw dict (dropped silently) or
    /// camelCase name in a converted one (TypeError). Only keys the struct has are judged.
    fn key_case(
        &mut self,
        class: &Class,
        struct_name: &str,
        key: &str,
        pair: &Node<'a>,
        keys: &[String],
        path: Path,
    ) {
        let (Some(key_node), Some(value)) = (pair.field("key"), pair.field("value")) else {
            return;
        };
        let (want, message, applicability) = match path {
            Path::Raw if key.contains('_') && class.args.iter().any(|a| a == key) => {
                let camel = snake_to_camel(key);
                let m = format!(
                    "`{struct_name}` dict key `{key}` is dropped without a word: a dict inside a list block goes to jsii as it is, and jsii reads camelCase names; write `{camel}`"
                );
                (camel, m, Applicability::Unsafe)
            }
            Path::Converted if key.chars().any(|c| c.is_ascii_uppercase()) => {
                let snake = camel_to_snake(key);
                if !class.args.contains(&snake) {
                    return;
                }
                let m = format!(
                    "`{struct_name}` is built from this dict as `{struct_name}(**dict)`, which takes Python names: `{key}` raises TypeError at synth; write `{snake}`"
                );
                (snake, m, self.ctx.codemod.safety.ceiling())
            }
            _ => return,
        };
        let mut hit = Hit::new(key_node.range()).message(message);
        if keys.contains(&want) {
            hit = hit.message(format!(
                "`{struct_name}` dict has both `{key}` and `{want}`; only `{want}` is read here, remove the one you do not mean"
            ));
        } else if let Some(s) = python::py_string(&key_node) {
            let mut edits = vec![Edit::replace(s.body.start, s.body.end, want.clone())];
            let mut title = format!("Spell the key `{want}`");
            // Once the key is read, jsii checks its value: a bool given for a string field,
            // harmless while the key was dropped, would now fail the synth.
            let param = camel_to_snake(&want);
            if let Some(c) = conversion(self.ctx, class, &param, &value)
                && !c.edits.is_empty()
            {
                title = format!("{title}, and write its value as {}", describe(&c.want));
                edits.extend(c.edits);
            }
            hit = hit.fix(Fix::new(title, applicability, edits));
        }
        self.hits.push(hit);
    }

    fn list_given_single(&mut self, owner: &str, param: &str, struct_name: &str, node: &Node<'a>) {
        let r = node.range();
        self.hits.push(
            Hit::new(r.clone())
                .message(format!(
                    "`{owner}.{param}` takes a list of `{struct_name}`, not one: the jsii kernel rejects it at synth"
                ))
                .fix(Fix::new(
                    format!("Wrap the `{param}` block in a list"),
                    self.ctx.codemod.safety.ceiling(),
                    vec![Edit::insert(r.start, "["), Edit::insert(r.end, "]")],
                )),
        );
    }

    /// `point_in_time_recovery=True` for a block whose struct is an `enabled` switch (nothing
    /// else required): the bool is that switch.
    fn bool_for_block(&mut self, owner: &str, param: &str, struct_name: &str, value: &Node<'a>) {
        let Some(inner) = self.index.class(self.module, struct_name) else {
            return;
        };
        let switch = inner.ty.get("enabled").is_some_and(|t| t == "b")
            && inner.req.iter().all(|r| r == "enabled");
        let r = value.range();
        let mut hit = Hit::new(r.clone()).message(format!(
            "`{owner}.{param}` takes a `{struct_name}` block, and a bool is given: jsii rejects it at synth (TypeError)"
        ));
        if switch {
            let text = format!("{{\"enabled\": {}}}", value.text());
            hit = hit.fix(Fix::new(
                format!("Write `{text}`"),
                self.ctx.codemod.safety.ceiling(),
                vec![Edit::replace(r.start, r.end, text.clone())],
            ));
        }
        self.hits.push(hit);
    }

    /// A struct call of another block's class given for this block
    /// (`Wafv2WebAclRuleVisibilityConfig` for the web ACL's own `visibility_config`): jsii
    /// rejects it while deserializing. Rewritten to the block's own struct when that takes every
    /// keyword the call gives.
    fn wrong_struct(&mut self, owner: &str, param: &str, want: &str, call: &Node<'a>) {
        let Some((m, given_class)) = resolve_call(self.ctx, call) else {
            return;
        };
        if !self
            .index
            .class(&m, &given_class)
            .is_some_and(|c| c.is_struct())
        {
            return;
        }
        let (want_module, want_name) = match want.split_once('.') {
            Some((wm, wn)) => (wm.to_string(), wn.to_string()),
            None => (self.module.to_string(), want.to_string()),
        };
        if (m.as_str(), given_class.as_str()) == (want_module.as_str(), want_name.as_str()) {
            return;
        }
        let Some(target) = self.index.class(&want_module, &want_name) else {
            return;
        };
        let keywords: Vec<String> = call
            .field("arguments")
            .map(|a| {
                python::items(&a)
                    .iter()
                    .filter(|c| c.kind() == "keyword_argument")
                    .filter_map(|c| Some(c.field("name")?.text().to_string()))
                    .collect()
            })
            .unwrap_or_default();
        let positional = call.field("arguments").is_some_and(|a| {
            python::items(&a)
                .iter()
                .any(|c| c.kind() != "keyword_argument")
        });
        let missing: Vec<&String> = keywords
            .iter()
            .filter(|k| !target.args.contains(k))
            .collect();
        let Some(func) = call.field("function") else {
            return;
        };
        let mut hit = Hit::new(func.range()).message(format!(
            "`{owner}.{param}` takes `{want_name}`, but `{given_class}` (another block's struct) is given: jsii rejects it at synth"
        ));
        if !positional && missing.is_empty() {
            let r = func.range();
            let mut edits = vec![Edit::replace(r.start, r.end, want_name.clone())];
            let module_path = self.ctx.provider_module(&want_module);
            let imported = self.ctx.index().bindings.iter().any(|b| {
                b.local == want_name && b.module == module_path && b.imported == want_name
            });
            if !imported {
                if self
                    .ctx
                    .index()
                    .bindings
                    .iter()
                    .any(|b| b.local == want_name)
                {
                    self.hits.push(hit);
                    return;
                }
                edits.extend(self.ctx.index().ensure_import(
                    self.ctx.src,
                    self.ctx.root,
                    &module_path,
                    &want_name,
                ));
            }
            hit = hit.fix(Fix::new(
                format!("Use `{want_name}`"),
                self.ctx.codemod.safety.ceiling(),
                edits,
            ));
        } else if !missing.is_empty() {
            hit = hit.message(format!(
                "`{owner}.{param}` takes `{want_name}`, but `{given_class}` (another block's struct) is given: jsii rejects it at synth; `{want_name}` has no {}",
                missing.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
            ));
        }
        self.hits.push(hit);
    }

    /// A call of the struct class itself (`S3BucketLifecycleRule(...)`), however it is imported.
    fn is_struct_call(&self, call: &Node<'a>, struct_name: &str) -> bool {
        resolve_call(self.ctx, call).is_some_and(|(m, c)| m == self.module && c == struct_name)
    }
}

/// Delete the brackets of `[x]` (and a trailing comma after `x`, which would make a tuple). The
/// line breaks and indentation around `x` go too when nothing else (a comment) sits there, so
/// `[\n    {...}\n]` becomes `{...}` rather than leaving a dangling line.
fn unwrap_edits(src: &str, list: &Node, only: &Node) -> Vec<Edit> {
    let r = list.range();
    let e = only.range();
    let open_end = r.start + 1;
    let close = r.end - 1;
    let mut edits = Vec::new();
    if src[open_end..e.start].trim().is_empty() {
        edits.push(Edit::delete(r.start, e.start));
    } else {
        edits.push(Edit::delete(r.start, open_end));
    }
    let tail = &src[e.end..close];
    let blank_tail = tail.trim().is_empty() || tail.trim() == ",";
    if blank_tail {
        edits.push(Edit::delete(e.end, r.end));
    } else {
        if let Some(c) = list
            .children()
            .find(|c| c.kind() == "," && c.range().start >= e.end)
        {
            edits.push(Edit::delete(c.range().start, c.range().end));
        }
        edits.push(Edit::delete(close, r.end));
    }
    edits
}

/// The provider module and class a call constructs, through the file's imports:
/// `from cdktf_cdktf_provider_aws.m import C` + `C(...)`, `from cdktf_cdktf_provider_aws import m`
/// + `m.C(...)`, or `import cdktf_cdktf_provider_aws.m [as x]` + `...m.C(...)` / `x.C(...)`.
fn resolve_call(ctx: &Ctx, call: &Node) -> Option<(String, String)> {
    let f = call.field("function")?;
    let text = f.text().to_string();
    let (head, class) = match text.rsplit_once('.') {
        Some((h, c)) => (Some(h.to_string()), c.to_string()),
        None => (None, text.clone()),
    };
    let bindings = &ctx.index().bindings;
    let full = match head {
        None => {
            let b = bindings
                .iter()
                .rev()
                .find(|b| b.local == class && b.is_from)?;
            let module = provider_api::submodule(&b.module)?;
            return Some((module.to_string(), b.imported.clone()));
        }
        Some(head) => {
            if head.chars().any(|c| c.is_whitespace()) {
                return None;
            }
            let (first, rest) = match head.split_once('.') {
                Some((a, b)) => (a, Some(b)),
                None => (head.as_str(), None),
            };
            let b = bindings.iter().rev().find(|b| b.local == first)?;
            let base = if b.is_from {
                format!("{}.{}", b.module, b.imported)
            } else if b.imported.split('.').next() != Some(first) {
                b.imported.clone()
            } else {
                first.to_string()
            };
            match rest {
                Some(r) => format!("{base}.{r}"),
                None => base,
            }
        }
    };
    let module = provider_api::submodule(&full)?;
    if module.contains('.') {
        return None;
    }
    Some((module.to_string(), class))
}

/// The text of a plain (non-f, non-bytes) string literal.
fn plain_string(src: &str, node: &Node) -> Option<String> {
    let s = python::py_string(node)?;
    if s.is_f() || s.is_bytes() || s.prefix.contains('r') {
        return None;
    }
    let body = src.get(s.body)?;
    if body.contains('\\') {
        return None;
    }
    Some(body.to_string())
}

fn snake_to_camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut upper = false;
    for c in s.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn camel_to_snake(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A literal value of the wrong type for a keyword whose type the index knows, and the edits
/// that write it in the type (none when the right value cannot be told).
struct Conversion {
    want: String,
    given: String,
    title: String,
    edits: Vec<Edit>,
}

/// What a literal is, for the type codes: `s`, `n`, `b`, or a list of one of them.
pub fn literal_kind(src: &str, node: &Node) -> Option<&'static str> {
    match node.kind().as_ref() {
        "true" | "false" => Some("b"),
        "integer" | "float" => Some("n"),
        "unary_operator"
            if node
                .field("argument")
                .is_some_and(|a| matches!(a.kind().as_ref(), "integer" | "float")) =>
        {
            Some("n")
        }
        "string" => python::py_string(node)
            .filter(|s| !s.is_f() && !s.is_bytes() && !src[s.body.clone()].contains('\\'))
            .map(|_| "s"),
        _ => None,
    }
}

fn describe(code: &str) -> String {
    match code {
        "s" => "a string".into(),
        "n" => "a number".into(),
        "b" => "a bool".into(),
        _ => match code.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
            Some(inner) => format!("a list of {}", plural(inner)),
            None => format!("a value of type `{code}`"),
        },
    }
}

fn plural(code: &str) -> &'static str {
    match code {
        "s" => "strings",
        "n" => "numbers",
        "b" => "bools",
        _ => "values",
    }
}

fn conversion<'a>(
    ctx: &Ctx<'a>,
    owner: &Class,
    param: &str,
    value: &Node<'a>,
) -> Option<Conversion> {
    let want = owner.ty.get(param)?.as_str();
    let src = ctx.src;
    let text = value.text().to_string();
    // A literal, or an attribute of a construct the file built (`sg.id` is a string token).
    let given = literal_kind(src, value).or_else(|| {
        if value.kind() != "attribute" {
            return None;
        }
        let c = crate::rules::shared::attributes::construct_of(ctx, &value.field("object")?)?;
        match c.attribute(&value.field("attribute")?.text())? {
            "s" => Some("s"),
            "n" => Some("n"),
            "b" => Some("b"),
            _ => None,
        }
    });
    let scalar = |k: &str| matches!(k, "s" | "n" | "b");
    let (title, edits) = match (want, given) {
        (w, Some(g)) if w == g => return None,
        ("s", Some("b")) => {
            let lit = if text == "True" {
                "\"true\""
            } else {
                "\"false\""
            };
            (
                format!("Write `{lit}`"),
                vec![Edit::replace(value.range().start, value.range().end, lit)],
            )
        }
        ("s", Some("n")) => {
            let lit = format!("\"{text}\"");
            (
                format!("Write `{lit}`"),
                vec![Edit::replace(value.range().start, value.range().end, lit)],
            )
        }
        ("n", Some("s")) => {
            let body = python::py_string(value).map(|s| src[s.body].to_string())?;
            let numeric = !body.is_empty()
                && body.trim() == body
                && body.parse::<f64>().is_ok_and(f64::is_finite)
                && body
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-'));
            if numeric {
                (
                    format!("Write `{body}`"),
                    vec![Edit::replace(value.range().start, value.range().end, body)],
                )
            } else {
                (String::new(), vec![])
            }
        }
        ("b", Some("s")) => {
            let body = python::py_string(value).map(|s| src[s.body].to_ascii_lowercase())?;
            let lit = match body.as_str() {
                "true" => "True",
                "false" => "False",
                _ => "",
            };
            if lit.is_empty() {
                (String::new(), vec![])
            } else {
                (
                    format!("Write `{lit}`"),
                    vec![Edit::replace(value.range().start, value.range().end, lit)],
                )
            }
        }
        (w, Some(g)) if w.strip_prefix('[').and_then(|x| x.strip_suffix(']')) == Some(g) => {
            let r = value.range();
            (
                "Wrap the value in a list".into(),
                vec![Edit::insert(r.start, "["), Edit::insert(r.end, "]")],
            )
        }
        (w, None) if scalar(w) && value.kind() == "list" => {
            let elems = python::items(value);
            match elems.as_slice() {
                [only] if literal_kind(src, only) == Some(w) => (
                    "Unwrap the one-element list".into(),
                    unwrap_edits(src, value, only),
                ),
                _ if elems.iter().all(|e| literal_kind(src, e).is_some()) => {
                    (String::new(), vec![])
                }
                _ => return None,
            }
        }
        (w, Some(_)) if scalar(w) => (String::new(), vec![]),
        // A dict or list literal where the schema wants a string: every such keyword
        // (`assume_role_policy`, `container_definitions`, a state machine's `definition`) takes
        // JSON, and Terraform's jsonencode() writes it, tokens inside included.
        ("s", None)
            if matches!(value.kind().as_ref(), "dictionary" | "list")
                || holds_literal(ctx, value) =>
        {
            match provider_api::core_fn(ctx) {
                Some((func, import)) => {
                    let r = value.range();
                    let mut edits = vec![
                        Edit::insert(r.start, format!("{func}.jsonencode(")),
                        Edit::insert(r.end, ")"),
                    ];
                    edits.extend(import);
                    (
                        format!("Encode the value with `{func}.jsonencode(...)`"),
                        edits,
                    )
                }
                None => (String::new(), vec![]),
            }
        }
        _ => return None,
    };
    let given = match (given, value.kind().as_ref()) {
        (Some(g), _) => format!("{} (`{}`)", describe(g), shorten(&text)),
        (None, "dictionary") => format!("a dict (`{}`)", shorten(&text)),
        (None, "identifier") => format!("the dict or list literal held in `{text}`"),
        (None, _) => format!("a list (`{}`)", shorten(&text)),
    };
    Some(Conversion {
        want: want.to_string(),
        given,
        title,
        edits,
    })
}

/// A name last assigned a dict or list literal in its function before `value` reads it
/// (`definition = {...}` then `definition=definition`).
fn holds_literal<'a>(ctx: &Ctx<'a>, value: &Node<'a>) -> bool {
    value.kind() == "identifier"
        && ctx
            .index()
            .assigned_value(ctx.root, value, &value.text(), value.range().start)
            .is_some_and(|r| matches!(r.kind().as_ref(), "dictionary" | "list"))
}

fn shorten(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 40 {
        format!("{}...", one_line.chars().take(37).collect::<String>())
    } else {
        one_line
    }
}
