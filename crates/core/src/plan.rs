//! From a scenario to the dsconfig commands that build it, undo it and prepare the source,
//! each in the order they must run.

use std::borrow::Cow;

use crate::catalog::ObjectType;
use crate::catalog::objects::*;
use crate::command::{Builder, Command, Opt};
use crate::endpoint::{EndpointKind, PasswordAttribute, SourceKind};
use crate::prerequisite::{self, Existing};
use crate::scenario::{
    Connection, Endpoint, LdapServer, Mapping, PingOneEnvironment, Scenario, Secret, SyncPipe,
};
use crate::version::Version;

/// A titled group of commands. Titles are fixed text: they become comments, and a user's text
/// in a comment could end the comment and smuggle in a command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section<'a> {
    /// What the commands do.
    pub title: &'static str,
    /// The commands, in order.
    pub commands: Vec<Command<'a>>,
    /// Endpoints the commands use that the script does not create: they must exist first.
    pub needs: Vec<Existing<'a>>,
}

/// Which script to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Create everything, in dependency order.
    Apply,
    /// Bring the new sync pipe into service after `Apply`, in the order Ping documents
    /// ([`crate::runbook`]).
    Runbook,
    /// Delete what `Apply` creates, in reverse order.
    Rollback,
    /// Prepare the source server for password synchronization.
    Prerequisites,
}

impl Script {
    /// Every script.
    /// The runbook follows the apply script, as it does on the server.
    pub const ALL: [Script; 4] = [
        Script::Apply,
        Script::Runbook,
        Script::Rollback,
        Script::Prerequisites,
    ];

    /// The identifier used by the CLI, the API and the web app.
    pub fn id(self) -> &'static str {
        match self {
            Script::Apply => "apply",
            Script::Runbook => "runbook",
            Script::Rollback => "rollback",
            Script::Prerequisites => "prerequisites",
        }
    }

    /// The script with the given identifier.
    pub fn from_id(id: &str) -> Option<Script> {
        Script::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Which servers the script concerns, for a source of kind `source`.
    pub fn server(self, source: SourceKind) -> &'static str {
        match self {
            Script::Apply | Script::Runbook | Script::Rollback => "the PingDataSync server",
            Script::Prerequisites => prerequisite::preparation(source).server,
        }
    }

    /// Whether the script is dsconfig commands for a source of kind `source`: only a
    /// PingDirectory source is prepared with dsconfig; for the others the prerequisites script
    /// says what to do by hand.
    pub fn runs_dsconfig(self, source: SourceKind) -> bool {
        self != Script::Prerequisites || source.is_ping_directory()
    }

    /// Where the script runs, as one sentence for its header and the page.
    pub fn runs_against(self, source: SourceKind) -> String {
        let server = self.server(source);
        if self.runs_dsconfig(source) {
            format!("Run it against {server}.")
        } else {
            format!("Nothing in it runs with dsconfig: it says what to prepare on {server}.")
        }
    }
}

/// The sections of `script` for `scenario`, with connection options on every command: the
/// dsconfig scripts. The runbook runs other tools too and has steps of its own
/// ([`crate::runbook::steps`]), kept apart so that what only draws the dsconfig scripts (the
/// page's first screen) does not carry it: it has no dsconfig sections.
pub fn sections(scenario: &Scenario, script: Script) -> Vec<Section<'_>> {
    let mut sections = match script {
        Script::Runbook => return Vec::new(),
        Script::Apply => apply(scenario),
        Script::Rollback => rollback(scenario),
        Script::Prerequisites => prerequisites(scenario),
    };
    sections.retain(|s| !s.commands.is_empty());
    let globals = connection_options(&scenario.connection);
    for command in sections.iter_mut().flat_map(|s| s.commands.iter_mut()) {
        command.globals = globals.clone();
    }
    sections
}

/// Every command of `script`, in order.
pub fn commands(scenario: &Scenario, script: Script) -> Vec<Command<'_>> {
    sections(scenario, script)
        .into_iter()
        .flat_map(|s| s.commands)
        .collect()
}

