//! `GET /healthz` stays quick while the server lints: four ~1 MiB lint requests at once, and
//! meanwhile a health check every few milliseconds, each of which must answer within 50 ms. A
//! load balancer's probe that waited behind the linter would take a busy server for a dead one.
//!
//! Against the release binary, so it is ignored by a plain `cargo test`:
//!
//! ```sh
//! cargo build --release -p syncmap-server
//! SYNCMAP_BIN=target/release/syncmap \
//!     cargo test -p syncmap-server --test healthz_under_load -- --ignored --nocapture
//! ```
//!
//! It prints the figures (health check latency, lint durations) for people to read.

mod support;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use support::{Server, http, release_binary, summary};

/// How many lint requests are sent at once.
const LINTS: usize = 4;

/// The most a health check may take.
const HEALTHZ_LIMIT: Duration = Duration::from_millis(50);

/// A lint request of about `bytes`: a map's attribute mappings, each with value patterns under
/// a misspelt property name, so that every one is a finding with a "did you mean". Findings are
/// where a lint spends its time (the linter reads a clean megabyte in milliseconds).
fn lint_body(bytes: usize) -> Vec<u8> {
    let mut text = String::from("dsconfig create-attribute-map --map-name m\n");
    let mut i = 0;
    // Room for the JSON around the text.
    while text.len() < bytes - 1024 {
        text.push_str(&format!(
            "dsconfig create-attribute-mapping --map-name m --mapping-name a{i} \
             --type constructed --set 'value-patern:{{givenName}} {{sn}}' \
             --set value-patern:{{cn}} --set value-patern:{{uid}}\n"
        ));
        i += 1;
    }
    serde_json::json!({ "files": [{ "name": "load.dsconfig", "text": text }] })
        .to_string()
        .into_bytes()
}

/// One request on its own connection (`Connection: close`): the status and the body length.
fn request(addr: &str, method: &str, path: &str, body: &[u8]) -> (u16, usize) {
    let reply = http::send(addr, &http::json_request(method, path, body))
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
    (reply.status, reply.body.len())
}

#[test]
#[ignore = "needs a release syncmap: SYNCMAP_BIN=target/release/syncmap cargo test -p syncmap-server --test healthz_under_load -- --ignored --nocapture"]
fn healthz_answers_quickly_while_four_large_lints_run() {
    let server = Server::start_binary(&release_binary(), &["--log", "off"]);
    let addr = server.addr();
    // Under the default body limit of 1 MiB.
    let body = Arc::new(lint_body(1_040_000));

    // One lint alone first: what a request costs on an idle server.
    let start = Instant::now();
    let (status, length) = request(&addr, "POST", "/api/v1/lint", &body);
    let alone = start.elapsed();
    assert_eq!(status, 200);
    println!(
        "one lint alone: {} bytes in, {length} bytes out, {:.0} ms",
        body.len(),
        alone.as_secs_f64() * 1e3
    );

    let done = Arc::new(AtomicBool::new(false));
    let go = Arc::new(Barrier::new(LINTS + 1));
    let lints: Vec<_> = (0..LINTS)
        .map(|_| {
            let (addr, body, go) = (addr.clone(), body.clone(), go.clone());
            std::thread::spawn(move || {
                go.wait();
                let start = Instant::now();
                let (status, _) = request(&addr, "POST", "/api/v1/lint", &body);
                (status, start.elapsed())
            })
        })
        .collect();
    let poller = {
        let (addr, done, go) = (addr.clone(), done.clone(), go.clone());
        std::thread::spawn(move || {
            go.wait();
            let mut latencies = Vec::new();
            while !done.load(Ordering::Relaxed) {
                let start = Instant::now();
                let (status, _) = request(&addr, "GET", "/healthz", b"");
                latencies.push(start.elapsed());
                assert_eq!(status, 200);
                std::thread::sleep(Duration::from_millis(5));
            }
            latencies
        })
    };
    let lints: Vec<(u16, Duration)> = lints.into_iter().map(|t| t.join().unwrap()).collect();
    done.store(true, Ordering::Relaxed);
    let healthz = poller.join().unwrap();

    let ms = |d: &Duration| d.as_secs_f64() * 1e3;
    let healthz_ms: Vec<f64> = healthz.iter().map(ms).collect();
    let (median, p95, _, max) = summary(&healthz_ms);
    println!(
        "{} health checks during {LINTS} lints: median {median:.1} ms, p95 {p95:.1} ms, \
         max {max:.1} ms",
        healthz.len()
    );
    let lint_ms: Vec<String> = lints
        .iter()
        .map(|(_, d)| format!("{:.0} ms", ms(d)))
        .collect();
    println!("the {LINTS} lints took {}", lint_ms.join(", "));

    for (status, _) in &lints {
        assert_eq!(*status, 200, "every lint succeeds");
    }
    assert!(!healthz.is_empty());
    let slow = healthz.iter().filter(|d| **d >= HEALTHZ_LIMIT).count();
    assert_eq!(
        slow,
        0,
        "{slow} of {} health checks took 50 ms or more (max {max:.1} ms)",
        healthz.len()
    );
}
