//! Ready-made scenarios: Ping's documented setups, complete enough to apply once the
//! placeholders are filled in.

use crate::endpoint::{DestinationKind, SourceKind};
use crate::scenario::*;
use crate::version::Version;

/// A named, ready-made scenario.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// The identifier used on the command line and in URLs.
    pub name: &'static str,
    /// The name a person reads, such as "IBM Directory to PingOne".
    pub title: &'static str,
    /// One line on what it sets up.
    pub summary: &'static str,
    build: fn() -> Scenario,
}

impl Preset {
    /// The preset's scenario.
    pub fn scenario(&self) -> Scenario {
        (self.build)()
    }
}

const PRESETS: &[Preset] = &[
    Preset {
        name: "pingdirectory-to-pingone",
        title: "PingDirectory to PingOne",
        summary: "PingDirectory users, with passwords, to PingOne: the full user map",
        build: pingdirectory_to_pingone,
    },
    Preset {
        name: "ibm-directory-to-pingone",
        title: "IBM Security Directory to PingOne",
        summary: "IBM Security / Tivoli Directory users to PingOne; passwords from userPassword;binary",
        build: ibm_directory_to_pingone,
    },
    Preset {
        name: "rdbms-to-pingone",
        title: "Database (RDBMS) to PingOne",
        summary: "A database's users to PingOne; passwords from a column of hashed values (dbPassword)",
        build: rdbms_to_pingone,
    },
    Preset {
        name: "active-directory-to-pingone",
        title: "Active Directory to PingOne",
        summary: "Active Directory users to PingOne; passwords through the Password Sync Agent",
        build: active_directory_to_pingone,
    },
    Preset {
        name: "pingone-to-pingdirectory",
        title: "PingOne to PingDirectory",
        summary: "PingOne users to PingDirectory, without passwords: PingDataSync cannot read them from PingOne",
        build: pingone_to_pingdirectory,
    },
    Preset {
        name: "pingdirectory-to-pingdirectory",
        title: "PingDirectory to PingDirectory",
        summary: "One PingDirectory to another, with passwords and a DN map",
        build: pingdirectory_to_pingdirectory,
    },
];

/// Every preset.
pub fn all() -> &'static [Preset] {
    PRESETS
}

/// The preset called `name`.
pub fn find(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|preset| preset.name == name)
}