/// `--no-prompt` and the connection options, when any connection option is set. A password is
/// only ever given as a file.
pub fn connection_options<'a>(connection: &'a Connection) -> Vec<Opt<'a>> {
    if *connection == Connection::default() {
        return Vec::new();
    }
    let value = |flag: &'static str, value: Option<Cow<'a, str>>| {
        value.map(|v| Opt {
            flag: flag.into(),
            value: Some(v),
        })
    };
    let borrowed = |value: &'a Option<String>| value.as_deref().map(Cow::Borrowed);
    let flag = |flag: &'static str, on: bool| {
        on.then_some(Opt {
            flag: flag.into(),
            value: None,
        })
    };
    [
        flag("--no-prompt", true),
        value("--hostname", borrowed(&connection.hostname)),
        value("--port", connection.port.map(|p| Cow::Owned(p.to_string()))),
        flag("--useSSL", connection.use_ssl),
        flag("--trustAll", connection.trust_all),
        value("--bindDN", borrowed(&connection.bind_dn)),
        value(
            "--bindPasswordFile",
            borrowed(&connection.bind_password_file),
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn apply(scenario: &Scenario) -> Vec<Section<'_>> {
    let v = scenario.target_version;
    let map = scenario.attribute_map.name.as_str();
    let mut servers = Vec::new();
    let endpoints = [
        endpoint(&scenario.source, &SYNC_SOURCE, v, &mut servers),
        endpoint(&scenario.destination, &SYNC_DESTINATION, v, &mut servers),
    ]
    .into_iter()
    .flatten()
    .collect();

    let pipe = scenario.sync_pipe.as_ref();
    let pipes: Vec<Command<'_>> = pipe
        .map(|pipe| {
            Builder::create(&SYNC_PIPE, v, &[&pipe.name])
                .set("sync-source", &scenario.source.name)
                .set("sync-destination", &scenario.destination.name)
                .build()
        })
        .into_iter()
        .collect();

    let dn_maps = scenario
        .dn_maps
        .iter()
        .map(|m| {
            Builder::create(&DN_MAP, v, &[&m.name])
                .set("from-dn-pattern", &m.from_pattern)
                .set("to-dn-pattern", &m.to_pattern)
                .build()
        })
        .collect();

    let mut mappings = Vec::with_capacity(scenario.attribute_map.mappings.len() + 1);
    mappings.push(Builder::create(&ATTRIBUTE_MAP, v, &[map]).build());
    for mapping in &scenario.attribute_map.mappings {
        mapping_commands(map, mapping, scenario, v, &mut mappings);
    }

    let classes = pipe
        .map(|pipe| class_commands(pipe, map, v))
        .unwrap_or_default();

    let mut password = Vec::new();
    if scenario.changelog_key_applies()
        && let Some(key) = &scenario.password.changelog_encryption_key
    {
        let builder = Builder::set_prop(&GLOBAL_SYNC_CONFIGURATION, v, &[]);
        password.push(
            match key {
                Secret::Placeholder(key) => builder.set("changelog-password-decryption-key", key),
                Secret::PassphraseProvider(provider) => builder.set(
                    "changelog-password-decryption-key-passphrase-provider",
                    provider,
                ),
            }
            .build(),
        );
    }

    let start = pipe
        .filter(|pipe| pipe.start)
        .map(|pipe| {
            Builder::set_prop(&SYNC_PIPE, v, &[&pipe.name])
                .set("started", "true")
                .build()
        })
        .into_iter()
        .collect();

    vec![
        Section {
            title: "External servers",
            commands: servers,
            needs: Vec::new(),
        },
        Section {
            title: "Sync source and destination",
            commands: endpoints,
            needs: Vec::new(),
        },
        Section {
            title: "Sync pipe",
            commands: pipes,
            // The pipe names both endpoints: those not created above must exist already.
            needs: prerequisite::existing(scenario),
        },
        // Before the mappings: a dn mapping's dn-map must exist when the mapping is created.
        Section {
            title: "DN maps",
            commands: dn_maps,
            needs: Vec::new(),
        },
        Section {
            title: "Attribute map and mappings",
            commands: mappings,
            needs: Vec::new(),
        },
        Section {
            title: "Sync class and JSON attributes",
            commands: classes,
            needs: Vec::new(),
        },
        Section {
            title: "Changelog password decryption key",
            commands: password,
            needs: Vec::new(),
        },
        Section {
            title: "Start the sync pipe",
            commands: start,
            needs: Vec::new(),
        },
    ]
}

/// The create command of a sync source or destination syncmap can generate, with its external
/// servers added to `servers`; `None` when it is not to be created here.
fn endpoint<'a, K: EndpointKind>(
    endpoint: &'a Endpoint<K>,
    object: &'static ObjectType,
    v: Version,
    servers: &mut Vec<Command<'a>>,
) -> Option<Command<'a>> {
    if !endpoint.create {
        return None;
    }
    let types = endpoint.kind.generated()?;
    if let Some(server_type) = types.external_server {
        servers.extend(
            endpoint
                .servers
                .iter()
                .map(|s| external_server(s, server_type, v)),
        );
    }
    let names: Vec<&str> = endpoint.servers.iter().map(|s| s.name.as_str()).collect();
    let builder = Builder::create(object, v, &[&endpoint.name])
        .kind(types.endpoint)
        .set_all("base-dn", &endpoint.base_dns)
        .set_all("server", &names);
    let is_source = object.name == SYNC_SOURCE.name;
    let builder = match &endpoint.ping_one {
        // Only a destination places new users in a population.
        Some(env) if is_source => ping_one_settings(builder, env),
        Some(env) => ping_one_settings(builder, env).set_some(
            "default-population-id",
            env.default_population_id.as_deref(),
        ),
        // A changelog source reads the changelog in batches, as Ping's generated files do.
        None if is_source && types.endpoint == "ping-identity" => {
            builder.set("use-changelog-batch-request", "true")
        }
        None => builder,
    };
    Some(builder.build())
}

