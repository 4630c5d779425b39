//! Properties over arbitrary scenarios: validation and rendering never panic, whatever the
//! input, and every output is deterministic.

use proptest::prelude::*;
use syncmap_core::endpoint::{DestinationKind, SourceKind};
use syncmap_core::plan::Script;
use syncmap_core::scenario::*;
use syncmap_core::{Format, Options, Version, render_with, validate};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9_;.-]{0,12}",
        "\\PC{0,16}",
        ".{0,8}",
        Just("{{\"id\":\"{uid}\"}}".to_owned()),
        Just("(objectClass=*)".to_owned()),
        Just("**,ou=x,dc=y".to_owned()),
        Just("{1},ou=z".to_owned()),
        Just("<SECRET>".to_owned()),
    ]
}

fn secret() -> impl Strategy<Value = Secret> {
    prop_oneof![
        text().prop_map(Secret::Placeholder),
        text().prop_map(Secret::PassphraseProvider)
    ]
}

fn environment() -> impl Strategy<Value = PingOneEnvironment> {
    (
        prop::sample::select(Region::ALL.to_vec()),
        text(),
        text(),
        secret(),
        prop::option::of(text()),
    )
        .prop_map(
            |(region, environment_id, client_id, client_secret, default_population_id)| {
                PingOneEnvironment {
                    region,
                    environment_id,
                    client_id,
                    client_secret,
                    default_population_id,
                }
            },
        )
}

fn server() -> impl Strategy<Value = LdapServer> {
    (text(), text(), any::<u16>(), text(), secret()).prop_map(
        |(name, host, port, bind_dn, password)| LdapServer {
            name,
            host,
            port,
            security: ConnectionSecurity::Ssl,
            bind_dn,
            password,
        },
    )
}

fn mapping() -> impl Strategy<Value = Mapping> {
    let names = prop_oneof![
        text(),
        prop::sample::select(vec![
            "password",
            "resourceType",
            "username",
            "email",
            "name",
            "population",
            "userName"
        ])
        .prop_map(str::to_owned),
    ];
    (
        names,
        text(),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(text(), 0..2),
        0..4u8,
    )
        .prop_map(|(to, from, patterns, more, kind)| match kind {
            0 => Mapping::Direct { to, from },
            1 => Mapping::Constructed {
                to,
                value_patterns: patterns,
                conditional_value_patterns: more,
            },
            2 => Mapping::Dn {
                to,
                from,
                dn_maps: patterns,
            },
            _ => Mapping::Json {
                to,
                fields: patterns
                    .into_iter()
                    .map(|name| JsonField {
                        name,
                        from: Some(from.clone()),
                        value_pattern: more.first().cloned(),
                        json_type: "string".into(),
                    })
                    .collect(),
            },
        })
}

fn class() -> impl Strategy<Value = SyncClass> {
    (
        text(),
        prop::option::of(any::<u32>()),
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(text(), 0..2),
        prop::option::of(any::<bool>()),
        prop::collection::vec(text(), 0..2),
    )
        .prop_map(
            |(name, evaluation_order, base_dns, filters, auto, renames, json)| SyncClass {
                name,
                evaluation_order,
                base_dns,
                filters,
                auto_mapped_source_attributes: auto.clone(),
                destination_correlation_attributes: auto,
                allow_destination_renames: renames,
                dn_maps: json.clone(),
                json_attributes: json
                    .into_iter()
                    .map(|name| JsonAttribute {
                        name,
                        include_fields: vec![],
                    })
                    .collect(),
            },
        )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        (
            prop::sample::select(SourceKind::EVERY.to_vec()),
            prop::sample::select(DestinationKind::EVERY.to_vec()),
        ),
        (any::<u8>(), any::<u8>()),
        (
            any::<bool>(),
            any::<bool>(),
            prop::collection::vec(server(), 0..2),
            prop::option::of(environment()),
        ),
        (text(), prop::collection::vec(mapping(), 0..6)),
        prop::collection::vec((text(), text(), text()), 0..2),
        prop::option::of((text(), any::<bool>(), class())),
        (prop::option::of(text()), prop::option::of(secret())),
        (
            prop::option::of(text()),
            prop::option::of(any::<u16>()),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(kinds, version, endpoints, map, dn_maps, pipe, password, connection)| {
                let mut scenario = Scenario::new(kinds.0, kinds.1);
                scenario.target_version = Version::new(version.0 % 14, version.1 % 4);
                scenario.source.create = endpoints.0;
                scenario.destination.create = endpoints.1;
                scenario.source.servers = endpoints.2.clone();
                scenario.destination.servers = endpoints.2;
                scenario.source.ping_one = endpoints.3.clone();
                scenario.destination.ping_one = endpoints.3;
                scenario.attribute_map.name = map.0;
                scenario.attribute_map.mappings.extend(map.1);
                scenario.dn_maps = dn_maps
                    .into_iter()
                    .map(|(name, from_pattern, to_pattern)| DnMap {
                        name,
                        from_pattern,
                        to_pattern,
                    })
                    .collect();
                scenario.sync_pipe =
                    pipe.map(|(name, start, class)| SyncPipe { name, start, class });
                scenario.password = PasswordSync {
                    storage_scheme: password.0,
                    changelog_encryption_key: password.1,
                };
                scenario.connection = Connection {
                    hostname: connection.0,
                    port: connection.1,
                    use_ssl: connection.2,
                    ..Connection::default()
                };
                scenario
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn validation_and_rendering_never_panic(scenario in scenario()) {
        let first = validate(&scenario);
        prop_assert_eq!(&first, &validate(&scenario), "validation is deterministic");
        for format in Format::ALL {
            for script in Script::ALL {
                let options = Options { format, script, date: Some("today".into()) };
                let text = render_with(&scenario, &options);
                prop_assert_eq!(&text, &render_with(&scenario, &options));
            }
        }
    }

    #[test]
    fn permalinks_round_trip_without_secrets(scenario in scenario()) {
        let link = syncmap_core::permalink::encode(&scenario);
        let back = syncmap_core::permalink::decode(&link).unwrap();
        prop_assert_eq!(back, syncmap_core::permalink::without_secrets(&scenario));
    }

    #[test]
    fn damaged_permalinks_never_panic(text in "\\PC{0,40}") {
        let _ = syncmap_core::permalink::decode(&text);
        let _ = syncmap_core::permalink::decode(&format!("1.{text}"));
    }

    #[test]
    fn scenario_json_round_trips(scenario in scenario()) {
        // serde writes, `scenario::read` reads: this keeps the two in step.
        let json = syncmap_core::scenario::to_json(&scenario);
        let back = syncmap_core::scenario::from_json(&json).unwrap();
        prop_assert_eq!(back, scenario);
    }

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,200}") {
        let _ = syncmap_core::scenario::from_json(&text);
    }
}
