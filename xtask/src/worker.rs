//! The service worker as shipped: `static/sw.js` without its comment lines.
//!
//! trunk copies the worker as it is, and its comments (which explain the caching strategy) are
//! most of its bytes: 1.2 KB of the bundle's gzip budget. Only whole-line `//` comments and
//! blank lines go, so the code itself is untouched whatever it contains.

use std::path::Path;

/// Rewrites `dist/sw.js` without its comment lines.
pub fn strip_comments_in(dist: &Path) -> Result<(), String> {
    let path = dist.join("sw.js");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    std::fs::write(&path, without_comment_lines(&text))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `text` without the lines that hold only a `//` comment or nothing.
fn without_comment_lines(text: &str) -> String {
    text.lines()
        .filter(|line| {
            let code = line.trim_start();
            !code.is_empty() && !code.starts_with("//")
        })
        .flat_map(|line| [line, "\n"])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_comment_lines_and_keeps_code_with_slashes() {
        let worker =
            "// why\n\"use strict\";\n\n  // more why\nconst url = \"https://x/y\"; // kept\n";
        assert_eq!(
            without_comment_lines(worker),
            "\"use strict\";\nconst url = \"https://x/y\"; // kept\n"
        );
    }

    #[test]
    fn the_shipped_worker_keeps_every_code_line() {
        let source = include_str!("../../static/sw.js");
        let shipped = without_comment_lines(source);
        let code = |text: &str| {
            text.lines()
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//"))
                .count()
        };
        assert_eq!(code(&shipped), code(source));
        assert!(shipped.len() < source.len() * 3 / 4, "{}", shipped.len());
    }
}
