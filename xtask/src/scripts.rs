//! The scripts as shipped: `static/sw.js` and wasm-bindgen's glue, minified by esbuild.
//!
//! trunk copies the service worker as it is and cannot minify wasm-bindgen's glue, and their
//! comments (the service worker's explain its caching strategy), indentation and long local
//! names are bytes of the first load's gzip budget. esbuild's minifier keeps what a script
//! means; top-level names stay as they are unless the script is an ES module (the page's glue),
//! where esbuild knows they are local.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha384};

use crate::run::Step;
use crate::tools::Env;

/// The scripts trunk leaves as they are, by file name in `dist`, and whether each is an ES
/// module.
const SCRIPTS: &[(&str, bool)] = &[
    ("sw.js", false),
    ("syncmap-web.js", true),
    ("syncmap-worker.js", false),
    ("syncmap-worker_loader.js", false),
];

/// Minifies each of [`SCRIPTS`] in `dist` with esbuild, and re-pins the integrity hash that
/// `index.html` pins it with (trunk pins the glue: a browser refuses a file whose hash differs).
pub fn minify_in(dist: &Path, env: &Env) -> Result<(), String> {
    let page_path = dist.join("index.html");
    let mut page = std::fs::read_to_string(&page_path)
        .map_err(|e| format!("cannot read {}: {e}", page_path.display()))?;
    for &(name, module) in SCRIPTS {
        let path = dist.join(name);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let minified = dist.join(format!("{name}.min"));
        let mut esbuild = Step::new("esbuild").arg_path(&path).args([
            "--minify",
            "--log-level=warning",
            "--charset=utf8",
        ]);
        if module {
            esbuild = esbuild.args(["--format=esm"]);
        }
        esbuild
            .args([format!("--outfile={}", minified.display())])
            .envs(env)
            .run()?;
        let shipped = std::fs::read_to_string(&minified)
            .map_err(|e| format!("cannot read {}: {e}", minified.display()))?;
        page = repin(&page, name, &text, &shipped)?;
        std::fs::rename(&minified, &path)
            .map_err(|e| format!("cannot replace {}: {e}", path.display()))?;
    }
    std::fs::write(&page_path, page)
        .map_err(|e| format!("cannot write {}: {e}", page_path.display()))
}

/// `page` with the integrity hash of `original` (the script `name`) replaced by that of
/// `shipped`. A script the page loads is pinned by its hash; one it does not (the service
/// worker, the background worker's glue) is not, and the page stays as it is.
fn repin(page: &str, name: &str, original: &str, shipped: &str) -> Result<String, String> {
    let pinned = integrity(original);
    if page.contains(&pinned) {
        Ok(page.replace(&pinned, &integrity(shipped)))
    } else if page.contains(name) {
        Err(format!(
            "index.html loads {name} without its hash {pinned}: cannot pin the minified file"
        ))
    } else {
        Ok(page.to_owned())
    }
}

/// The subresource integrity value of `text`, as trunk writes it.
fn integrity(text: &str) -> String {
    format!(
        "sha384-{}",
        STANDARD.encode(Sha384::digest(text.as_bytes()))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_pins_the_shipped_glue() {
        let glue = "// comment\n    export function f() {}\n";
        let shipped = "export function f(){}\n";
        let page = format!(
            "<link rel=modulepreload href=./syncmap-web.js integrity={}>",
            integrity(glue)
        );
        let page = repin(&page, "syncmap-web.js", glue, shipped).unwrap();
        assert!(page.contains(&integrity(shipped)), "{page}");
        assert!(!page.contains(&integrity(glue)));
    }

    #[test]
    fn scripts_the_page_does_not_load_leave_it_alone() {
        let page = "<script type=module>import init from './syncmap-web.js'</script>";
        assert_eq!(repin(page, "sw.js", "a", "b").unwrap(), page);
    }

    #[test]
    fn a_loaded_script_without_its_hash_is_an_error() {
        let page = "<link rel=modulepreload href=./syncmap-web.js integrity=sha384-other>";
        let error = repin(page, "syncmap-web.js", "a", "b").unwrap_err();
        assert!(error.contains("without its hash"), "{error}");
    }

    #[test]
    fn integrity_is_sri_sha384() {
        // `printf 'alert(1)' | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity("alert(1)"),
            "sha384-HT2E9NfWiuQ/w1PRai+hTyqW16NIoCGA/m8VQDUopfAtcz6YQjtsMmQd5uRbVDpW"
        );
    }
}