fn external_server<'a>(server: &'a LdapServer, server_type: &'a str, v: Version) -> Command<'a> {
    let builder = Builder::create(&EXTERNAL_SERVER, v, &[&server.name])
        .kind(server_type)
        .set("server-host-name", &server.host)
        .set("server-port", &server.port.to_string())
        .set("bind-dn", &server.bind_dn);
    let builder = match &server.password {
        Secret::Placeholder(text) => builder.set("password", text),
        Secret::PassphraseProvider(name) => builder.set("passphrase-provider", name),
    };
    builder
        .set("connection-security", server.security.id())
        .build()
}

fn ping_one_settings<'a>(builder: Builder<'a>, env: &PingOneEnvironment) -> Builder<'a> {
    let builder = builder
        .set("api-url", &env.region.api_url())
        .set("auth-url", &env.region.auth_url(&env.environment_id))
        .set("environment-id", &env.environment_id)
        .set("oauth-client-id", &env.client_id);
    match &env.client_secret {
        Secret::Placeholder(text) => builder.set("oauth-client-secret", text),
        Secret::PassphraseProvider(name) => {
            builder.set("oauth-client-secret-passphrase-provider", name)
        }
    }
}

/// The commands that create `mapping`, added to `out` (no vector of its own: a scenario has
/// a thousand mappings).
fn mapping_commands<'a>(
    map: &'a str,
    mapping: &'a Mapping,
    scenario: &Scenario,
    v: Version,
    out: &mut Vec<Command<'a>>,
) {
    if let Mapping::Direct { from, to } = mapping {
        // Nothing to map from a source that has no passwords, or before one is named.
        let is_password = *to == scenario.destination.kind.facts().password_attribute;
        let unavailable =
            scenario.source.kind.facts().password_attribute == PasswordAttribute::Unavailable;
        if from.trim().is_empty() || (is_password && unavailable) {
            return;
        }
    }
    let create =
        Builder::create(&ATTRIBUTE_MAPPING, v, &[map, mapping.to()]).kind(mapping.type_name());
    match mapping {
        Mapping::Direct { from, .. } => out.push(create.set("from-attribute", from).build()),
        Mapping::Constructed {
            value_patterns,
            conditional_value_patterns,
            ..
        } => out.push(
            create
                .set_all("value-pattern", value_patterns)
                .set_all("conditional-value-pattern", conditional_value_patterns)
                .build(),
        ),
        Mapping::Dn { from, dn_maps, .. } => out.push(
            create
                .set("from-attribute", from)
                .set_all("dn-map", dn_maps)
                .build(),
        ),
        Mapping::Json { to, fields } => {
            out.push(create.build());
            for field in fields {
                out.push(
                    Builder::create(&JSON_ATTRIBUTE_MAPPING_FIELD, v, &[map, to, &field.name])
                        .set_some("from-attribute", field.from.as_deref())
                        .set_some("value-pattern", field.value_pattern.as_deref())
                        .set("json-type", &field.json_type)
                        .build(),
                );
            }
        }
    }
}

