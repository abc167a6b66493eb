//! Provider classes whose real name carries an `A` suffix (the provider generator's one shared
//! class-name list gave the plain name to an earlier struct). The rename table is the spec's
//! `data.renames`; this fixer renames the import and every use of the name in the file.

use std::collections::HashMap;

use crate::engine::edit::{Edit, Fix};
use crate::rules::shared::provider_api::submodule;
use crate::rules::{Ctx, Hit, Match};

struct Table<'a> {
    /// (module, wrong name) -> right name
    renames: HashMap<(&'a str, &'a str), &'a str>,
}

fn table<'a>(ctx: &Ctx<'a>) -> Table<'a> {
    let data = &ctx.codemod.data;
    let mut renames = HashMap::new();
    for row in data
        .get("renames")
        .and_then(|r| r.as_array())
        .into_iter()
        .flatten()
    {
        let get = |k: &str| row.get(k).and_then(|v| v.as_str());
        if let (Some(m), Some(f), Some(t)) = (get("module"), get("from"), get("to")) {
            renames.insert((m, f), t);
        }
    }
    Table { renames }
}

pub fn fix<'a>(ctx: &Ctx<'a>, m: &Match<'a>) -> Vec<Hit> {
    let node = m.get_node();
    let t = table(ctx);
    match node.kind().as_ref() {
        "import_from_statement" => from_import(ctx, &t, node),
        "attribute" => attribute(ctx, &t, node),
        _ => vec![],
    }
}

/// `from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioning [as V]`
fn from_import(ctx: &Ctx, t: &Table, stmt: &crate::lang::Node) -> Vec<Hit> {
    let Some(module_path) = stmt.field("module_name").map(|m| m.text().to_string()) else {
        return vec![];
    };
    let Some(module) = submodule(&module_path) else {
        return vec![];
    };
    let bindings = &ctx.index().bindings;
    let mut hits = Vec::new();
    for b in bindings.iter().filter(|b| b.stmt == stmt.range()) {
        let Some(&right) = t.renames.get(&(module, b.imported.as_str())) else {
            continue;
        };
        let mut hit = Hit::new(b.name_range.clone()).message(format!(
            "`{}` does not exist in `{module_path}`: the class is `{right}` (ImportError at synth)",
            b.imported
        ));
        let mut edits = vec![Edit::replace(b.name_range.start, b.name_range.end, right)];
        let aliased = b.local != b.imported;
        if !aliased {
            // Another import of the same name (e.g. the struct from s3_bucket) means the uses
            // cannot be told apart: report, do not guess.
            let clash = bindings
                .iter()
                .any(|o| o.local == b.local && o.stmt != b.stmt);
            if clash {
                hits.push(hit.message(format!(
                    "`{}` does not exist in `{module_path}` (the class is `{right}`), and the name is imported elsewhere too; rename the uses by hand",
                    b.imported
                )));
                continue;
            }
            for use_ in ctx.index().name_uses(&b.local) {
                let r = use_.range();
                edits.push(Edit::replace(r.start, r.end, right));
            }
        }
        hit = hit.fix(Fix::new(
            format!("Use `{right}`"),
            ctx.codemod.safety.ceiling(),
            edits,
        ));
        hits.push(hit);
    }
    hits
}

/// `s3_bucket_versioning.S3BucketVersioning(...)` with the module imported by name.
fn attribute(ctx: &Ctx, t: &Table, attr: &crate::lang::Node) -> Vec<Hit> {
    let (Some(obj), Some(name)) = (attr.field("object"), attr.field("attribute")) else {
        return vec![];
    };
    let obj_text = obj.text();
    let name_text = name.text();
    let module = if let Some(rest) = submodule(&obj_text) {
        rest.to_string()
    } else {
        let bindings = &ctx.index().bindings;
        let Some(b) = bindings.iter().find(|b| b.local == obj_text) else {
            return vec![];
        };
        let full = if b.is_from {
            format!("{}.{}", b.module, b.imported)
        } else {
            b.imported.clone()
        };
        match submodule(&full) {
            Some(m) => m.to_string(),
            None => return vec![],
        }
    };
    let Some(&right) = t.renames.get(&(module.as_str(), name_text.as_ref())) else {
        return vec![];
    };
    let r = name.range();
    vec![
        Hit::new(r.clone())
            .message(format!("`{name_text}` does not exist in module `{module}`: the class is `{right}` (AttributeError at synth)"))
            .fix(Fix::new(format!("Use `{right}`"), ctx.codemod.safety.ceiling(), vec![Edit::replace(r.start, r.end, right)])),
    ]
}
