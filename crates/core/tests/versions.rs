//! A property outside the releases Ping's pages show is an error; in a release no page on
//! record covers, a warning; in the linter and in validation alike.

use syncmap_core::diagnostic::Severity;
use syncmap_core::lint::{Input, Options, lint};
use syncmap_core::version::Version;

/// The codes and severities of the version findings for a PingOne sync source that sets
/// `property`, linted as `version`.
fn version_findings(property: &str, version: Version) -> Vec<(&'static str, Severity)> {
    let text = format!(
        "dsconfig create-sync-source --source-name PingOne --type ping-one-customer \\\n    --set {property}:Some-Name\n"
    );
    let options = Options {
        target_version: Some(version),
        ..Options::default()
    };
    lint(
        &[Input {
            name: "p.dsconfig",
            text: &text,
        }],
        &options,
    )
    .findings
    .into_iter()
    .filter(|f| f.code.starts_with("property-"))
    .map(|f| (f.code, f.severity))
    .collect()
}

#[test]
fn a_client_secret_passphrase_provider_is_an_error_before_8_3() {
    let provider = "oauth-client-secret-passphrase-provider";
    for version in [Version::new(7, 3), Version::new(8, 2)] {
        assert_eq!(
            version_findings(provider, version),
            [("property-not-in-version", Severity::Error)],
            "{version}"
        );
    }
    for version in [Version::new(8, 3), Version::new(10, 2)] {
        assert_eq!(version_findings(provider, version), [], "{version}");
    }
}

#[test]
fn an_http_proxy_is_an_error_before_9_0_and_unconfirmed_until_9_2() {
    let proxy = "http-proxy-external-server";
    assert_eq!(
        version_findings(proxy, Version::new(8, 3)),
        [("property-not-in-version", Severity::Error)]
    );
    for version in [Version::new(9, 0), Version::new(9, 1)] {
        assert_eq!(
            version_findings(proxy, version),
            [("property-version-unconfirmed", Severity::Warning)],
            "{version}"
        );
    }
    assert_eq!(version_findings(proxy, Version::new(9, 2)), []);
}

#[test]
fn the_prefixed_names_are_7_0s_only() {
    assert_eq!(version_findings("ping-one-api-url", Version::new(7, 0)), []);
    assert_eq!(version_findings("api-url", Version::new(7, 2)), []);
    assert_eq!(
        version_findings("ping-one-api-url", Version::new(7, 2)),
        [("property-not-in-version", Severity::Error)]
    );
    assert_eq!(
        version_findings("api-url", Version::new(7, 0)),
        [("property-not-in-version", Severity::Error)]
    );
}

#[test]
fn a_property_no_page_confirms_is_only_doubted() {
    // No page, guide or profile on record names it.
    let text = "dsconfig create-sync-class --pipe-name P --class-name C \\\n    --set use-pessimistic-synchronization:maybe\n";
    let options = Options {
        target_version: Some(Version::new(10, 2)),
        ..Options::default()
    };
    let report = lint(
        &[Input {
            name: "p.dsconfig",
            text,
        }],
        &options,
    );
    let ours: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code.starts_with("property-"))
        .map(|f| (f.code, f.severity))
        .collect();
    assert_eq!(
        ours,
        [
            ("property-version-unconfirmed", Severity::Warning),
            ("property-value-invalid", Severity::Warning)
        ]
    );
}