fn class_commands<'a>(pipe: &'a SyncPipe, map: &'a str, v: Version) -> Vec<Command<'a>> {
    let class = &pipe.class;
    let renames = class.allow_destination_renames.map(|b| b.to_string());
    let order = class.evaluation_order.map(|n| n.to_string());
    let mut commands = vec![
        Builder::create(&SYNC_CLASS, v, &[&pipe.name, &class.name])
            .set_some("evaluation-order-index", order.as_deref())
            .set_all("include-base-dn", &class.base_dns)
            .set_all("include-filter", &class.filters)
            .set("attribute-map", map)
            .set_all("dn-map", &class.dn_maps)
            .set_all(
                "auto-mapped-source-attribute",
                &class.auto_mapped_source_attributes,
            )
            .set_all(
                "destination-correlation-attributes",
                &class.destination_correlation_attributes,
            )
            .set_some("allow-destination-renames", renames.as_deref())
            .build(),
    ];
    for attribute in &class.json_attributes {
        commands.push(
            Builder::create(
                &JSON_ATTRIBUTE,
                v,
                &[&pipe.name, &class.name, &attribute.name],
            )
            .set_all("include-field", &attribute.include_fields)
            .build(),
        );
    }
    commands
}

/// Undoes [`apply`]: stop the pipe, then delete what was created, children before parents.
fn rollback(scenario: &Scenario) -> Vec<Section<'_>> {
    let v = scenario.target_version;
    let map = scenario.attribute_map.name.as_str();
    let mut stop = Vec::new();
    let mut classes = Vec::new();
    if let Some(pipe) = &scenario.sync_pipe {
        if pipe.start {
            stop.push(
                Builder::set_prop(&SYNC_PIPE, v, &[&pipe.name])
                    .set("started", "false")
                    .build(),
            );
        }
        let class = &pipe.class;
        for attribute in class.json_attributes.iter().rev() {
            classes.push(
                Builder::delete(
                    &JSON_ATTRIBUTE,
                    v,
                    &[&pipe.name, &class.name, &attribute.name],
                )
                .build(),
            );
        }
        classes.push(Builder::delete(&SYNC_CLASS, v, &[&pipe.name, &class.name]).build());
    }
    let mut password = Vec::new();
    if scenario.changelog_key_applies()
        && let Some(key) = &scenario.password.changelog_encryption_key
    {
        let builder = Builder::set_prop(&GLOBAL_SYNC_CONFIGURATION, v, &[]);
        password.push(
            match key {
                Secret::Placeholder(key) => {
                    builder.remove("changelog-password-decryption-key", key)
                }
                Secret::PassphraseProvider(provider) => builder.remove(
                    "changelog-password-decryption-key-passphrase-provider",
                    provider,
                ),
            }
            .build(),
        );
    }
    let mut created = Vec::with_capacity(scenario.attribute_map.mappings.len());
    for mapping in &scenario.attribute_map.mappings {
        mapping_commands(map, mapping, scenario, v, &mut created);
    }
    let mut mappings = Vec::with_capacity(created.len() + 1);
    // Every created mapping and field, deleted in reverse: fields before their mapping. The
    // naming values move over from the create commands.
    for command in created.into_iter().rev() {
        let object = if command.subcommand == JSON_ATTRIBUTE_MAPPING_FIELD.subcommands.create {
            &JSON_ATTRIBUTE_MAPPING_FIELD
        } else {
            &ATTRIBUTE_MAPPING
        };
        let names = command
            .options
            .into_iter()
            .filter(|o| object.naming.contains(&o.flag.as_ref()))
            .filter_map(|o| o.value);
        mappings.push(Builder::delete_named(object, v, names).build());
    }
    mappings.push(Builder::delete(&ATTRIBUTE_MAP, v, &[map]).build());
    let dn_maps = scenario
        .dn_maps
        .iter()
        .rev()
        .map(|m| Builder::delete(&DN_MAP, v, &[&m.name]).build())
        .collect();
    let pipes = scenario
        .sync_pipe
        .iter()
        .map(|pipe| Builder::delete(&SYNC_PIPE, v, &[&pipe.name]).build())
        .collect();
    let mut servers = Vec::new();
    let endpoints = [
        endpoint_deletes(&scenario.destination, &SYNC_DESTINATION, v, &mut servers),
        endpoint_deletes(&scenario.source, &SYNC_SOURCE, v, &mut servers),
    ]
    .into_iter()
    .flatten()
    .collect();
    vec![
        Section {
            title: "Stop the sync pipe",
            commands: stop,
            needs: Vec::new(),
        },
        Section {
            title: "Sync class and JSON attributes",
            commands: classes,
            needs: Vec::new(),
        },
        Section {
            title: "Changelog password decryption key",
            commands: password,
            needs: Vec::new(),
        },
        Section {
            title: "Attribute mappings and map",
            commands: mappings,
            needs: Vec::new(),
        },
        Section {
            title: "DN maps",
            commands: dn_maps,
            needs: Vec::new(),
        },
        Section {
            title: "Sync pipe",
            commands: pipes,
            needs: Vec::new(),
        },
        Section {
            title: "Sync source and destination",
            commands: endpoints,
            needs: Vec::new(),
        },
        Section {
            title: "External servers",
            commands: servers,
            needs: Vec::new(),
        },
    ]
}

