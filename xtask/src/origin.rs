//! The build-time half of "nothing from another origin": no file in `dist/` may make the
//! browser load an absolute `http://`, `https://` or protocol-relative `//` URL. (The app is
//! relative everywhere, so any absolute URL is, as far as the build can tell, another origin.)
//! The Content-Security-Policy enforces the same at run time; this catches it before shipping.
//!
//! Links a user follows (`<a href>`) are not loads and are allowed; so are URLs in text.

use std::path::Path;

use crate::html;

/// Attributes whose URL the browser fetches by itself.
const LOADING_ATTRIBUTES: &[&str] = &[
    "src",
    "href",
    "xlink:href",
    "srcset",
    "poster",
    "data",
    "action",
    "formaction",
    "background",
    "manifest",
];

/// JavaScript that loads the string literal after it.
const JS_LOADERS: &[&str] = &[
    "from",
    "import(",
    "importScripts(",
    "fetch(",
    "Worker(",
    "register(",
];

/// Fails naming every file and URL when any file under `dist` loads from another origin.
pub fn check_dir(dist: &Path) -> Result<(), String> {
    let mut problems = Vec::new();
    visit(dist, &mut problems)?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the web app must load nothing from another origin, but:\n  {}",
            problems.join("\n  ")
        ))
    }
}

fn visit(dir: &Path, problems: &mut Vec<String>) -> Result<(), String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            visit(&path, problems)?;
            continue;
        }
        let Some(kind) = path.extension().and_then(|e| e.to_str()) else {
            continue;
        };
        if !matches!(
            kind,
            "html" | "htm" | "svg" | "css" | "js" | "mjs" | "webmanifest" | "json"
        ) {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for url in external_loads(kind, &text) {
            problems.push(format!("{}: {url}", path.display()));
        }
    }
    Ok(())
}

/// The URLs from another origin that a file of this kind (its extension) makes the browser
/// load.
pub fn external_loads(kind: &str, text: &str) -> Vec<String> {
    match kind {
        "html" | "htm" | "svg" => markup(text),
        "css" => css(text),
        "js" | "mjs" => javascript(text),
        "webmanifest" | "json" => json(text),
        _ => Vec::new(),
    }
}

fn is_external(url: &str) -> bool {
    let url = url.trim().to_ascii_lowercase();
    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//")
}

fn markup(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for tag in html::tags(text) {
        let followed_not_loaded = matches!(tag.name.as_str(), "a" | "area");
        for (name, value) in &tag.attrs {
            let urls: Vec<&str> = match name.as_str() {
                "href" | "xlink:href" if followed_not_loaded => continue,
                // `srcset="a.png 1x, b.png 2x"`: the first word of each candidate.
                "srcset" => value
                    .split(',')
                    .filter_map(|c| c.split_whitespace().next())
                    .collect(),
                "style" => {
                    found.extend(css(value));
                    continue;
                }
                name if LOADING_ATTRIBUTES.contains(&name) => vec![value],
                _ => continue,
            };
            for url in urls.into_iter().filter(|u| is_external(u)) {
                found.push(format!("<{} {name}=\"{url}\">", tag.name));
            }
        }
        if tag.name == "style" {
            found.extend(css(tag.raw_text.unwrap_or_default()));
        }
    }
    found
}

/// `url(...)` and `@import "..."`.
fn css(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = text.to_ascii_lowercase();
    for (at, _) in lower.match_indices("url(") {
        let rest = &text[at + 4..];
        let inner = rest.split(')').next().unwrap_or_default();
        let url = inner.trim().trim_matches(|c| c == '"' || c == '\'');
        if is_external(url) {
            found.push(format!("url({url})"));
        }
    }
    for (at, _) in lower.match_indices("@import") {
        let rest = text[at + 7..].trim_start();
        if let Some(url) = quoted(rest).filter(|u| is_external(u)) {
            found.push(format!("@import \"{url}\""));
        }
    }
    found
}

