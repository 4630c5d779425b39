//! The bash oracle: render scenarios whose names and values are hostile, run the output with a
//! real bash in which `dsconfig` is a stub that records its argv, and compare with the argv the
//! commands were built from. Run both as a script and as typed into an interactive shell (where
//! history expansion of `!` is on).

use std::io::Write;
use std::process::{Command, Stdio};

use syncmap_core::{Format, Scenario, SourceKind, plan, render};

/// Characters that mean something to bash, to dsconfig or to a batch file, plus some non-ASCII.
const ALPHABET: &[char] = &[
    'a', 'Z', '0', '-', '_', '.', ' ', '\t', '\n', '\'', '"', '$', '`', '!', '\\', '{', '}', '(',
    ')', '*', '?', '[', ']', '~', '#', ';', '&', '|', '<', '>', '%', '^', '=', ':', ',', '@', '+',
    'é', '€', '😀',
];

/// Hand-picked tokens that have broken generators before.
const KNOWN_HOSTILE: &[&str] = &[
    "",
    " ",
    "-",
    "--set",
    "-x",
    "$(id)",
    "`id`",
    "${HOME}",
    "$HOME",
    "!!",
    "!$",
    "a'b",
    "'",
    "''",
    "\"",
    "\\",
    "\\\n",
    "line\nbreak",
    "trailing\\",
    "*",
    "~",
    "#comment",
    "a;rm -rf /",
    "{a,b}",
    "userPassword;binary",
    "{{\"id\":\"x\"}}",
    "'\"'\"'",
];

/// A deterministic sequence of hostile strings (xorshift, fixed seed: failures reproduce).
fn generated(count: usize) -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = (next() % 14) as usize;
            (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect()
        })
        .collect()
}

fn scenarios() -> Vec<Scenario> {
    let mut tokens: Vec<String> = KNOWN_HOSTILE.iter().map(|s| s.to_string()).collect();
    tokens.extend(generated(1500));
    tokens
        .iter()
        .enumerate()
        .map(|(i, token)| Scenario {
            password_attribute: token.clone(),
            attribute_map: tokens[(i * 7 + 3) % tokens.len()].clone(),
            ..Scenario::for_source(SourceKind::ALL[i % 3])
        })
        .collect()
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
    bash.args(["--norc", "--noprofile"]);
    if interactive {
        bash.arg("-i");
    } else {
        bash.arg("-s");
    }
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
    let mut script = String::new();
    let mut expected = Vec::new();
    for scenario in &scenarios {
        script.push_str(&render(scenario, format));
        expected.extend(plan::commands(scenario).iter().map(|c| c.argv()));
    }
    let actual = run_in_bash(&script, format.id(), interactive);
    assert_eq!(actual.len(), expected.len(), "number of commands run");
    for (i, (actual, expected)) in actual.iter().zip(&expected).enumerate() {
        assert_eq!(
            actual, expected,
            "command {i} ({format:?}, interactive: {interactive})"
        );
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
fn pasting_into_an_interactive_shell_gives_back_the_intended_argv() {
    check(Format::Bash, true);
}

#[test]
fn the_generator_really_is_hostile() {
    let tokens = generated(1500);
    for c in ['\'', '"', '$', '`', '!', '\\', '\n', ' '] {
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
