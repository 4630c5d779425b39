//! A check that the linter, its three reports, the editor's import and the canonical rendering
//! stay linear whatever the input's shape, and that linting costs at most [`BUDGET_MS_PER_MIB`]
//! of CPU per MiB of input on each shape. Run by `cargo xtask test` and `cargo xtask bench`:
//!
//! ```text
//! cargo run --release -p syncmap-server --example lint_scaling -- [MIB] [SHAPE...]
//! cargo run --release -p syncmap-server --example lint_scaling -- --text SHAPE N > FILE
//! cargo run --release -p syncmap-server --example lint_scaling -- --api target/release/syncmap
//! ```
//!
//! Each shape of file (the ones that once made a step quadratic, and the ones that could: see
//! [`SHAPES`]; all of them, or the ones named) is generated at `n` and `4n` of its units, `n`
//! chosen so that `4n` is about `MIB` MiB (2 by default), and each step (lint, the human, JSON
//! and SARIF reports, the import, the rendering) is timed at both sizes on one thread, in CPU
//! time where the system tells (see [`time_ms`]). A linear step takes about 4 times as long at
//! `4n`, a quadratic one about 16: a ratio above [`QUADRATIC`] fails, if it stays above when
//! both sizes are timed again for longer. Steps that take under [`MIN_MS`] at `4n` are not
//! judged, and a step that takes over [`TOO_SLOW_MS`] at `n` fails without being timed at `4n`.
//! The steps whose answer itself grows faster than the input are not timed ([`NOT_TIMED`]).
//!
//! Each shape is also linted at about 1 MiB (the HTTP API's largest body) on one thread: above
//! [`BUDGET_MS_PER_MIB`] ms of CPU per MiB, it fails.
//!
//! Prints a row per shape, then a line per failure naming the shape and the step, and exits
//! with status 1 if there is one. `--api BINARY` measures `POST /api/v1/lint` on `BINARY serve`
//! instead (`lint_scaling/api.rs`). `--text` prints a shape's text, to profile a step on it with
//! `syncmap lint`. It lives beside the binary to allocate as `syncmap lint` does.

#[path = "../src/allocator.rs"]
mod allocator;
#[path = "lint_scaling/api.rs"]
mod api;

use std::cell::OnceCell;
use std::fmt::Write as _;
use std::process::ExitCode;
use std::time::Instant;

use syncmap_core::catalog::{self, Syntax};
use syncmap_core::lint::{Input, Options, Report, lint, output, read_scenarios};
use syncmap_core::{Format, dsconfig, render};

/// How many samples a time is the least of.
const RUNS: usize = 3;
/// How long, in milliseconds of CPU, the runs of one sample take together at least: the
/// system counts CPU time in steps of its clock tick (4 ms here).
const SAMPLE_MS: f64 = 25.0;
/// How many times longer each sample is when a ratio that looks quadratic is timed again.
const RECHECK: f64 = 3.0;
/// The ratio of the times at `4n` and `n` above which a step fails: linear is about 4,
/// quadratic about 16, and a loaded machine's caches move linear steps up to 8 or so.
const QUADRATIC: f64 = 9.0;
/// Steps shorter than this at `4n`, in milliseconds, are not judged.
const MIN_MS: f64 = 3.0;
/// The most a shape may cost to lint, in milliseconds of CPU per MiB of input.
const BUDGET_MS_PER_MIB: f64 = 50.0;
/// How long the runs of one timing may take together, in milliseconds, before it stops at
/// fewer than it was asked for.
const ENOUGH_MS: f64 = 2000.0;
/// A step that takes longer than this at `n`, in milliseconds (at `n`, a quarter of the size,
/// every step takes a few dozen), fails without being timed at `4n`, which would take minutes.
const TOO_SLOW_MS: f64 = 1000.0;
const MIB: f64 = 1024.0 * 1024.0;
/// The largest size at `4n` asked for, in MiB.
const MAX_MIB: f64 = 64.0;

/// A shape of file: its name and its text at `n` units.
struct Shape {
    name: &'static str,
    text: fn(usize) -> String,
}

