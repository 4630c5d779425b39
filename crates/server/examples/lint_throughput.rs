//! Parse plus lint throughput on a generated batch file of at least 10 MB (best of ten, on every
//! core, as the command line lints), the parser alone on one thread (best of ten), the peak
//! memory it takes, a digest of the findings, and the time to write them as a report in each
//! format. Run by `cargo xtask bench`, which also times
//! Python's shlex on the same file:
//!
//! ```text
//! cargo run --release -p syncmap-server --example lint_throughput -- FILE [MEGABYTES]
//! ```
//!
//! Writes the generated file to FILE (for the shlex run) and prints one line of figures.
//!
//! It lives beside the binary to lint with the binary's allocator, the one `syncmap lint` runs
//! on.

#[path = "../src/allocator.rs"]
mod allocator;

use std::time::Instant;

use syncmap_core::lint::{Input, Options, lint, output};
use syncmap_core::scenario::{Mapping, Scenario};
use syncmap_core::{Format, presets, render};

/// A preset with every object name made unique by `suffix`, references included.
fn suffixed(mut scenario: Scenario, suffix: usize) -> Scenario {
    let s = |name: &mut String| name.push_str(&format!("_{suffix}"));
    s(&mut scenario.source.name);
    s(&mut scenario.destination.name);
    for server in scenario
        .source
        .servers
        .iter_mut()
        .chain(scenario.destination.servers.iter_mut())
    {
        s(&mut server.name);
    }
    s(&mut scenario.attribute_map.name);
    for map in &mut scenario.dn_maps {
        s(&mut map.name);
    }
    for mapping in &mut scenario.attribute_map.mappings {
        if let Mapping::Dn { dn_maps, .. } = mapping {
            dn_maps.iter_mut().for_each(s);
        }
    }
    if let Some(pipe) = &mut scenario.sync_pipe {
        s(&mut pipe.name);
        pipe.class.dn_maps.iter_mut().for_each(s);
    }
    scenario
}

fn generate(bytes: usize) -> String {
    let sources = [
        "pingdirectory-to-pingone",
        "pingdirectory-to-pingdirectory",
        "pingone-to-pingdirectory",
    ];
    let mut text = String::with_capacity(bytes + 64 * 1024);
    let mut i = 0;
    while text.len() < bytes {
        let preset = presets::find(sources[i % sources.len()]).expect("preset");
        text.push_str(&render(&suffixed(preset.scenario(), i), Format::Batch));
        i += 1;
    }
    text
}

/// A digest of every finding (code, place, severity, message, hint), so that runs before and
/// after a change can be compared: a faster linter must find exactly the same. FNV-1a, fixed
/// here so that the figure means the same in every build.
fn digest(findings: &[syncmap_core::lint::Finding]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes.iter().chain(&[0xff]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for f in findings {
        feed(f.code.as_bytes());
        feed(&f.loc.file.to_le_bytes());
        feed(&f.loc.span.start().to_le_bytes());
        feed(&f.loc.span.end().to_le_bytes());
        feed(f.severity.as_str().as_bytes());
        feed(f.message.as_bytes());
        feed(f.hint.as_deref().unwrap_or("").as_bytes());
    }
    hash
}

/// The process's peak resident memory in bytes (Linux), 0 where unknown.
fn peak_memory() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
            Some(kb * 1024)
        })
        .unwrap_or(0)
}

/// How many times each is timed: the best is the figure, the others are what a busy machine
/// added.
const RUNS: usize = 10;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "lint-bench.dsconfig".to_owned());
    let megabytes: usize = args.next().and_then(|m| m.parse().ok()).unwrap_or(10);
    let text = generate(megabytes * 1_000_000);
    if let Err(e) = std::fs::write(&path, &text) {
        eprintln!("lint_throughput: cannot write {path}: {e}");
        std::process::exit(2);
    }
    // As the command line lints: on every core the machine has.
    let options = Options {
        threads: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        ..Options::default()
    };
    let before = peak_memory();
    let mut best = f64::MAX;
    let mut report = None;
    for _ in 0..RUNS {
        // The previous report goes first, so that the peak is one run's.
        drop(report.take());
        let start = Instant::now();
        let result = lint(
            &[Input {
                name: &path,
                text: &text,
            }],
            &options,
        );
        best = best.min(start.elapsed().as_secs_f64());
        report = Some(result);
    }
    let report = report.expect("at least one run");
    let mut parse_only = f64::MAX;
    for _ in 0..RUNS {
        let start = Instant::now();
        let document = syncmap_core::dsconfig::parse(&text);
        parse_only = parse_only.min(start.elapsed().as_secs_f64());
        drop(document);
    }
    let peak = peak_memory();
    // Writing the report, in each format: what `syncmap lint` adds after linting. Timed after
    // the peak is read, so that the memory figure stays the linter's.
    let inputs = [Input {
        name: &path,
        text: &text,
    }];
    let report_ms = |write: &dyn Fn() -> usize| {
        let mut best = f64::MAX;
        for _ in 0..RUNS {
            let start = Instant::now();
            std::hint::black_box(write());
            best = best.min(start.elapsed().as_secs_f64());
        }
        best * 1e3
    };
    let human = report_ms(&|| output::human(&report, &inputs).len());
    // Pretty, as the command line and the API write them.
    let json = report_ms(&|| {
        serde_json::to_string_pretty(&output::json(&report, &inputs)).map_or(0, |t| t.len())
    });
    let sarif = report_ms(&|| {
        serde_json::to_string_pretty(&output::sarif(&report, &inputs)).map_or(0, |t| t.len())
    });
    let mb = text.len() as f64 / 1e6;
    println!(
        "syncmap parse+lint: {:.1} MB in {:.3} s = {:.1} MB/s on {} threads (parse alone {:.1} MB/s); {} commands, {} findings (digest {:016x}), {} scenarios; \
         peak memory {:.1} MB ({:.1}x the input; {:.1} MB before linting); \
         the report written in {:.1} ms (human), {:.1} ms (JSON), {:.1} ms (SARIF)",
        mb,
        best,
        mb / best,
        options.threads,
        mb / parse_only,
        report.commands,
        report.findings.len(),
        digest(&report.findings),
        report.scenarios_checked,
        peak as f64 / 1e6,
        peak as f64 / text.len() as f64,
        before as f64 / 1e6,
        human,
        json,
        sarif,
    );
}
