//! The `syncmap` command line, run as a user runs it.

mod support;

use support::http::get_url;
use support::{Server, join_continuations, syncmap};

const SEED_PINGDIRECTORY: &str = "dsconfig create-attribute-mapping --map-name PingDirectory_to_PingOne_User_Map --mapping-name password --type direct --set from-attribute:userPassword";
const SEED_RDBMS: &str = "dsconfig create-attribute-mapping --map-name Generic_RDBMS_to_PingOne_User_Map --mapping-name password --type direct --set from-attribute:dbPassword";

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn presets_lists_the_seed_presets() {
    let output = syncmap(&["presets"], "");
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    for name in ["pingdirectory-to-pingone", "rdbms-to-pingone"] {
        assert!(
            text.lines().any(|l| l.starts_with(name)),
            "{name} missing from:\n{text}"
        );
    }
}

#[test]
fn rendered_presets_equal_the_seed_commands() {
    for (preset, seed) in [
        ("pingdirectory-to-pingone", SEED_PINGDIRECTORY),
        ("rdbms-to-pingone", SEED_RDBMS),
    ] {
        for format in ["bash", "batch"] {
            let output = syncmap(&["render", "--preset", preset, "--format", format], "");
            assert_eq!(
                output.status.code(),
                Some(0),
                "{preset} {format}: {}",
                stderr(&output)
            );
            let joined = join_continuations(&stdout(&output));
            assert!(
                joined.lines().any(|line| line == seed),
                "{preset} as {format} lacks the seed command; got:\n{joined}"
            );
        }
    }
}

#[test]
fn rdbms_preset_warns_about_hashing_on_stderr() {
    let output = syncmap(&["render", "--preset", "rdbms-to-pingone"], "");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stderr(&output).contains("warning[rdbms-password-hashing]"),
        "{}",
        stderr(&output)
    );
    assert!(
        !stdout(&output).contains("warning"),
        "diagnostics must not reach stdout"
    );
}