/// `n` commands, command `i` written by `command`.
fn each(n: usize, command: impl Fn(usize) -> String) -> String {
    (0..n).map(command).collect()
}

/// A map `m` of a direct, a constructed and a DN mapping, a pipe `p` between a source and a
/// destination that exist, and a DN map `d`: what the shapes' classes and mappings use.
const SETTING: &str = "\
dsconfig create-external-server --server-name ds --type ping-identity-ds --set server-host-name:ds.example.com
dsconfig create-sync-source --source-name s --type ping-identity --set base-dn:dc=example,dc=com --set server:ds
dsconfig create-sync-destination --destination-name d --type ping-identity --set base-dn:dc=example,dc=com --set server:ds
dsconfig create-dn-map --map-name d --set from-dn-pattern:** --set to-dn-pattern:{1}
dsconfig create-attribute-map --map-name m
dsconfig create-attribute-mapping --map-name m --mapping-name cn --type direct --set from-attribute:cn
dsconfig create-attribute-mapping --map-name m --mapping-name sn --type constructed --set value-pattern:{sn}
dsconfig create-attribute-mapping --map-name m --mapping-name manager --type dn --set from-attribute:manager --set dn-map:d
dsconfig create-sync-pipe --pipe-name p --set sync-source:s --set sync-destination:d
";

/// [`SETTING`], then `rest`.
fn in_setting(rest: String) -> String {
    format!("{SETTING}{rest}")
}

/// One command of every object type the catalog can create, each named `x` (every naming
/// argument) and with every property that names another object naming `x`: so a sync class
/// uses map `x`, a pipe source `x`, and so on.
fn one_of_every_type() -> Vec<String> {
    catalog::object_types()
        .filter(|object| !object.singleton)
        .map(|object| {
            let mut command = format!("dsconfig {}", object.create());
            for flag in object.naming {
                let _ = write!(command, " {flag} x");
            }
            if let Some(first) = object.types.first() {
                let _ = write!(command, " --type {first}");
            }
            for property in object.all_properties() {
                if let Syntax::Reference(_) = property.syntax {
                    let _ = write!(command, " --set {}:x", property.name);
                }
            }
            command.push('\n');
            command
        })
        .collect()
}

