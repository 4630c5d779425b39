//! Helpers shared by the integration tests: the real `syncmap` binary, started and stopped.

#![allow(dead_code)]

pub mod browser;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

/// Runs `syncmap` with `args` and `stdin`, and waits for it.
pub fn syncmap(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_syncmap"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("syncmap runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// `GET url` over a plain TCP connection: the status code and the body. Enough HTTP/1.1 for
/// tests, with nothing between the test and the server.
pub fn http_get(url: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (host, path) = rest
        .split_once('/')
        .map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
    let mut stream = std::net::TcpStream::connect(host).expect("server reachable");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let response = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    (status, body.to_owned())
}

/// A running `syncmap serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// The base URL, ending in `/`.
    pub url: String,
}

impl Server {
    /// Starts `syncmap serve` on a free loopback port, with `extra` arguments.
    pub fn start(extra: &[&str]) -> Server {
        Server::start_binary(Path::new(env!("CARGO_BIN_EXE_syncmap")), extra)
    }

    /// Starts the given `syncmap` binary, from a neutral working directory.
    pub fn start_binary(binary: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(binary)
            .current_dir(std::env::temp_dir())
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("syncmap serve starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .trim()
            .strip_prefix("syncmap: serving ")
            .unwrap_or_else(|| panic!("unexpected first line from syncmap serve: {line:?}"))
            .to_owned();
        Server { child, url }
    }
}

impl Server {
    /// The server's process id, to watch its memory or signal it.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Joins continuation lines (`\` + newline + indentation) into one line each, as a reader of
/// the seed document would.
pub fn join_continuations(text: &str) -> String {
    let mut out = String::new();
    let mut continuing = false;
    for line in text.lines() {
        let line = if continuing { line.trim_start() } else { line };
        match line.strip_suffix('\\') {
            Some(head) => {
                out.push_str(head.trim_end());
                out.push(' ');
                continuing = true;
            }
            None => {
                out.push_str(line);
                out.push('\n');
                continuing = false;
            }
        }
    }
    out
}

/// Median, p95 (nearest rank), min and max of a non-empty sample.
pub fn summary(values: &[f64]) -> (f64, f64, f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    let p95 = sorted[(n * 95).div_ceil(100).max(1) - 1];
    (median, p95, sorted[0], sorted[n - 1])
}

/// The release `syncmap` named by `SYNCMAP_BIN`. A relative path is taken from the workspace
/// root, where the command that sets it is typed (a test runs in its package's folder).
pub fn release_binary() -> std::path::PathBuf {
    let binary = std::env::var_os("SYNCMAP_BIN")
        .map(std::path::PathBuf::from)
        .expect("SYNCMAP_BIN names a release syncmap (cargo build --release -p syncmap-server)");
    if binary.is_absolute() {
        binary
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(binary)
    }
}