/// A preset as scenario JSON, changed by `edit`.
fn preset_json(name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let output = syncmap(&["presets", "--dump", name], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn a_dumped_preset_renders_like_the_preset() {
    let json = preset_json("pingdirectory-to-pingone", |_| {});
    for format in ["bash", "batch", "powershell", "lines"] {
        let from_file = syncmap(
            &["render", "-", "--format", format, "--date", "none"],
            &json,
        );
        let from_preset = syncmap(
            &[
                "render",
                "--preset",
                "pingdirectory-to-pingone",
                "--format",
                format,
                "--date",
                "none",
            ],
            "",
        );
        assert_eq!(from_file.status.code(), Some(0), "{}", stderr(&from_file));
        assert_eq!(stdout(&from_file), stdout(&from_preset), "{format}");
    }
}

#[test]
fn error_diagnostics_exit_1() {
    let json = preset_json("pingdirectory-to-pingone", |v| {
        v["source"]["kind"] = "ping-one".into()
    });
    let output = syncmap(&["render", "-"], &json);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(errors.contains("error[password-from-pingone]"), "{errors}");
    assert!(errors.contains("--> /source/kind"), "{errors}");
    assert!(stdout(&output).contains("create-attribute-map"));
}

#[test]
fn check_prints_json_diagnostics() {
    let json = preset_json("pingdirectory-to-pingone", |v| {
        let mappings = v["attribute_map"]["mappings"].as_array_mut().unwrap();
        mappings.retain(|m| m["to"] != "resourceType");
    });
    let output = syncmap(&["check", "-", "--format", "json"], &json);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let missing = diagnostics
        .iter()
        .find(|d| d["code"] == "pingone-resource-type-missing")
        .expect("the missing resourceType is reported");
    assert_eq!(missing["severity"], "error");
    assert_eq!(missing["path"], "/attribute_map/mappings");
    for key in ["message", "hint", "doc_url"] {
        assert!(missing[key].is_string(), "{key} in {missing}");
    }

    let clean = syncmap(&["check", "--preset", "pingdirectory-to-pingone"], "");
    assert_eq!(clean.status.code(), Some(0));
    assert!(
        stderr(&clean).contains("0 errors, 1 warning, 1 note"),
        "{}",
        stderr(&clean)
    );
}

#[test]
fn render_writes_rollback_and_prerequisites() {
    let rollback = syncmap(
        &[
            "render",
            "--preset",
            "pingdirectory-to-pingone",
            "--script",
            "rollback",
        ],
        "",
    );
    assert_eq!(rollback.status.code(), Some(0));
    let text = join_continuations(&stdout(&rollback));
    let deletes: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("dsconfig delete-"))
        .collect();
    assert_eq!(
        deletes.first().copied(),
        Some(
            "dsconfig delete-json-attribute --pipe-name PingDirectory_to_PingOne --class-name Users --attribute-name name"
        )
    );
    assert!(
        deletes
            .last()
            .unwrap()
            .starts_with("dsconfig delete-external-server"),
        "{deletes:#?}"
    );

    let prerequisites = syncmap(
        &[
            "render",
            "--preset",
            "pingdirectory-to-pingone",
            "--script",
            "prerequisites",
        ],
        "",
    );
    let text = join_continuations(&stdout(&prerequisites));
    assert!(
        text.contains("dsconfig set-backend-prop --backend-name changelog --set enabled:true"),
        "{text}"
    );
    assert!(
        text.contains("--plugin-name 'Changelog Password Encryption' --set enabled:true"),
        "{text}"
    );
}

/// `--script runbook`: the go-live runbook, Ping's steps in Ping's order, each citing a page;
/// in PowerShell, the tools' batch files with every value between double quotes.
#[test]
fn render_writes_the_runbook() {
    let args = |format| {
        [
            "render",
            "--preset",
            "pingdirectory-to-pingone",
            "--script",
            "runbook",
            "--format",
            format,
            "--date",
            "none",
        ]
    };
    let bash = syncmap(&args("bash"), "");
    assert_eq!(bash.status.code(), Some(0), "{}", stderr(&bash));
    let text = join_continuations(&stdout(&bash));
    let commands: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    assert_eq!(
        commands,
        [
            "realtime-sync stop --pipe-name PingDirectory_to_PingOne",
            "realtime-sync set-startpoint --pipe-name PingDirectory_to_PingOne --end-of-changelog",
            "resync --pipe-name PingDirectory_to_PingOne --sourceSearchFilter '(uid=CHOOSE_ONE_ENTRY)' --dry-run --logLevel debug",
            "dsconfig set-log-publisher-prop --publisher-name 'File-Based Debug Logger' --set enabled:true",
            "dsconfig create-debug-target --publisher-name 'File-Based Debug Logger' --target-name com.unboundid.directory.sync.mapping --set debug-level:warning",
            "dsconfig delete-debug-target --publisher-name 'File-Based Debug Logger' --target-name com.unboundid.directory.sync.mapping",
            "dsconfig set-log-publisher-prop --publisher-name 'File-Based Debug Logger' --set enabled:false",
            "realtime-sync start --pipe-name PingDirectory_to_PingOne",
            "status",
        ]
    );
    for step in text.split("\n# Step ").skip(1) {
        assert!(
            step.contains("#   See https://docs."),
            "a step without a page: {step}"
        );
    }
    assert!(text.contains("logs/tools/resync.log"), "{text}");

    let powershell = syncmap(&args("powershell"), "");
    assert_eq!(powershell.status.code(), Some(0));
    let text = stdout(&powershell);
    assert!(
        text.contains(
            "$program = Find-Tool 'realtime-sync'\n& $program start --pipe-name '\"PingDirectory_to_PingOne\"'\n"
        ),
        "{text}"
    );

    let wrong = syncmap(
        &[
            "render",
            "--preset",
            "pingdirectory-to-pingone",
            "--script",
            "golive",
        ],
        "",
    );
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("runbook"), "{}", stderr(&wrong));
}

#[test]
fn inspect_password_reads_stdin_and_never_echoes_the_value() {
    // {SSHA256}: 32-byte digest plus an 8-byte salt, base64.
    let value = "{SSHA256}cmVhbGx5LWEtZGlnZXN0LW9mLTMyLWJ5dGVzISFzYWx0c2FsdA==\n";
    let output = syncmap(&["inspect-password", "--format", "json"], value);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["scheme"], "SSHA256");
    assert_eq!(report["kind"], "one-way-hash");
    assert_eq!(report["pingone_pre_encoded"], "accepted");
    let everything = format!("{}{}", stdout(&output), stderr(&output));
    assert!(
        !everything.contains("cmVhbGx5"),
        "the payload leaked: {everything}"
    );

    let human = syncmap(&["inspect-password"], "{AES256}AAAA\n");
    assert!(
        stdout(&human).contains("scheme: {AES256}"),
        "{}",
        stdout(&human)
    );
    let help = syncmap(&["inspect-password", "--help"], "");
    assert!(
        stdout(&help).contains("standard input"),
        "{}",
        stdout(&help)
    );
}