/// The shapes, each with what makes it hard.
const SHAPES: &[Shape] = &[
    Shape {
        // Two findings a class (the PingDirectory presets' warnings), for the reports.
        name: "many findings",
        text: |n| {
            each(n, |i| {
                format!(
                    "dsconfig create-external-server --server-name ds{i} --type ping-identity-ds --set server-host-name:ds{i}.example.com\n\
                     dsconfig create-sync-source --source-name s{i} --type ping-identity --set base-dn:dc=example,dc=com --set server:ds{i}\n\
                     dsconfig create-attribute-map --map-name m{i}\n\
                     dsconfig create-attribute-mapping --map-name m{i} --mapping-name pw --type direct --set from-attribute:userPassword\n\
                     dsconfig create-sync-pipe --pipe-name p{i} --set sync-source:s{i} --set sync-destination:s{i}\n\
                     dsconfig create-sync-class --pipe-name p{i} --class-name c{i} --set attribute-map:m{i}\n"
                )
            })
        },
    },
    Shape {
        name: "parse errors",
        text: |n| {
            each(n, |i| {
                format!("dsconfig set-attribute-map-prop --map-name m{i} --set description\n")
            })
        },
    },
    Shape {
        name: "distinct other subcommands",
        text: |n| {
            each(n, |i| {
                format!("dsconfig create-widget{i}-thing --set a:b\n")
            })
        },
    },
    Shape {
        name: "duplicate creates",
        text: |n| {
            each(n, |i| {
                format!("dsconfig create-attribute-map --map-name m{}\n", i % 7)
            })
        },
    },
    Shape {
        name: "references to nothing",
        text: |n| {
            each(n, |i| {
                format!(
                    "dsconfig create-sync-class --pipe-name p{i} --class-name c --set attribute-map:m{i}\n"
                )
            })
        },
    },
    Shape {
        name: "mappings of one map",
        text: |n| {
            each(n, |i| {
                format!(
                    "dsconfig create-attribute-mapping --map-name m --mapping-name a{i} --type constructed --set 'value-pattern:{{givenName}} {{sn}} {i}'\n"
                )
            })
        },
    },
    Shape {
        // The issue's: one mapping created over and over, in a map that exists.
        name: "duplicate mappings",
        text: |n| {
            let create = "dsconfig create-attribute-mapping --map-name m --mapping-name a --type direct --set from-attribute:cn\n";
            format!(
                "dsconfig create-attribute-map --map-name m\n{}",
                create.repeat(n)
            )
        },
    },
    Shape {
        // One name, every type of mapping in turn: direct without a source attribute, an
        // empty constructed one, a DN mapping, and a JSON mapping with its field.
        name: "duplicate mappings of every type",
        text: |n| {
            in_setting(each(n, |i| {
                let create =
                    "dsconfig create-attribute-mapping --map-name m --mapping-name a --type";
                match i % 4 {
                    0 => format!("{create} direct\n"),
                    1 => format!("{create} constructed\n"),
                    2 => format!("{create} dn --set from-attribute:manager --set dn-map:d\n"),
                    _ => format!(
                        "{create} json\n\
                         dsconfig create-json-attribute-mapping-field --map-name m --mapping-name a --field-name f --set from-attribute:cn\n"
                    ),
                }
            }))
        },
    },
    Shape {
        // Every object type created over and over with one name, each referring to the others.
        name: "duplicate objects of every type",
        text: |n| {
            let commands = one_of_every_type();
            each(n, |i| commands[i % commands.len()].clone())
        },
    },
    Shape {
        name: "classes on one map",
        text: |n| {
            in_setting(each(n, |i| {
                format!(
                    "dsconfig create-sync-class --pipe-name p --class-name c{i} --set attribute-map:m\n"
                )
            }))
        },
    },
    Shape {
        // As many mappings in the map as classes use it, every other class in a pipe of its own
        // that the files do not create.
        name: "classes on one large map",
        text: |n| {
            in_setting(each(n, |i| {
                let pipe = if i % 2 == 0 {
                    "p".to_owned()
                } else {
                    format!("q{i}")
                };
                format!(
                    "dsconfig create-attribute-mapping --map-name m --mapping-name a{i} --type direct --set from-attribute:cn\n\
                     dsconfig create-sync-class --pipe-name {pipe} --class-name c{i} --set attribute-map:m\n"
                )
            }))
        },
    },
    Shape {
        // As many mappings in the map as classes use it, each class in a pipe from a source of
        // its own.
        name: "own sources on one large map",
        text: |n| {
            in_setting(each(n, |i| {
                format!(
                    "dsconfig create-attribute-mapping --map-name m --mapping-name a{i} --type direct --set from-attribute:cn\n\
                     dsconfig create-sync-source --source-name s{i} --type ping-identity --set base-dn:dc=example,dc=com --set server:ds\n\
                     dsconfig create-sync-pipe --pipe-name p{i} --set sync-source:s{i} --set sync-destination:d\n\
                     dsconfig create-sync-class --pipe-name p{i} --class-name c --set attribute-map:m\n"
                )
            }))
        },
    },
    Shape {
        // The map, a mapping and the pipe all changed after each class.
        name: "classes on one changed map",
        text: |n| {
            in_setting(each(n, |i| {
                format!(
                    "dsconfig create-sync-class --pipe-name p --class-name c{i} --set attribute-map:m\n\
                     dsconfig set-attribute-map-prop --map-name m --set description:d{i}\n\
                     dsconfig set-attribute-mapping-prop --map-name m --mapping-name cn --set from-attribute:a{i}\n\
                     dsconfig set-sync-pipe-prop --pipe-name p --set description:d{i}\n"
                )
            }))
        },
    },
    Shape {
        // The documentation's create-then-modify style, with the class given map after map.
        name: "one class given many maps",
        text: |n| {
            in_setting(format!(
                "dsconfig create-sync-class --pipe-name p --class-name c\n{}",
                each(n, |i| format!(
                    "dsconfig create-attribute-map --map-name m{i}\n\
                     dsconfig set-sync-class-prop --pipe-name p --class-name c --set attribute-map:m{i}\n"
                ))
            ))
        },
    },
    Shape {
        // One class created over and over, each time with another map, and changed in between.
        name: "classes of one name in one pipe",
        text: |n| {
            in_setting(each(n, |i| {
                format!(
                    "dsconfig create-attribute-map --map-name m{i}\n\
                     dsconfig create-sync-class --pipe-name p --class-name c --set attribute-map:m{i}\n\
                     dsconfig set-sync-class-prop --pipe-name p --class-name c --add include-filter:(uid=u{i})\n\
                     dsconfig create-json-attribute --pipe-name p --class-name c --attribute-name j{i}\n"
                )
            }))
        },
    },
    Shape {
        // Many mappings to a JSON-valued PingOne attribute, checked against many json-attributes.
        name: "PingOne JSON attributes",
        text: |n| {
            let setting = "\
dsconfig create-sync-destination --destination-name p1 --type ping-one-customer --set environment-id:e --set api-url:https://api.pingone.com/v1
dsconfig create-attribute-map --map-name m
dsconfig create-sync-pipe --pipe-name p --set sync-source:s --set sync-destination:p1
dsconfig create-sync-class --pipe-name p --class-name c --set attribute-map:m
";
            format!(
                "{setting}{}",
                each(n, |i| format!(
                    "dsconfig create-json-attribute --pipe-name p --class-name c --attribute-name j{i}\n\
                     dsconfig create-attribute-mapping --map-name m --mapping-name name --type constructed --set 'value-pattern:{{\"given\":\"{{cn}}\"}}'\n"
                ))
            )
        },
    },
    Shape {
        // A DN mapping and the class naming every DN map, and DN maps missing.
        name: "many DN map references",
        text: |n| {
            let mut mapping = String::from(
                "dsconfig create-attribute-mapping --map-name m --mapping-name seeAlso --type dn --set from-attribute:seeAlso",
            );
            let mut class = String::from(
                "dsconfig create-sync-class --pipe-name p --class-name c --set attribute-map:m",
            );
            let mut maps = String::new();
            for i in 0..n {
                let _ = write!(mapping, " --set dn-map:d{i}");
                let _ = write!(class, " --set dn-map:e{i}");
                if i % 2 == 0 {
                    let _ = writeln!(
                        maps,
                        "dsconfig create-dn-map --map-name d{i} --set from-dn-pattern:** --set to-dn-pattern:{{1}}"
                    );
                }
            }
            in_setting(format!("{maps}{mapping}\n{class}\n"))
        },
    },
    Shape {
        // One line that adds values and takes them out again, on an object the import reads.
        name: "one line adding and removing",
        text: |n| {
            let mut change =
                String::from("dsconfig set-attribute-mapping-prop --map-name m --mapping-name sn");
            for i in 0..n {
                let _ = write!(change, " --add 'value-pattern:{{sn}} {i}'");
                if i % 2 == 1 {
                    let _ = write!(change, " --remove 'value-pattern:{{sn}} {}'", i - 1);
                }
            }
            in_setting(format!(
                "dsconfig create-sync-class --pipe-name p --class-name c --set attribute-map:m\n{change}\n"
            ))
        },
    },
    Shape {
        // A source of many servers, on one line, and the servers.
        name: "one source, many servers",
        text: |n| {
            let mut source = String::from(
                "dsconfig create-sync-source --source-name many --type ping-identity --set base-dn:dc=example,dc=com",
            );
            let mut servers = String::new();
            for i in 0..n {
                let _ = write!(source, " --set server:ds{i}");
                let _ = writeln!(
                    servers,
                    "dsconfig create-external-server --server-name ds{i} --type ping-identity-ds --set server-host-name:ds{i}.example.com"
                );
            }
            in_setting(format!(
                "{servers}{source}\n\
                 dsconfig create-sync-pipe --pipe-name q --set sync-source:many --set sync-destination:d\n\
                 dsconfig create-sync-class --pipe-name q --class-name c --set attribute-map:m\n"
            ))
        },
    },
    Shape {
        // Encryption keys on the source's plugin and decryption keys on the sync server, none
        // the same.
        name: "many changelog keys",
        text: |n| {
            each(n, |i| {
                format!(
                    "dsconfig set-plugin-prop --plugin-name 'Changelog Password Encryption' --set changelog-password-encryption-key:e{i}\n\
                     dsconfig set-global-sync-configuration-prop --set changelog-password-decryption-key:d{i}\n"
                )
            })
        },
    },
    Shape {
        // One command that takes `n` lines to finish: a property the import does not read, set
        // `n` times, each line continued.
        name: "one command, continued",
        text: |n| {
            format!(
                "dsconfig create-sync-pipe --pipe-name p --set sync-source:s --set sync-destination:s\n\
                 dsconfig create-sync-class --pipe-name p --class-name c --set attribute-map:m\n\
                 dsconfig create-attribute-map --map-name m \\\n{}\n",
                each(n, |i| format!("  --set description:value{i} \\\n"))
            )
        },
    },
    Shape {
        // One line with `n` findings: a command setting `n` properties no object type has.
        name: "one line, many findings",
        text: |n| {
            format!(
                "dsconfig create-attribute-map --map-name m{}\n",
                each(n, |i| format!(" --set unknown{i}:x"))
            )
        },
    },
];

