//! The scripts as shipped: `static/sw.js` and wasm-bindgen's glue, without their comment lines
//! and indentation.
//!
//! trunk copies the worker as it is and cannot minify the glue, and their comments (the
//! worker's explain its caching strategy) and indentation are bytes of the bundle's gzip budget:
//! 1.7 KB of it. Only whole-line `//` comments, blank lines and leading white space go, and only
//! from a script where that cannot change what it means (see [`trimmed`]): the code itself is
//! untouched whatever it contains.

use std::path::Path;

/// The scripts trunk leaves as they are, by file name in `dist`.
const SCRIPTS: &[&str] = &["sw.js", "syncmap-web.js"];

/// Rewrites each of [`SCRIPTS`] in `dist` as [`trimmed`] gives it.
pub fn trim_in(dist: &Path) -> Result<(), String> {
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
        std::fs::write(&path, shipped)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
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
