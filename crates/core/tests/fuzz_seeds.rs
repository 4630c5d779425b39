//! The fuzz targets' corpora replayed on stable Rust: every file in `fuzz/corpus/TARGET` (the
//! committed `seed-*` files and whatever a fuzzing run added) goes through the check that
//! target runs, the same function, included from `fuzz/checks/TARGET.rs`. Fuzzing itself needs
//! nightly (`cargo xtask fuzz`); these tests do not.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

#[path = "../../../fuzz/checks/dsconfig.rs"]
mod dsconfig;
#[path = "../../../fuzz/checks/inspect_password.rs"]
mod inspect_password;
#[path = "../../../fuzz/checks/permalink.rs"]
mod permalink;
#[path = "../../../fuzz/checks/scenario.rs"]
mod scenario;

/// The text a `&str` fuzz target is given for `bytes`: their longest prefix that is UTF-8, as
/// libfuzzer-sys takes it (`<&str as arbitrary::Arbitrary>::arbitrary_take_rest`).
fn text(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).expect("a UTF-8 prefix"),
    }
}

/// Runs `check` on every file in `fuzz/corpus/{target}`, and fails naming each file it failed
/// on. The directory is in the repository: without it, or without a file in it, the test fails.
fn replay(target: &str, check: fn(&str)) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the fuzz corpus {} should be readable: {e}", dir.display()))
        .map(|entry| entry.expect("a fuzz corpus entry").path())
        .filter(|path| !path.is_dir())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} has no seeds", dir.display());
    let mut failed = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path)
            .unwrap_or_else(|e| panic!("{} should be readable: {e}", path.display()));
        // The check's own panic message is printed above the list.
        if catch_unwind(AssertUnwindSafe(|| check(text(&bytes)))).is_err() {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            failed.push(format!("fuzz/corpus/{target}/{name}"));
        }
    }
    assert!(
        failed.is_empty(),
        "the {target} check failed on {} of {} files:\n{}",
        failed.len(),
        files.len(),
        failed.join("\n")
    );
}

#[test]
fn the_dsconfig_corpus_passes_its_check() {
    replay("dsconfig", dsconfig::check);
}

#[test]
fn the_inspect_password_corpus_passes_its_check() {
    replay("inspect_password", inspect_password::check);
}

#[test]
fn the_permalink_corpus_passes_its_check() {
    replay("permalink", permalink::check);
}

#[test]
fn the_scenario_corpus_passes_its_check() {
    replay("scenario", scenario::check);
}

#[test]
fn a_failure_names_the_files_it_failed_on() {
    let failure = catch_unwind(|| replay("dsconfig", |_| panic!("a check that always fails")))
        .expect_err("the replay fails");
    let message = failure
        .downcast_ref::<String>()
        .expect("a formatted message");
    let named: Vec<&str> = message.lines().skip(1).collect();
    for seed in ["seed-catalog", "seed-pingone"] {
        assert!(
            named.contains(&format!("fuzz/corpus/dsconfig/{seed}").as_str()),
            "{message}"
        );
    }
}

#[test]
#[should_panic(expected = "the fuzz corpus")]
fn a_missing_corpus_directory_fails() {
    replay("no-such-target", dsconfig::check);
}

#[test]
fn a_target_is_given_the_longest_utf8_prefix() {
    assert_eq!(text(b"dsconfig"), "dsconfig");
    assert_eq!(text(b"ab\xffcd"), "ab");
    assert_eq!(text("é".as_bytes()), "é");
    assert_eq!(text(&"é".as_bytes()[..1]), "");
}
