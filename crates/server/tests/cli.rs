//! The `syncmap` command line, run as a user runs it.

mod support;

use support::{Server, http_get, join_continuations, syncmap};

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

#[test]
fn error_diagnostics_exit_1() {
    let scenario =
        r#"{"schema":1,"source":"ping-one","password_attribute":"","attribute_map":"M"}"#;
    let output = syncmap(&["render", "-"], scenario);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(errors.contains("error[password-from-pingone]"), "{errors}");
    assert!(errors.contains("--> /source"), "{errors}");
    assert!(stdout(&output).contains("create-attribute-map"));
}

#[test]
fn usage_and_input_errors_exit_2_with_a_clear_message() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["render", "--preset", "nope"],
            "",
            "no preset named 'nope'; the presets are:",
        ),
        (
            &["render", "--preset", "rdbms-to-pingone", "--format", "zsh"],
            "",
            "invalid value 'zsh'",
        ),
        (
            &["render", "-"],
            "{\"schema\":1,",
            "standard input:1:12: not a valid scenario",
        ),
        (
            &["render", "/no/such/file.json"],
            "",
            "cannot read /no/such/file.json",
        ),
        (&["frobnicate"], "", "unrecognized subcommand 'frobnicate'"),
    ];
    for (args, stdin, expected) in cases {
        let output = syncmap(args, stdin);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(expected),
            "{args:?}: {}",
            stderr(&output)
        );
    }
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
        http_get(&server.url),
        (200, "<title>the app</title>".to_owned())
    );
    for escape in ["../secret.txt", "..%2fsecret.txt", "%2e%2e/secret.txt"] {
        let (status, body) = http_get(&format!("{}{escape}", server.url));
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
