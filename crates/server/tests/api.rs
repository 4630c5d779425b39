//! The HTTP API of `syncmap serve`, black-box: the real binary on a loopback port, spoken to
//! over raw TCP so that nothing between the test and the server fixes up bad input. Every
//! answer is compared with what the command line prints for the same input.

mod support;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::http::{Reply, json_request, read_reply_async, send_async};
use support::{Server, syncmap};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

// ---------------------------------------------------------------------------------------------
// Requests, through the tests' own HTTP/1.1 client (`support::http`).

/// `syncmap serve` with `extra` arguments and no request log (the log has its own test).
fn start(extra: &[&str]) -> Server {
    let mut args = extra.to_vec();
    args.extend(["--log", "off"]);
    Server::start(&args)
}

async fn post(addr: &str, path: &str, body: &[u8]) -> Reply {
    send_async(addr, &json_request("POST", path, body))
        .await
        .unwrap_or_else(|e| panic!("POST {path}: {e}"))
}

async fn get(addr: &str, path: &str) -> Reply {
    send_async(addr, &json_request("GET", path, b""))
        .await
        .unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Inputs and what the command line says about them.

fn stdout(args: &[&str], stdin: &str) -> (Option<i32>, String) {
    let output = syncmap(args, stdin);
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn fixture(name: &str) -> String {
    format!(
        "{}/../core/tests/fixtures/lint/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A scratch directory for this test binary.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("syncmap-api-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Scenario files: every preset, and one with error diagnostics (no mappings for PingOne).
fn scenarios() -> Vec<(String, PathBuf)> {
    let dir = scratch("scenarios");
    let (_, list) = stdout(&["presets"], "");
    let mut files = Vec::new();
    for name in list.lines().filter_map(|l| l.split_whitespace().next()) {
        let (code, json) = stdout(&["presets", "--dump", name], "");
        assert_eq!(code, Some(0));
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, &json).unwrap();
        files.push((json, path));
    }
    let mut broken: serde_json::Value = serde_json::from_str(&files[0].0).unwrap();
    broken["attribute_map"]["mappings"] = serde_json::json!([]);
    let json = serde_json::to_string_pretty(&broken).unwrap();
    let path = dir.join("broken.json");
    std::fs::write(&path, &json).unwrap();
    files.push((json, path));
    files
}

/// One request and the answer the command line gives for the same input.
#[derive(Clone)]
struct Case {
    path: String,
    body: Vec<u8>,
    expected: String,
    errors: bool,
}

fn check_case(json: &str, file: &str) -> Case {
    let (code, expected) = stdout(&["check", file, "--format", "json"], "");
    Case {
        path: "/api/v1/check".into(),
        body: json.as_bytes().to_vec(),
        expected,
        errors: code == Some(1),
    }
}

fn render_case(json: &str, file: &str, format: &str, script: &str) -> Case {
    let date = "2026-01-02";
    let (code, expected) = stdout(
        &[
            "render", file, "--format", format, "--script", script, "--date", date,
        ],
        "",
    );
    Case {
        path: format!("/api/v1/render?format={format}&script={script}&date={date}"),
        body: json.as_bytes().to_vec(),
        expected,
        errors: code == Some(1),
    }
}

fn lint_case(file: &str, format: &str, exists: &[&str]) -> Case {
    let mut args = vec!["lint", file, "--format", format];
    for e in exists {
        args.extend(["--exists", e]);
    }
    let (code, expected) = stdout(&args, "");
    let text = std::fs::read_to_string(file).unwrap();
    let body = serde_json::json!({
        "files": [{ "name": file, "text": text }],
        "format": format,
        "exists": exists,
    });
    Case {
        path: "/api/v1/lint".into(),
        body: body.to_string().into_bytes(),
        expected,
        errors: code == Some(1),
    }
}

fn inspect_case(value: &str, source: &str) -> Case {
    let (code, expected) = stdout(
        &["inspect-password", "--format", "json", "--source", source],
        value,
    );
    Case {
        path: "/api/v1/inspect-password".into(),
        body: serde_json::json!({ "value": value, "source": source })
            .to_string()
            .into_bytes(),
        expected,
        errors: code == Some(1),
    }
}

/// A case of every POST endpoint, with both outcomes.
fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (json, path) in scenarios() {
        let file = path.to_str().unwrap();
        cases.push(check_case(&json, file));
        cases.push(render_case(&json, file, "bash", "apply"));
        cases.push(render_case(&json, file, "batch", "rollback"));
        cases.push(render_case(&json, file, "powershell", "prerequisites"));
        cases.push(render_case(&json, file, "lines", "apply"));
        cases.push(render_case(&json, file, "powershell", "runbook"));
    }
    for name in ["catalog.dsconfig", "pingone.dsconfig"] {
        for format in ["json", "sarif"] {
            cases.push(lint_case(&fixture(name), format, &[]));
        }
    }
    // Endpoints the files do not create: of unknown kind, then declared.
    let elsewhere = fixture("endpoints-elsewhere.dsconfig");
    cases.push(lint_case(&elsewhere, "json", &[]));
    cases.push(lint_case(
        &elsewhere,
        "json",
        &[
            "sync-destination:PingOne=ping-one",
            "sync-source:LDAP=ibm-directory",
        ],
    ));
    for value in [
        "{SSHA}qOZKc9PD4XOIpAqOZF+6kfSxAEZ8S0Zn",
        "{AES}bm90IHJlYWxseQ==",
        "plain text",
    ] {
        for source in ["ping-directory", "ibm-directory"] {
            cases.push(inspect_case(value, source));
        }
    }
    assert!(cases.iter().any(|c| c.errors) && cases.iter().any(|c| !c.errors));
    cases
}

fn assert_same(reply: &Reply, case: &Case) {
    assert_eq!(reply.status, 200, "{}: {}", case.path, reply.text());
    assert_eq!(reply.text(), case.expected, "{}", case.path);
    assert_eq!(
        reply.header("syncmap-result"),
        Some(if case.errors { "errors" } else { "clean" }),
        "{}",
        case.path
    );
}

// ---------------------------------------------------------------------------------------------
// Every endpoint.

#[test]
fn every_endpoint_answers_as_the_command_line_does() {
    let cases = cases();
    let server = start(&[]);
    let addr = server.addr();
    runtime().block_on(async {
        for case in &cases {
            assert_same(&post(&addr, &case.path, &case.body).await, case);
        }

        let health = get(&addr, "/healthz").await;
        assert_eq!(
            (health.status, health.text().as_str()),
            (200, "{\"status\":\"ok\"}\n")
        );

        let (_, list) = stdout(&["presets"], "");
        let presets = get(&addr, "/api/v1/presets").await;
        assert_eq!(presets.status, 200);
        let value: serde_json::Value = serde_json::from_slice(&presets.body).unwrap();
        let names: Vec<&str> = value["presets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        let cli_names: Vec<&str> = list
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        assert_eq!(names, cli_names);
        for name in &names {
            let reply = get(&addr, &format!("/api/v1/presets/{name}")).await;
            assert_eq!(reply.status, 200);
            assert_eq!(reply.text(), stdout(&["presets", "--dump", name], "").1);
        }
        let missing = get(&addr, "/api/v1/presets/nope").await;
        assert_eq!(missing.status, 404);
        assert!(missing.error().contains("no preset named 'nope'"));

        // Render without a date writes today's, as the command line does.
        let (json, _) = &scenarios()[0];
        let today = post(&addr, "/api/v1/render?format=batch", json.as_bytes()).await;
        assert_eq!(today.status, 200);
        let (_, cli) = stdout(&["render", "-", "--format", "batch"], json);
        assert_eq!(today.text(), cli);
    });
}

#[test]
fn the_openapi_document_describes_every_route_the_server_has() {
    let server = start(&[]);
    let addr = server.addr();
    runtime().block_on(async {
        let reply = get(&addr, "/api/v1/openapi.json").await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.header("content-type"), Some("application/json"));
        let document: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
        let paths = document["paths"].as_object().unwrap();
        assert!(paths.len() >= 8);
        for (path, item) in paths {
            let path = path.replace("{name}", "rdbms-to-pingone");
            for method in item.as_object().unwrap().keys() {
                let reply = send_async(&addr, &json_request(&method.to_uppercase(), &path, b"{}"))
                    .await
                    .unwrap();
                // Reached: the route exists with this method (a 400 is the handler's answer
                // to the placeholder body).
                assert!(
                    [200, 400].contains(&reply.status),
                    "{method} {path}: {} {}",
                    reply.status,
                    reply.text()
                );
                assert_eq!(
                    reply.header("content-security-policy"),
                    Some("default-src 'none'; frame-ancestors 'none'")
                );
            }
        }
        let unknown = get(&addr, "/api/v1/nothing").await;
        assert_eq!(unknown.status, 404);
        assert!(unknown.error().contains("openapi.json"));
    });
}

// ---------------------------------------------------------------------------------------------
// Bad input: every class gets a 4xx with a JSON message that says what is wrong.

#[test]
fn bad_input_gets_a_json_error_that_says_what_is_wrong() {
    let server = start(&["--max-body-bytes", "100000"]);
    let addr = server.addr();
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let deep_lint = format!("{{\"files\": {}{}}}", "[".repeat(5000), "]".repeat(5000));
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        // Malformed JSON: the line and column, and what was expected.
        (
            "/api/v1/check",
            b"{\n  \"schema\": 1,\n  \"source\": }".to_vec(),
            400,
            "request body:3:13: expected value",
        ),
        (
            "/api/v1/lint",
            b"{\"files\": [".to_vec(),
            400,
            "request body:1:11: EOF while parsing a list",
        ),
        ("/api/v1/check", b"".to_vec(), 400, "request body:1:0"),
        // Wrong types and unknown fields.
        (
            "/api/v1/check",
            b"{\"schema\": 1, \"target_version\": 10}".to_vec(),
            400,
            "invalid type: integer `10`",
        ),
        (
            "/api/v1/check",
            b"[1, 2]".to_vec(),
            400,
            "not a scenario: expected an object with \"schema\": 1",
        ),
        (
            "/api/v1/check",
            b"{\"schema\": 7}".to_vec(),
            400,
            "scenario schema 7 is not supported",
        ),
        (
            "/api/v1/inspect-password",
            b"{\"value\": [\"x\"]}".to_vec(),
            400,
            "request body:1:10: invalid type: sequence, expected a string",
        ),
        (
            "/api/v1/inspect-password",
            b"{\"value\": \"x\", \"extra\": 1}".to_vec(),
            400,
            "unknown field `extra`",
        ),
        (
            "/api/v1/inspect-password",
            b"{\"value\": \"x\", \"source\": \"ibm\"}".to_vec(),
            400,
            "source: 'ibm' is not a source kind: expected one of ping-directory,",
        ),
        (
            "/api/v1/lint",
            b"{\"files\": [{\"text\": \"\"}], \"exists\": [\"sync-source:S=pingone\"]}".to_vec(),
            400,
            "'pingone' is not a kind of sync source",
        ),
        (
            "/api/v1/lint",
            b"{\"files\": []}".to_vec(),
            400,
            "files: give at least one file",
        ),
        (
            "/api/v1/lint",
            b"{\"files\": [{\"text\": \"\"}], \"target_version\": \"nine\"}".to_vec(),
            400,
            "target_version: 'nine' is not a version",
        ),
        (
            "/api/v1/lint",
            b"{\"files\": [{\"text\": \"\"}], \"exists\": [\"nothing\"]}".to_vec(),
            400,
            "exists: 'nothing' is not TYPE:NAME",
        ),
        (
            "/api/v1/lint",
            b"{\"files\": [{\"text\": \"\"}], \"format\": \"human\"}".to_vec(),
            400,
            "the API writes json or sarif",
        ),
        (
            "/api/v1/render?format=bsh",
            b"{}".to_vec(),
            400,
            "unknown variant `bsh`, expected one of `bash`",
        ),
        (
            "/api/v1/render?colour=red",
            b"{}".to_vec(),
            400,
            "unknown field `colour`",
        ),
        // Deep nesting: refused by the parser's depth limit, not by a stack overflow.
        (
            "/api/v1/check",
            deep.clone().into_bytes(),
            400,
            "recursion limit exceeded",
        ),
        (
            "/api/v1/lint",
            deep_lint.into_bytes(),
            400,
            // Typed requests stop at the first level that has the wrong shape.
            "request body:1:12: invalid type: sequence",
        ),
        // Invalid UTF-8, with the offset of the bad byte.
        (
            "/api/v1/check",
            b"{\"schema\": 1, \"x\": \"\xff\"}".to_vec(),
            400,
            "not UTF-8 text (invalid byte at offset 20)",
        ),
        // Too large.
        (
            "/api/v1/check",
            vec![b' '; 100_001],
            413,
            "larger than this server's limit of 100000 bytes",
        ),
    ];
    runtime().block_on(async {
        for (path, body, status, message) in &cases {
            let reply = post(&addr, path, body).await;
            assert_eq!(reply.status, *status, "{path}: {}", reply.text());
            assert_eq!(reply.header("content-type"), Some("application/json"));
            let error = reply.error();
            assert!(error.contains(message), "{path}: {error:?} lacks {message:?}");
        }

        // Wrong method: a JSON error naming the method the route takes, and `Allow`.
        let reply = get(&addr, "/api/v1/check").await;
        assert_eq!(reply.status, 405);
        assert_eq!(reply.header("content-type"), Some("application/json"));
        assert_eq!(reply.header("allow"), Some("POST"));
        assert!(reply.error().contains("takes POST only"), "{}", reply.error());
        let reply = post(&addr, "/api/v1/presets/rdbms-to-pingone", b"{}").await;
        assert_eq!(reply.status, 405);
        assert_eq!(reply.header("allow"), Some("GET, HEAD"));
        assert!(
            reply
                .error()
                .contains("/api/v1/presets/rdbms-to-pingone takes GET, HEAD only"),
            "{}",
            reply.error()
        );

        // A body announced far over the limit is refused before it is sent.
        let reply = send_async(
            &addr,
            b"POST /api/v1/check HTTP/1.1\r\nHost: t\r\nContent-Length: 5000000000\r\n\r\n",
        )
        .await
        .unwrap();
        assert_eq!(reply.status, 413);

        // A chunked body over the limit (no length announced) is cut off too.
        let mut raw = b"POST /api/v1/check HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".to_vec();
        for _ in 0..30 {
            raw.extend_from_slice(format!("{:x}\r\n{}\r\n", 5000, " ".repeat(5000)).as_bytes());
        }
        raw.extend_from_slice(b"0\r\n\r\n");
        let reply = send_async(&addr, &raw).await.unwrap();
        assert_eq!(reply.status, 413);
        assert!(reply.error().contains("limit of 100000 bytes"));

        // Garbage instead of HTTP: the connection is refused, the server stays up.
        let _ = send_async(&addr, b"\x00\x01\x02 not http\r\n\r\n").await;
        assert_eq!(get(&addr, "/healthz").await.status, 200);
    });
}

#[test]
fn slow_clients_are_cut_off_while_others_are_served() {
    let server = start(&["--header-timeout", "1", "--request-timeout", "2"]);
    let addr = server.addr();
    runtime().block_on(async {
        // Headers one byte every 300 ms: the header-read timeout closes the connection.
        let slow_headers = tokio::spawn({
            let addr = addr.clone();
            async move {
                let start = Instant::now();
                let mut stream = TcpStream::connect(&addr).await.unwrap();
                let raw = json_request("GET", "/healthz", b"");
                for byte in raw {
                    if stream.write_all(&[byte]).await.is_err() {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    if start.elapsed() > Duration::from_secs(10) {
                        break;
                    }
                }
                let mut rest = Vec::new();
                let _ = stream.read_to_end(&mut rest).await;
                (start.elapsed(), rest)
            }
        });
        // Headers in time, then the body one byte every 300 ms: 408 at the request timeout.
        let slow_body = tokio::spawn({
            let addr = addr.clone();
            async move {
                let start = Instant::now();
                let stream = TcpStream::connect(&addr).await.unwrap();
                let (mut reader, mut writer) = stream.into_split();
                let body = b"{\"value\": \"{SSHA}abcdefghijklmnopqrstuvwxyz\"}";
                let raw = json_request("POST", "/api/v1/inspect-password", body);
                let split = raw.len() - body.len();
                writer.write_all(&raw[..split]).await.unwrap();
                let write = async move {
                    for byte in &raw[split..] {
                        if writer.write_all(&[*byte]).await.is_err() {
                            break;
                        }
                        tokio::time::sleep(Duration::from_millis(300)).await;
                        if start.elapsed() > Duration::from_secs(4) {
                            break;
                        }
                    }
                    writer
                };
                let read = async {
                    let reply = read_reply_async(&mut reader).await;
                    (start.elapsed(), reply)
                };
                let ((elapsed, reply), _writer) = tokio::join!(read, write);
                (elapsed, reply)
            }
        });
        // Meanwhile everyone else is served promptly.
        tokio::time::sleep(Duration::from_millis(200)).await;
        for _ in 0..10 {
            let start = Instant::now();
            assert_eq!(get(&addr, "/healthz").await.status, 200);
            assert!(start.elapsed() < Duration::from_millis(500));
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

        let (elapsed, rest) = slow_headers.await.unwrap();
        assert!(
            elapsed < Duration::from_secs(5),
            "slow headers held the connection for {elapsed:?}"
        );
        // Closed, or a 408: never an answer to the request.
        let text = String::from_utf8_lossy(&rest);
        assert!(
            rest.is_empty() || text.starts_with("HTTP/1.1 408"),
            "{text:?}"
        );

        let (elapsed, reply) = slow_body.await.unwrap();
        let reply = reply.unwrap();
        assert_eq!(reply.status, 408, "{}", reply.text());
        assert!(reply.error().contains("--request-timeout"));
        assert!(elapsed < Duration::from_secs(4), "{elapsed:?}");
    });
}

// ---------------------------------------------------------------------------------------------
// Many clients at once.

#[test]
fn two_hundred_and_fifty_concurrent_clients_all_get_the_command_line_answers() {
    const CLIENTS: usize = 250;
    const ROUNDS: usize = 4;
    let cases = cases();
    let server = start(&[]);
    let addr = server.addr();
    let start = Instant::now();
    let failures = runtime().block_on(async {
        // Every client starts at once, after all are connected to the barrier.
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(CLIENTS));
        let mut tasks = Vec::new();
        for client in 0..CLIENTS {
            let addr = addr.clone();
            let cases = cases.clone();
            let barrier = barrier.clone();
            tasks.push(tokio::spawn(async move {
                barrier.wait().await;
                let mut failures = Vec::new();
                for round in 0..ROUNDS {
                    let case = &cases[(client * 7 + round * 13) % cases.len()];
                    match send_async(&addr, &json_request("POST", &case.path, &case.body)).await {
                        Ok(reply)
                            if reply.status == 200
                                && reply.body == case.expected.as_bytes()
                                && reply.header("syncmap-result")
                                    == Some(if case.errors { "errors" } else { "clean" }) => {}
                        Ok(reply) => failures.push(format!(
                            "{}: {} {:.200}",
                            case.path,
                            reply.status,
                            String::from_utf8_lossy(&reply.body)
                        )),
                        Err(e) => failures.push(format!("{}: {e}", case.path)),
                    }
                }
                failures
            }));
        }
        let all = async {
            let mut failures = Vec::new();
            for task in tasks {
                failures.extend(task.await.unwrap());
            }
            failures
        };
        tokio::time::timeout(Duration::from_secs(120), all)
            .await
            .expect("the clients finish within two minutes")
    });
    assert!(
        failures.is_empty(),
        "{} of {} requests failed; first: {:?}",
        failures.len(),
        CLIENTS * ROUNDS,
        &failures[..failures.len().min(5)]
    );
    eprintln!(
        "{} requests from {CLIENTS} concurrent clients in {:?}",
        CLIENTS * ROUNDS,
        start.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------
// Headers, static files, logs, shutdown.

#[test]
fn security_headers_and_a_configurable_frame_ancestors() {
    // A web app of its own, so the test does not need the built one (`cargo test` runs before
    // `cargo xtask dist`); the browser tests check the real app's <meta> policy.
    let dist = scratch("headers").join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><p>app</p>").unwrap();
    std::fs::write(
        dist.join("sw.js"),
        "self.addEventListener('fetch', () => {});",
    )
    .unwrap();
    let server = start(&[
        "--frame-ancestors",
        "'self' https://docs.example.com",
        "--dist",
        dist.to_str().unwrap(),
    ]);
    let addr = server.addr();
    runtime().block_on(async {
        let page = get(&addr, "/").await;
        assert_eq!(page.status, 200);
        assert!(
            page.header("content-type")
                .unwrap()
                .starts_with("text/html")
        );
        // The page's own policy (with its inline script's hash) is its <meta>; the header adds
        // only what a <meta> cannot say.
        assert_eq!(
            page.header("content-security-policy"),
            Some("frame-ancestors 'self' https://docs.example.com")
        );
        for reply in [
            &page,
            &get(&addr, "/sw.js").await,
            &get(&addr, "/healthz").await,
        ] {
            assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
            assert_eq!(reply.header("referrer-policy"), Some("no-referrer"));
        }
        let worker = get(&addr, "/sw.js").await;
        let policy = worker.header("content-security-policy").unwrap();
        assert!(policy.starts_with("default-src 'self'"), "{policy}");
        assert!(policy.ends_with("frame-ancestors 'self' https://docs.example.com"));
        let api = get(&addr, "/api/v1/presets").await;
        assert_eq!(api.header("cache-control"), Some("no-store"));
    });

    // A value that would smuggle in another directive is refused at start.
    let output = syncmap(
        &[
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--frame-ancestors",
            "* ; script-src *",
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--frame-ancestors"));
}

/// Escapes that would leave the web app's folder, as raw request targets.
const TRAVERSALS: &[&str] = &[
    "/../Cargo.toml",
    "/../../Cargo.toml",
    "/%2e%2e/Cargo.toml",
    "/%2e%2e/%2e%2e/Cargo.toml",
    "/..%2fCargo.toml",
    "/..%2F..%2FCargo.toml",
    "/%2e%2e%2f%2e%2e%2fCargo.toml",
    "/./../Cargo.toml",
    "/..%5cCargo.toml",
    "/..\\Cargo.toml",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    "/static/../../Cargo.toml",
    "/%252e%252e/Cargo.toml",
];

#[test]
fn no_path_escapes_the_web_app_embedded_or_from_a_folder() {
    // The secret sits beside the served folder, where `..` would reach it.
    let root = scratch("traversal");
    let dist = root.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><p>app</p>").unwrap();
    std::fs::write(root.join("Cargo.toml"), "SECRET-OUTSIDE").unwrap();
    for args in [vec![], vec!["--dist", dist.to_str().unwrap()]] {
        let server = start(&args);
        let addr = server.addr();
        runtime().block_on(async {
            // `cargo test` runs before the web app is built: a binary without it answers 503
            // to every path of the app, which refuses the escapes just as well.
            let built = get(&addr, "/").await.status != 503;
            let refused: &[u16] = if built { &[400, 404] } else { &[400, 404, 503] };
            for target in TRAVERSALS {
                let reply = send_async(&addr, &json_request("GET", target, b""))
                    .await
                    .unwrap();
                let body = String::from_utf8_lossy(&reply.body);
                assert!(
                    refused.contains(&reply.status),
                    "{args:?} {target}: {} {body}",
                    reply.status
                );
                for leak in ["SECRET-OUTSIDE", "[package]", "[workspace]", "root:"] {
                    assert!(!body.contains(leak), "{args:?} {target} leaked {leak}");
                }
            }
            if built {
                assert_eq!(get(&addr, "/index.html").await.status, 200);
            }
        });
    }
}

#[test]
fn logs_name_each_request_but_never_a_body_or_query_and_sigterm_lets_requests_finish() {
    let log = scratch("log").join("stderr.log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_syncmap"))
        .args(["serve", "--addr", "127.0.0.1:0", "--log", "json"])
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let addr = line
        .trim()
        .trim_start_matches("syncmap: serving http://")
        .trim_end_matches('/')
        .to_owned();
    const SECRET: &str = "{SSHA}c2VjcmV0LXNlY3JldC1zZWNyZXQ=";
    let in_flight = runtime().block_on(async {
        let body = serde_json::json!({ "value": SECRET }).to_string();
        let reply = post(
            &addr,
            "/api/v1/inspect-password?token=QUERYSECRET",
            body.as_bytes(),
        )
        .await;
        assert_eq!(reply.status, 200);
        assert!(
            !reply.text().contains("c2VjcmV0"),
            "the answer holds no part of the value"
        );
        post(
            &addr,
            "/api/v1/check",
            b"{\"schema\": 1, \"oops\": \"BODYSECRET\"",
        )
        .await;

        // A request still sending its body when SIGTERM arrives is answered, then the server
        // exits.
        let stream = TcpStream::connect(&addr).await.unwrap();
        let (mut reader, mut writer) = stream.into_split();
        let raw = json_request("POST", "/api/v1/inspect-password", body.as_bytes());
        writer.write_all(&raw[..raw.len() - 5]).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let status = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        tokio::time::sleep(Duration::from_millis(300)).await;
        writer.write_all(&raw[raw.len() - 5..]).await.unwrap();
        read_reply_async(&mut reader).await.unwrap()
    });
    assert_eq!(in_flight.status, 200, "{}", in_flight.text());
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "syncmap serve ignored SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(exit.code(), Some(0));
    // New connections are refused once it has stopped.
    assert!(std::net::TcpStream::connect(&addr).is_err());

    let text = std::fs::read_to_string(&log).unwrap();
    for secret in ["c2VjcmV0", "QUERYSECRET", "BODYSECRET", "token="] {
        assert!(!text.contains(secret), "the log holds {secret}:\n{text}");
    }
    let requests: Vec<HashMap<String, serde_json::Value>> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| serde_json::from_value(v["fields"].clone()).ok())
        .filter(|f: &HashMap<String, serde_json::Value>| f.contains_key("status"))
        .collect();
    assert_eq!(requests.len(), 3, "{text}");
    assert_eq!(requests[0]["method"], "POST");
    assert_eq!(requests[0]["path"], "/api/v1/inspect-password");
    assert_eq!(requests[0]["status"], 200);
    assert_eq!(requests[1]["status"], 400);
    assert!(requests[0]["latency_us"].is_u64());
}

// ---------------------------------------------------------------------------------------------
// Change scripts.

/// `POST /api/v1/diff` answers with what `syncmap diff BEFORE AFTER` prints, for scenario files
/// and for dsconfig files, each way round and in every format; bad sides are refused with the
/// side named.
#[test]
fn diff_answers_as_the_command_line_does() {
    let dir = scratch("diff");
    let (before_json, before_path) = scenarios().remove(0);
    let mut edited: serde_json::Value = serde_json::from_str(&before_json).unwrap();
    edited["attribute_map"]["mappings"]
        .as_array_mut()
        .unwrap()
        .remove(0);
    edited["attribute_map"]["name"] = "Renamed Map".into();
    let after_json = serde_json::to_string_pretty(&edited).unwrap();
    let after_path = dir.join("after.json");
    std::fs::write(&after_path, &after_json).unwrap();
    // The before side also as the batch file its scenario renders to.
    let (_, batch) = stdout(
        &[
            "render",
            before_path.to_str().unwrap(),
            "--format",
            "batch",
            "--date",
            "none",
        ],
        "",
    );
    let batch_path = dir.join("before.dsconfig");
    std::fs::write(&batch_path, &batch).unwrap();
    let before_value: serde_json::Value = serde_json::from_str(&before_json).unwrap();
    let sides = [
        (before_path.clone(), before_value),
        (
            batch_path.clone(),
            serde_json::json!({ "dsconfig": [{ "name": "before.dsconfig", "text": batch }] }),
        ),
    ];
    let server = start(&[]);
    let addr = server.addr();
    runtime().block_on(async {
        for (path, value) in &sides {
            for format in ["bash", "batch", "powershell", "lines"] {
                for reverse in [false, true] {
                    let mut args = vec![
                        "diff",
                        path.to_str().unwrap(),
                        after_path.to_str().unwrap(),
                        "--format",
                        format,
                        "--date",
                        "none",
                    ];
                    if reverse {
                        args.push("--reverse");
                    }
                    let (code, expected) = stdout(&args, "");
                    assert!(matches!(code, Some(0 | 1)), "{args:?}");
                    assert!(expected.contains("delete-attribute-map"), "{expected}");
                    let body = serde_json::json!({
                        "before": value,
                        "after": edited,
                        "format": format,
                        "reverse": reverse,
                        "date": "none",
                    });
                    let reply = post(&addr, "/api/v1/diff", body.to_string().as_bytes()).await;
                    assert_eq!(reply.status, 200, "{}", reply.text());
                    let answer: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
                    assert_eq!(
                        answer["commands"].as_str(),
                        Some(expected.as_str()),
                        "{args:?}"
                    );
                    assert!(answer["diagnostics"].is_array());
                    assert_eq!(
                        reply.header("syncmap-result"),
                        Some(if code == Some(1) { "errors" } else { "clean" })
                    );
                }
            }
        }
        // Two configurations in the files, or none: the side is named.
        let two = format!(
            "{batch}{}",
            batch
                .replace(
                    "--map-name PingDirectory_to_PingOne_User_Map",
                    "--map-name Other",
                )
                .replace("--class-name Users", "--class-name Others")
        );
        for (text, says) in [
            (two.as_str(), "configurations (attribute maps"),
            ("# nothing\n", "no configuration"),
        ] {
            let body = serde_json::json!({
                "before": { "dsconfig": [{ "name": "x.dsconfig", "text": text }] },
                "after": edited,
            });
            let reply = post(&addr, "/api/v1/diff", body.to_string().as_bytes()).await;
            assert_eq!(reply.status, 400, "{}", reply.text());
            assert!(reply.error().starts_with("before: "), "{}", reply.error());
            assert!(reply.error().contains(says), "{}", reply.error());
        }
        let body = serde_json::json!({ "before": { "schema": 1 }, "after": edited });
        let reply = post(&addr, "/api/v1/diff", body.to_string().as_bytes()).await;
        assert_eq!(reply.status, 400);
        assert!(reply.error().starts_with("before: "), "{}", reply.error());
    });
}
