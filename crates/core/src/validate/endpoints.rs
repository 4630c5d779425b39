//! Endpoints syncmap creates: what each needs.

use crate::diagnostic::Diagnostic;
use crate::endpoint::EndpointKind;
use crate::prerequisite::{self, Creation};
use crate::rules;
use crate::scenario::{Endpoint, LdapServer, PingOneEnvironment, Scenario, Secret};

pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    check_endpoint(
        "/source",
        &scenario.source,
        prerequisite::source_creation,
        out,
    );
    check_endpoint(
        "/destination",
        &scenario.destination,
        prerequisite::destination_creation,
        out,
    );
    if let Some(key) = &scenario.password.changelog_encryption_key
        && scenario.changelog_key_applies()
    {
        check_secret(
            &|| "/password/changelog_encryption_key".to_owned(),
            key,
            out,
        );
    }
}

fn check_endpoint<K: EndpointKind>(
    path: &str,
    endpoint: &Endpoint<K>,
    creation: fn(K) -> &'static Creation,
    out: &mut Vec<Diagnostic>,
) {
    if !endpoint.create {
        return;
    }
    let label = endpoint.kind.label();
    let Some(types) = endpoint.kind.generated() else {
        out.push(
            Diagnostic::new(
                &rules::ENDPOINT_NOT_GENERATED,
                format!("{path}/create"),
                format!(
                    "syncmap does not generate {label} endpoints: the commands refer to one of \
                     this name, {}",
                    creation(endpoint.kind).object
                ),
            )
            .hint(creation(endpoint.kind).how),
        );
        return;
    };
    if types.external_server.is_some() && endpoint.servers.is_empty() {
        out.push(
            Diagnostic::new(
                &rules::ENDPOINT_SERVERS_MISSING,
                format!("{path}/servers"),
                format!("the {label} endpoint needs at least one server"),
            )
            .hint("Add the host and port of each server, in failover order"),
        );
    }
    if types.external_server.is_none() && endpoint.ping_one.is_none() {
        out.push(
            Diagnostic::new(
                &rules::PINGONE_ENVIRONMENT_MISSING,
                format!("{path}/ping_one"),
                "the PingOne endpoint needs its region, environment ID, client ID and secret",
            )
            .hint("Use a worker app with client credentials and the Identity Data Admin role"),
        );
    }
    // Paths are formatted only for a finding: the linter validates thousands of scenarios.
    for (i, server) in endpoint.servers.iter().enumerate() {
        check_server(&|| format!("{path}/servers/{i}"), server, out);
    }
    if let Some(env) = &endpoint.ping_one {
        check_environment(&|| format!("{path}/ping_one"), env, out);
    }
}

fn check_server(path: &dyn Fn() -> String, server: &LdapServer, out: &mut Vec<Diagnostic>) {
    check_secret(&|| format!("{}/password", path()), &server.password, out);
}

fn check_environment(
    path: &dyn Fn() -> String,
    env: &PingOneEnvironment,
    out: &mut Vec<Diagnostic>,
) {
    check_secret(
        &|| format!("{}/client_secret", path()),
        &env.client_secret,
        out,
    );
    for (field, value) in [
        ("environment_id", &env.environment_id),
        ("client_id", &env.client_id),
    ] {
        if value.trim().is_empty() {
            out.push(Diagnostic::new(
                &rules::PINGONE_ENVIRONMENT_MISSING,
                format!("{}/{field}", path()),
                format!("the PingOne {} is empty", field.replace('_', " ")),
            ));
        }
    }
}

/// Whether `text` reads as a placeholder: `<X>`, `${X}`, `[X]`, or a `{{X}}` template.
pub(crate) fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    let wrapped = |open: &str, close: &str| {
        text.len() > open.len() + close.len() && text.starts_with(open) && text.ends_with(close)
    };
    wrapped("<", ">") || wrapped("${", "}") || wrapped("[", "]") || wrapped("{{", "}}")
}

fn check_secret(path: &dyn Fn() -> String, secret: &Secret, out: &mut Vec<Diagnostic>) {
    if let Secret::Placeholder(text) = secret
        && !is_placeholder(text)
    {
        out.push(
            Diagnostic::new(
                &rules::SECRET_NOT_PLACEHOLDER,
                path(),
                "this secret does not look like a placeholder, so a real secret may end up in \
                 the generated commands, your shell history and any file you save",
            )
            .hint(
                "Write a placeholder such as <SECRET> or ${SECRET}, or name a passphrase provider",
            ),
        );
    }
}
