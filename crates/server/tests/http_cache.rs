//! What `syncmap serve` sends for the web app's files: the compressed form the client takes,
//! `Vary`, an ETag and `304 Not Modified`, and the cache policy of each kind of file.
//!
//! The app built into the release binary (`SYNCMAP_BIN`, as `cargo xtask test` sets it) is
//! checked by the ignored test; the app is built by then:
//!
//! ```sh
//! cargo build --release -p syncmap-server   # after `cargo xtask dist` (or trunk build)
//! SYNCMAP_BIN=target/release/syncmap cargo test -p syncmap-server --test http_cache -- --ignored
//! ```
//!
//! The others run in a plain `cargo test`: the same checks on the test build's own binary when
//! it carries an app, and the `--dist` file server on a folder made here.

mod support;

use std::io::Read;
use std::path::PathBuf;

use support::http::{self, Reply};
use support::{Server, release_binary};

/// `method path` with extra header lines, on its own connection (`Connection: close`).
fn request(server: &Server, method: &str, path: &str, headers: &[(&str, &str)]) -> Reply {
    let raw = http::raw_request(http::HOST, method, path, headers, b"");
    let reply = http::send(&server.addr(), &raw).unwrap_or_else(|e| panic!("{method} {path}: {e}"));
    assert!(
        !reply
            .header("transfer-encoding")
            .is_some_and(|v| v.contains("chunked")),
        "{method} {path}: files are sent with their length"
    );
    reply
}

fn get(server: &Server, path: &str, headers: &[(&str, &str)]) -> Reply {
    request(server, "GET", path, headers)
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli_decompressor::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .expect("a brotli stream");
    out
}

fn ungzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("a gzip stream");
    out
}

/// The page's policy header, which adds `frame-ancestors` to the page's own `<meta>` policy.
const PAGE_CSP: &str = "frame-ancestors 'self'";

/// The checks on an app built into a binary.
fn check_embedded_app(server: &Server) {
    const WASM: &str = "/syncmap-web_bg.wasm";

    // The file as it is, to clients that do not say what they decode.
    let plain = get(server, WASM, &[]);
    assert_eq!(plain.status, 200);
    assert_eq!(plain.header("content-type"), Some("application/wasm"));
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.header("vary"), Some("accept-encoding"));
    assert_eq!(
        plain.header("content-length"),
        Some(plain.body.len().to_string().as_str())
    );
    assert!(plain.body.starts_with(b"\0asm"), "a WebAssembly module");
    let plain_tag = plain.header("etag").expect("an ETag").to_owned();
    assert!(
        plain_tag.starts_with('"') && plain_tag.ends_with('"'),
        "a strong tag"
    );

    let mut tags = vec![plain_tag.clone()];
    for (accept, coding, decode) in [
        ("br", "br", unbrotli as fn(&[u8]) -> Vec<u8>),
        ("gzip", "gzip", ungzip),
        ("gzip, deflate, br, zstd", "br", unbrotli),
        ("br;q=0.5, gzip", "gzip", ungzip),
    ] {
        let reply = get(server, WASM, &[("accept-encoding", accept)]);
        assert_eq!(reply.status, 200, "{accept}");
        assert_eq!(reply.header("content-encoding"), Some(coding), "{accept}");
        assert_eq!(reply.header("content-type"), Some("application/wasm"));
        assert_eq!(reply.header("vary"), Some("accept-encoding"));
        assert_eq!(
            reply.header("content-length"),
            Some(reply.body.len().to_string().as_str())
        );
        assert!(reply.body.len() < plain.body.len(), "{coding} is smaller");
        assert!(
            decode(&reply.body) == plain.body,
            "{coding} decodes to the file"
        );
        let tag = reply.header("etag").expect("an ETag").to_owned();
        println!("{WASM}: {coding} {} bytes, {tag}", reply.body.len());
        tags.push(tag);
    }
    println!("{WASM}: as it is {} bytes, {plain_tag}", plain.body.len());
    assert_ne!(tags[0], tags[1], "each form has its own tag");
    assert_ne!(tags[1], tags[2], "each form has its own tag");
    assert_ne!(tags[0], tags[2], "each form has its own tag");

    // The tag of the form held: 304, no body, the same validators and policy.
    for (accept, tag) in [("", &tags[0]), ("br", &tags[1]), ("gzip", &tags[2])] {
        let again = get(
            server,
            WASM,
            &[("accept-encoding", accept), ("if-none-match", tag)],
        );
        assert_eq!(again.status, 304, "{accept}");
        assert!(again.body.is_empty());
        assert_eq!(again.header("etag"), Some(tag.as_str()));
        assert_eq!(again.header("vary"), Some("accept-encoding"));
        assert_eq!(again.header("cache-control"), Some("no-cache"));
        let weak = format!("\"other\", W/{tag}");
        let again = get(
            server,
            WASM,
            &[("accept-encoding", accept), ("if-none-match", &weak)],
        );
        assert_eq!(again.status, 304, "weak comparison: {weak}");
    }
    // Another form's tag is not the one chosen: the whole file.
    let other = get(
        server,
        WASM,
        &[("accept-encoding", "br"), ("if-none-match", &tags[2])],
    );
    assert_eq!(other.status, 200);
    assert_eq!(other.header("content-encoding"), Some("br"));

    // Every file of the app is revalidated each time; the page's 304 keeps the page's policy.
    for path in ["/", "/index.html", "/sw.js", "/syncmap-web.js", WASM] {
        let reply = get(server, path, &[("accept-encoding", "br")]);
        assert_eq!(reply.status, 200, "{path}");
        assert_eq!(reply.header("cache-control"), Some("no-cache"), "{path}");
        let tag = reply.header("etag").expect("an ETag").to_owned();
        let page = reply
            .header("content-type")
            .is_some_and(|t| t.starts_with("text/html"));
        let again = get(
            server,
            path,
            &[("accept-encoding", "br"), ("if-none-match", &tag)],
        );
        assert_eq!(again.status, 304, "{path}");
        assert_eq!(
            again.header("content-security-policy"),
            reply.header("content-security-policy"),
            "{path}"
        );
        if page {
            assert_eq!(again.header("content-security-policy"), Some(PAGE_CSP));
        }
    }
    // HEAD: the headers of the GET, the length of the form it would send.
    let head = request(server, "HEAD", WASM, &[("accept-encoding", "br")]);
    let full = get(server, WASM, &[("accept-encoding", "br")]);
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(head.header("content-encoding"), Some("br"));
    assert_eq!(head.header("etag"), full.header("etag"));
    assert_eq!(
        head.header("content-length"),
        Some(full.body.len().to_string().as_str())
    );
    // API answers are never stored.
    let api = get(server, "/api/v1/presets", &[("accept-encoding", "br")]);
    assert_eq!(api.header("cache-control"), Some("no-store"));
    assert_eq!(api.header("etag"), None);
}

