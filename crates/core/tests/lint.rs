//! The linter on real files and on fixtures.
//!
//! Fixtures carry their expected findings inline: a comment `# ^ expect: CODE` names a finding
//! that starts on the closest line above it that is not such a comment. Every finding must be
//! expected and every expectation found.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use syncmap_core::Severity;
use syncmap_core::dsconfig::line_col;
use syncmap_core::lint::{Input, Options, Report, lint};

const EXPECT: &str = "# ^ expect: ";

/// A corpus file: its local name and text.
type File = (String, String);

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint")
}

/// (line, code) of every expectation in `text`.
fn expectations(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut target = 0;
    for (index, line) in text.lines().enumerate() {
        match line.trim_start().strip_prefix(EXPECT) {
            Some(code) => out.push((target, code.trim().to_owned())),
            None => target = index + 1,
        }
    }
    out.sort();
    out
}

fn found(report: &Report, text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = report
        .findings
        .iter()
        .map(|f| (line_col(text, f.loc.span.start()).0, f.code.to_owned()))
        .collect();
    out.sort();
    out
}

#[test]
fn fixtures_report_exactly_what_they_expect() {
    let mut checked = 0;
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        let report = lint(
            &[Input {
                name: &name,
                text: &text,
            }],
            &Options::default(),
        );
        assert_eq!(found(&report, &text), expectations(&text), "{name}");
        checked += 1;
    }
    assert!(checked >= 2, "the fixtures are missing");
}

/// The corpus as Ping's profiles apply it: the files of one `…/dsconfig` directory, in name
/// order, as one configuration; any other file (a lab, a sample) alone. The local names flatten
/// the repository path with `__`; the directory is everything before the last `__`. `None` when
/// the corpus is absent and the test is skipped (syncmap-test-corpus).
fn corpus_groups() -> Option<BTreeMap<String, Vec<File>>> {
    let mut groups: BTreeMap<String, Vec<File>> = BTreeMap::new();
    for file in syncmap_test_corpus::files()? {
        let directory = file.name.rsplit_once("__").map_or("", |(d, _)| d);
        let key = if directory.ends_with("dsconfig") {
            format!("{}/{directory}", file.repository)
        } else {
            format!("{}/{}", file.repository, file.name)
        };
        groups.entry(key).or_default().push((file.name, file.text));
    }
    // In name order already: the corpus's files come sorted by name.
    Some(groups)
}

#[test]
fn pings_files_have_no_errors_except_the_ones_that_are_really_wrong() {
    let Some(groups) = corpus_groups() else {
        return;
    };
    assert!(
        groups.values().map(Vec::len).sum::<usize>() >= 28,
        "the corpus is incomplete"
    );
    let mut errors: Vec<(String, &'static str)> = Vec::new();
    for files in groups.values() {
        // The shell hook is not a batch file; it is checked on its own below.
        let files: Vec<&File> = files
            .iter()
            .filter(|(n, _)| !n.ends_with(".sh.post"))
            .collect();
        // An older revision of a file (`@sha`) is another configuration, not part of this one.
        let (current, older): (Vec<&File>, Vec<&File>) =
            files.into_iter().partition(|(n, _)| !n.contains('@'));
        for set in [current, older] {
            if set.is_empty() {
                continue;
            }
            let inputs: Vec<Input<'_>> = set
                .iter()
                .map(|(n, t)| Input {
                    name: n.as_str(),
                    text: t.as_str(),
                })
                .collect();
            let report = lint(&inputs, &Options::default());
            for f in report
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
            {
                errors.push((inputs[f.loc.file].name.to_owned(), f.code));
            }
        }
    }
    assert_eq!(
        errors,
        vec![
            // pingone-sync-lab runs `set-external-server-prop --server-name ping-directory`
            // (a command left unfinished) before it creates that external server: dsconfig
            // fails there.
            (
                "austin-training__pingdatasync__labs__pingone-sync-lab.dsconfig".to_owned(),
                "created-before-parent"
            ),
        ]
    );
}

/// The catalog knows every subcommand, property and type Ping's own files use on the objects it
/// covers: a property dropped from it shows here, not only as a warning.
#[test]
fn the_catalog_covers_pings_files() {
    let Some(groups) = corpus_groups() else {
        return;
    };
    let mut unknown = Vec::new();
    for (name, text) in groups.values().flatten() {
        let report = lint(&[Input { name, text }], &Options::default());
        for f in &report.findings {
            if matches!(
                f.code,
                "property-unknown" | "property-typo" | "type-unknown"
            ) {
                unknown.push(format!("{name}: {}", f.message));
            }
        }
    }
    assert!(unknown.is_empty(), "{unknown:#?}");
}

#[test]
fn the_shell_hook_is_refused_clearly() {
    let Some(groups) = corpus_groups() else {
        return;
    };
    let (name, text) = groups
        .values()
        .flatten()
        .find(|(n, _)| n.ends_with("80-post-start.sh.post"))
        .expect("the hook is in the corpus");
    let report = lint(&[Input { name, text }], &Options::default());
    assert!(report.has_errors());
    let refused: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "not-a-dsconfig-command")
        .collect();
    assert!(refused.len() >= 10, "{:#?}", report.findings);
    let first = refused[0];
    assert!(
        first.message.starts_with("not a dsconfig command"),
        "{}",
        first.message
    );
}

