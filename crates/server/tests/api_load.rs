//! Load on `POST /api/v1/check`: requests per second, latency percentiles and the server's
//! memory over a run, with 64 keep-alive connections on loopback. A benchmark, not a test: it
//! is ignored by `cargo test`; run it with
//!
//! ```sh
//! cargo test --release -p syncmap-server --test api_load -- --ignored --nocapture
//! ```
//!
//! `SYNCMAP_LOAD_SECS` (default 60) and `SYNCMAP_LOAD_CONNECTIONS` (default 64) change the run.
//! The load generator runs on the same machine as the server and competes with it for the CPU,
//! so the figures are a floor. It prints figures rather than asserting them (they depend on the
//! machine), apart from zero failures.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use support::{Server, syncmap};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&v| v > 0)
        .unwrap_or(default)
}

/// The server's resident memory in KiB, from /proc (Linux).
fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The server's CPU time so far (user + system), in clock ticks of 1/100 s, from /proc.
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // After the command name in parentheses: state is field 3, utime 14 and stime 15.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// Reads one answer from a keep-alive connection: the status and the body, whose length the
/// server always sends.
async fn read_answer(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<(u16, Vec<u8>)> {
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = std::str::from_utf8(&buffer[..end]).ok()?;
            let status = head.split(' ').nth(1)?.parse().ok()?;
            let length: usize = head
                .split("\r\n")
                .find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse().ok())?
                })
                .unwrap_or(0);
            while buffer.len() < end + 4 + length {
                let mut chunk = [0u8; 16 * 1024];
                let n = stream.read(&mut chunk).await.ok()?;
                if n == 0 {
                    return None;
                }
                buffer.extend_from_slice(&chunk[..n]);
            }
            let body = buffer[end + 4..end + 4 + length].to_vec();
            buffer.drain(..end + 4 + length);
            return Some((status, body));
        }
        let mut chunk = [0u8; 16 * 1024];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
}

#[test]
#[ignore = "a benchmark: cargo test --release -p syncmap-server --test api_load -- --ignored --nocapture"]
fn check_under_load() {
    let seconds = env_or("SYNCMAP_LOAD_SECS", 60);
    let connections = env_or("SYNCMAP_LOAD_CONNECTIONS", 64) as usize;
    let scenario =
        String::from_utf8(syncmap(&["presets", "--dump", "pingdirectory-to-pingone"], "").stdout)
            .unwrap();
    let expected = syncmap(
        &[
            "check",
            "--preset",
            "pingdirectory-to-pingone",
            "--format",
            "json",
        ],
        "",
    )
    .stdout;
    let server = Server::start(&["--log", "off"]);
    let pid = server.pid();
    let addr = server.addr();
    let request = Arc::new(
        format!(
            "POST /api/v1/check HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n{scenario}",
            scenario.len()
        )
        .into_bytes(),
    );
    let expected = Arc::new(expected);

    let cpu_before = cpu_ticks(pid).unwrap_or(0);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let (latencies, failures, elapsed, memory) = runtime.block_on(async {
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        for _ in 0..connections {
            let (addr, request, expected, stop) = (
                addr.clone(),
                request.clone(),
                expected.clone(),
                stop.clone(),
            );
            tasks.push(tokio::spawn(async move {
                let mut stream = TcpStream::connect(&addr).await.unwrap();
                stream.set_nodelay(true).unwrap();
                let mut buffer = Vec::new();
                let mut latencies: Vec<u32> = Vec::new();
                let mut failures = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let start = Instant::now();
                    if stream.write_all(&request).await.is_err() {
                        failures += 1;
                        break;
                    }
                    match read_answer(&mut stream, &mut buffer).await {
                        Some((200, body)) if body == *expected => {
                            latencies.push(start.elapsed().as_micros() as u32);
                        }
                        Some(_) => failures += 1,
                        None => {
                            failures += 1;
                            break;
                        }
                    }
                }
                (latencies, failures)
            }));
        }
        // Memory once a second: flat means no growth with the number of requests served.
        let start = Instant::now();
        let mut memory = Vec::new();
        while start.elapsed() < Duration::from_secs(seconds) {
            tokio::time::sleep(Duration::from_secs(1)).await;
            memory.push(rss_kib(pid).unwrap_or(0));
        }
        stop.store(true, Ordering::Relaxed);
        let mut latencies = Vec::new();
        let mut failures = 0;
        for task in tasks {
            let (l, f) = task.await.unwrap();
            latencies.extend(l);
            failures += f;
        }
        (latencies, failures, start.elapsed(), memory)
    });

    let cpu = cpu_ticks(pid).unwrap_or(0).saturating_sub(cpu_before);
    let mut sorted = latencies;
    sorted.sort_unstable();
    let percentile = |p: f64| {
        sorted
            .get(((sorted.len() as f64 * p) as usize).min(sorted.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0) as f64
            / 1000.0
    };
    println!(
        "POST /api/v1/check, {connections} connections, {:.1} s: {} requests, {:.0} requests/s, \
         latency p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {failures} failures",
        elapsed.as_secs_f64(),
        sorted.len(),
        sorted.len() as f64 / elapsed.as_secs_f64(),
        percentile(0.50),
        percentile(0.90),
        percentile(0.99),
        sorted.last().copied().unwrap_or(0) as f64 / 1000.0,
    );
    println!(
        "server CPU: {:.2} s of {:.1} s ({:.0} % of one core), {:.1} µs per request",
        cpu as f64 / 100.0,
        elapsed.as_secs_f64(),
        cpu as f64 / elapsed.as_secs_f64(),
        cpu as f64 * 10_000.0 / sorted.len().max(1) as f64,
    );
    let tenth = memory.len() / 10;
    println!(
        "server RSS: {} KiB after 1 s, {} KiB at the end, {} KiB at most; \
         first tenth of the run averages {} KiB, last tenth {} KiB",
        memory.first().unwrap_or(&0),
        memory.last().unwrap_or(&0),
        memory.iter().max().unwrap_or(&0),
        average(&memory[..tenth.max(1)]),
        average(&memory[memory.len() - tenth.max(1)..]),
    );
    assert_eq!(failures, 0, "every answer is the command line's");
}

fn average(values: &[u64]) -> u64 {
    values.iter().sum::<u64>() / values.len().max(1) as u64
}