#[test]
fn serve_reports_a_taken_port_in_one_line() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let output = syncmap(&["serve", "--addr", &addr], "");
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.starts_with(&format!("syncmap: cannot listen on {addr}: ")),
        "{message}"
    );
    assert!(!message.contains("panicked"), "{message}");
}

#[test]
fn serve_dist_serves_the_folder_and_nothing_outside_it() {
    let root = std::env::temp_dir().join(format!("syncmap-dist-test-{}", std::process::id()));
    let dist = root.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<title>the app</title>").unwrap();
    std::fs::write(root.join("secret.txt"), "outside").unwrap();

    let server = Server::start(&["--dist", dist.to_str().unwrap()]);
    assert_eq!(
        get_url(&server.url),
        (200, "<title>the app</title>".to_owned())
    );
    for escape in ["../secret.txt", "..%2fsecret.txt", "%2e%2e/secret.txt"] {
        let (status, body) = get_url(&format!("{}{escape}", server.url));
        assert!(
            !body.contains("outside"),
            "{escape} escaped the folder ({status})"
        );
        assert!(status >= 400, "{escape}: {status}");
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn serve_dist_without_an_app_is_refused_clearly() {
    let output = syncmap(
        &["serve", "--addr", "127.0.0.1:0", "--dist", "/nonexistent"],
        "",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--dist /nonexistent: no index.html there"),
        "{}",
        stderr(&output)
    );
}

fn fixture(name: &str) -> String {
    format!(
        "{}/../core/tests/fixtures/lint/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn lint_reads_a_profile_directory_as_one_configuration() {
    let Some(corpus) = syncmap_test_corpus::dir() else {
        return;
    };
    let sandbox = corpus.join("pingidentity__pingidentity-cdr-sandbox");
    // 34-CDRCounter refers to a destination 33 creates: fine together.
    let output = syncmap(&["lint", &sandbox.to_string_lossy()], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("0 errors"), "{}", stderr(&output));

    let alone = sandbox
        .join("server_profiles__pingdatasync__pd.profile__dsconfig__34-CDRCounter.dsconfig")
        .to_string_lossy()
        .into_owned();
    let output = syncmap(&["lint", &alone], "");
    assert_eq!(output.status.code(), Some(1));
    let declared = syncmap(
        &[
            "lint",
            &alone,
            "--exists",
            "sync-destination:LDAPDestination",
        ],
        "",
    );
    assert_eq!(declared.status.code(), Some(0), "{}", stderr(&declared));
}

#[test]
fn lint_says_which_rules_an_unknown_endpoint_kind_skipped_until_it_is_declared() {
    // A pipe whose source and destination are created elsewhere, a map with username and
    // password toward PingOne, a class: the files do not say the destination is PingOne.
    let path = fixture("endpoints-elsewhere.dsconfig");
    let output = syncmap(&["lint", &path], "");
    let text = stderr(&output);
    assert!(
        text.contains(
            "warning[endpoint-kind-unknown]: syncmap does not know what kind of system the sync \
             destination PingOne is, so 28 rules did not run: the password rules and PingOne's"
        ),
        "{text}"
    );
    assert!(
        text.contains("= hint: Declare its kind: --exists sync-destination:PingOne=ping-one"),
        "{text}"
    );
    assert!(!text.contains("resource-type"), "{text}");
    assert!(text.contains("2 errors, 2 warnings"), "{text}");

    let declared = syncmap(
        &[
            "lint",
            &path,
            "--exists",
            "sync-destination:PingOne=ping-one",
            "--exists",
            "sync-source:LDAP=other-ldap",
        ],
        "",
    );
    let text = stderr(&declared);
    assert_eq!(declared.status.code(), Some(1), "{text}");
    assert!(
        text.contains("error[pingone-resource-type-missing]"),
        "{text}"
    );
    assert!(!text.contains("endpoint-kind-unknown"), "{text}");
    assert!(!text.contains("undefined-reference"), "{text}");

    let wrong = syncmap(
        &[
            "lint",
            &path,
            "--exists",
            "sync-destination:PingOne=pingone",
        ],
        "",
    );
    assert_eq!(wrong.status.code(), Some(2), "{}", stderr(&wrong));
    assert!(
        stderr(&wrong).contains(
            "--exists: in 'sync-destination:PingOne=pingone', 'pingone' is not a kind of sync \
             destination: expected one of ping-one, ping-directory, other-ldap"
        ),
        "{}",
        stderr(&wrong)
    );
}

#[test]
fn lint_points_at_the_line_and_column_with_a_caret() {
    let path = fixture("catalog.dsconfig");
    let output = syncmap(&["lint", &path], "");
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(
        text.contains("error[property-typo]: Attribute mapping has no property from-atribute"),
        "{text}"
    );
    assert!(text.contains(&format!("  --> {path}:19:11")), "{text}");
    assert!(
        text.contains("19 |     --set from-atribute:mail\n   |           ^^^^^^^^^^^^^"),
        "{text}"
    );
    assert!(
        text.contains("= hint: Did you mean from-attribute?"),
        "{text}"
    );
}

#[test]
fn lint_says_when_it_cannot_write_its_report() {
    // A full disk: standard output is /dev/full, where every write fails.
    let Ok(full) = std::fs::File::create("/dev/full") else {
        eprintln!("no /dev/full here: nothing to check");
        return;
    };
    let path = fixture("pingone.dsconfig");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_syncmap"))
        .args(["lint", &path, "--format", "sarif"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("syncmap: cannot write the report to standard output: "),
        "{}",
        stderr(&output)
    );
}

#[test]
fn lint_writes_json_and_sarif() {
    let path = fixture("pingone.dsconfig");
    let json = syncmap(&["lint", &path, "--format", "json"], "");
    assert_eq!(json.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let case = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "pingone-attribute-case")
        .expect("the userName mapping is reported");
    assert_eq!(case["severity"], "error");
    assert_eq!(case["file"], path.as_str());
    assert!(case["line"].as_u64().unwrap() > 1 && case["column"].as_u64().unwrap() >= 1);

    let sarif = syncmap(&["lint", &path, "--format", "sarif"], "");
    let log: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "syncmap");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap()));
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        assert!(
            rules[index]["helpUri"]
                .as_str()
                .unwrap()
                .starts_with("https://")
        );
    }
}

