//! The size check: the web app as a browser downloads it (each file gzip-compressed). A size,
//! not a time, so it is the same on every machine.
//!
//! The first load is every file but those of the [`APART`] parts: the background worker, which
//! the page loads on demand (the dsconfig import and the password checker), and the embedding
//! demo, a page of its own that the app never loads. Any other file counts, so a new one is in
//! the first load until it is classed. The build fails when the first load passes [`BUDGET`];
//! every run prints each file, each part and the margin left.

use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;

/// The target for the first load (wasm, js, css, html), gzip, in bytes. What the first screen
/// does not need loads on demand (the worker); the rest is the editor, every check, the
/// renderer and their texts (the guidance for each kind of endpoint with Ping's pages, the
/// PowerShell script, each rule's page and each property's versions), which any scenario may
/// show at once, and the import's baseline with the choices of scripts the worker writes (the
/// change scripts and the runbook: their engines load on demand). Text only the command line
/// prints (catalog help, rule summaries) is left out.
pub const BUDGET: u64 = 258_000;

/// The parts apart from the first load: what they are, and the prefix of their files' names.
const APART: &[(&str, &str)] = &[
    (
        "on demand: the background worker (dsconfig import, password checker)",
        "syncmap-worker",
    ),
    ("another page: the embedding demo", "embed"),
];

/// Prints each file's raw and gzip size, the first load against [`BUDGET`] and each part apart
/// from it, and fails when the first load passes the budget.
pub fn check(dist: &Path) -> Result<(), String> {
    let mut entries: Vec<_> = std::fs::read_dir(dist)
        .map_err(|e| format!("cannot read {}: {e}", dist.display()))?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_file())
        .collect();
    entries.sort_by_key(|entry| entry.file_name());
    let mut first_load = 0;
    let mut parts = vec![0; APART.len()];
    println!("{:>10} {:>10}  file", "bytes", "gzip");
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let gzip = gzip_len(&bytes)?;
        match part_of(&name) {
            Some(part) => parts[part] += gzip,
            None => first_load += gzip,
        }
        println!("{:>10} {:>10}  {name}", bytes.len(), gzip);
    }
    for ((label, _), gzip) in APART.iter().zip(&parts) {
        println!("{label}: {gzip} bytes gzip");
    }
    println!("{}", verdict(first_load));
    if first_load > BUDGET {
        return Err(format!(
            "the web app's first load is {first_load} bytes gzip, over the {BUDGET}-byte budget"
        ));
    }
    Ok(())
}

/// Which part apart from the first load the file `name` belongs to, if any.
fn part_of(name: &str) -> Option<usize> {
    APART
        .iter()
        .position(|(_, prefix)| name.starts_with(prefix))
}

/// One line on where the first load stands.
fn verdict(total: u64) -> String {
    match total.checked_sub(BUDGET) {
        None | Some(0) => format!(
            "first load: {total} bytes gzip, within the {BUDGET}-byte budget ({} to spare)",
            BUDGET - total
        ),
        Some(over) => format!(
            "first load: {total} bytes gzip: NOT within the {BUDGET}-byte budget (over by {over})"
        ),
    }
}

fn gzip_len(bytes: &[u8]) -> Result<u64, String> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).map_err(|e| format!("gzip: {e}"))?;
    let compressed = encoder.finish().map_err(|e| format!("gzip: {e}"))?;
    Ok(compressed.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_says_whether_the_budget_is_met() {
        assert!(verdict(BUDGET).contains("within the 258000-byte budget (0 to spare)"));
        assert!(verdict(BUDGET - 5).contains("(5 to spare)"));
        let over = verdict(BUDGET + 10);
        assert!(
            over.contains("NOT within") && over.contains("over by 10"),
            "{over}"
        );
    }

    #[test]
    fn the_worker_and_the_demo_are_apart_and_the_page_s_files_are_not() {
        for name in [
            "syncmap-worker.js",
            "syncmap-worker_bg.wasm",
            "syncmap-worker_loader.js",
        ] {
            assert_eq!(part_of(name), Some(0), "{name}");
        }
        for name in [
            "index.html",
            "syncmap-web.js",
            "syncmap-web_bg.wasm",
            "sw.js",
        ] {
            assert_eq!(part_of(name), None, "{name}");
        }
    }
}
