//! The scripts as shipped: `static/sw.js` and wasm-bindgen's glue, without their comment lines
//! and indentation.
//!
//! trunk copies the worker as it is and cannot minify the glue, and their comments (the
//! worker's explain its caching strategy) and indentation are bytes of the bundle's gzip budget:
//! 1.7 KB of it. Only whole-line `//` comments, blank lines and leading white space go, and only
//! from a script where that cannot change what it means (see [`trimmed`]): the code itself is
//! untouched whatever it contains.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha384};

/// The scripts trunk leaves as they are, by file name in `dist`.
const SCRIPTS: &[&str] = &["sw.js", "syncmap-web.js", "syncmap-worker.js"];

/// Rewrites each of [`SCRIPTS`] in `dist` as [`trimmed`] gives it, and the integrity hash that
/// `index.html` pins it with (trunk pins the glue: a browser refuses a file whose hash differs).
pub fn trim_in(dist: &Path) -> Result<(), String> {
    let page_path = dist.join("index.html");
    let mut page = std::fs::read_to_string(&page_path)
        .map_err(|e| format!("cannot read {}: {e}", page_path.display()))?;
    for name in SCRIPTS {
        let path = dist.join(name);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let Some(shipped) = trimmed(&text) else {
            println!(
                "xtask: {name} holds a block comment or a multi-line template: shipped as it is"
            );
            continue;
        };
        // A script the page loads is pinned by its hash; one it does not (the worker) is not.
        let pinned = integrity(&text);
        if page.contains(&pinned) {
            page = page.replace(&pinned, &integrity(&shipped));
        } else if page.contains(name) {
            return Err(format!(
                "index.html loads {name} without its hash {pinned}: cannot pin the trimmed file"
            ));
        }
        std::fs::write(&path, shipped)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    std::fs::write(&page_path, page)
        .map_err(|e| format!("cannot write {}: {e}", page_path.display()))
}

/// The subresource integrity value of `text`, as trunk writes it.
fn integrity(text: &str) -> String {
    format!(
        "sha384-{}",
        STANDARD.encode(Sha384::digest(text.as_bytes()))
    )
}

/// `text` without the lines that hold only a `//` comment or nothing, and without the white
/// space that starts each line; `None` when that could change the script: when a `/*` comment or
/// a template literal may span lines (a line with an odd number of backticks), where a line's
/// start is not code. Line breaks stay, so no statement runs into the next.
fn trimmed(text: &str) -> Option<String> {
    let spans_lines = |line: &str| line.contains("/*") || line.matches('`').count() % 2 == 1;
    if text.lines().any(spans_lines) {
        return None;
    }
    Some(
        text.lines()
            .map(str::trim_start)
            .filter(|code| !code.is_empty() && !code.starts_with("//"))
            .flat_map(|code| [code, "\n"])
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_comment_lines_and_indentation_and_keeps_code_with_slashes() {
        let worker =
            "// why\n\"use strict\";\n\n  // more why\n  const url = \"https://x/y\"; // kept\n";
        assert_eq!(
            trimmed(worker).unwrap(),
            "\"use strict\";\nconst url = \"https://x/y\"; // kept\n"
        );
    }

    #[test]
    fn the_page_pins_the_trimmed_glue() {
        let dir = std::env::temp_dir().join(format!("xtask-scripts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let glue = "// comment\n    export function f() {}\n";
        std::fs::write(dir.join("syncmap-web.js"), glue).unwrap();
        std::fs::write(dir.join("sw.js"), "  // why\n  self.x = 1;\n").unwrap();
        // The background worker's glue: not pinned by the page, trimmed all the same.
        std::fs::write(dir.join("syncmap-worker.js"), "  let w;\n  // c\n").unwrap();
        let page = format!(
            "<link rel=modulepreload href=./syncmap-web.js integrity={}>",
            integrity(glue)
        );
        std::fs::write(dir.join("index.html"), &page).unwrap();
        trim_in(&dir).unwrap();
        let shipped = std::fs::read_to_string(dir.join("syncmap-web.js")).unwrap();
        assert_eq!(shipped, "export function f() {}\n");
        let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(page.contains(&integrity(&shipped)), "{page}");
        assert!(!page.contains(&integrity(glue)));
        let worker = std::fs::read_to_string(dir.join("syncmap-worker.js")).unwrap();
        assert_eq!(worker, "let w;\n");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn leaves_scripts_whose_lines_may_not_start_with_code() {
        assert_eq!(trimmed("const a = `x\n  // y\n`;\n"), None);
        assert_eq!(trimmed("/* a\n  // b */\n"), None);
        assert!(trimmed("const a = `x ${b}`;\n").is_some());
    }

    #[test]
    fn the_shipped_worker_keeps_every_code_line() {
        let source = include_str!("../../static/sw.js");
        let shipped = trimmed(source).expect("the worker has no multi-line literal");
        fn code(text: &str) -> Vec<&str> {
            text.lines()
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//"))
                .map(str::trim)
                .collect()
        }
        assert_eq!(code(&shipped), code(source));
        assert!(shipped.len() < source.len() * 3 / 4, "{}", shipped.len());
    }
}