#[test]
fn lint_reads_stdin_and_refuses_unreadable_input() {
    let output = syncmap(
        &["lint", "-"],
        "dsconfig create-attribute-map --map-name M\n",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("in 1 command"),
        "{}",
        stderr(&output)
    );

    for (args, expected) in [
        (
            vec!["lint", "/no/such.dsconfig"],
            "cannot read /no/such.dsconfig",
        ),
        (
            vec!["lint", "-", "--target-version", "nine"],
            "--target-version: 'nine' is not a version",
        ),
        (
            vec!["lint", "-", "--exists", "nothing"],
            "--exists: 'nothing' is not TYPE:NAME",
        ),
    ] {
        let output = syncmap(&args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(expected),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn render_writes_a_batch_file_back_in_the_canonical_style() {
    let output = syncmap(
        &["render", "-", "--format", "lines"],
        "dsconfig create-attribute-map \\\n  --map-name \"My Map\"\n",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "dsconfig create-attribute-map --map-name 'My Map'\n"
    );
}

#[test]
fn render_names_the_line_and_column_of_each_parse_error() {
    let output = syncmap(
        &["render", "-", "--format", "lines"],
        "dsconfig create-attribute-map --map-name A\n\n\
         dsconfig set-attribute-map-prop --map-name A --set description\n\
         dsconfig create-dn-map --map-name \"B\n",
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let errors = stderr(&output);
    let places: Vec<&str> = errors.lines().filter(|l| l.starts_with("  --> ")).collect();
    assert_eq!(
        places,
        ["  --> standard input:3:52", "  --> standard input:4:35"],
        "{errors}"
    );
    assert!(
        errors.starts_with("error[property-without-colon]: "),
        "{errors}"
    );
    assert!(errors.contains("error[unterminated-quote]: "), "{errors}");
}

#[test]
fn an_unknown_target_version_is_an_error_in_check_render_and_lint_alike() {
    let expected = "PingDataSync 10.4 is not a release syncmap knows: choose one of 11.1, 11.0";
    let json = preset_json("pingdirectory-to-pingone", |v| {
        v["target_version"] = "10.4".into()
    });
    // A scenario naming it: read, kept, reported by the checks, never replaced.
    let render = syncmap(&["render", "-", "--date", "none"], &json);
    assert_eq!(render.status.code(), Some(1), "{}", stderr(&render));
    let errors = stderr(&render);
    assert!(
        errors.contains("error[target-version-unsupported]"),
        "{errors}"
    );
    assert!(errors.contains(expected), "{errors}");
    assert!(errors.contains("--> /target_version"), "{errors}");
    assert!(
        stdout(&render).contains("# Target: PingDataSync 10.4."),
        "{}",
        stdout(&render)
    );
    let check = syncmap(&["check", "-", "--format", "json"], &json);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert!(stdout(&check).contains("\"target-version-unsupported\""));
    // A patch level of a known release is that release.
    let patched = preset_json("pingdirectory-to-pingone", |v| {
        v["target_version"] = "9.3.0.1".into()
    });
    let check = syncmap(&["check", "-"], &patched);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));

    // The linter told it: one error finding, at the start of the first file, exit 1.
    let file = "dsconfig create-attribute-map --map-name M\n";
    let lint = syncmap(&["lint", "-", "--target-version", "10.4"], file);
    assert_eq!(lint.status.code(), Some(1), "{}", stderr(&lint));
    let findings = stderr(&lint);
    assert_eq!(
        findings
            .matches("error[target-version-unsupported]")
            .count(),
        1,
        "{findings}"
    );
    assert!(findings.contains(expected), "{findings}");
    assert!(findings.contains("--> -:1:1"), "{findings}");
    let lint = syncmap(&["lint", "-", "--target-version", "10.3"], file);
    assert_eq!(lint.status.code(), Some(0), "{}", stderr(&lint));
}

/// `syncmap diff`: only what changed, its reverse, nothing for a configuration unchanged, and
/// a clear error for an input that is not one configuration.
#[test]
fn diff_prints_only_the_commands_that_change_the_configuration() {
    let dir = std::env::temp_dir().join(format!("syncmap-cli-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let before = preset_json("pingdirectory-to-pingone", |_| {});
    let after = preset_json("pingdirectory-to-pingone", |v| {
        for mapping in v["attribute_map"]["mappings"].as_array_mut().unwrap() {
            if mapping["to"] == "username" {
                mapping["from"] = "cn".into();
            }
        }
    });
    let before_path = dir.join("before.json");
    let after_path = dir.join("after.json");
    std::fs::write(&before_path, &before).unwrap();
    std::fs::write(&after_path, &after).unwrap();
    let (b, a) = (before_path.to_str().unwrap(), after_path.to_str().unwrap());
    let run = |args: &[&str]| syncmap(args, "");
    let forward = run(&["diff", b, a, "--format", "lines", "--date", "none"]);
    assert_eq!(forward.status.code(), Some(0), "{}", stderr(&forward));
    assert_eq!(
        stdout(&forward),
        "dsconfig set-attribute-mapping-prop --map-name PingDirectory_to_PingOne_User_Map \
         --mapping-name username --set from-attribute:cn\n"
    );
    let back = run(&[
        "diff",
        b,
        a,
        "--format",
        "lines",
        "--reverse",
        "--date",
        "none",
    ]);
    assert!(
        stdout(&back).ends_with("--set from-attribute:uid\n"),
        "{}",
        stdout(&back)
    );
    // The before side as a directory holding its batch file.
    let profile = dir.join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    let batch = run(&["render", b, "--format", "batch", "--date", "none"]);
    std::fs::write(profile.join("10-sync.dsconfig"), batch.stdout).unwrap();
    let from_dir = run(&[
        "diff",
        profile.to_str().unwrap(),
        a,
        "--format",
        "lines",
        "--date",
        "none",
    ]);
    assert_eq!(stdout(&from_dir), stdout(&forward), "{}", stderr(&from_dir));
    // Nothing changed: a header that says so, and no command.
    let same = run(&["diff", b, b, "--format", "batch", "--date", "none"]);
    assert_eq!(same.status.code(), Some(0));
    assert!(stdout(&same).contains("# No changes: the two configurations are the same."));
    assert!(!stdout(&same).lines().any(|l| l.starts_with("dsconfig")));
    // Not one configuration: exit 2 and the input named.
    let empty = dir.join("empty.dsconfig");
    std::fs::write(
        &empty,
        "dsconfig set-trust-manager-provider-prop --provider-name X --set enabled:true\n",
    )
    .unwrap();
    let none = run(&["diff", empty.to_str().unwrap(), a]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).starts_with(&format!("syncmap: BEFORE {}: ", empty.display())),
        "{}",
        stderr(&none)
    );
    assert!(
        stderr(&none).contains("no configuration"),
        "{}",
        stderr(&none)
    );
    // The target's errors: in the header, and exit 1.
    let broken = preset_json("pingdirectory-to-pingone", |v| {
        v["attribute_map"]["mappings"] = serde_json::json!([]);
    });
    let broken_path = dir.join("broken.json");
    std::fs::write(&broken_path, &broken).unwrap();
    let to_broken = run(&["diff", b, broken_path.to_str().unwrap(), "--date", "none"]);
    assert_eq!(to_broken.status.code(), Some(1));
    assert!(
        stdout(&to_broken).contains("# NOT READY"),
        "{}",
        stdout(&to_broken)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
