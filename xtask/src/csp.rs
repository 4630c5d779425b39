//! The Content-Security-Policy of the built pages, as a `<meta>` element.
//!
//! The policy allows nothing from another origin. trunk inlines a `<script type=module>` that
//! loads the app, which `script-src 'self'` would block, so each page's inline scripts are
//! allowed by their sha256 hash, computed here on the built file. `frame-ancestors` cannot be
//! set from a `<meta>`; the server sends it as a header.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

use crate::html;

/// The policy, with `{scripts}` standing for the inline scripts' hash sources. One file, which
/// the server reads too for the headers of the app's other files.
const POLICY: &str = include_str!("../../static/content-security-policy.txt");

/// Adds the policy to every HTML page directly in `dist`.
pub fn apply_to_dir(dist: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "html") {
            let page = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let with_policy = apply(&page).map_err(|e| format!("{}: {e}", path.display()))?;
            std::fs::write(&path, with_policy)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// `page` with the policy `<meta>` as the first element of its `<head>`.
pub fn apply(page: &str) -> Result<String, String> {
    let tags = html::tags(page);
    // Two policies would both apply (the stricter wins everywhere): refuse rather than guess.
    if tags.iter().any(|tag| {
        tag.name == "meta"
            && tag
                .attr("http-equiv")
                .is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
    }) {
        return Err("already has a Content-Security-Policy <meta>".to_owned());
    }
    let mut hashes: Vec<String> = Vec::new();
    for tag in &tags {
        if tag.name != "script" || tag.attr("src").is_some() {
            continue;
        }
        let body = tag.raw_text.unwrap_or_default();
        let hash = script_hash(body);
        if !body.is_empty() && !hashes.contains(&hash) {
            hashes.push(hash);
        }
    }
    let element = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&hashes)
    );
    let at = insertion_point(page, &tags);
    Ok(format!("{}{element}{}", &page[..at], &page[at..]))
}

/// The policy allowing the given script hash sources.
pub fn policy(hashes: &[String]) -> String {
    let scripts: String = hashes.iter().map(|h| format!(" {h}")).collect();
    POLICY.trim().replace("{scripts}", &scripts)
}

/// The CSP hash source (`'sha256-…'`) of an inline script's text as written in the file.
pub fn script_hash(body: &str) -> String {
    // Browsers hash the text after HTML's newline normalization (CRLF and CR become LF).
    let normalized = body.replace("\r\n", "\n").replace('\r', "\n");
    let digest = Sha256::digest(normalized.as_bytes());
    format!("'sha256-{}'", STANDARD.encode(digest))
}

/// Just inside `<head>`; minified pages omit the tag, then just inside `<html>`, or after the
/// doctype. A policy only governs what comes after it, so nothing may precede it.
fn insertion_point(page: &str, tags: &[html::Tag<'_>]) -> usize {
    if let Some(head) = tags.iter().find(|t| t.name == "head") {
        return head.end;
    }
    if let Some(root) = tags.iter().find(|t| t.name == "html") {
        return root.end;
    }
    let trimmed = page.trim_start();
    if trimmed.len() >= 9 && trimmed[..9].eq_ignore_ascii_case("<!doctype") {
        let start = page.len() - trimmed.len();
        return trimmed.find('>').map_or(0, |e| start + e + 1);
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What trunk 0.21 writes (minified, `<head>` omitted).
    const TRUNK_PAGE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>t</title>\
        <script type=module>import init from './app.js';\nawait init();</script>\
        <link href=./app.js rel=modulepreload></head><body></body></html>";

    #[test]
    fn hashes_like_the_browser() {
        // `echo -n "alert('x');" | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            script_hash("alert('x');"),
            "'sha256-gdduJJN0Ft4NTW7qTO4UjiDBubsSbNtWFkkUH3J1otM='"
        );
        assert_eq!(script_hash("a\r\nb\rc"), script_hash("a\nb\nc"));
    }

    #[test]
    fn the_policy_is_the_first_element_and_allows_the_inline_loader() {
        let page = apply(TRUNK_PAGE).unwrap();
        let expected_hash = script_hash("import init from './app.js';\nawait init();");
        let tags = html::tags(&page);
        assert_eq!(tags[1].name, "meta", "right after <html>: {page}");
        assert_eq!(tags[1].attr("http-equiv"), Some("Content-Security-Policy"));
        let content = tags[1].attr("content").unwrap();
        assert!(
            content.contains(&format!(
                "script-src 'self' {expected_hash} 'wasm-unsafe-eval';"
            )),
            "{content}"
        );
        for directive in [
            "default-src 'self'",
            "style-src 'self';",
            "connect-src 'self'",
            "object-src 'none'",
            "form-action 'none'",
        ] {
            assert!(content.contains(directive), "{directive} in {content}");
        }
        // Everything else is unchanged.
        let meta = &page[tags[1].start..tags[1].end];
        assert_eq!(page.replacen(meta, "", 1), TRUNK_PAGE);
    }

    #[test]
    fn goes_inside_an_explicit_head() {
        let page =
            apply("<!DOCTYPE html>\n<html>\n<HEAD>\n<meta charset=utf-8></head></html>").unwrap();
        assert!(page.contains("<HEAD><meta http-equiv=\"Content-Security-Policy\""));
    }

    #[test]
    fn external_and_empty_scripts_need_no_hash_and_duplicates_one() {
        let page = "<html><script src=a.js></script><script></script>\
                    <script>x()</script><script>x()</script>";
        let applied = apply(page).unwrap();
        assert_eq!(applied.matches("'sha256-").count(), 1, "{applied}");
        let none = apply("<html><body>no scripts</body></html>").unwrap();
        assert!(
            none.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{none}"
        );
    }

    #[test]
    fn a_page_without_html_or_head_gets_it_after_the_doctype_or_first() {
        assert!(
            apply("<!doctype html><p>x")
                .unwrap()
                .starts_with("<!doctype html><meta ")
        );
        assert!(apply("<p>x").unwrap().starts_with("<meta "));
    }

    #[test]
    fn refuses_a_second_policy() {
        let page = "<html><meta http-equiv=content-security-policy content=\"default-src *\">";
        assert!(apply(page).unwrap_err().contains("already has"));
    }
}
