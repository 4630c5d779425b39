//! Every source and destination syncmap offers, in every version it renders for: the apply
//! script creates the endpoint, or its header names it as one that must exist first. The
//! linter, told that exactly those exist, finds nothing wrong with the commands against the
//! catalog; told one fewer, it finds the reference the script cannot satisfy.

use syncmap_core::lint::{DeclaredKind, Existing, Input, Options, lint};
use syncmap_core::plan::{self, Script};
use syncmap_core::prerequisite::{self, Side};
use syncmap_core::scenario::{ConnectionSecurity, LdapServer, PingOneEnvironment, Region, Secret};
use syncmap_core::{DestinationKind, Format, Scenario, SourceKind, Version, presets, render};

/// Release lines across the span syncmap renders for, both sides of 8.0's property renames.
const VERSIONS: [Version; 8] = [
    Version::new(7, 0),
    Version::new(7, 3),
    Version::new(8, 0),
    Version::new(8, 3),
    Version::new(9, 3),
    Version::new(10, 2),
    Version::new(11, 0),
    Version::new(11, 1),
];

/// Findings that say a command does not fit the catalog or refers to what does not exist.
const CATALOG_CODES: &[&str] = &[
    "unknown-subcommand",
    "property-typo",
    "property-unknown",
    "property-value-invalid",
    "property-not-in-version",
    "add-on-create",
    "type-missing",
    "type-unknown",
    "naming-argument-missing",
    "duplicate-create",
    "undefined-reference",
    "created-before-parent",
];

fn server(side: &str) -> LdapServer {
    LdapServer {
        name: format!("{side}-1"),
        host: format!("{side}.example.com"),
        port: 636,
        security: ConnectionSecurity::Ssl,
        bind_dn: "cn=Sync User,cn=Root DNs,cn=config".into(),
        password: Secret::Placeholder("<SYNC_USER_PASSWORD>".into()),
    }
}

fn environment() -> PingOneEnvironment {
    PingOneEnvironment {
        region: Region::NorthAmerica,
        environment_id: "<ENVIRONMENT_ID>".into(),
        client_id: "<CLIENT_ID>".into(),
        client_secret: Secret::Placeholder("<CLIENT_SECRET>".into()),
        default_population_id: None,
    }
}

/// `source` to `destination` with a pipe, both endpoints asked to be created (which syncmap
/// does where it can) and given what creating them takes.
fn scenario(source: SourceKind, destination: DestinationKind, version: Version) -> Scenario {
    let mut scenario = Scenario::new(source, destination);
    scenario.target_version = version;
    scenario.sync_pipe = presets::find("pingdirectory-to-pingone")
        .unwrap()
        .scenario()
        .sync_pipe;
    scenario.source.create = true;
    scenario.destination.create = true;
    if source == SourceKind::PingOne {
        scenario.source.ping_one = Some(environment());
    } else {
        scenario.source.servers = vec![server("source")];
        scenario.source.base_dns = vec!["dc=source,dc=example".into()];
    }
    if destination == DestinationKind::PingOne {
        scenario.destination.ping_one = Some(environment());
    } else {
        scenario.destination.servers = vec![server("destination")];
        scenario.destination.base_dns = vec!["dc=destination,dc=example".into()];
    }
    scenario
}

/// What the header names, as the linter's declarations of existing objects, with their kinds.
fn declared(scenario: &Scenario) -> Vec<Existing> {
    prerequisite::existing(scenario)
        .iter()
        .map(|need| Existing {
            object_type: match need.side {
                Side::Source => "sync-source".into(),
                Side::Destination => "sync-destination".into(),
            },
            name: need.name.to_owned(),
            kind: Some(match need.side {
                Side::Source => DeclaredKind::Source(scenario.source.kind),
                Side::Destination => DeclaredKind::Destination(scenario.destination.kind),
            }),
        })
        .collect()
}

fn catalog_findings(scenario: &Scenario, existing: Vec<Existing>) -> Vec<String> {
    let text = render(scenario, Format::Batch);
    let options = Options {
        target_version: Some(scenario.target_version),
        existing,
        ..Options::default()
    };
    lint(
        &[Input {
            name: "apply.dsconfig",
            text: &text,
        }],
        &options,
    )
    .findings
    .into_iter()
    .filter(|f| CATALOG_CODES.contains(&f.code))
    .map(|f| format!("{}: {}", f.code, f.message))
    .collect()
}

