//! How the linter, its reports, the editor's import and the canonical rendering grow with the
//! input, on the shapes of file that once made one of them quadratic: each shape generated at
//! `n` and `4n` commands, each step timed (best of three), and the ratio of the two times. A
//! linear step gives about 4; a quadratic one about 16. Run by `cargo xtask bench`:
//!
//! ```text
//! cargo run --release -p syncmap-server --example lint_scaling -- [N]
//! ```
//!
//! Figures, not a pass or a fail: times on a shared machine are for people to read
//! (BENCHMARKS.md). It lives beside the binary to allocate as `syncmap lint` does.

#[path = "../src/allocator.rs"]
mod allocator;

use std::fmt::Write as _;
use std::time::Instant;

use syncmap_core::lint::{Input, Options, lint, output, read_scenarios};
use syncmap_core::{Format, dsconfig, render};

/// A shape of file: its name and how to write its command `i`.
struct Shape {
    name: &'static str,
    command: fn(usize) -> String,
}

const SHAPES: &[Shape] = &[
    Shape {
        // Two findings a class (the PingDirectory presets' warnings), for the reports.
        name: "many findings",
        command: |i| {
            format!(
                "dsconfig create-external-server --server-name ds{i} --type ping-identity-ds --set server-host-name:ds{i}.example.com\n\
                 dsconfig create-sync-source --source-name s{i} --type ping-identity --set base-dn:dc=example,dc=com --set server:ds{i}\n\
                 dsconfig create-attribute-map --map-name m{i}\n\
                 dsconfig create-attribute-mapping --map-name m{i} --mapping-name pw --type direct --set from-attribute:userPassword\n\
                 dsconfig create-sync-pipe --pipe-name p{i} --set sync-source:s{i} --set sync-destination:s{i}\n\
                 dsconfig create-sync-class --pipe-name p{i} --class-name c{i} --set attribute-map:m{i}\n"
            )
        },
    },
    Shape {
        name: "parse errors",
        command: |i| format!("dsconfig set-attribute-map-prop --map-name m{i} --set description\n"),
    },
    Shape {
        name: "distinct other subcommands",
        command: |i| format!("dsconfig create-widget{i}-thing --set a:b\n"),
    },
    Shape {
        name: "duplicate creates",
        command: |i| format!("dsconfig create-attribute-map --map-name m{}\n", i % 7),
    },
    Shape {
        name: "references to nothing",
        command: |i| {
            format!(
                "dsconfig create-sync-class --pipe-name p{i} --class-name c --set attribute-map:m{i}\n"
            )
        },
    },
    Shape {
        name: "mappings of one map",
        command: |i| {
            format!(
                "dsconfig create-attribute-mapping --map-name m --mapping-name a{i} --type constructed --set 'value-pattern:{{givenName}} {{sn}} {i}'\n"
            )
        },
    },
];

/// One command of the shape that takes `n` to finish: a property the import does not read,
/// set `n` times, each line continued.
fn one_long_command(n: usize) -> String {
    let mut text = String::from(
        "dsconfig create-sync-pipe --pipe-name p --set sync-source:s --set sync-destination:s\n\
         dsconfig create-sync-class --pipe-name p --class-name c --set attribute-map:m\n\
         dsconfig create-attribute-map --map-name m \\\n",
    );
    for i in 0..n {
        let _ = writeln!(text, "  --set description:value{i} \\");
    }
    text.push('\n');
    text
}

/// One line with `n` findings: a command setting `n` properties no object type has.
fn one_line_of_findings(n: usize) -> String {
    let mut text = String::from("dsconfig create-attribute-map --map-name m");
    for i in 0..n {
        let _ = write!(text, " --set unknown{i}:x");
    }
    text.push('\n');
    text
}

fn generate(shape: &Shape, n: usize) -> String {
    (0..n).map(shape.command).collect()
}

/// The best of three timings of `step`, in milliseconds.
fn best_ms(step: &dyn Fn() -> usize) -> f64 {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(step());
            start.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::MAX, f64::min)
}

/// The time of each step on `text`: lint, the three reports, the import, parse and render.
fn steps(text: &str) -> [f64; 6] {
    let inputs = [Input {
        name: "shape.dsconfig",
        text,
    }];
    let options = Options {
        threads: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        ..Options::default()
    };
    let report = lint(&inputs, &options);
    [
        best_ms(&|| lint(&inputs, &options).findings.len()),
        best_ms(&|| output::human(&report, &inputs).len()),
        best_ms(&|| {
            serde_json::to_vec_pretty(&output::json(&report, &inputs)).map_or(0, |v| v.len())
        }),
        best_ms(&|| {
            serde_json::to_vec_pretty(&output::sarif(&report, &inputs)).map_or(0, |v| v.len())
        }),
        best_ms(&|| read_scenarios(&inputs).scenarios.len()),
        best_ms(&|| render::canonical(&dsconfig::parse(text), Format::Batch).len()),
    ]
}

const STEPS: [&str; 6] = ["lint", "human", "JSON", "SARIF", "import", "render"];

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    println!(
        "{:<28} {:>8} {:>8}  {}",
        "shape",
        "n",
        "MB at 4n",
        STEPS.map(|s| format!("{s:>18}")).join("")
    );
    let texts = SHAPES
        .iter()
        .map(|shape| (shape.name, generate(shape, n), generate(shape, 4 * n)))
        .chain([
            (
                "one command, continued",
                one_long_command(n),
                one_long_command(4 * n),
            ),
            (
                "one line, many findings",
                one_line_of_findings(n),
                one_line_of_findings(4 * n),
            ),
        ]);
    let mut worst = 0.0_f64;
    for (name, small, large) in texts {
        let (before, after) = (steps(&small), steps(&large));
        let mut row = format!("{name:<28} {n:>8} {:>8.1}  ", large.len() as f64 / 1e6);
        for (b, a) in before.iter().zip(&after) {
            // Steps under a millisecond at 4n are all set-up: their ratio says nothing.
            let ratio = if *a < 1.0 { f64::NAN } else { a / b.max(1e-3) };
            if ratio.is_finite() {
                worst = worst.max(ratio);
            }
            let _ = write!(row, "{a:>8.1} ms ({ratio:>4.1}x)");
        }
        println!("{row}");
    }
    println!(
        "times at 4n, and in brackets 4n's time over n's (linear is about 4, quadratic 16); largest ratio {worst:.1}"
    );
}