/// The shapes and steps not timed, because the step's answer itself grows faster than the
/// shape: the import of many classes on one large map is a scenario per class, each holding
/// the whole map (the lint checks the map once).
const NOT_TIMED: &[(&str, &str)] = &[
    ("classes on one large map", "import"),
    ("own sources on one large map", "import"),
];

/// The steps, in the order [`Case::time`] numbers them.
const STEPS: [&str; 6] = ["lint", "human", "JSON", "SARIF", "import", "render"];

/// This thread's CPU time so far, in milliseconds, where the system tells (Linux, in
/// `/proc/thread-self/schedstat`): the machine's other work does not count in it, as it does in
/// wall time. The system counts it in steps of its clock tick (4 ms here), which a sum of runs
/// makes small.
fn cpu_ms() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = text.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e6)
}

/// How long one run of `step` takes, in milliseconds: the least of `samples` samples, each the
/// mean CPU time of this thread over runs that take at least `sample_ms` of it together, where
/// the system tells, or the wall time of one run elsewhere. The machine's other work slows a
/// sample (CPU time leaves its share of the cores out, not its share of the caches), never
/// speeds one up. Fewer samples once they have taken [`ENOUGH_MS`] of wall time: noise is no
/// part of times that long.
fn time_ms(samples: usize, sample_ms: f64, step: &dyn Fn() -> usize) -> f64 {
    let started = Instant::now();
    let mut best = f64::MAX;
    for _ in 0..samples {
        best = best.min(sample(sample_ms, step));
        if started.elapsed().as_secs_f64() * 1e3 > ENOUGH_MS {
            break;
        }
    }
    best
}