/// The source line and the caret line the human report shows for the unknown property at
/// `long.dsconfig:1`, without their gutters.
fn shown_for(text: &str) -> (String, String) {
    let inputs = [Input {
        name: "long.dsconfig",
        text,
    }];
    let report = lint(&inputs, &Options::default());
    let human = syncmap_core::lint::output::human(&report, &inputs);
    let lines: Vec<&str> = human.lines().collect();
    // The map is used by no class, so the kinds of its endpoints are reported unknown too.
    let place = (1..lines.len())
        .find(|&i| lines[i].starts_with("  --> long.dsconfig:1:") && lines[i - 1].contains("bogus"))
        .expect("the unknown property is reported");
    let source = lines[place + 2]
        .strip_prefix("1 | ")
        .expect("the source line");
    let carets = lines[place + 3]
        .strip_prefix("  | ")
        .expect("the caret line");
    (source.to_owned(), carets.to_owned())
}

#[test]
fn a_short_line_is_shown_whole() {
    let text = "dsconfig create-attribute-map --map-name m --set bogus:x --set description:d\n";
    let (source, carets) = shown_for(text);
    assert_eq!(source, text.trim_end());
    let at = source.find("bogus:x").unwrap();
    assert_eq!(
        carets,
        format!("{}{}", " ".repeat(at), "^".repeat("bogus".len()))
    );
}

#[test]
fn a_long_line_is_shown_cut_around_the_finding() {
    let text = format!(
        "dsconfig create-attribute-map --map-name m{}{}{}\n",
        " --set description:before".repeat(50),
        " --set bogus:x",
        " --set description:after".repeat(50)
    );
    let (source, carets) = shown_for(&text);
    assert!(
        source.starts_with("...") && source.ends_with("..."),
        "{source}"
    );
    assert_eq!(source.chars().count(), 120, "{source}");
    // The carets are under the property's name, and only there.
    let at = source
        .find("bogus:x")
        .expect("the finding is in the excerpt");
    assert_eq!(
        carets,
        format!("{}{}", " ".repeat(at), "^".repeat("bogus".len()))
    );
}