/// The PingDirectory to PingOne preset grown to `mappings` attribute mappings (direct,
/// constructed with JSON, conditional and DN mappings in turn): the workload of the
/// benchmarks, which have to show validation plus rendering keeps up with every keystroke.
pub fn synthetic(mappings: usize) -> Scenario {
    let mut scenario = pingdirectory_to_pingone();
    scenario.dn_maps.push(DnMap {
        name: "people".into(),
        from_pattern: "**,ou=people,dc=example,dc=com".into(),
        to_pattern: "{1},ou=people,o=example".into(),
    });
    let base = scenario.attribute_map.mappings.len();
    for i in base..mappings {
        let to = format!("custom{i}");
        scenario.attribute_map.mappings.push(match i % 4 {
            0 => direct(&to, &format!("attr{i}")),
            1 => constructed(
                &to,
                &format!(r#"{{{{"v":"{{attr{i}:jsonEscape}}","n":{i}}}}}"#),
            ),
            2 => Mapping::Constructed {
                to,
                value_patterns: vec![format!("{{attr{i}}}")],
                conditional_value_patterns: vec![format!("(departmentNumber={i}):{{attr{i}}}-{i}")],
            },
            _ => Mapping::Dn {
                to,
                from: "manager".into(),
                dn_maps: vec!["people".into()],
            },
        });
    }
    scenario
}

fn placeholder(name: &str) -> Secret {
    Secret::Placeholder(format!("<{name}>"))
}

fn direct(to: &str, from: &str) -> Mapping {
    Mapping::Direct {
        to: to.into(),
        from: from.into(),
    }
}

fn constructed(to: &str, pattern: &str) -> Mapping {
    Mapping::Constructed {
        to: to.into(),
        value_patterns: vec![pattern.into()],
        conditional_value_patterns: Vec::new(),
    }
}

fn ldap_server(name: &str, host: &str) -> LdapServer {
    LdapServer {
        name: name.into(),
        host: host.into(),
        port: 636,
        security: ConnectionSecurity::Ssl,
        bind_dn: "cn=Sync User,cn=Root DNs,cn=config".into(),
        password: placeholder("SYNC_USER_PASSWORD"),
    }
}

fn ping_one_environment() -> PingOneEnvironment {
    PingOneEnvironment {
        region: Region::NorthAmerica,
        environment_id: "<ENVIRONMENT_ID>".into(),
        client_id: "<CLIENT_ID>".into(),
        client_secret: placeholder("CLIENT_SECRET"),
        default_population_id: Some("<POPULATION_ID>".into()),
    }
}

/// The PingOne user map of REFERENCE.md §5, with `from` attributes per source.
fn pingone_user_map(source: SourceKind, username: &str, external_id: Option<&str>) -> Vec<Mapping> {
    let mut mappings = vec![
        constructed("resourceType", "user"),
        direct("username", username),
        direct("email", "mail"),
        constructed(
            "name",
            r#"{{"given":"{givenName:jsonEscape}","family":"{sn:jsonEscape}"}}"#,
        ),
    ];
    mappings.extend(external_id.map(|from| direct("externalId", from)));
    mappings.push(direct("password", source.default_password_attribute()));
    mappings
}

fn pingone_pipe(name: &str, correlation: &str, filter: &str) -> SyncPipe {
    SyncPipe {
        name: name.into(),
        start: false,
        class: SyncClass {
            name: "Users".into(),
            evaluation_order: None,
            base_dns: Vec::new(),
            filters: vec![filter.into()],
            auto_mapped_source_attributes: vec!["-none-".into()],
            destination_correlation_attributes: vec![correlation.into()],
            allow_destination_renames: Some(false),
            dn_maps: Vec::new(),
            json_attributes: vec![JsonAttribute {
                name: "name".into(),
                include_fields: Vec::new(),
            }],
        },
    }
}

fn to_pingone(
    source: SourceKind,
    username: &str,
    external_id: Option<&str>,
    filter: &str,
) -> Scenario {
    let mut scenario = Scenario::new(source, DestinationKind::PingOne);
    scenario.attribute_map.mappings = pingone_user_map(source, username, external_id);
    scenario.destination.name = "PingOne".into();
    scenario.destination.create = true;
    scenario.destination.ping_one = Some(ping_one_environment());
    let correlation = if external_id.is_some() {
        "externalId"
    } else {
        "username"
    };
    let pipe_name = format!("{}_to_PingOne", source.facts().map_prefix);
    scenario.sync_pipe = Some(pingone_pipe(&pipe_name, correlation, filter));
    scenario
}

fn pingdirectory_to_pingone() -> Scenario {
    let mut scenario = to_pingone(
        SourceKind::PingDirectory,
        "uid",
        Some("entryUUID"),
        "(objectClass=inetOrgPerson)",
    );
    scenario.source.name = "PingDirectory".into();
    scenario.source.create = true;
    scenario.source.base_dns = vec!["dc=example,dc=com".into()];
    scenario.source.servers = vec![ldap_server("pingdirectory", "pingdirectory.example.com")];
    scenario.password = PasswordSync {
        storage_scheme: Some("salted-sha256".into()),
        changelog_encryption_key: Some(placeholder("CHANGELOG_ENCRYPTION_KEY")),
    };
    scenario
}

fn ibm_directory_to_pingone() -> Scenario {
    let mut scenario = to_pingone(
        SourceKind::IbmDirectory,
        "uid",
        None,
        "(objectClass=inetOrgPerson)",
    );
    scenario.source.name = "IBM_Directory".into();
    scenario
}

fn rdbms_to_pingone() -> Scenario {
    let mut scenario = to_pingone(SourceKind::Rdbms, "uid", None, "(objectClass=*)");
    scenario.source.name = "Generic_RDBMS".into();
    // The seed's example column.
    if let Some(Mapping::Direct { from, .. }) = scenario.attribute_map.mappings.last_mut() {
        *from = "dbPassword".into();
    }
    scenario
}

fn active_directory_to_pingone() -> Scenario {
    let mut scenario = to_pingone(
        SourceKind::ActiveDirectory,
        "sAMAccountName",
        Some("objectGUID"),
        "(&(objectClass=user)(!(objectClass=computer)))",
    );
    scenario.source.name = "Active_Directory".into();
    scenario.password.storage_scheme = Some("salted-sha256".into());
    scenario
}

fn pingone_to_pingdirectory() -> Scenario {
    let mut scenario = Scenario::new(SourceKind::PingOne, DestinationKind::PingDirectory);
    scenario.source.name = "PingOne".into();
    scenario.source.create = true;
    scenario.source.ping_one = Some(PingOneEnvironment {
        default_population_id: None,
        ..ping_one_environment()
    });
    scenario.destination.name = "PingDirectory".into();
    scenario.destination.create = true;
    scenario.destination.base_dns = vec!["ou=people,dc=example,dc=com".into()];
    scenario.destination.servers = vec![ldap_server("pingdirectory", "pingdirectory.example.com")];
    // PingOne fields are read with dotted paths (REFERENCE.md §5).
    scenario.attribute_map.mappings = vec![
        direct("uid", "username"),
        direct("mail", "email"),
        constructed("givenName", "{name.given}"),
        constructed("sn", "{name.family}"),
        constructed("cn", "{name.given} {name.family}"),
    ];
    scenario.sync_pipe = Some(SyncPipe {
        name: "PingOne_to_PingDirectory".into(),
        start: false,
        class: SyncClass {
            name: "Users".into(),
            evaluation_order: None,
            base_dns: Vec::new(),
            filters: Vec::new(),
            auto_mapped_source_attributes: vec!["-none-".into()],
            destination_correlation_attributes: vec!["uid".into()],
            allow_destination_renames: None,
            dn_maps: Vec::new(),
            json_attributes: Vec::new(),
        },
    });
    scenario
}

fn pingdirectory_to_pingdirectory() -> Scenario {
    let mut scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingDirectory);
    scenario.target_version = Version::DEFAULT;
    scenario.source.name = "Source_PingDirectory".into();
    scenario.source.create = true;
    scenario.source.base_dns = vec!["ou=source,dc=example,dc=com".into()];
    scenario.source.servers = vec![ldap_server("source-pd", "source.example.com")];
    scenario.destination.name = "Destination_PingDirectory".into();
    scenario.destination.create = true;
    scenario.destination.base_dns = vec!["ou=destination,dc=example,dc=com".into()];
    scenario.destination.servers = vec![ldap_server("destination-pd", "destination.example.com")];
    scenario.dn_maps = vec![DnMap {
        name: "source_to_destination".into(),
        from_pattern: "**,ou=source,dc=example,dc=com".into(),
        to_pattern: "{1},ou=destination,dc=example,dc=com".into(),
    }];
    scenario.attribute_map.mappings = vec![
        direct("uid", "uid"),
        direct("cn", "cn"),
        direct("sn", "sn"),
        direct("givenName", "givenName"),
        direct("mail", "mail"),
        Mapping::Dn {
            to: "manager".into(),
            from: "manager".into(),
            dn_maps: vec!["source_to_destination".into()],
        },
        direct("userPassword", "userPassword"),
    ];
    scenario.password.changelog_encryption_key = Some(placeholder("CHANGELOG_ENCRYPTION_KEY"));
    scenario.sync_pipe = Some(SyncPipe {
        name: "PingDirectory_to_PingDirectory".into(),
        start: false,
        class: SyncClass {
            name: "Users".into(),
            evaluation_order: None,
            base_dns: vec!["ou=source,dc=example,dc=com".into()],
            filters: vec!["(objectClass=inetOrgPerson)".into()],
            auto_mapped_source_attributes: vec!["-none-".into()],
            destination_correlation_attributes: vec!["dn,uid".into(), "uid".into()],
            allow_destination_renames: None,
            dn_maps: vec!["source_to_destination".into()],
            json_attributes: Vec::new(),
        },
    });
    scenario
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Script, commands};

    #[test]
    fn names_are_unique_and_found() {
        for preset in all() {
            assert_eq!(find(preset.name).map(|p| p.name), Some(preset.name));
        }
        assert!(find("nope").is_none());
    }

    #[test]
    fn titles_are_readable_and_distinct() {
        let titles: std::collections::BTreeSet<_> = all().iter().map(|p| p.title).collect();
        assert_eq!(titles.len(), all().len());
        for preset in all() {
            assert!(preset.title.contains(" to "), "{}", preset.title);
            assert_ne!(preset.title, preset.name);
        }
    }

    /// The commands of "Syncing passwords to PingOne", character for character.
    #[test]
    fn seed_presets_give_the_documented_commands() {
        let cases = [
            (
                "pingdirectory-to-pingone",
                "dsconfig create-attribute-mapping --map-name PingDirectory_to_PingOne_User_Map \
                 --mapping-name password --type direct --set from-attribute:userPassword",
            ),
            (
                "rdbms-to-pingone",
                "dsconfig create-attribute-mapping --map-name Generic_RDBMS_to_PingOne_User_Map \
                 --mapping-name password --type direct --set from-attribute:dbPassword",
            ),
        ];
        for (name, seed) in cases {
            let scenario = find(name).unwrap().scenario();
            let lines: Vec<String> = commands(&scenario, Script::Apply)
                .iter()
                .map(|c| c.argv().join(" "))
                .collect();
            assert!(lines.iter().any(|l| l == seed), "{name}: {lines:#?}");
        }
    }

    #[test]
    fn presets_have_no_errors() {
        for preset in all() {
            let errors: Vec<_> = crate::validate(&preset.scenario())
                .into_iter()
                .filter(|d| d.severity == crate::Severity::Error)
                .collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", preset.name);
        }
    }
}
