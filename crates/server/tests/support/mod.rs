//! Helpers shared by the integration tests: the real `syncmap` binary, started and stopped.

#![allow(dead_code)]

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
        let mut child = Command::new(env!("CARGO_BIN_EXE_syncmap"))
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

    /// Serves the web app built into `dist`.
    pub fn with_dist(dist: &Path) -> Server {
        Server::start(&["--dist", dist.to_str().expect("UTF-8 path")])
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