#[test]
fn other_subcommands_are_counted_by_name_in_name_order() {
    let text = "dsconfig create-debug-target --publisher-name p --target-name a\n\
                dsconfig set-log-publisher-prop --publisher-name p --set enabled:true\n\
                dsconfig create-debug-target --publisher-name p --target-name b\n\
                dsconfig create-access-token-validator --validator-name v --type mock\n\
                dsconfig create-debug-target --publisher-name p --target-name c\n";
    let report = lint(
        &[Input {
            name: "others.dsconfig",
            text,
        }],
        &Options::default(),
    );
    let counts: Vec<(&str, usize)> = report
        .other_subcommands
        .iter()
        .map(|(name, n)| (name.as_str(), *n))
        .collect();
    assert_eq!(
        counts,
        [
            ("create-access-token-validator", 1),
            ("create-debug-target", 3),
            ("set-log-publisher-prop", 1),
        ]
    );
}

#[test]
fn a_file_alone_reports_what_its_directory_creates_unless_declared() {
    let Some(groups) = corpus_groups() else {
        return;
    };
    let (name, text) = groups
        .values()
        .flatten()
        .find(|(n, _)| n.ends_with("34-CDRCounter.dsconfig"))
        .unwrap();
    let alone = lint(&[Input { name, text }], &Options::default());
    let codes: Vec<&str> = alone
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code)
        .collect();
    assert_eq!(codes, ["undefined-reference"], "{:#?}", alone.findings);
    let declared = Options {
        existing: vec![
            syncmap_core::lint::Existing::parse("sync-destination:LDAPDestination").unwrap(),
        ],
        ..Options::default()
    };
    assert!(!lint(&[Input { name, text }], &declared).has_errors());
}

#[test]
fn a_target_version_turns_renamed_properties_into_errors() {
    let Some(groups) = corpus_groups() else {
        return;
    };
    let (name, text) = groups
        .values()
        .flatten()
        .find(|(n, _)| n.ends_with("20-pingone-destination.dsconfig"))
        .unwrap();
    let inferred = lint(&[Input { name, text }], &Options::default());
    assert!(!inferred.has_errors(), "{:#?}", inferred.findings);
    let options = Options {
        target_version: Some("9.3".parse().unwrap()),
        ..Options::default()
    };
    let report = lint(&[Input { name, text }], &options);
    let renamed: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "property-not-in-version")
        .collect();
    assert!(!renamed.is_empty());
    assert!(renamed.iter().all(|f| f.severity == Severity::Error));
    assert!(
        renamed
            .iter()
            .any(|f| f.hint.as_deref() == Some("In 9.3 it is called api-url")),
        "{renamed:#?}"
    );
}

#[test]
fn the_corpus_imports_into_scenarios() {
    let Some(groups) = corpus_groups() else {
        return;
    };
    let (name, text) = groups
        .values()
        .flatten()
        .find(|(n, _)| n.contains("30-azuread-to-pingone"))
        .unwrap();
    let keep = Options {
        keep_scenarios: true,
        ..Options::default()
    };
    let report = lint(&[Input { name, text }], &keep);
    assert_eq!(report.scenarios.len(), 1);
    let scenario = &report.scenarios[0];
    assert_eq!(
        scenario.destination.kind,
        syncmap_core::DestinationKind::PingOne
    );
    assert_eq!(scenario.attribute_map.mappings.len(), 5);
    let pipe = scenario.sync_pipe.as_ref().unwrap();
    assert_eq!(pipe.class.auto_mapped_source_attributes, ["-none-"]);
    assert_eq!(pipe.class.json_attributes.len(), 2);
}

