//! The bash oracle: render scenarios whose names and values are hostile, run every bash-readable
//! output (bash, batch file, one per line; apply, rollback, prerequisites) with a real bash in
//! which `dsconfig` is a stub that records its argv, and compare with the argv the commands
//! were built from. Also as typed into an interactive shell, where history expansion of `!` is on.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use support::Hostile;
use syncmap_core::plan::{self, Script};
use syncmap_core::{Format, Options, Scenario, render_with};

/// At least this many hostile tokens go through every format.
const TOKENS: usize = 10_000;

fn scenarios() -> Vec<Scenario> {
    let mut hostile = Hostile::new(0x9E37_79B9_7F4A_7C15);
    let mut scenarios = Vec::new();
    let mut tokens = 0;
    while tokens < TOKENS {
        let (scenario, used) = hostile.scenario();
        tokens += used;
        scenarios.push(scenario);
    }
    scenarios
}

/// Runs `script` in bash with a recording `dsconfig` and returns each recorded argv.
fn run_in_bash(script: &str, label: &str, interactive: bool) -> Vec<Vec<String>> {
    let dir = std::env::temp_dir().join(format!(
        "syncmap-oracle-{}-{label}-{interactive}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let record = dir.join("argv");
    let _ = std::fs::remove_file(&record);
    let stub =
        "dsconfig() { { printf 'CMD\\0dsconfig\\0'; printf '%s\\0' \"$@\"; } >> \"$RECORD\"; }\n";
    let mut bash = Command::new("bash");
    bash.args([
        "--norc",
        "--noprofile",
        if interactive { "-i" } else { "-s" },
    ]);
    let mut child = bash
        .env("RECORD", &record)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bash must be installed for this test");
    // Written from another thread: an interactive bash echoes prompts to stderr as it reads,
    // and a full stderr pipe would otherwise stop both sides.
    let mut stdin = child.stdin.take().unwrap();
    let input = format!("{stub}{script}");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        output.status.success(),
        "bash failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let bytes = std::fs::read(&record).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8(bytes).expect("argv is UTF-8");
    let mut commands: Vec<Vec<String>> = Vec::new();
    for field in text.split_terminator('\0') {
        if field == "CMD" {
            commands.push(Vec::new());
        } else {
            commands
                .last_mut()
                .expect("argv starts with CMD")
                .push(field.to_owned());
        }
    }
    commands
}

fn check(format: Format, interactive: bool) {
    let scenarios = scenarios();
    for script in Script::ALL {
        let mut text = String::new();
        let mut expected = Vec::new();
        for scenario in &scenarios {
            let options = Options {
                format,
                script,
                date: Some("2026-11-27 $(id) `x`".into()),
            };
            text.push_str(&render_with(scenario, &options));
            expected.extend(plan::commands(scenario, script).iter().map(|c| c.argv()));
        }
        assert!(!expected.is_empty(), "{script:?} produced no commands");
        let label = format!("{}-{}", format.id(), script.id());
        let actual = run_in_bash(&text, &label, interactive);
        assert_eq!(
            actual.len(),
            expected.len(),
            "number of commands run ({label})"
        );
        for (i, (actual, expected)) in actual.iter().zip(&expected).enumerate() {
            assert_eq!(
                actual, expected,
                "command {i} ({label}, interactive: {interactive})"
            );
        }
    }
}

#[test]
fn bash_output_gives_back_the_intended_argv() {
    check(Format::Bash, false);
}

#[test]
fn batch_output_read_by_bash_gives_back_the_intended_argv() {
    check(Format::Batch, false);
}

#[test]
fn one_per_line_output_gives_back_the_intended_argv() {
    check(Format::Lines, false);
}

#[test]
fn pasting_into_an_interactive_shell_gives_back_the_intended_argv() {
    check(Format::Bash, true);
}

#[test]
fn the_generator_really_is_hostile() {
    let mut hostile = Hostile::new(7);
    let tokens: Vec<String> = (0..2000).map(|_| hostile.token()).collect();
    for c in ['\'', '"', '$', '`', '!', '\\', '\n', '\t', ' ', '\u{2019}'] {
        assert!(
            tokens.iter().any(|t| t.contains(c)),
            "no token contains {c:?}"
        );
    }
    assert!(
        tokens.iter().any(|t| t.starts_with('-')),
        "no token starts with '-'"
    );
}