/// One sample of [`time_ms`].
fn sample(sample_ms: f64, step: &dyn Fn() -> usize) -> f64 {
    let (start, cpu_before) = (Instant::now(), cpu_ms());
    let mut runs = 0u32;
    loop {
        std::hint::black_box(step());
        runs += 1;
        let Some(cpu) = cpu_before.zip(cpu_ms()).map(|(before, now)| now - before) else {
            return start.elapsed().as_secs_f64() * 1e3;
        };
        if cpu >= sample_ms || start.elapsed().as_secs_f64() * 1e3 > ENOUGH_MS {
            return cpu / f64::from(runs);
        }
    }
}

/// Lints `inputs` on one thread: the time is the lint's CPU cost.
fn lint_one_thread(inputs: &[Input<'_>]) -> Report {
    let options = Options {
        threads: 1,
        ..Options::default()
    };
    lint(inputs, &options)
}

/// One text of a shape, to time the steps on.
struct Case<'t> {
    inputs: [Input<'t>; 1],
    /// The lint's report, which the reports are made from, made outside their timing.
    report: OnceCell<Report>,
}

impl<'t> Case<'t> {
    fn new(text: &'t str) -> Case<'t> {
        Case {
            inputs: [Input {
                name: "shape.dsconfig",
                text,
            }],
            report: OnceCell::new(),
        }
    }

    /// How long step `step` (an index in [`STEPS`]) takes (see [`time_ms`]).
    fn time(&self, step: usize, samples: usize, sample_ms: f64) -> f64 {
        let inputs = &self.inputs;
        let report = || self.report.get_or_init(|| lint_one_thread(inputs));
        let run: &dyn Fn() -> usize = match step {
            0 => &|| lint_one_thread(inputs).findings.len(),
            1 => &|| output::human(report(), inputs).len(),
            2 => &|| {
                serde_json::to_vec_pretty(&output::json(report(), inputs)).map_or(0, |v| v.len())
            },
            3 => &|| {
                serde_json::to_vec_pretty(&output::sarif(report(), inputs)).map_or(0, |v| v.len())
            },
            4 => &|| read_scenarios(inputs).scenarios.len(),
            _ => &|| render::canonical(&dsconfig::parse(inputs[0].text), Format::Batch).len(),
        };
        if (1..=3).contains(&step) {
            report();
        }
        time_ms(samples, sample_ms, run)
    }
}

/// How many units of `shape` make about `bytes` bytes of text (at least one).
fn units_for(shape: &Shape, bytes: usize) -> usize {
    // The texts grow by the same amount per unit, after what they start with.
    let (a, b) = (256, 512);
    let (short, long) = ((shape.text)(a).len(), (shape.text)(b).len());
    let per_unit = ((long - short) / (b - a)).max(1);
    let fixed = short.saturating_sub(a * per_unit);
    (bytes.saturating_sub(fixed) / per_unit).max(1)
}

/// What one shape's measurement found wrong.
fn judge(shape: &Shape, mib: f64, failures: &mut Vec<String>) -> String {
    let n = units_for(shape, (mib * MIB / 4.0) as usize);
    let (small_text, large_text) = ((shape.text)(n), (shape.text)(4 * n));
    let (small, large) = (Case::new(&small_text), Case::new(&large_text));
    let mut row = format!(
        "{:<34} {n:>7} {:>6.2}  ",
        shape.name,
        large_text.len() as f64 / MIB
    );
    for (step, name) in STEPS.iter().enumerate() {
        if NOT_TIMED.contains(&(shape.name, name)) {
            let _ = write!(row, "{:>8} ms   n/a", "-");
            continue;
        }
        // Fewer samples at n: a slow one makes the ratio smaller, not larger.
        let mut before = small.time(step, RUNS - 1, SAMPLE_MS);
        if before > TOO_SLOW_MS {
            failures.push(format!(
                "{}: {name} takes {before:.0} ms at n = {n} ({:.2} MiB), more than {TOO_SLOW_MS} ms: not timed at 4n",
                shape.name,
                small_text.len() as f64 / MIB
            ));
            let _ = write!(row, "{:>8} ms  slow", "-");
            continue;
        }
        let mut after = large.time(step, 1, SAMPLE_MS);
        let judged = after >= MIN_MS;
        if judged {
            after = after.min(large.time(step, RUNS - 1, SAMPLE_MS));
        }
        if judged && after / before > QUADRATIC {
            // The machine's other work can look like growth: look again, longer.
            before = before.min(small.time(step, RUNS, RECHECK * SAMPLE_MS));
            after = after.min(large.time(step, RUNS, RECHECK * SAMPLE_MS));
        }
        let ratio = after / before.max(1e-3);
        if judged && ratio > QUADRATIC {
            failures.push(format!(
                "{}: {name} is quadratic: {before:.1} ms at n = {n}, {after:.1} ms at 4n ({ratio:.1}x, more than {QUADRATIC}x)",
                shape.name
            ));
        }
        let shown = if judged {
            format!("{ratio:>4.1}x")
        } else {
            "  - ".to_owned()
        };
        let _ = write!(row, "{after:>8.1} ms {shown}");
    }
    // The lint's cost at about 1 MiB, the HTTP API's largest body.
    let text = (shape.text)(units_for(shape, MIB as usize));
    let cost = Case::new(&text).time(0, RUNS, SAMPLE_MS) / (text.len() as f64 / MIB);
    if cost > BUDGET_MS_PER_MIB {
        failures.push(format!(
            "{}: lint costs {cost:.0} ms per MiB at {:.2} MiB, more than {BUDGET_MS_PER_MIB}",
            shape.name,
            text.len() as f64 / MIB
        ));
    }
    let _ = write!(row, "{cost:>9.1}");
    row
}

/// Prints the text of the shape called `name` at `n` units, to profile a step on it with
/// `syncmap lint`.
fn print_text(name: &str, n: &str) -> ExitCode {
    let shape = SHAPES.iter().find(|shape| shape.name == name);
    match (shape, n.parse()) {
        (Some(shape), Ok(n)) => {
            print!("{}", (shape.text)(n));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: lint_scaling --text SHAPE N, where SHAPE is one of:");
            for shape in SHAPES {
                eprintln!("  {}", shape.name);
            }
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, name, n] = args.as_slice()
        && flag == "--text"
    {
        return print_text(name, n);
    }
    if let [flag, binary] = args.as_slice()
        && flag == "--api"
    {
        return api::run(binary);
    }
    // A number is the size at 4n; names choose shapes (all by default).
    let (sizes, names): (Vec<&String>, Vec<&String>) =
        args.iter().partition(|arg| arg.parse::<f64>().is_ok());
    let mib: f64 = sizes
        .first()
        .and_then(|mib| mib.parse().ok())
        .unwrap_or(2.0);
    // The argument was once a number of commands (20000, say): not a size to generate.
    let sized = mib > 0.0 && mib <= MAX_MIB;
    if !sized {
        eprintln!("the size at 4n is in MiB, more than 0 and at most {MAX_MIB}: {mib}");
        return ExitCode::FAILURE;
    }
    if let Some(unknown) = names
        .iter()
        .find(|n| !SHAPES.iter().any(|s| s.name == n.as_str()))
    {
        eprintln!("no shape is called {unknown}");
        return ExitCode::FAILURE;
    }
    let chosen = SHAPES
        .iter()
        .filter(|shape| names.is_empty() || names.iter().any(|n| n.as_str() == shape.name));
    println!(
        "{:<34} {:>7} {:>6}  {}{:>9}",
        "shape",
        "n",
        "MiB 4n",
        STEPS.map(|s| format!("{s:>16}")).join(""),
        "ms/MiB"
    );
    let mut failures = Vec::new();
    for shape in chosen {
        println!("{}", judge(shape, mib, &mut failures));
    }
    println!(
        "ms at 4n on one thread (the least of {RUNS} samples, {clock}), then 4n's time over n's (linear is about 4, \
         quadratic 16; - under {MIN_MS} ms), then the lint's ms per MiB at about 1 MiB",
        clock = match cpu_ms() {
            Some(_) => "in CPU time".to_owned(),
            None => "in wall time".to_owned(),
        }
    );
    if failures.is_empty() {
        println!(
            "every step linear (at most {QUADRATIC}x) and every lint within {BUDGET_MS_PER_MIB} ms per MiB"
        );
        return ExitCode::SUCCESS;
    }
    // After the rows, wherever the two streams go.
    let _ = std::io::Write::flush(&mut std::io::stdout());
    eprintln!("FAILED:");
    for failure in &failures {
        eprintln!("  {failure}");
    }
    ExitCode::FAILURE
}
