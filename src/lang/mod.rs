//! The languages cdktf-fix understands, and how a file is mapped to one.
//!
//! Parsing goes through ast-grep-language's Python and HCL definitions (built with only those two
//! tree-sitter grammars) so that spec patterns get ast-grep's `$VAR` pre-processing for free.

use std::path::Path;

pub mod hcl;
pub mod python;
pub mod text;

use ast_grep_core::AstGrep;
use ast_grep_core::tree_sitter::StrDoc;
pub use ast_grep_language::SupportLang;

/// A parsed source file.
pub type Root = AstGrep<StrDoc<SupportLang>>;
/// A node of a parsed source file.
pub type Node<'r> = ast_grep_core::Node<'r, StrDoc<SupportLang>>;

/// The closed set of languages a codemod spec may name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Python,
    Hcl,
    /// Project files with no grammar here (requirements*.txt, Pipfile, package.json, Makefile):
    /// a spec picks them by file-name glob (`files:`) and a Rust text fixer edits them.
    Text,
}

impl Lang {
    pub fn from_name(name: &str) -> Option<Lang> {
        match name.to_ascii_lowercase().as_str() {
            "python" | "py" => Some(Lang::Python),
            "hcl" | "terraform" | "tf" => Some(Lang::Hcl),
            "text" => Some(Lang::Text),
            _ => None,
        }
    }

    /// Language of a path by extension. `.tfvars` is left out on purpose: it holds values, never
    /// the resources our codemods rewrite.
    pub fn from_path(path: &Path) -> Option<Lang> {
        match path.extension()?.to_str()? {
            "py" | "pyi" => Some(Lang::Python),
            "tf" => Some(Lang::Hcl),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Hcl => "hcl",
            Lang::Text => "text",
        }
    }

    /// The tree-sitter grammar, which text files do not have.
    pub fn support(self) -> Option<SupportLang> {
        match self {
            Lang::Python => Some(SupportLang::Python),
            Lang::Hcl => Some(SupportLang::Hcl),
            Lang::Text => None,
        }
    }

    /// Parse `src`. tree-sitter always yields a tree (errors become ERROR nodes), so this only
    /// fails when the parser itself gives up, e.g. on cancellation, or for text, which has no
    /// grammar.
    pub fn parse(self, src: &str) -> Result<Root, String> {
        let support = self
            .support()
            .ok_or_else(|| "text files have no syntax tree".to_string())?;
        AstGrep::try_new(src, support)
    }
}

/// Number of ERROR and MISSING nodes: the measure used to tell whether a fix made the syntax worse.
pub fn syntax_error_count(root: &Root) -> usize {
    let top = root.root().get_inner_node();
    if !top.has_error() {
        return 0;
    }
    let mut count = 0;
    let mut cursor = top.walk();
    let mut stack = vec![top];
    while let Some(node) = stack.pop() {
        if node.is_error() || node.is_missing() {
            count += 1;
            continue;
        }
        if node.has_error() {
            for child in node.children(&mut cursor) {
                stack.push(child);
            }
        }
    }
    count
}

/// 1-based line and column (in characters) of the first syntax error, for diagnostics.
pub fn first_syntax_error(root: &Root) -> Option<(usize, usize)> {
    let top = root.root().get_inner_node();
    if !top.has_error() {
        return None;
    }
    let mut cursor = top.walk();
    let mut node = top;
    'descend: loop {
        for child in node.children(&mut cursor) {
            if child.is_error() || child.is_missing() {
                let p = child.start_position();
                return Some((p.row + 1, p.column + 1));
            }
            if child.has_error() {
                node = child;
                continue 'descend;
            }
        }
        let p = node.start_position();
        return Some((p.row + 1, p.column + 1));
    }
}

/// The `files:` globs of text codemods. A pattern without `/` matches the file name
/// (`requirements*.txt`), one with `/` the end of the path (`.github/workflows/*.yml`), so a
/// project is matched the same wherever it is checked from.
#[derive(Clone, Debug)]
pub struct FileGlobs {
    names: globset::GlobSet,
    paths: globset::GlobSet,
    patterns: Vec<String>,
}

impl FileGlobs {
    pub fn new(patterns: &[String]) -> Result<FileGlobs, String> {
        let mut names = globset::GlobSetBuilder::new();
        let mut paths = globset::GlobSetBuilder::new();
        for p in patterns {
            let (set, pat) = if p.contains('/') {
                (&mut paths, format!("**/{}", p.trim_start_matches('/')))
            } else {
                (&mut names, p.clone())
            };
            let glob = globset::GlobBuilder::new(&pat)
                .literal_separator(true)
                .build()
                .map_err(|e| format!("bad file pattern `{p}`: {e}"))?;
            set.add(glob);
        }
        let build = |b: globset::GlobSetBuilder| b.build().map_err(|e| e.to_string());
        Ok(FileGlobs {
            names: build(names)?,
            paths: build(paths)?,
            patterns: patterns.to_vec(),
        })
    }

    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    pub fn matches(&self, path: &Path) -> bool {
        let name_hit = path
            .file_name()
            .is_some_and(|n| self.names.is_match(Path::new(n)));
        name_hit || (!self.paths.is_empty() && self.paths.is_match(path))
    }
}