/// String literals loaded by `import`, `fetch`, `importScripts`, workers.
fn javascript(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, quote) in text.match_indices(['"', '\'', '`']) {
        let before = text[..at].trim_end();
        if !JS_LOADERS.iter().any(|loader| before.ends_with(loader)) {
            continue;
        }
        let end = text[at + 1..]
            .find(quote)
            .map_or(text.len(), |e| at + 1 + e);
        let literal = &text[at + 1..end];
        if is_external(literal) {
            found.push(format!("{quote}{literal}{quote}"));
        }
    }
    found
}

/// Every string value that is an absolute URL: a manifest's values are all loaded or scoped.
fn json(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('"') {
        if let Some(literal) = quoted(&text[at..]).filter(|s| is_external(s)) {
            found.push(format!("\"{literal}\""));
        }
    }
    found.dedup();
    found
}

/// The text of the quoted string `text` starts with.
fn quoted(text: &str) -> Option<&str> {
    let quote = text.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let rest = &text[1..];
    rest.find(quote).map(|end| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_and_same_document_urls_pass() {
        let page = r#"<!doctype html><link href=./style.css rel=stylesheet>
            <script type=module>import init from './syncmap-web.js';</script>
            <img src="icon.svg" srcset="icon.svg 1x, data:image/png;base64,AA 2x">
            <iframe src="./index.html?embed&preset=x"></iframe>
            <a href="https://docs.pingidentity.com/">a link a user follows</a>
            <svg xmlns="http://www.w3.org/2000/svg"></svg>
            <p>see https://example.com for details</p>"#;
        assert_eq!(external_loads("html", page), Vec::<String>::new());
    }

    #[test]
    fn absolute_loads_in_markup_fail() {
        let page = r#"<link rel=stylesheet href=https://cdn.example/x.css>
            <script src="//cdn.example/x.js"></script>
            <img srcset="a.png 1x, HTTP://cdn.example/b.png 2x">
            <div style="background: url('https://cdn.example/bg.png')"></div>
            <style>@import "https://fonts.example/f.css";</style>
            <svg><image xlink:href="http://cdn.example/i.png"/></svg>"#;
        let found = external_loads("html", page);
        assert_eq!(found.len(), 6, "{found:#?}");
        assert!(found[0].contains("<link href=\"https://cdn.example/x.css\">"));
        assert!(found[1].contains("//cdn.example/x.js"));
    }

    #[test]
    fn css_urls_and_imports() {
        let css_text = "a{background:url(img.png)} b{background:URL( \"https://x.example/i.png\" )}\
                        @import 'local.css'; @import \"http://x.example/f.css\";";
        assert_eq!(
            external_loads("css", css_text),
            [
                "url(https://x.example/i.png)",
                "@import \"http://x.example/f.css\""
            ]
        );
    }

    #[test]
    fn javascript_loads_but_not_text() {
        let js = "import a from 'https://esm.example/a.js'; fetch(\"./data.json\");\
                  const doc = 'https://docs.example/page'; importScripts(`//x.example/w.js`);";
        assert_eq!(
            external_loads("js", js),
            ["'https://esm.example/a.js'", "`//x.example/w.js`"]
        );
    }

    #[test]
    fn manifest_values() {
        let ok = r#"{"start_url": "./", "icons": [{"src": "icon.svg"}]}"#;
        assert!(external_loads("webmanifest", ok).is_empty());
        let bad = r#"{"start_url": "./", "icons": [{"src": "https://cdn.example/i.png"}]}"#;
        assert_eq!(
            external_loads("webmanifest", bad),
            ["\"https://cdn.example/i.png\""]
        );
    }

    #[test]
    fn the_static_files_load_nothing_from_elsewhere() {
        let root = crate::run::root();
        for (file, kind) in [
            ("index.html", "html"),
            ("static/embed-demo.html", "html"),
            ("static/embed.css", "css"),
            ("static/style.css", "css"),
            ("static/icon.svg", "svg"),
            ("static/manifest.webmanifest", "webmanifest"),
            ("static/sw.js", "js"),
        ] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            assert_eq!(external_loads(kind, &text), Vec::<String>::new(), "{file}");
        }
    }
}