#[test]
fn a_source_the_files_do_not_create_is_unknown_and_one_they_type_loosely_is_known_by_its_servers() {
    use syncmap_core::{Format, SourceKind, likely, lint::read_scenarios, presets, render};
    let kind_of = |text: &str| {
        let read = read_scenarios(&[Input {
            name: "file.dsconfig",
            text,
        }]);
        assert_eq!(read.scenarios.len(), 1, "{text}");
        read.scenarios[0].source.kind
    };
    // A map that reads userPassword;binary from a source the files do not create: the kind
    // is not known (syncmap does not guess), and IBM's directories are offered first.
    let mut ibm = presets::find("ibm-directory-to-pingone")
        .unwrap()
        .scenario();
    ibm.source.create = false;
    let read = read_scenarios(&[Input {
        name: "file.dsconfig",
        text: &render(&ibm, Format::Batch),
    }]);
    let source = &read.scenarios[0].source;
    assert_eq!(source.kind, SourceKind::Unknown);
    assert_eq!(
        likely::sources(&source.name, true)[0],
        SourceKind::IbmDirectory
    );
    // A scripted source on a JDBC external server reads a database.
    let database = "\
dsconfig create-external-server --server-name db --type jdbc --set server-host-name:db.example.com --set server-port:5432
dsconfig create-sync-source --source-name DB --type groovy-scripted --set script-class:com.example.UserSource --set server:db
dsconfig create-attribute-map --map-name Users
dsconfig create-attribute-mapping --map-name Users --mapping-name password --type direct --set from-attribute:pwd_hash
dsconfig create-sync-pipe --pipe-name DB_to_PingOne --set sync-source:DB --set sync-destination:P1
dsconfig create-sync-class --pipe-name DB_to_PingOne --class-name Users --set attribute-map:Users
";
    assert_eq!(kind_of(database), SourceKind::Rdbms);
    // Nothing to go by: another LDAP directory, as before.
    let plain = database
        .replace("--type jdbc", "--type ldap")
        .replace("pwd_hash", "userPassword");
    assert_eq!(kind_of(&plain), SourceKind::OtherLdap);
}

/// Every field of a report, for comparing two.
fn everything(report: &Report) -> impl PartialEq + std::fmt::Debug + '_ {
    (
        &report.findings,
        report.commands,
        &report.other_subcommands,
        &report.scenarios,
        report.scenarios_checked,
        &report.not_imported,
    )
}

#[test]
fn large_inputs_lint_the_same_on_any_number_of_threads() {
    // Over the size from which the linter uses threads: the corpus and every preset, again and
    // again, so that duplicates, references and scenarios cross the parts the files are cut
    // into, plus a small second input. The presets' maps and classes are renamed each round:
    // a class created again is no scenario of its own.
    let Some(groups) = corpus_groups() else {
        return;
    };
    let mut text = String::new();
    let corpus: Vec<String> = groups
        .into_values()
        .flatten()
        .map(|(_, text)| text)
        .collect();
    let mut round = 0;
    while text.len() < 3_000_000 {
        for file in &corpus {
            text.push_str(file);
            text.push('\n');
        }
        for preset in syncmap_core::presets::all() {
            let mut scenario = preset.scenario();
            scenario.attribute_map.name.push_str(&format!("-{round}"));
            if let Some(pipe) = &mut scenario.sync_pipe {
                pipe.class.name.push_str(&format!("-{round}"));
            }
            text.push_str(&syncmap_core::render(
                &scenario,
                syncmap_core::Format::Batch,
            ));
        }
        round += 1;
    }
    let inputs = [
        Input {
            name: "large.dsconfig",
            text: &text,
        },
        Input {
            name: "small.dsconfig",
            text: &corpus[0],
        },
    ];
    let options = |threads| Options {
        keep_scenarios: true,
        threads,
        ..Options::default()
    };
    let alone = lint(&inputs, &options(1));
    assert!(alone.findings.len() > 1_000 && alone.scenarios_checked > 100);
    // The editor reads each input whole: the same scenarios.
    let imported = syncmap_core::lint::read_scenarios(&inputs);
    assert!(imported.scenarios == alone.scenarios);
    assert_eq!(imported.not_imported, alone.not_imported);
    for threads in [2, 3, 8] {
        let report = lint(&inputs, &options(threads));
        assert!(
            everything(&report) == everything(&alone),
            "{threads} threads"
        );
    }
}