#[test]
#[ignore = "needs a release syncmap with the web app built in (SYNCMAP_BIN); cargo xtask test"]
fn the_release_binary_sends_its_app_compressed_with_validators_and_a_cache_policy() {
    let server = Server::start_binary(&release_binary(), &["--log", "off"]);
    assert_ne!(
        get(&server, "/", &[]).status,
        503,
        "SYNCMAP_BIN was built without the web app: build dist/ first (cargo xtask dist)"
    );
    check_embedded_app(&server);
}

#[test]
fn the_test_binary_sends_its_app_the_same_way_when_it_has_one() {
    let server = Server::start(&["--log", "off"]);
    if get(&server, "/", &[]).status == 503 {
        // `cargo test` may run before the web app is built; the ignored test covers it.
        eprintln!("this build carries no web app: skipped");
        return;
    }
    check_embedded_app(&server);
}

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("syncmap-http-cache-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_dist_folder_is_served_with_validators_and_its_precompressed_files() {
    let dist = scratch("dist");
    std::fs::write(dist.join("index.html"), "<!doctype html><p>app</p>").unwrap();
    std::fs::write(dist.join("sw.js"), "self.x = 1;").unwrap();
    std::fs::write(dist.join("app.wasm"), b"\0asm\x01\0\0\0 the module").unwrap();
    // What a `.br` beside a file holds is sent as it is: the test can tell it apart.
    std::fs::write(dist.join("app.wasm.br"), b"BROTLI BYTES").unwrap();
    let server = Server::start(&["--log", "off", "--dist", dist.to_str().unwrap()]);

    for path in ["/", "/sw.js", "/app.wasm"] {
        let reply = get(&server, path, &[]);
        assert_eq!(reply.status, 200, "{path}");
        assert_eq!(reply.header("cache-control"), Some("no-cache"), "{path}");
        assert_eq!(reply.header("vary"), Some("accept-encoding"), "{path}");
        assert!(reply.header("last-modified").is_some(), "{path}");
        assert_eq!(reply.header("content-encoding"), None, "{path}");
    }
    let br = get(&server, "/app.wasm", &[("accept-encoding", "gzip, br")]);
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert_eq!(br.header("content-type"), Some("application/wasm"));
    assert_eq!(br.body, b"BROTLI BYTES");
    let gzip = get(&server, "/app.wasm", &[("accept-encoding", "gzip")]);
    assert_eq!(gzip.header("content-encoding"), None, "no .gz: the file");
    assert_eq!(gzip.body, b"\0asm\x01\0\0\0 the module");

    // Last-Modified validates: a page's 304 keeps the page's policy (a cache updates the
    // stored headers from it), a file's the files' policy.
    for (path, page) in [("/", true), ("/sw.js", false)] {
        let reply = get(&server, path, &[]);
        let since = reply.header("last-modified").unwrap().to_owned();
        let again = get(&server, path, &[("if-modified-since", &since)]);
        assert_eq!(again.status, 304, "{path}");
        assert!(again.body.is_empty());
        assert_eq!(again.header("cache-control"), Some("no-cache"));
        assert_eq!(
            again.header("content-security-policy"),
            reply.header("content-security-policy"),
            "{path}"
        );
        assert_eq!(
            again.header("content-security-policy") == Some(PAGE_CSP),
            page,
            "{path}"
        );
    }
    let api = get(&server, "/healthz", &[]);
    assert_eq!(api.header("cache-control"), Some("no-store"));
}
