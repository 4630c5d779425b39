//! Round trips through batch files.
//!
//! - A parsed file written again in the canonical style gives every command the same argv,
//!   both when syncmap parses it and when bash evaluates it.
//! - A scenario rendered as a batch file and linted gives back the scenario, for every preset
//!   and for generated scenarios with hostile names.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use support::Hostile;
use syncmap_core::dsconfig::{self, Document};
use syncmap_core::lint::{Input, Options, lint};
use syncmap_core::scenario::Scenario;
use syncmap_core::{Format, presets, render};

fn argvs(document: &Document) -> Vec<Vec<String>> {
    document
        .commands
        .iter()
        .filter(|c| c.subcommand.is_some())
        .map(|c| c.argv())
        .collect()
}

/// The argv of every `dsconfig` command bash runs in `script`. Variables the script mentions
/// are set to their own `${NAME}` text: deployments substitute them, dsconfig never expands
/// them, and this makes bash keep them as written too.
fn bash_argvs(script: &str) -> Vec<Vec<String>> {
    let mut prelude =
        String::from("dsconfig() { printf 'CMD\\0dsconfig\\0'; printf '%s\\0' \"$@\"; }\n");
    let mut rest = script;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            prelude.push_str(&format!("{name}='${{{name}}}'\n"));
        }
        rest = &after[end..];
    }
    let mut child = Command::new("bash")
        .args(["--norc", "--noprofile", "-s"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bash");
    let mut stdin = child.stdin.take().unwrap();
    let input = format!("{prelude}{script}\n");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let mut commands: Vec<Vec<String>> = Vec::new();
    for field in text.split_terminator('\0') {
        if field == "CMD" {
            commands.push(Vec::new());
        } else if let Some(last) = commands.last_mut() {
            last.push(field.to_owned());
        }
    }
    commands
}

/// The corpus's batch files, `(name, text)` sorted by name; `None` when the corpus is absent and
/// the test is skipped (syncmap-test-corpus).
fn corpus_batch_files() -> Option<Vec<(String, String)>> {
    let files = syncmap_test_corpus::files()?
        .into_iter()
        .filter(|f| f.name.contains(".dsconfig"))
        .map(|f| (f.name, f.text))
        .collect();
    Some(files)
}

#[test]
fn corpus_files_render_back_with_the_same_argv() {
    let Some(files) = corpus_batch_files() else {
        return;
    };
    assert!(files.len() >= 27);
    let mut bash_differs = Vec::new();
    for (name, text) in &files {
        let original = dsconfig::parse(text);
        let canonical = render::canonical(&original, Format::Bash);
        let again = dsconfig::parse(&canonical);
        assert!(!again.has_errors(), "{name}: {:#?}", again.diagnostics);
        assert_eq!(argvs(&again), argvs(&original), "{name}: parsed again");
        assert_eq!(
            bash_argvs(&canonical),
            argvs(&original),
            "{name}: the canonical file in bash"
        );
        if bash_argvs(text) != argvs(&original) {
            bash_differs.push(name.as_str());
        }
    }
    // The original files in bash: the same argv, except where dsconfig's batch syntax is not
    // bash's, which is why the canonical style quotes everything:
    assert_eq!(
        bash_differs,
        [
            // `--set include-filter:(objectClass=person)` unquoted: a syntax error in bash.
            "austin-training__pingdatasync__labs__20-pingone-destination.dsconfig",
            "austin-training__pingdatasync__labs__pingone-sync-lab.dsconfig",
            // `--set password<${ROOT_USER_PASSWORD_FILE}`: dsconfig reads the value from the
            // file; bash redirects standard input.
            "baseline__pingdirectory__pd.profile__dsconfig__10-root-dns.dsconfig",
            "baseline__pingdirectoryproxy__pd.profile__dsconfig__20-external-server.dsconfig",
            "entry-balancing__pingdirectoryproxy__pd.profile__dsconfig__20-entry-balancing.dsconfig",
            // config-diff continues lines inside single quotes (a PEM certificate written `\n\`
            // + newline): dsconfig joins continued lines before reading quotes, bash keeps a
            // backslash-newline inside single quotes.
            "perf-testing__pingdatagovernance__pd.profile__dsconfig__00-config.dsconfig",
        ]
    );
}

/// What a batch file cannot carry, made equal on both sides (`support::comparable`).
fn comparable(scenario: Scenario) -> Scenario {
    support::comparable(scenario)
}

fn round_trip(scenario: &Scenario) -> Scenario {
    let text = render(scenario, Format::Batch);
    let options = Options {
        target_version: Some(scenario.target_version),
        keep_scenarios: true,
        ..Options::default()
    };
    let report = lint(
        &[Input {
            name: "rendered.dsconfig",
            text: &text,
        }],
        &options,
    );
    assert_eq!(report.scenarios.len(), 1, "{text}");
    report.scenarios.into_iter().next().unwrap()
}

#[test]
fn every_preset_comes_back_from_its_batch_file() {
    for preset in presets::all() {
        let scenario = preset.scenario();
        assert_eq!(
            comparable(round_trip(&scenario)),
            comparable(scenario),
            "{}",
            preset.name
        );
    }
}

#[test]
fn hostile_scenarios_come_back_from_their_batch_files() {
    let mut hostile = Hostile::new(0xDEC0_DED5);
    hostile.printable = true;
    let mut checked = 0;
    for _ in 0..300 {
        let (mut scenario, _) = hostile.scenario();
        // One mapping per destination attribute: JSON fields are found by their mapping's name.
        let mut seen = std::collections::HashSet::new();
        scenario
            .attribute_map
            .mappings
            .retain(|m| seen.insert(m.to().to_ascii_lowercase()));
        // A value starting with `--` reads as the next option, to dsconfig as to the parser;
        // validation reports such names (name-leading-dash), and they cannot round-trip.
        let text = render(&scenario, Format::Lines);
        if text
            .split(' ')
            .any(|word| word.starts_with("'--") || word.starts_with("--'"))
        {
            continue;
        }
        let back = round_trip(&scenario);
        assert_eq!(
            comparable(back),
            comparable(scenario.clone()),
            "{scenario:#?}"
        );
        checked += 1;
    }
    assert!(checked >= 150, "only {checked} scenarios were checked");
}
