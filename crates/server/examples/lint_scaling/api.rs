//! `lint_scaling --api BINARY`: what `POST /api/v1/lint` costs the server, in CPU per MiB of
//! body, on each shape at the largest body the server takes by default (1 MiB). It starts
//! `BINARY serve` on a free loopback port, sends each shape [`REQUESTS`] times, one request at
//! a time, and reads the server's own CPU time from `/proc` (Linux) around them: parsing the
//! request, linting and writing the answer, whatever the answer's size.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, ExitCode, Stdio};

use super::{BUDGET_MS_PER_MIB, MIB, SHAPES, Shape, units_for};

/// Requests per shape: the kernel counts CPU time in ticks of 10 ms.
const REQUESTS: usize = 10;
/// The server's default `--max-body-bytes`.
const MAX_BODY: usize = 1 << 20;
/// What a request may cost over the lint's own budget: an answer can be 15 to 20 times its body
/// (a finding on every line, pretty JSON, each with its documentation URL), and writing it is
/// then most of the work. The aim is about [`BUDGET_MS_PER_MIB`]; a fifth more fails.
const TOLERANCE: f64 = 1.2;

pub fn run(binary: &str) -> ExitCode {
    let (mut server, addr) = match start(binary) {
        Ok(started) => started,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "{:<34} {:>9} {:>11} {:>9}",
        "shape", "body", "answer", "ms/MiB"
    );
    let mut failures = Vec::new();
    for shape in SHAPES {
        match measure(shape, server.id(), &addr) {
            Ok(row) => {
                println!(
                    "{:<34} {:>9} {:>11} {:>9.1}",
                    shape.name, row.body, row.answer, row.ms_per_mib
                );
                if row.ms_per_mib > BUDGET_MS_PER_MIB * TOLERANCE {
                    failures.push(format!("{}: {:.1} ms per MiB", shape.name, row.ms_per_mib));
                }
            }
            Err(why) => failures.push(format!("{}: {why}", shape.name)),
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    println!(
        "the server's CPU time per MiB of request body, over {REQUESTS} requests a shape, one at \
         a time"
    );
    if failures.is_empty() {
        println!(
            "every shape within {:.0} ms per MiB",
            BUDGET_MS_PER_MIB * TOLERANCE
        );
        return ExitCode::SUCCESS;
    }
    eprintln!("FAILED:");
    for failure in &failures {
        eprintln!("  {failure}");
    }
    ExitCode::FAILURE
}

struct Row {
    body: usize,
    answer: usize,
    ms_per_mib: f64,
}

/// The largest body of `shape` the server takes, sent [`REQUESTS`] times.
fn measure(shape: &Shape, pid: u32, addr: &str) -> Result<Row, String> {
    let mut units = units_for(shape, MAX_BODY);
    let body = loop {
        let text = (shape.text)(units);
        let body = serde_json::json!({ "files": [{ "name": "shape.dsconfig", "text": text }] })
            .to_string();
        if body.len() <= MAX_BODY || units == 1 {
            break body;
        }
        units = units * 15 / 16;
    };
    let before = cpu_ms(pid)?;
    let mut answer = 0;
    for _ in 0..REQUESTS {
        answer = post(addr, "/api/v1/lint", body.as_bytes())?;
    }
    let spent = cpu_ms(pid)? - before;
    Ok(Row {
        body: body.len(),
        answer,
        ms_per_mib: spent / REQUESTS as f64 / (body.len() as f64 / MIB),
    })
}

fn start(binary: &str) -> Result<(Child, String), String> {
    let mut server = Command::new(binary)
        .args(["serve", "--addr", "127.0.0.1:0", "--log", "off"])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {binary}: {e}"))?;
    let mut first = String::new();
    let stdout = server.stdout.take().ok_or("no standard output")?;
    BufReader::new(stdout)
        .read_line(&mut first)
        .map_err(|e| format!("cannot read the server's address: {e}"))?;
    let addr = first
        .trim()
        .strip_prefix("syncmap: serving http://")
        .and_then(|rest| rest.strip_suffix('/'))
        .ok_or_else(|| format!("the server printed {first:?}"))?
        .to_owned();
    Ok((server, addr))
}

/// One request on its own connection; the answer's length. Anything but 200 is an error.
fn post(addr: &str, path: &str, body: &[u8]) -> Result<usize, String> {
    let mut stream = TcpStream::connect(addr).map_err(|e| format!("connect: {e}"))?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body))
        .map_err(|e| format!("send: {e}"))?;
    let mut answer = Vec::new();
    stream
        .read_to_end(&mut answer)
        .map_err(|e| format!("receive: {e}"))?;
    let status = answer.get(9..12).and_then(|s| std::str::from_utf8(s).ok());
    if status != Some("200") {
        return Err(format!("the server answered {status:?}"));
    }
    Ok(answer.len())
}

/// The process's user and system CPU time so far, from `/proc/PID/stat`.
fn cpu_ms(pid: u32) -> Result<f64, String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map_err(|e| format!("cannot read the server's CPU time (Linux only): {e}"))?;
    // The fields after the command's name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat
        .rsplit_once(") ")
        .map(|(_, rest)| rest.split(' ').collect())
        .unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name; the kernel's
    // clock ticks are 100 a second on Linux.
    match (ticks(11), ticks(12)) {
        (Some(user), Some(system)) => Ok((user + system) * 10.0),
        _ => Err("cannot parse /proc/PID/stat".to_owned()),
    }
}