#[test]
fn classes_sharing_a_map_are_found_the_same_with_or_without_scenarios() {
    // Without the scenarios kept, the classes after the first of a map are checked for what
    // concerns their endpoints (the first of each source and destination) and their pipe and
    // class: the findings are the same as when every class is checked whole.
    let text = "\
dsconfig create-external-server --server-name ds --type ping-identity-ds --set server-host-name:ds.example.com
dsconfig create-sync-source --source-name s --type ping-identity --set base-dn:dc=example,dc=com --set server:ds
dsconfig create-sync-destination --destination-name p1 --type ping-one-customer --set environment-id:e --set api-url:https://api.pingone.com/v1
dsconfig create-attribute-map --map-name m
dsconfig create-attribute-mapping --map-name m --mapping-name name --type constructed --set 'value-pattern:{{\"given\":\"{cn}\"}}'
dsconfig create-attribute-mapping --map-name m --mapping-name address --type direct --set from-attribute:street
dsconfig create-attribute-mapping --map-name m --mapping-name manager --type dn --set from-attribute:manager --set dn-map:d
dsconfig create-attribute-mapping --map-name m --mapping-name photo --type json
dsconfig create-attribute-mapping --map-name m --mapping-name password --type direct --set from-attribute:userPassword
dsconfig create-attribute-mapping --map-name m --mapping-name title --type direct --set from-attribute:userPassword;binary
dsconfig create-attribute-mapping --map-name m --mapping-name resourceType --type direct --set from-attribute:objectClass
dsconfig create-attribute-mapping --map-name m --mapping-name username --type direct
dsconfig create-attribute-mapping --map-name m --mapping-name username --type direct --set from-attribute:uid
dsconfig create-dn-map --map-name d --set from-dn-pattern:** --set to-dn-pattern:{1
dsconfig create-dn-map --map-name e --set 'from-dn-pattern:{2' --set to-dn-pattern:x
dsconfig create-sync-pipe --pipe-name p --set sync-source:s --set sync-destination:p1
dsconfig create-sync-class --pipe-name p --class-name c1 --set attribute-map:m
dsconfig create-sync-class --pipe-name p --class-name c2 --set attribute-map:m --set include-filter:(cn=a --set dn-map:e --set dn-map:d --set dn-map:missing --set allow-destination-renames:true --set auto-mapped-source-attribute:-none-
dsconfig create-json-attribute --pipe-name p --class-name c2 --attribute-name name
dsconfig create-sync-class --pipe-name p --class-name -c3 --set attribute-map:m --set 'include-base-dn:dc=a\u{1}'
dsconfig create-sync-class --pipe-name q --class-name c4 --set attribute-map:m
dsconfig create-sync-class --pipe-name q --class-name c5 --set attribute-map:m --set include-filter:(x=1
dsconfig create-sync-class --pipe-name P --class-name c6 --set attribute-map:M --set dn-map:E
dsconfig create-sync-pipe --pipe-name ' p2' --set sync-source:s --set sync-destination:p1
dsconfig create-sync-class --pipe-name ' p2' --class-name c9 --set attribute-map:m
dsconfig create-sync-pipe --pipe-name pd --set sync-source:s --set sync-destination:s
dsconfig create-sync-class --pipe-name pd --class-name c7 --set attribute-map:m
dsconfig create-sync-class --pipe-name pd --class-name c8 --set attribute-map:m --set include-filter:(y=2
dsconfig create-sync-source --source-name s2 --type ping-identity --set base-dn:dc=example,dc=com --set server:ds
dsconfig create-sync-destination --destination-name p2 --type ping-one-customer --set environment-id:e --set api-url:https://api.pingone.com/v1 --set default-population-id:pop
dsconfig create-sync-pipe --pipe-name x2 --set sync-source:s2 --set sync-destination:p2
dsconfig create-sync-class --pipe-name x2 --class-name c10 --set attribute-map:m
dsconfig create-external-server --server-name ldap3 --type ldap --set server-host-name:h --set password:secret
dsconfig create-sync-source --source-name s3 --type groovy-scripted --set server:ldap3
dsconfig create-sync-pipe --pipe-name x3 --set sync-source:s3 --set sync-destination:p1
dsconfig create-sync-class --pipe-name x3 --class-name c11 --set attribute-map:m
dsconfig create-sync-class --pipe-name x3 --class-name c12 --set attribute-map:m --set include-filter:(z=1
dsconfig create-sync-pipe --pipe-name x4 --set sync-source:' s4' --set sync-destination:p1
dsconfig create-sync-class --pipe-name x4 --class-name c13 --set attribute-map:m
";
    let inputs = [Input {
        name: "shared.dsconfig",
        text,
    }];
    let whole = lint(
        &inputs,
        &Options {
            keep_scenarios: true,
            ..Options::default()
        },
    );
    let alone = lint(&inputs, &Options::default());
    let only_in = |a: &Report, b: &Report| -> Vec<String> {
        let b: Vec<_> = b.findings.iter().collect();
        a.findings
            .iter()
            .filter(|f| !b.contains(f))
            .map(|f| format!("{} at {:?}: {}", f.code, f.loc.span, f.message))
            .collect()
    };
    assert_eq!(
        (only_in(&alone, &whole), only_in(&whole, &alone)),
        (vec![], vec![]),
        "findings only without the scenarios, then only with them"
    );
    assert_eq!(alone.findings, whole.findings);
    assert_eq!(alone.scenarios_checked, whole.scenarios_checked);
    assert!(alone.not_imported.is_empty() && alone.scenarios.is_empty());
    // Each class's own findings are there: the filters, names and settings of the later ones.
    let codes: Vec<&str> = whole.findings.iter().map(|f| f.code).collect();
    for code in [
        "ldap-filter-syntax",
        "name-leading-dash",
        "name-whitespace",
        "pingone-allow-destination-renames",
        "pingone-json-attribute-missing",
        "dn-map-undefined",
        "dn-pattern-syntax",
        "ibm-password-binary",
        "password-sensitive-attribute",
        "pingone-resource-type-invalid",
        "pingone-population-missing",
        "secret-not-placeholder",
        "name-whitespace",
    ] {
        assert!(codes.contains(&code), "{code}: {codes:?}");
    }
}

#[test]
fn an_unknown_target_version_is_one_error_at_the_start_and_is_kept() {
    let text = std::fs::read_to_string(fixture_dir().join("pingone.dsconfig")).unwrap();
    let with_version = |version: &str| {
        let options = Options {
            target_version: Some(version.parse().unwrap()),
            ..Options::default()
        };
        lint(
            &[Input {
                name: "p1",
                text: &text,
            }],
            &options,
        )
    };
    let known = with_version("10.3");
    assert!(
        known
            .findings
            .iter()
            .all(|f| f.code != "target-version-unsupported"),
        "{:#?}",
        known.findings
    );
    let unknown = with_version("10.4");
    let (about_version, others): (Vec<_>, Vec<_>) = unknown
        .findings
        .iter()
        .partition(|f| f.code == "target-version-unsupported");
    // Once for the run, however many scenarios the files hold, at the start of the first file.
    assert_eq!(about_version.len(), 1, "{about_version:#?}");
    let finding = about_version[0];
    assert_eq!(finding.severity, Severity::Error);
    assert_eq!((finding.loc.file, finding.loc.span.start()), (0, 0));
    assert!(
        finding
            .message
            .starts_with("PingDataSync 10.4 is not a release syncmap knows: choose one of 11.1,"),
        "{}",
        finding.message
    );
    assert!(unknown.has_errors());
    // The files are still checked against the version given, not another one.
    let codes = |findings: &[&syncmap_core::lint::Finding]| {
        findings.iter().map(|f| f.code).collect::<Vec<_>>()
    };
    let known: Vec<_> = known.findings.iter().collect();
    assert_eq!(codes(&others), codes(&known));
}
