//! What a fixer sees of the project around its file. A Terraform module is a directory and a
//! CDKTF app is a project, so some answers need the other files: whether the module already
//! declares a data source, who calls a constructor with `id=`. The engine gives every fixer a
//! read-only view of them: the files this run checks as they are in the current pass, and the
//! project's other files as the project layer read them (once, through the one safe reader).
//! Fixers never open files themselves: two workers could otherwise see each other's half-done
//! rewrites, and a hostile checkout could point them anywhere.

use std::cell::Cell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::lang::{Lang, Root};

/// The project layer's side of the view: files the run does not check, and project files.
pub trait Context: Sync {
    /// Files of `lang` in `dir` (and, when `recursive`, below it, as the walk would find them),
    /// with their text.
    fn files(&self, dir: &Path, lang: Lang, recursive: bool) -> Vec<(PathBuf, String)>;
    /// A small project file (`cdktf.json`, `Pipfile`), or `None` when it is absent or unreadable.
    fn project_file(&self, path: &Path) -> Option<String>;
    /// The root of the project a file belongs to (the nearest directory with a project marker).
    fn project_root(&self, file: &Path) -> PathBuf;
    /// Whether project files are not looked for above `dir` (a repository root).
    fn is_ceiling(&self, dir: &Path) -> bool;
    /// The directories above a file's own, nearest first, up to and including the ceiling, each
    /// with the file's path relative to it (`/`-separated).
    fn ancestors(&self, file: &Path) -> Vec<(PathBuf, String)>;
    /// Whether Python text is taken as CDKTF code without looking for an app around it (text
    /// with no project: tests, a snippet).
    fn assume_cdk(&self) -> bool {
        false
    }
}

/// No project around the files: a run on text that does not come from a checkout (tests, stdin).
pub struct NoContext;

impl Context for NoContext {
    fn files(&self, _: &Path, _: Lang, _: bool) -> Vec<(PathBuf, String)> {
        Vec::new()
    }
    fn project_file(&self, _: &Path) -> Option<String> {
        None
    }
    fn project_root(&self, file: &Path) -> PathBuf {
        dir_of(file).to_path_buf()
    }
    fn is_ceiling(&self, _: &Path) -> bool {
        true
    }
    fn ancestors(&self, _: &Path) -> Vec<(PathBuf, String)> {
        Vec::new()
    }
    fn assume_cdk(&self) -> bool {
        true
    }
}

/// What names a file's Terraform module in declaration keys: its directory.
pub fn module_key(file: &Path) -> String {
    dir_of(file).display().to_string()
}

/// The directory of a file (`.`-less: `""` for a bare name).
pub(crate) fn dir_of(file: &Path) -> &Path {
    file.parent().unwrap_or(Path::new(""))
}

/// A file in view: its path, current text and (parsed on first use) tree.
pub struct FileRef<'v> {
    pub path: &'v Path,
    pub text: &'v str,
    /// The run checks (and may fix) this file; a fix may edit only files it checks.
    pub checked: bool,
    lang: Lang,
    root: &'v OnceLock<Option<Root>>,
}

impl FileRef<'_> {
    /// The file's tree; `None` when it does not parse without errors.
    pub fn root(&self) -> Option<&Root> {
        parsed(self.root, self.lang, self.text)
    }
}

pub(crate) fn parsed<'r>(
    cell: &'r OnceLock<Option<Root>>,
    lang: Lang,
    text: &str,
) -> Option<&'r Root> {
    cell.get_or_init(|| {
        let root = lang.parse(text).ok()?;
        (crate::lang::syntax_error_count(&root) == 0).then_some(root)
    })
    .as_ref()
}

/// A file of the project that the run does not check.
pub(crate) struct ContextFile {
    path: PathBuf,
    text: String,
    root: OnceLock<Option<Root>>,
}

/// What the files of a run look like to the views of one pass.
pub(crate) struct Members<'a> {
    pub paths: Vec<&'a Path>,
    pub langs: Vec<Lang>,
    pub texts: Vec<&'a str>,
    pub roots: Vec<&'a OnceLock<Option<Root>>>,
}

/// Indexes over the run's files, built once per run.
pub(crate) struct Layout {
    by_dir: HashMap<PathBuf, Vec<usize>>,
    project_of: Vec<PathBuf>,
    by_project: HashMap<PathBuf, Vec<usize>>,
    checked: HashMap<PathBuf, usize>,
    /// Files the run does not check, read on first use and kept for the run (append-only, so
    /// views can hand out references into it while other workers add to it).
    context: elsa::sync::FrozenMap<(PathBuf, Lang, bool), Vec<ContextFile>>,
}

