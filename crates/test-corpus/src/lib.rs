//! Where the tests find the corpus of real dsconfig files, and what they do without it.
//!
//! The corpus (Ping's own batch files, one folder per repository they come from) is not part of
//! the repository. It is at `$SYNCMAP_CORPUS` if that is set (a relative path is taken from the
//! repository root), else at `../shared/corpus` beside the repository. When it is absent, a test
//! that reads it is skipped: [`dir`] and [`files`] write `skipped TEST: no corpus at PATH (...)`
//! to standard error and give `None`, and the test returns. With `SYNCMAP_REQUIRE_CORPUS=1`
//! (for CI) the absence is a failure instead: they panic with the same message.
//!
//! This is a crate of its own, used only as a dev-dependency, because the tests that read the
//! corpus are in four places: the core's unit tests, the core's and the server's integration
//! tests, and the web app's native unit tests. A module of the core under `cfg(test)` is not
//! visible to the other crates' tests, and the core does no I/O in its normal build, so the
//! lookup cannot be a public part of it; a file included with `#[path]` into every test binary would
//! be compiled once per binary at four different relative paths. A crate without dependencies
//! is the one definition all of them can name. It builds for `wasm32-unknown-unknown` too (the web
//! app's dev-dependencies are built for its browser tests), where it finds no corpus.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The variable that says where the corpus is.
pub const CORPUS_VAR: &str = "SYNCMAP_CORPUS";

/// The variable that, set to `1` (any value but empty or `0`), makes a missing corpus a failure
/// rather than a skip.
pub const REQUIRE_VAR: &str = "SYNCMAP_REQUIRE_CORPUS";

/// One file of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct File {
    /// The file's local name: its path in the repository it comes from, with `__` for `/`.
    pub name: String,
    /// The folder it is in: the repository it comes from, `owner__name`.
    pub repository: String,
    /// The whole file.
    pub text: String,
}

/// The corpus directory, or `None` (after saying so on standard error) when the running test is
/// to be skipped because it is absent. Panics instead when `SYNCMAP_REQUIRE_CORPUS=1`.
#[track_caller]
pub fn dir() -> Option<PathBuf> {
    let (path, hint) = match std::env::var_os(CORPUS_VAR).filter(|v| !v.is_empty()) {
        Some(path) => (repository_root().join(path), format!("from {CORPUS_VAR}")),
        None => (
            beside_the_repository(),
            format!("set {CORPUS_VAR}, or clone it beside the repository"),
        ),
    };
    if path.is_dir() {
        return Some(path);
    }
    // libtest runs each test on a thread named after it.
    let test = std::thread::current()
        .name()
        .filter(|name| *name != "main")
        .unwrap_or("a test")
        .to_owned();
    let message = format!("no corpus at {} ({hint})", path.display());
    if required(std::env::var_os(REQUIRE_VAR)) {
        panic!("{test}: {message}, and {REQUIRE_VAR}=1 requires it");
    }
    // Straight to the process's standard error: libtest captures what the print macros write
    // and shows it only for a failed test, and a skipped test passes. One write, so that the
    // line is not cut by the test runner's own lines when both go to the same place.
    let line = format!("skipped {test}: {message}\n");
    let _ = std::io::stderr().write_all(line.as_bytes());
    None
}

/// Every file in the corpus's repository folders (not the notes beside them), sorted by name;
/// `None` as [`dir`] gives it. Panics on a file that cannot be read as UTF-8 text.
#[track_caller]
pub fn files() -> Option<Vec<File>> {
    let dir = dir()?;
    let mut files = Vec::new();
    for folder in read_dir(&dir) {
        if !folder.is_dir() {
            continue;
        }
        let repository = file_name(&folder);
        for path in read_dir(&folder) {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} should be UTF-8 text: {e}", path.display()));
            files.push(File {
                name: file_name(&path),
                repository: repository.clone(),
                text,
            });
        }
    }
    files.sort();
    Some(files)
}

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
        panic!(
            "the corpus folder {} should be readable: {e}",
            dir.display()
        )
    });
    entries
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("an entry of {}: {e}", dir.display()))
                .path()
        })
        .collect()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// `SYNCMAP_REQUIRE_CORPUS` asks for the corpus unless it is unset, empty or `0`.
fn required(value: Option<OsString>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0")
}

/// The repository root: this crate is at `crates/test-corpus` in it.
fn repository_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .map_or_else(|| manifest.join("../.."), Path::to_path_buf)
}

/// `../shared/corpus` from the repository root, written without the `..` when it can be.
fn beside_the_repository() -> PathBuf {
    let root = repository_root();
    match root.parent() {
        Some(parent) => parent.join("shared/corpus"),
        None => root.join("../shared/corpus"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_place_is_beside_the_repository() {
        let root = repository_root();
        assert!(
            root.join("crates/test-corpus/Cargo.toml").is_file(),
            "{root:?}"
        );
        assert_eq!(
            beside_the_repository(),
            root.parent().unwrap().join("shared/corpus")
        );
    }

    #[test]
    fn only_an_empty_or_zero_value_does_not_require_the_corpus() {
        assert!(!required(None));
        assert!(!required(Some("".into())));
        assert!(!required(Some("0".into())));
        assert!(required(Some("1".into())));
    }
}