#[test]
fn every_kind_is_created_or_named_and_the_commands_fit_the_catalog_in_every_version() {
    for source in SourceKind::ALL {
        for destination in DestinationKind::ALL {
            for version in VERSIONS {
                let scenario = scenario(source, destination, version);
                let what = format!("{source:?} to {destination:?} at {version}");
                let commands = plan::commands(&scenario, Script::Apply);
                let created =
                    |subcommand: &str| commands.iter().any(|c| c.subcommand == subcommand);
                let named: Vec<Side> = prerequisite::existing(&scenario)
                    .iter()
                    .map(|n| n.side)
                    .collect();
                // Exactly one of the two for each endpoint: created, or named as needed.
                assert_ne!(
                    created("create-sync-source"),
                    named.contains(&Side::Source),
                    "{what}"
                );
                assert_ne!(
                    created("create-sync-destination"),
                    named.contains(&Side::Destination),
                    "{what}"
                );
                assert_eq!(
                    created("create-sync-source"),
                    source.facts().generated.is_some(),
                    "{what}"
                );
                let findings = catalog_findings(&scenario, declared(&scenario));
                assert!(findings.is_empty(), "{what}: {findings:#?}");
            }
        }
    }
}

#[test]
fn without_what_the_header_names_the_pipe_refers_to_nothing() {
    let scenario = presets::find("ibm-directory-to-pingone")
        .unwrap()
        .scenario();
    let findings = catalog_findings(&scenario, Vec::new());
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert!(
        findings[0].starts_with("undefined-reference") && findings[0].contains("IBM_Directory"),
        "{findings:#?}"
    );
    assert!(catalog_findings(&scenario, declared(&scenario)).is_empty());
}

/// The header and the sync pipe's step say what must exist, what it is and where Ping says
/// how to create it; the prerequisites script speaks of the actual source.
#[test]
fn the_ibm_scripts_name_the_source_and_its_page() {
    let scenario = presets::find("ibm-directory-to-pingone")
        .unwrap()
        .scenario();
    for format in [Format::Bash, Format::Batch, Format::PowerShell] {
        let text = render(&scenario, format);
        let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        let header = header.join("\n");
        assert!(
            header.contains("#   - sync source IBM_Directory\n"),
            "{header}"
        );
        assert!(header.contains("Generic LDAP Sync Source"), "{header}");
        assert!(
            header.contains(&format!("See {}", syncmap_core::docs::LDAPV3_SYNC_SOURCE)),
            "{header}"
        );
        let step = text
            .split("\n# Step ")
            .find(|s| s.starts_with("2: Sync pipe"))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(
            step.contains("# Needs the sync source IBM_Directory to exist first"),
            "{step}"
        );
        assert!(
            step.contains(syncmap_core::docs::LDAPV3_SYNC_SOURCE),
            "{step}"
        );
        // The commands themselves are unchanged: a pipe, no sync source.
        assert!(!text.contains("create-sync-source"), "{text}");
    }
    let options = syncmap_core::Options {
        script: Script::Prerequisites,
        ..syncmap_core::Options::new(Format::Bash)
    };
    let text = syncmap_core::render_with(&scenario, &options);
    assert!(!text.contains("PingDirectory server"), "{text}");
    assert!(!text.contains("Nothing to do"), "{text}");
    assert!(text.contains("cn=changelog"), "{text}");
}

#[test]
fn the_active_directory_prerequisites_name_the_agent_on_every_domain_controller() {
    let scenario = presets::find("active-directory-to-pingone")
        .unwrap()
        .scenario();
    let options = syncmap_core::Options {
        script: Script::Prerequisites,
        ..syncmap_core::Options::new(Format::Batch)
    };
    let text = syncmap_core::render_with(&scenario, &options);
    assert!(
        text.contains(
            "# Nothing in it runs with dsconfig: it says what to prepare on every \
             Active Directory domain controller.\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Install the Ping Identity Password Sync Agent on every domain"),
        "{text}"
    );
    assert!(
        text.contains(&format!("See {}", syncmap_core::docs::PASSWORD_SYNC_AGENT)),
        "{text}"
    );
    // Nothing to apply, so no word on how to apply it.
    assert!(!text.contains("--batch-file"), "{text}");
    assert!(!text.lines().any(|l| l.starts_with("dsconfig")), "{text}");
    // A PingDirectory source keeps its commands and says where they run.
    let pd = presets::find("pingdirectory-to-pingone")
        .unwrap()
        .scenario();
    let text = syncmap_core::render_with(&pd, &options);
    assert!(
        text.contains(
            "# Run it against every source PingDirectory server that receives \
             password changes.\n"
        ),
        "{text}"
    );
    assert!(text.contains("dsconfig set-plugin-prop"), "{text}");
}