/// The delete command of an endpoint [`endpoint`] creates, with its external servers' deletes
/// added to `servers` in reverse order.
fn endpoint_deletes<'a, K: EndpointKind>(
    endpoint: &'a Endpoint<K>,
    object: &'static ObjectType,
    v: Version,
    servers: &mut Vec<Command<'a>>,
) -> Option<Command<'a>> {
    if !endpoint.create {
        return None;
    }
    let types = endpoint.kind.generated()?;
    if types.external_server.is_some() {
        servers.extend(
            endpoint
                .servers
                .iter()
                .rev()
                .map(|s| Builder::delete(&EXTERNAL_SERVER, v, &[&s.name]).build()),
        );
    }
    Some(Builder::delete(object, v, &[&endpoint.name]).build())
}

/// What the source PingDirectory needs before passwords flow: the changelog, and with a shared
/// key, the Changelog Password Encryption plugin (REFERENCE.md §3.2).
fn prerequisites(scenario: &Scenario) -> Vec<Section<'_>> {
    let v = scenario.target_version;
    if !scenario.changelog_key_applies() {
        return Vec::new();
    }
    let changelog = vec![
        Builder::set_prop(&BACKEND, v, &["changelog"])
            .set("enabled", "true")
            .build(),
    ];
    let plugin = scenario
        .password
        .changelog_encryption_key
        .as_ref()
        .map(|key| {
            let builder = Builder::set_prop(&PLUGIN, v, &["Changelog Password Encryption"])
                .set("enabled", "true");
            match key {
                Secret::Placeholder(key) => builder.set("changelog-password-encryption-key", key),
                Secret::PassphraseProvider(provider) => builder.set(
                    "changelog-password-encryption-key-passphrase-provider",
                    provider,
                ),
            }
            .build()
        })
        .into_iter()
        .collect();
    vec![
        Section {
            title: "Changelog backend",
            commands: changelog,
            needs: Vec::new(),
        },
        Section {
            title: "Changelog Password Encryption plugin",
            commands: plugin,
            needs: Vec::new(),
        },
    ]
}

/// Whether the scenario maps a password that the source can give.
pub fn has_password_mapping(scenario: &Scenario) -> bool {
    scenario.source.kind.facts().password_attribute != PasswordAttribute::Unavailable
        && scenario.password_mapping().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::{DestinationKind, SourceKind};

    fn lines(scenario: &Scenario, script: Script) -> Vec<String> {
        commands(scenario, script)
            .iter()
            .map(|c| c.argv().join(" "))
            .collect()
    }

    #[test]
    fn password_mapping_follows_the_map() {
        let scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        assert_eq!(
            lines(&scenario, Script::Apply),
            [
                "dsconfig create-attribute-map --map-name PingDirectory_to_PingOne_User_Map",
                "dsconfig create-attribute-mapping --map-name PingDirectory_to_PingOne_User_Map \
                 --mapping-name password --type direct --set from-attribute:userPassword",
            ]
        );
        assert_eq!(
            lines(&scenario, Script::Rollback),
            [
                "dsconfig delete-attribute-mapping --map-name PingDirectory_to_PingOne_User_Map \
                 --mapping-name password",
                "dsconfig delete-attribute-map --map-name PingDirectory_to_PingOne_User_Map",
            ]
        );
    }

    #[test]
    fn no_password_mapping_from_pingone_or_without_an_attribute() {
        let mut scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        scenario.source.kind = SourceKind::PingOne;
        assert_eq!(commands(&scenario, Script::Apply).len(), 1);
        assert_eq!(
            commands(
                &Scenario::new(SourceKind::Rdbms, DestinationKind::PingOne),
                Script::Apply
            )
            .len(),
            1
        );
    }

    #[test]
    fn connection_options_come_first_and_never_hold_a_password() {
        let mut scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        scenario.connection.hostname = Some("sync.example.com".into());
        scenario.connection.bind_password_file = Some("/run/pw".into());
        let first = &lines(&scenario, Script::Apply)[0];
        assert!(
            first.starts_with("dsconfig --no-prompt --hostname sync.example.com --bindPasswordFile /run/pw create-attribute-map"),
            "{first}"
        );
        assert!(!first.contains("--bindPassword "));
    }
}
