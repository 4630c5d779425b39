//! The web app in `dist/`, made ready to serve once here rather than on every request: each
//! file compressed with brotli (quality 11) and gzip (level 9), each form kept only where it is
//! smaller than the file, and a strong ETag (a SHA-256 of the bytes sent) for every form. The
//! files go into `OUT_DIR/app/`, and `OUT_DIR/app.rs` is the table that `src/assets.rs`
//! includes; a release binary thus carries the app, compressed, and needs nothing beside it.
//!
//! The server is rebuilt when `dist/` changes, so a binary never carries a stale app. A
//! missing `dist/` gives an empty table (the server then says how to build the app) and counts
//! as changed on every build (cargo's rule for missing paths), so the first build after
//! `trunk build` picks the app up.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=../../dist");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    let dist = manifest.join("../../dist");
    let files_dir = out.join("app");
    // Nothing left from an earlier build: a file removed from dist/ is gone from the binary.
    if files_dir.exists() {
        std::fs::remove_dir_all(&files_dir).expect("OUT_DIR/app can be cleared");
    }
    std::fs::create_dir_all(&files_dir).expect("OUT_DIR/app can be made");

    let mut files = Vec::new();
    if dist.is_dir() {
        walk(&dist, "", &mut files);
    }
    // Sorted by path: the server finds a file by binary search.
    files.sort();

    let mut table = String::from("&[\n");
    for (index, path) in files.iter().enumerate() {
        let identity = std::fs::read(dist.join(path))
            .unwrap_or_else(|e| panic!("cannot read dist/{path}: {e}"));
        let content_type = mime_guess::from_path(path)
            .first_or_octet_stream()
            .to_string();
        let form = |bytes: &[u8], suffix: &str| -> String {
            let name = format!("{index}{suffix}");
            std::fs::write(files_dir.join(&name), bytes)
                .unwrap_or_else(|e| panic!("cannot write OUT_DIR/app/{name}: {e}"));
            format!(
                "Body {{ bytes: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/app/{name}\")), \
                 etag: {:?} }}",
                etag(bytes, suffix)
            )
        };
        let smaller = |compressed: Vec<u8>| Some(compressed).filter(|c| c.len() < identity.len());
        let br = smaller(brotli(&identity)).map(|bytes| form(&bytes, ".br"));
        let gzip = smaller(gzip(&identity)).map(|bytes| form(&bytes, ".gz"));
        let identity = form(&identity, "");
        let option =
            |form: Option<String>| form.map_or("None".to_owned(), |f| format!("Some({f})"));
        let _ = writeln!(
            table,
            "    Asset {{ path: {path:?}, content_type: {content_type:?}, identity: {identity}, \
             br: {}, gzip: {} }},",
            option(br),
            option(gzip),
        );
    }
    table.push_str("]\n");
    let mut file = std::fs::File::create(out.join("app.rs")).expect("OUT_DIR/app.rs can be made");
    file.write_all(table.as_bytes())
        .expect("OUT_DIR/app.rs can be written");
}

/// Every file under `dir`, as paths relative to `dist/` with `/` between names. A name that is
/// not UTF-8 cannot be asked for in a URL the app writes: it is left out, with a warning.
fn walk(dir: &Path, prefix: &str, files: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {dir:?}: {e}"));
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("cannot read {dir:?}: {e}"));
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            println!(
                "cargo:warning=dist: {:?} is not UTF-8; left out of the binary",
                entry.path()
            );
            continue;
        };
        let path = format!("{prefix}{name}");
        let kind = entry
            .file_type()
            .unwrap_or_else(|e| panic!("cannot read {:?}: {e}", entry.path()));
        if kind.is_dir() {
            walk(&entry.path(), &format!("{path}/"), files);
        } else {
            // A symbolic link is served as what it points to, as a file server would.
            files.push(path);
        }
    }
}

/// Brotli at its best (quality 11), with the default window (22 bits, 4 MiB: larger than any
/// file of the app, so a larger one would find nothing more).
fn brotli(bytes: &[u8]) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut compressed = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut compressed, &params)
        .expect("brotli writes into memory");
    compressed
}

/// gzip at its best (level 9).
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip writes into memory");
    encoder.finish().expect("gzip writes into memory")
}

/// A strong entity tag for `bytes`: the first 128 bits of their SHA-256, in hex, and the
/// encoding's suffix, so that a person reading headers sees which form a tag names (the hash
/// alone already differs from one form to another).
fn etag(bytes: &[u8], suffix: &str) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(bytes);
    let mut tag = String::from("\"");
    for byte in &digest[..16] {
        let _ = write!(tag, "{byte:02x}");
    }
    tag.push_str(suffix);
    tag.push('"');
    tag
}
