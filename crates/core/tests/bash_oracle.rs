//! The bash oracle: render scenarios whose names and values are hostile, run every bash-readable
//! output (bash, batch file, one per line; apply, runbook, rollback, prerequisites) with a real
//! bash in which `dsconfig` (and the runbook's other tools) is a stub that records its argv, and compare with the argv the commands
//! were built from. Also as typed into an interactive shell, where history expansion of `!` is on.
//!
//! The PowerShell script is read through a model of PowerShell (`support::powershell`): no
//! PowerShell is installed here. Its here-string must hold the batch file to the byte, which
//! then goes through bash as the batch file does, and its one native call must give dsconfig
//! the intended connection options.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use support::Hostile;
use support::powershell::{
    command_words, first_here_string, is_single_quote, legacy_command_line, msvcrt_argv,
};
use syncmap_core::plan::{self, Script};
use syncmap_core::{Format, Options, Scenario, render_with, validate};

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
    // Every tool a script runs records its own name: the runbook runs four. A loop, not
    // `printf '%s\0' "$@"`, which writes one empty word for a call without arguments (`status`).
    let stub: String = TOOLS
        .iter()
        .map(|tool| {
            format!(
                "{tool}() {{ {{ printf 'CMD\\0{tool}\\0'; for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }} >> \"$RECORD\"; }}\n"
            )
        })
        .collect();
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

/// The commands `script` runs: the runbook's steps (tools besides dsconfig), or the dsconfig
/// plan.
fn commands_of(scenario: &Scenario, script: Script) -> Vec<syncmap_core::command::Command<'_>> {
    if script == Script::Runbook {
        syncmap_core::runbook::steps(scenario)
            .into_iter()
            .flat_map(|s| s.commands)
            .collect()
    } else {
        plan::commands(scenario, script)
    }
}

/// The tools the scripts run: dsconfig, and for the runbook the others in the server's bin.
const TOOLS: [&str; 4] = ["dsconfig", "realtime-sync", "resync", "status"];

/// The date every header gets: hostile too.
const DATE: &str = "2026-11-27 $(id) `x`";