impl Layout {
    pub fn new(paths: &[&Path], context: &dyn Context) -> Layout {
        let mut by_dir: HashMap<PathBuf, Vec<usize>> = HashMap::new();
        let mut by_project: HashMap<PathBuf, Vec<usize>> = HashMap::new();
        let mut project_of = Vec::with_capacity(paths.len());
        let mut checked = HashMap::new();
        for (i, p) in paths.iter().enumerate() {
            by_dir.entry(dir_of(p).to_path_buf()).or_default().push(i);
            let root = context.project_root(p);
            by_project.entry(root.clone()).or_default().push(i);
            project_of.push(root);
            checked.insert(p.to_path_buf(), i);
        }
        Layout {
            by_dir,
            project_of,
            by_project,
            checked,
            context: elsa::sync::FrozenMap::new(),
        }
    }

    pub fn project_of(&self, file: usize) -> &Path {
        &self.project_of[file]
    }

    pub fn index_of(&self, path: &Path) -> Option<usize> {
        self.checked.get(path).copied()
    }

    fn context_files(
        &self,
        context: &dyn Context,
        dir: &Path,
        lang: Lang,
        recursive: bool,
    ) -> &[ContextFile] {
        let key = (dir.to_path_buf(), lang, recursive);
        if let Some(v) = self.context.get(&key) {
            return v;
        }
        let files: Vec<ContextFile> = context
            .files(dir, lang, recursive)
            .into_iter()
            .filter(|(p, _)| !self.checked.contains_key(p))
            .map(|(path, text)| ContextFile {
                path,
                text,
                root: OnceLock::new(),
            })
            .collect();
        // Two workers may load the same list at once; the first one stored wins.
        self.context.insert(key, files)
    }
}

/// Which parts of the project a file's fixers looked at in a pass: a change there in a later
/// pass means the file must be checked again.
#[derive(Clone, Copy, Default)]
pub(crate) struct Reads {
    pub module: bool,
    pub app: bool,
}

/// A fixer's read-only window on its file's project.
pub struct View<'a> {
    pub(crate) me: usize,
    pub(crate) members: &'a Members<'a>,
    pub(crate) layout: &'a Layout,
    pub(crate) context: &'a dyn Context,
    pub(crate) reads: &'a Cell<Reads>,
}

impl<'a> View<'a> {
    fn path(&self) -> &'a Path {
        self.members.paths[self.me]
    }

    fn member(&self, i: usize) -> FileRef<'a> {
        FileRef {
            path: self.members.paths[i],
            text: self.members.texts[i],
            checked: true,
            lang: self.members.langs[i],
            root: self.members.roots[i],
        }
    }

    /// The module's other `.tf` files (the file's directory), in path order.
    pub fn module_files(&self) -> Vec<FileRef<'a>> {
        let mut r = self.reads.get();
        r.module = true;
        self.reads.set(r);
        let dir = dir_of(self.path());
        let mut out: Vec<FileRef<'a>> = self
            .layout
            .by_dir
            .get(dir)
            .into_iter()
            .flatten()
            .filter(|&&i| i != self.me && self.members.langs[i] == Lang::Hcl)
            .map(|&i| self.member(i))
            .collect();
        out.extend(self.unchecked(dir, Lang::Hcl, false));
        out.sort_by(|a, b| a.path.cmp(b.path));
        out
    }

    /// The app's other Python files (the file's project), in path order.
    pub fn app_files(&self) -> Vec<FileRef<'a>> {
        let mut r = self.reads.get();
        r.app = true;
        self.reads.set(r);
        let root = self.layout.project_of(self.me);
        let mut out: Vec<FileRef<'a>> = self
            .layout
            .by_project
            .get(root)
            .into_iter()
            .flatten()
            .filter(|&&i| i != self.me && self.members.langs[i] == Lang::Python)
            .map(|&i| self.member(i))
            .collect();
        out.extend(self.unchecked(root, Lang::Python, true));
        out.sort_by(|a, b| a.path.cmp(b.path));
        out
    }

    fn unchecked(&self, dir: &Path, lang: Lang, recursive: bool) -> Vec<FileRef<'a>> {
        self.layout
            .context_files(self.context, dir, lang, recursive)
            .iter()
            .map(|f| FileRef {
                path: &f.path,
                text: &f.text,
                checked: false,
                lang,
                root: &f.root,
            })
            .collect()
    }

    /// The root of this file's project.
    pub fn project_root(&self) -> &'a Path {
        self.layout.project_of(self.me)
    }

    /// A project file's text (`cdktf.json`, `Pipfile`), through the project layer's reader.
    pub fn project_file(&self, path: &Path) -> Option<String> {
        self.context.project_file(path)
    }

    /// Whether project files are not looked for above `dir`.
    pub fn is_ceiling(&self, dir: &Path) -> bool {
        self.context.is_ceiling(dir)
    }

    /// The directories above this file's own, up to the ceiling, with the file's path from
    /// each.
    pub fn ancestors(&self) -> Vec<(PathBuf, String)> {
        self.context.ancestors(self.path())
    }

    /// Whether the run checks `path` (so a fix may edit it).
    pub fn is_checked(&self, path: &Path) -> bool {
        self.layout.index_of(path).is_some()
    }
}
