//! Every preset, in every output format and script, for two target versions: snapshots that a
//! reviewer reads as the user would (insta; `INSTA_UPDATE=always cargo test` rewrites them).

use syncmap_core::plan::Script;
use syncmap_core::{Format, Options, Version, presets, render_with};

/// 7.3 still has the `ping-one-` property names; 10.2 has the unprefixed ones.
const VERSIONS: [Version; 3] = [Version::new(7, 0), Version::new(7, 3), Version::new(10, 2)];

#[test]
fn every_preset_in_every_format_and_version() {
    for preset in presets::all() {
        for version in VERSIONS {
            let mut scenario = preset.scenario();
            scenario.target_version = version;
            for format in Format::ALL {
                let options = Options {
                    format,
                    script: Script::Apply,
                    date: Some("2026-11-27".into()),
                };
                let name = format!("{}-{version}-{}", preset.name, format.id());
                insta::assert_snapshot!(name, render_with(&scenario, &options));
            }
        }
    }
}

#[test]
fn every_preset_rollback_and_prerequisites() {
    for preset in presets::all() {
        let scenario = preset.scenario();
        for script in [Script::Rollback, Script::Prerequisites] {
            let options = Options {
                format: Format::Bash,
                script,
                date: None,
            };
            let name = format!("{}-{}", preset.name, script.id());
            insta::assert_snapshot!(name, render_with(&scenario, &options));
        }
    }
}

#[test]
fn every_preset_diagnostics() {
    for preset in presets::all() {
        let lines: Vec<String> = syncmap_core::validate(&preset.scenario())
            .iter()
            .map(ToString::to_string)
            .collect();
        insta::assert_snapshot!(format!("{}-diagnostics", preset.name), lines.join("\n"));
    }
}

/// The PowerShell script with connection options on dsconfig.bat's command line, and a value
/// outside ASCII, for which it checks that it was read as UTF-8.
#[test]
fn powershell_with_connection_options() {
    let mut scenario = presets::all()[0].scenario();
    scenario.connection = syncmap_core::scenario::Connection {
        hostname: Some("sync.example.com".into()),
        port: Some(1636),
        bind_dn: Some("cn=Directory Manager".into()),
        bind_password_file: Some(r"C:\Program Files (x86)\Ping\pw.txt".into()),
        use_ssl: true,
        trust_all: false,
    };
    scenario.attribute_map.name = "Zürich users".into();
    let options = Options {
        format: Format::PowerShell,
        script: Script::Apply,
        date: Some("2026-11-27".into()),
    };
    insta::assert_snapshot!(
        "powershell-with-connection",
        render_with(&scenario, &options)
    );
}

/// Every source kind, in the IBM preset's place (a created PingOne destination and a pipe): the
/// apply script creates the source or names it as a prerequisite, and the prerequisites script
/// speaks of that source. The Other LDAP destination, in place of the second PingDirectory.
#[test]
fn every_source_kind_apply_and_prerequisites() {
    use syncmap_core::{DestinationKind, SourceKind};
    let render = |scenario: &syncmap_core::Scenario, script| {
        let options = Options {
            format: Format::Bash,
            script,
            date: None,
        };
        render_with(scenario, &options)
    };
    for kind in SourceKind::ALL {
        let mut scenario = presets::find("ibm-directory-to-pingone")
            .unwrap()
            .scenario();
        scenario.change_source(kind);
        for script in [Script::Apply, Script::Prerequisites] {
            let name = format!("source-{}-{}", kind.id(), script.id());
            insta::assert_snapshot!(name, render(&scenario, script));
        }
    }
    let mut scenario = presets::find("pingdirectory-to-pingdirectory")
        .unwrap()
        .scenario();
    scenario.change_destination(DestinationKind::OtherLdap);
    insta::assert_snapshot!(
        "destination-other-ldap-apply",
        render(&scenario, Script::Apply)
    );
}

/// The go-live runbook of every preset, in bash and PowerShell: each step's comment with its
/// pages, then its commands.
#[test]
fn every_preset_runbook() {
    for preset in presets::all() {
        let scenario = preset.scenario();
        for format in [Format::Bash, Format::PowerShell] {
            let options = Options {
                format,
                script: Script::Runbook,
                date: Some("2026-11-27".into()),
            };
            let name = format!("{}-runbook-{}", preset.name, format.id());
            insta::assert_snapshot!(name, render_with(&scenario, &options));
        }
    }
}

/// The runbook with connection options: realtime-sync takes the ones Ping's pages show on it,
/// after its own options and with --no-prompt last; dsconfig takes them all, as in the apply
/// script.
#[test]
fn runbook_with_connection_options() {
    let mut scenario = presets::all()[0].scenario();
    scenario.connection = syncmap_core::scenario::Connection {
        hostname: Some("sync.example.com".into()),
        port: Some(1636),
        bind_dn: Some("cn=Directory Manager".into()),
        bind_password_file: Some(r"C:\Program Files (x86)\Ping\pw.txt".into()),
        use_ssl: true,
        trust_all: true,
    };
    for format in [Format::Bash, Format::PowerShell] {
        let options = Options {
            format,
            script: Script::Runbook,
            date: Some("2026-11-27".into()),
        };
        insta::assert_snapshot!(
            format!("runbook-with-connection-{}", format.id()),
            render_with(&scenario, &options)
        );
    }
}