fn check(format: Format, interactive: bool) {
    let scenarios = scenarios();
    for script in Script::ALL {
        let mut text = String::new();
        let mut expected = Vec::new();
        for scenario in &scenarios {
            let options = Options {
                format,
                script,
                date: Some(DATE.into()),
            };
            text.push_str(&render_with(scenario, &options));
            // The runbook as a batch file is comments only: a dsconfig batch file cannot run
            // the other tools, so it runs nothing.
            if !(format == Format::Batch && script == Script::Runbook) {
                expected.extend(commands_of(scenario, script).iter().map(|c| c.argv()));
            }
        }
        assert!(
            !expected.is_empty() || (format == Format::Batch && script == Script::Runbook),
            "{script:?} produced no commands"
        );
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

/// The statements of the PowerShell script before its here-string: fixed text, whatever the
/// scenario (comments aside).
const BEFORE_HERE_STRING: &[&str] = &[
    "$ErrorActionPreference = 'Stop'",
    "$PSNativeCommandArgumentPassing = 'Legacy'",
    "$dsconfig = 'dsconfig.bat'",
    "if ('\u{20AC}'.Length -ne 1 -or [int]'\u{20AC}'[0] -ne 0x20AC) {",
    "    throw 'syncmap: PowerShell did not read this script as UTF-8. Save it as UTF-8 with BOM \
     and run it again.'",
    "}",
    "$batch = ",
];

/// A temporary file's path as Windows gives it, with a space.
const TEMP_FILE: &str = r"C:\Users\Jane Doe\AppData\Local\Temp\syncmap-0123abcd.dsconfig";

/// The hostile scenarios, then each again with printable ASCII connection options, then with
/// ones of characters cmd.exe reads alike between double quotes: the hostile ones are mostly
/// refused, the last ones all taken, and both ways must hold.
fn powershell_scenarios() -> Vec<Scenario> {
    let hostile = scenarios();
    let keep = |value: &Option<String>, keep: &dyn Fn(char) -> bool| {
        value
            .as_ref()
            .map(|v| v.chars().filter(|&c| keep(c)).collect::<String>())
    };
    let printable = |c: char| (' '..='~').contains(&c);
    let plain = |c: char| c.is_ascii_alphanumeric() || " =,;()'/:._@#$`{}[]~*?+-\\".contains(c);
    let mut all = hostile.clone();
    for filter in [&printable as &dyn Fn(char) -> bool, &plain] {
        for scenario in &hostile {
            let mut scenario = scenario.clone();
            let c = &mut scenario.connection;
            c.hostname = keep(&c.hostname, filter);
            c.bind_dn = keep(&c.bind_dn, filter);
            // A path with a backslash at the end names a folder: the plain ones end otherwise.
            c.bind_password_file =
                keep(&c.bind_password_file, filter).map(|p| p.trim_end_matches('\\').to_owned());
            all.push(scenario);
        }
    }
    all
}

/// Checks what the PowerShell script does after its here-string: with connection options
/// validation lets through, dsconfig.bat gets them as intended; otherwise the script stops
/// before it runs anything.
fn check_powershell_run(after: &str, scenario: &Scenario, label: &str) {
    let refused = validate(scenario)
        .iter()
        .any(|d| d.code == "connection-cmd-unsafe");
    let calls: Vec<&str> = after
        .lines()
        .filter_map(|l| l.strip_prefix("    & $program "))
        .collect();
    if refused {
        assert!(calls.is_empty(), "{label}: dsconfig runs:\n{after}");
        let last = after.lines().last().unwrap_or_default();
        assert!(
            last.starts_with("throw 'syncmap: cmd.exe would not pass "),
            "{label}: the script does not stop:\n{after}"
        );
        return;
    }
    assert_eq!(calls.len(), 1, "{label}: one call to dsconfig:\n{after}");
    let file = format!("\"{TEMP_FILE}\"");
    let words = command_words(calls[0], |e| {
        (e == "'\"' + $file + '\"'").then(|| file.clone())
    })
    .unwrap_or_else(|e| panic!("{label}: {e}"));
    let line = legacy_command_line(&words);
    // cmd.exe, and a batch file's `call` and `%*`, hand on a line of printable ASCII without
    // % ! ^ & | < > unchanged: nothing on it is expanded, escaped or split into commands.
    assert!(
        line.chars()
            .all(|c| (' '..='~').contains(&c) && !"%!^&|<>".contains(c)),
        "{label}: cmd.exe reads {line:?} again"
    );
    assert_eq!(line.matches('"').count() % 2, 0, "{label}: {line}");
    let mut intended: Vec<String> = Vec::new();
    for opt in plan::connection_options(&scenario.connection) {
        intended.push(opt.flag.into_owned());
        intended.extend(opt.value.map(|v| v.into_owned()));
    }
    if intended.is_empty() {
        intended.push("--no-prompt".into());
    }
    intended.extend(["--batch-file".to_owned(), TEMP_FILE.to_owned()]);
    assert_eq!(msvcrt_argv(&line), intended, "{label}: {line}");
}

/// The PowerShell script, read as PowerShell reads it: the here-string holds exactly what the
/// Batch format writes for the same scenario and script, no line of which could end it early;
/// that text gives back the intended argv through bash, as the batch file does; nothing of the
/// scenario is PowerShell code; and the connection options reach dsconfig.bat intact or stop
/// the script.
#[test]
fn powershell_here_string_holds_the_batch_file_and_gives_back_the_intended_argv() {
    let scenarios = powershell_scenarios();
    let mut accepted = 0;
    // The runbook has no batch file: `powershell_runbook_gives_each_tool_the_intended_argv`.
    let scripts: Vec<Script> = Script::ALL
        .into_iter()
        .filter(|s| *s != Script::Runbook)
        .collect();
    for &script in &scripts {
        let mut batches = String::new();
        let mut expected = Vec::new();
        for (n, scenario) in scenarios.iter().enumerate() {
            let label = format!("{} scenario {n}", script.id());
            let options = |format| Options {
                format,
                script,
                date: Some(DATE.into()),
            };
            let powershell = render_with(scenario, &options(Format::PowerShell));
            let batch = render_with(scenario, &options(Format::Batch));
            for line in batch.split(['\n', '\r']) {
                let mut chars = line.chars();
                assert!(
                    !(chars.next().is_some_and(is_single_quote) && chars.next() == Some('@')),
                    "{label}: a batch line would end the here-string: {line:?}"
                );
            }
            let parsed = first_here_string(&powershell)
                .unwrap_or_else(|e| panic!("{label}: {e}\n{powershell}"));
            assert!(
                parsed.value == batch,
                "{label}: the here-string is not the batch file\n{powershell}"
            );
            assert!(!parsed.before.contains('\r'), "{label}: a raw CR");
            // The model of the native call is PowerShell's legacy passing.
            assert!(
                parsed
                    .before
                    .lines()
                    .any(|l| l == "$PSNativeCommandArgumentPassing = 'Legacy'"),
                "{label}: legacy argument passing is not set"
            );
            for line in parsed.before.lines() {
                assert!(
                    line.is_empty() || line.starts_with('#') || BEFORE_HERE_STRING.contains(&line),
                    "{label}: {line:?} before the here-string"
                );
            }
            check_powershell_run(parsed.after, scenario, &label);
            if !parsed.after.contains("would not pass") {
                accepted += 1;
            }
            batches.push_str(&parsed.value);
            expected.extend(plan::commands(scenario, script).iter().map(|c| c.argv()));
        }
        let label = format!("powershell-{}", script.id());
        let actual = run_in_bash(&batches, &label, false);
        assert_eq!(actual.len(), expected.len(), "number of commands ({label})");
        for (i, (actual, expected)) in actual.iter().zip(&expected).enumerate() {
            assert_eq!(actual, expected, "command {i} ({label})");
        }
    }
    // Both ways were taken, many times.
    let total = scenarios.len() * scripts.len();
    assert!(
        accepted > total / 4 && accepted < total / 2,
        "{accepted} of {total} ran"
    );
}

/// The lines of the runbook's PowerShell form outside comments, after its fixed preamble:
/// what each may be. Anything else would be scenario text read as PowerShell.
fn runbook_statement(line: &str) -> bool {
    let fixed = [
        "}",
        "    throw 'syncmap: cmd.exe would read $filter wrongly: keep it to printable ASCII \
         without \"%!^&|<>, not ending in a backslash.'",
        "    throw 'syncmap: cmd.exe would read $inputFile wrongly: keep it to printable ASCII \
         without \"%!^&|<>, not ending in a backslash.'",
        "if (-not (Test-CmdSafe $filter) -or $filter.EndsWith('\\')) {",
        "if (-not (Test-CmdSafe $inputFile) -or $inputFile.EndsWith('\\')) {",
    ];
    fixed.contains(&line)
        || TOOLS.iter().any(|tool| {
            line == format!("$program = Find-Tool '{tool}'")
                || line == format!("Assert-Success '{tool}'")
        })
        || line.starts_with("& $program")
        || line.starts_with("$filter = ")
        || line.starts_with("$inputFile = ")
}

/// The runbook in PowerShell, read as PowerShell and cmd.exe read it: every call gives its tool
/// the argv the runbook was built with (a placeholder the admin edits is a variable, checked
/// when the script runs), nothing of the scenario is PowerShell code, and a value cmd.exe would
/// read otherwise stops the script before any call.
#[test]
fn powershell_runbook_gives_each_tool_the_intended_argv() {
    use syncmap_core::quote::cmd_argument_problem;
    let scenarios = powershell_scenarios();
    let mut preamble: Option<Vec<String>> = None;
    let (mut ran, mut stopped) = (0, 0);
    for (n, scenario) in scenarios.iter().enumerate() {
        let label = format!("runbook scenario {n}");
        let options = Options {
            format: Format::PowerShell,
            script: Script::Runbook,
            date: Some(DATE.into()),
        };
        let text = render_with(scenario, &options);
        assert!(!text.contains('\r'), "{label}: a raw CR");
        let expected: Vec<Vec<String>> = syncmap_core::runbook::steps(scenario)
            .iter()
            .flat_map(|s| &s.commands)
            .map(|c| c.argv())
            .collect();
        let statements: Vec<&str> = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        if expected
            .iter()
            .flatten()
            .any(|word| cmd_argument_problem(word).is_some())
        {
            assert!(
                !statements.iter().any(|l| l.starts_with("& ")),
                "{label}: a tool runs:\n{text}"
            );
            assert!(
                statements
                    .last()
                    .is_some_and(|l| l.starts_with("throw 'syncmap: cmd.exe would not pass ")),
                "{label}: the script does not stop:\n{text}"
            );
            stopped += 1;
            continue;
        }
        // Up to the first step: the same fixed statements for every scenario.
        let first_step = text.find("\n# Step 1: ").expect("a first step");
        let before: Vec<String> = text[..first_step]
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect();
        match &preamble {
            None => preamble = Some(before),
            Some(fixed) => assert_eq!(&before, fixed, "{label}"),
        }
        let mut variables: Vec<(String, String)> = Vec::new();
        let mut tool = None;
        let mut actual: Vec<Vec<String>> = Vec::new();
        for line in text[first_step..]
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            assert!(runbook_statement(line), "{label}: {line:?}\n{text}");
            if let Some(rest) = line.strip_prefix("$program = Find-Tool '") {
                tool = Some(rest.trim_end_matches('\'').to_owned());
            } else if let Some((name, value)) = line.split_once(" = ") {
                let words =
                    command_words(value, |_| None).unwrap_or_else(|e| panic!("{label}: {e}"));
                assert_eq!(words.len(), 1, "{label}: {line}");
                variables.push((name.to_owned(), words[0].clone()));
            } else if let Some(call) = line.strip_prefix("& $program") {
                let words = command_words(call, |e| {
                    variables.iter().find_map(|(name, value)| {
                        (e == format!("'\"' + {name} + '\"'")).then(|| format!("\"{value}\""))
                    })
                })
                .unwrap_or_else(|e| panic!("{label}: {e}"));
                let line = legacy_command_line(&words);
                assert!(
                    line.chars()
                        .all(|c| (' '..='~').contains(&c) && !"%!^&|<>".contains(c)),
                    "{label}: cmd.exe reads {line:?} again"
                );
                assert_eq!(line.matches('"').count() % 2, 0, "{label}: {line}");
                let mut argv = vec![tool.take().expect("Find-Tool before each call")];
                argv.extend(msvcrt_argv(&line));
                actual.push(argv);
            }
        }
        assert_eq!(actual, expected, "{label}");
        ran += 1;
    }
    // Both ways were taken, many times.
    assert!(
        ran > scenarios.len() / 4 && stopped > scenarios.len() / 4,
        "{ran} ran, {stopped} stopped"
    );
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

/// Change scripts between hostile scenarios (each into the next, and a scenario edited: its
/// mappings renamed to the next scenario's names) in every bash-readable format give back the
/// argv of the planned commands.
#[test]
fn change_scripts_give_back_the_intended_argv() {
    let scenarios = scenarios();
    let mut pairs: Vec<(Scenario, Scenario)> = scenarios
        .windows(2)
        .map(|w| (w[0].clone(), w[1].clone()))
        .collect();
    for w in scenarios.windows(2) {
        let mut edited = w[0].clone();
        edited.attribute_map.mappings = w[1].attribute_map.mappings.clone();
        edited.dn_maps = w[1].dn_maps.clone();
        pairs.push((w[0].clone(), edited));
    }
    for (format, interactive) in [
        (Format::Bash, false),
        (Format::Batch, false),
        (Format::Lines, false),
        (Format::Bash, true),
    ] {
        let mut text = String::new();
        let mut expected = Vec::new();
        for (before, after) in &pairs {
            let options = Options {
                format,
                script: Script::Apply,
                date: Some(DATE.into()),
            };
            text.push_str(&syncmap_core::render_change(before, after, &options));
            expected.extend(
                syncmap_core::change::plan(before, after)
                    .iter()
                    .map(|c| c.argv()),
            );
        }
        assert!(expected.len() > pairs.len(), "the pairs change little");
        assert!(
            expected
                .iter()
                .any(|a| a[1..].iter().any(|w| w == "--remove"))
        );
        assert!(
            expected
                .iter()
                .any(|a| a.iter().any(|w| w.starts_with("delete-")))
        );
        let label = format!("change-{}", format.id());
        let actual = run_in_bash(&text, &label, interactive);
        assert_eq!(actual.len(), expected.len(), "commands run ({label})");
        for (i, (actual, expected)) in actual.iter().zip(&expected).enumerate() {
            assert_eq!(
                actual, expected,
                "command {i} ({label}, interactive: {interactive})"
            );
        }
    }
}
