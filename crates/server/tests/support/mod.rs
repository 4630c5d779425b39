//! Helpers shared by the integration tests: the real `syncmap` binary, started and stopped.

#![allow(dead_code)]

pub mod browser;
pub mod http;

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
    /// The host:port the server listens on.
    pub fn addr(&self) -> String {
        self.url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned()
    }

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
