//! One input that fires each rule and one close to it that does not, for every rule.

use super::validate;
use crate::diagnostic::Severity;
use crate::endpoint::{DestinationKind, SourceKind};
use crate::presets;
use crate::rules;
use crate::scenario::*;
use crate::version::Version;

fn codes(scenario: &Scenario) -> Vec<&'static str> {
    validate(scenario).into_iter().map(|d| d.code).collect()
}

/// The full PingDirectory to PingOne preset: clean of errors, a good base to break.
fn p1() -> Scenario {
    presets::find("pingdirectory-to-pingone")
        .unwrap()
        .scenario()
}

fn pd_to_pd() -> Scenario {
    presets::find("pingdirectory-to-pingdirectory")
        .unwrap()
        .scenario()
}

fn with(mut scenario: Scenario, change: impl FnOnce(&mut Scenario)) -> Scenario {
    change(&mut scenario);
    scenario
}

fn mapping_mut<'a>(scenario: &'a mut Scenario, to: &str) -> &'a mut Mapping {
    scenario
        .attribute_map
        .mappings
        .iter_mut()
        .find(|m| m.to() == to)
        .unwrap()
}

fn set_from(scenario: &mut Scenario, to: &str, value: &str) {
    if let Mapping::Direct { from, .. } = mapping_mut(scenario, to) {
        *from = value.into();
    }
}

fn remove(scenario: &mut Scenario, to: &str) {
    scenario.attribute_map.mappings.retain(|m| m.to() != to);
}

fn constructed(to: &str, pattern: &str) -> Mapping {
    Mapping::Constructed {
        to: to.into(),
        value_patterns: vec![pattern.into()],
        conditional_value_patterns: vec![],
    }
}

fn conditional(to: &str, pattern: &str) -> Mapping {
    Mapping::Constructed {
        to: to.into(),
        value_patterns: vec![],
        conditional_value_patterns: vec![pattern.into()],
    }
}

fn class(scenario: &mut Scenario) -> &mut SyncClass {
    &mut scenario.sync_pipe.as_mut().unwrap().class
}

type Case = (&'static str, Scenario, Scenario);

fn cases() -> Vec<Case> {
    vec![
        (
            "target-version-unsupported",
            with(p1(), |s| s.target_version = Version::new(10, 4)),
            with(p1(), |s| s.target_version = Version::new(10, 3)),
        ),
        (
            "property-not-in-version",
            with(p1(), |s| {
                s.target_version = Version::new(7, 3);
                s.destination.ping_one.as_mut().unwrap().client_secret =
                    Secret::PassphraseProvider("PingOne Secret".into());
            }),
            with(p1(), |s| s.target_version = Version::new(7, 3)),
        ),
        (
            "password-from-pingone",
            with(p1(), |s| s.source.kind = SourceKind::PingOne),
            p1(),
        ),
        (
            "password-attribute-missing",
            with(presets::find("rdbms-to-pingone").unwrap().scenario(), |s| {
                set_from(s, "password", " ")
            }),
            presets::find("rdbms-to-pingone").unwrap().scenario(),
        ),
        (
            "rdbms-password-hashing",
            presets::find("rdbms-to-pingone").unwrap().scenario(),
            with(presets::find("rdbms-to-pingone").unwrap().scenario(), |s| {
                remove(s, "password")
            }),
        ),
        (
            "ibm-password-binary",
            with(
                presets::find("ibm-directory-to-pingone")
                    .unwrap()
                    .scenario(),
                |s| set_from(s, "password", "userpassword"),
            ),
            presets::find("ibm-directory-to-pingone")
                .unwrap()
                .scenario(),
        ),
        (
            "active-directory-password-sync-agent",
            presets::find("active-directory-to-pingone")
                .unwrap()
                .scenario(),
            with(
                presets::find("active-directory-to-pingone")
                    .unwrap()
                    .scenario(),
                |s| remove(s, "password"),
            ),
        ),
        (
            "password-changelog-encryption",
            with(p1(), |s| s.password.changelog_encryption_key = None),
            p1(),
        ),
        (
            "password-sensitive-attribute",
            p1(),
            with(p1(), |s| remove(s, "password")),
        ),
        (
            "password-scheme-pingone",
            with(p1(), |s| {
                s.password.storage_scheme = Some("aes-256".into());
                s.password.changelog_encryption_key = None;
            }),
            with(p1(), |s| s.password.storage_scheme = Some("aes-256".into())),
        ),
        (
            "password-scheme-unknown",
            with(p1(), |s| s.password.storage_scheme = Some("sha-256".into())),
            with(p1(), |s| {
                s.password.storage_scheme = Some("salted-sha512".into())
            }),
        ),
        (
            "password-resync",
            p1(),
            with(p1(), |s| remove(s, "password")),
        ),
        (
            "pingone-resource-type-missing",
            with(p1(), |s| remove(s, "resourceType")),
            p1(),
        ),
        (
            "pingone-resource-type-recommended",
            with(p1(), |s| {
                remove(s, "resourceType");
                s.target_version = Version::new(9, 0);
            }),
            with(p1(), |s| remove(s, "resourceType")),
        ),
        (
            "pingone-resource-type-invalid",
            with(p1(), |s| {
                *mapping_mut(s, "resourceType") = Mapping::Direct {
                    to: "resourceType".into(),
                    from: "objectClass".into(),
                }
            }),
            p1(),
        ),
        (
            "pingone-username-missing",
            with(p1(), |s| remove(s, "username")),
            p1(),
        ),
        (
            "pingone-email-missing",
            with(p1(), |s| remove(s, "email")),
            p1(),
        ),
        (
            "pingone-population-missing",
            with(p1(), |s| {
                s.destination
                    .ping_one
                    .as_mut()
                    .unwrap()
                    .default_population_id = None
            }),
            with(p1(), |s| {
                s.destination
                    .ping_one
                    .as_mut()
                    .unwrap()
                    .default_population_id = None;
                s.attribute_map.mappings.push(Mapping::Constructed {
                    to: "population".into(),
                    value_patterns: vec![r#"{{"id":"<POPULATION_ID>"}}"#.into()],
                    conditional_value_patterns: vec![],
                });
                class(s).json_attributes.push(JsonAttribute {
                    name: "population".into(),
                    include_fields: vec!["id".into()],
                });
            }),
        ),
        (
            "pingone-attribute-case",
            with(p1(), |s| {
                if let Mapping::Direct { to, .. } = mapping_mut(s, "username") {
                    *to = "userName".into()
                }
            }),
            p1(),
        ),
        (
            "pingone-attribute-unknown",
            with(p1(), |s| {
                s.attribute_map.mappings.push(Mapping::Direct {
                    to: "emial".into(),
                    from: "mail".into(),
                })
            }),
            with(p1(), |s| {
                s.attribute_map.mappings.push(Mapping::Direct {
                    to: "title".into(),
                    from: "title".into(),
                })
            }),
        ),
        (
            "pingone-attribute-read-only",
            with(p1(), |s| {
                s.attribute_map.mappings.push(Mapping::Direct {
                    to: "lifecycle".into(),
                    from: "x".into(),
                })
            }),
            p1(),
        ),
        (
            "pingone-json-attribute-direct",
            with(p1(), |s| {
                *mapping_mut(s, "name") = Mapping::Direct {
                    to: "name".into(),
                    from: "cn".into(),
                }
            }),
            p1(),
        ),
        (
            "pingone-json-attribute-direct-source-unknown",
            with(p1(), |s| {
                *mapping_mut(s, "name") = Mapping::Direct {
                    to: "name".into(),
                    from: "fullNameJSON".into(),
                }
            }),
            with(p1(), |s| {
                s.source.kind = SourceKind::PingOne;
                *mapping_mut(s, "name") = Mapping::Direct {
                    to: "name".into(),
                    from: "name".into(),
                }
            }),
        ),
        (
            "pingone-json-attribute-missing",
            with(p1(), |s| class(s).json_attributes.clear()),
            p1(),
        ),
        (
            "pingone-allow-destination-renames",
            with(p1(), |s| class(s).allow_destination_renames = Some(true)),
            p1(),
        ),
        (
            "pingone-allow-destination-renames-unset",
            with(p1(), |s| class(s).allow_destination_renames = None),
            p1(),
        ),
        (
            "pingone-auto-mapped-source-attribute",
            with(p1(), |s| class(s).auto_mapped_source_attributes.clear()),
            p1(),
        ),
        (
            "pingone-correlation-missing",
            with(p1(), |s| {
                class(s).destination_correlation_attributes.clear()
            }),
            p1(),
        ),
        (
            "pingone-environment-missing",
            with(p1(), |s| s.destination.ping_one = None),
            p1(),
        ),
        (
            "endpoint-not-generated",
            with(
                presets::find("ibm-directory-to-pingone")
                    .unwrap()
                    .scenario(),
                |s| s.source.create = true,
            ),
            presets::find("ibm-directory-to-pingone")
                .unwrap()
                .scenario(),
        ),
        (
            "endpoint-servers-missing",
            with(p1(), |s| s.source.servers.clear()),
            p1(),
        ),
        (
            "secret-not-placeholder",
            with(p1(), |s| {
                s.destination.ping_one.as_mut().unwrap().client_secret =
                    Secret::Placeholder("s3cr3t".into())
            }),
            with(p1(), |s| {
                s.destination.ping_one.as_mut().unwrap().client_secret =
                    Secret::Placeholder("${CLIENT_SECRET}".into())
            }),
        ),
        (
            "mapping-duplicate-destination",
            with(p1(), |s| {
                s.attribute_map.mappings.push(Mapping::Direct {
                    to: "Email".into(),
                    from: "mail".into(),
                })
            }),
            p1(),
        ),
        (
            "mapping-empty",
            with(p1(), |s| {
                s.attribute_map.mappings.push(Mapping::Constructed {
                    to: "title".into(),
                    value_patterns: vec![],
                    conditional_value_patterns: vec![],
                })
            }),
            p1(),
        ),
        (
            "json-field-type",
            with(p1(), |s| {
                *mapping_mut(s, "name") = Mapping::Json {
                    to: "name".into(),
                    fields: vec![JsonField {
                        name: "given".into(),
                        from: Some("givenName".into()),
                        value_pattern: None,
                        json_type: "text".into(),
                    }],
                }
            }),
            with(p1(), |s| {
                *mapping_mut(s, "name") = Mapping::Json {
                    to: "name".into(),
                    fields: vec![JsonField {
                        name: "given".into(),
                        from: Some("givenName".into()),
                        value_pattern: None,
                        json_type: "string".into(),
                    }],
                }
            }),
        ),
        (
            "dn-map-undefined",
            with(pd_to_pd(), |s| class(s).dn_maps = vec!["nope".into()]),
            pd_to_pd(),
        ),
        (
            "value-pattern-syntax",
            with(p1(), |s| {
                s.attribute_map
                    .mappings
                    .push(constructed("title", "{title"))
            }),
            with(p1(), |s| {
                s.attribute_map
                    .mappings
                    .push(constructed("title", "{title}"))
            }),
        ),
        (
            "value-pattern-json",
            with(p1(), |s| {
                *mapping_mut(s, "name") = constructed("name", r#"{{"given":{givenName}}}"#)
            }),
            with(p1(), |s| {
                *mapping_mut(s, "name") =
                    constructed("name", r#"{{"given":"{givenName:jsonEscape}"}}"#)
            }),
        ),
        (
            "conditional-value-pattern-syntax",
            with(p1(), |s| {
                s.attribute_map
                    .mappings
                    .push(conditional("title", "(departmentNumber=1:{title}"))
            }),
            with(p1(), |s| {
                s.attribute_map
                    .mappings
                    .push(conditional("title", "(departmentNumber=1):{title}"))
            }),
        ),
        (
            "ldap-filter-syntax",
            with(p1(), |s| {
                class(s).filters = vec!["(objectClass=inetOrgPerson".into()]
            }),
            p1(),
        ),
        (
            "dn-pattern-syntax",
            with(pd_to_pd(), |s| {
                s.dn_maps[0].to_pattern = "{2},ou=destination,dc=example,dc=com".into()
            }),
            pd_to_pd(),
        ),
        (
            "pattern-suspicious",
            with(p1(), |s| {
                class(s).filters = vec!["objectClass=inetOrgPerson".into()]
            }),
            p1(),
        ),
        (
            "attribute-name-syntax",
            with(p1(), |s| set_from(s, "email", "e_mail")),
            p1(),
        ),
        (
            "endpoint-kind-unknown",
            with(p1(), |s| s.destination.kind = DestinationKind::Unknown),
            p1(),
        ),
        (
            "name-missing",
            with(p1(), |s| s.attribute_map.name.clear()),
            p1(),
        ),
        (
            "name-control-character",
            with(p1(), |s| s.attribute_map.name = "a\nb".into()),
            with(p1(), |s| s.attribute_map.name = "a b".into()),
        ),
        (
            "name-leading-dash",
            with(p1(), |s| s.attribute_map.name = "-Map".into()),
            with(p1(), |s| s.attribute_map.name = "Map-".into()),
        ),
        (
            "name-whitespace",
            with(p1(), |s| s.attribute_map.name = "Map ".into()),
            with(p1(), |s| s.attribute_map.name = "My Map".into()),
        ),
        (
            "connection-cmd-unsafe",
            with(p1(), |s| {
                s.connection.bind_dn = Some("cn=R&D,dc=example".into())
            }),
            with(p1(), |s| {
                s.connection.bind_dn = Some("cn=Directory Manager".into());
                s.connection.hostname = Some("ds.example.com".into());
                s.connection.bind_password_file = Some(r"C:\Program Files (x86)\pw.txt".into());
            }),
        ),
    ]
}

/// The connection check names the option's field, the character, and the way round it.
#[test]
fn connection_options_cmd_cannot_pass_are_reported_at_their_field() {
    let scenario = with(presets::all()[0].scenario(), |s| {
        s.connection.hostname = Some("ds%COMPUTERNAME%".into());
        s.connection.bind_password_file = Some(r"C:\secrets\".into());
    });
    let found: Vec<_> = validate(&scenario)
        .into_iter()
        .filter(|d| d.code == "connection-cmd-unsafe")
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].path, "/connection/hostname");
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(
        found[0].message.starts_with("--hostname holds '%'"),
        "{}",
        found[0].message
    );
    assert_eq!(found[1].path, "/connection/bind_password_file");
    assert!(
        found[1].message.contains("ends with a backslash"),
        "{}",
        found[1].message
    );
    assert!(
        found[1]
            .hint
            .as_deref()
            .unwrap()
            .contains(r"config\tools.properties"),
        "{found:?}"
    );
}

#[test]
fn each_rule_fires_and_stays_quiet() {
    let cases = cases();
    for (code, fires, quiet) in &cases {
        assert!(
            codes(fires).contains(code),
            "{code} should fire; got {:?}",
            codes(fires)
        );
        assert!(
            !codes(quiet).contains(code),
            "{code} should not fire; got {:?}",
            codes(quiet)
        );
    }
    for rule in rules::SCENARIO {
        assert!(
            cases.iter().any(|(code, ..)| *code == rule.code),
            "rule {} has no row in this table",
            rule.code
        );
    }
}

/// The groups [`rules::NEED_SOURCE_KIND`] and [`rules::NEED_DESTINATION_KIND`] name the
/// rules that do not run while a kind is unknown: each row that fires one of them stops firing
/// it once the kind is unknown, and the finding of the unknown kind says so.
#[test]
fn an_unknown_kind_stops_exactly_the_rules_it_says() {
    let in_groups = |groups: &[rules::Group], code: &str| {
        groups
            .iter()
            .any(|g| g.rules.iter().any(|r| r.code == code))
    };
    let mut stopped = [0, 0];
    for (code, fires, _) in cases() {
        let unknown_source = with(fires.clone(), |s| s.source.kind = SourceKind::Unknown);
        let unknown_destination = with(fires.clone(), |s| {
            s.destination.kind = DestinationKind::Unknown
        });
        for (i, (scenario, groups, path)) in [
            (unknown_source, rules::NEED_SOURCE_KIND, "/source/kind"),
            (
                unknown_destination,
                rules::NEED_DESTINATION_KIND,
                "/destination/kind",
            ),
        ]
        .into_iter()
        .enumerate()
        {
            let found = validate(&scenario);
            let said = found
                .iter()
                .find(|d| d.code == "endpoint-kind-unknown" && d.path == path)
                .unwrap_or_else(|| panic!("{path} unknown is not said: {found:?}"));
            for group in groups {
                assert!(said.message.contains(group.name), "{}", said.message);
            }
            if in_groups(groups, code) {
                assert!(
                    !found.iter().any(|d| d.code == code),
                    "{code} still fires with {path} unknown"
                );
                stopped[i] += 1;
            }
        }
    }
    // The table has rows for most of each group's rules.
    assert!(stopped[0] >= 8 && stopped[1] >= 20, "{stopped:?}");
}

#[test]
fn choosing_the_kind_runs_the_rules_again() {
    let mut scenario = with(p1(), |s| {
        s.attribute_map
            .mappings
            .retain(|m| m.to() != "resourceType");
        s.destination.kind = DestinationKind::Unknown;
    });
    assert!(!codes(&scenario).contains(&"pingone-resource-type-missing"));
    scenario.change_destination(DestinationKind::PingOne);
    let found = codes(&scenario);
    assert!(
        found.contains(&"pingone-resource-type-missing"),
        "{found:?}"
    );
    assert!(!found.contains(&"endpoint-kind-unknown"), "{found:?}");
}

#[test]
fn findings_carry_severity_path_and_documentation() {
    let scenario = with(presets::find("rdbms-to-pingone").unwrap().scenario(), |s| {
        set_from(s, "password", "");
        s.attribute_map.name.clear();
    });
    let diagnostics = validate(&scenario);
    let missing = diagnostics
        .iter()
        .find(|d| d.code == "password-attribute-missing")
        .unwrap();
    assert_eq!(missing.severity, Severity::Error);
    let index = scenario
        .attribute_map
        .mappings
        .iter()
        .position(|m| m.to() == "password")
        .unwrap();
    assert_eq!(
        missing.path,
        format!("/attribute_map/mappings/{index}/from")
    );
    let name = diagnostics
        .iter()
        .find(|d| d.code == "name-missing")
        .unwrap();
    assert_eq!(name.path, "/attribute_map/name");
    assert!(
        diagnostics
            .iter()
            .all(|d| d.doc_url.starts_with("https://"))
    );
}

#[test]
fn a_pingone_source_is_one_password_error_on_the_source() {
    let mut scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingDirectory);
    scenario.source.kind = SourceKind::PingOne;
    let errors: Vec<_> = validate(&scenario)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].code, "password-from-pingone");
    assert_eq!(errors[0].path, "/source/kind");
}

#[test]
fn secrets_never_appear_in_messages() {
    let scenario = with(p1(), |s| {
        s.destination.ping_one.as_mut().unwrap().client_secret =
            Secret::Placeholder("hunter2-very-secret".into());
    });
    for d in validate(&scenario) {
        assert!(!d.message.contains("hunter2"), "{d:?}");
        assert!(!d.hint.unwrap_or_default().contains("hunter2"));
    }
}

/// The linter remembers clean pattern texts from one scenario to the next: it must find exactly
/// what checking each scenario afresh finds, a bad pattern each time it occurs included.
#[test]
fn remembered_clean_patterns_find_the_same() {
    let bad_value = "{givenName";
    let bad_condition = "{givenName} ??";
    let scenarios = [
        p1(),
        pd_to_pd(),
        // Clean and bad patterns, each twice in one scenario and again in the next ones, and a
        // JSON-valued destination attribute beside a plain one with the same text.
        with(p1(), |s| {
            s.attribute_map.mappings.extend([
                constructed("title", "{givenName} {sn}"),
                constructed("nickName", "{givenName} {sn}"),
                constructed("address", "{givenName} {sn}"),
                constructed("displayName", bad_value),
                constructed("preferredLanguage", bad_value),
                conditional("locale", bad_condition),
                conditional("timezone", bad_condition),
            ]);
        }),
        with(pd_to_pd(), |s| {
            s.attribute_map.mappings.extend([
                constructed("cn", bad_value),
                conditional("sn", bad_condition),
            ]);
            if let Some(pipe) = &mut s.sync_pipe {
                pipe.class.filters = vec!["(objectClass=person)".into(), "(cn=a".into()];
            }
        }),
        with(pd_to_pd(), |s| {
            if let Some(pipe) = &mut s.sync_pipe {
                pipe.class.filters = vec!["(cn=a".into(), "(objectClass=person)".into()];
            }
        }),
    ];
    let mut clean = super::KnownClean::default();
    let mut fired = Vec::new();
    for scenario in &scenarios {
        let afresh = super::validate_with(scenario, false, &mut (), super::Rules::All);
        let remembered = super::validate_with(scenario, false, &mut clean, super::Rules::All);
        assert_eq!(remembered, afresh);
        fired.extend(afresh.into_iter().map(|d| d.code));
    }
    // The bad patterns were found each time, and the clean ones were remembered.
    for rule in [
        &rules::VALUE_PATTERN_SYNTAX,
        &rules::CONDITIONAL_PATTERN_SYNTAX,
        &rules::LDAP_FILTER_SYNTAX,
    ] {
        assert!(
            fired.iter().filter(|&&c| c == rule.code).count() >= 2,
            "{}: {fired:?}",
            rule.code
        );
    }
    use super::patterns::{CleanPatterns, Kind};
    assert!(clean.is_clean(Kind::Value, "{givenName} {sn}"));
    assert!(clean.is_clean(Kind::Filter, "(objectClass=person)"));
    assert!(fired.contains(&rules::VALUE_PATTERN_JSON.code), "{fired:?}");
    assert!(!clean.is_clean(Kind::JsonValue, "{givenName} {sn}"));
    assert!(!clean.is_clean(Kind::Value, bad_value));
    assert!(!clean.is_clean(Kind::Filter, "(cn=a"));
}

#[test]
fn the_rules_of_the_class_are_the_ones_about_the_pipe_the_class_and_its_dn_maps() {
    // What the linter checks for each class beyond the first of a pipe and map: every finding
    // of all the rules under the pipe or the DN maps, and no other.
    let broken_class = |mut s: Scenario| {
        if let Some(pipe) = &mut s.sync_pipe {
            pipe.name = " pipe".into();
            pipe.class.name = "-class".into();
            pipe.class.filters = vec!["(cn=a".into(), "(ok=\u{7}yes)".into()];
            pipe.class.base_dns = vec!["dc=a\u{1}".into()];
            pipe.class.dn_maps = vec!["missing".into(), "d".into()];
            pipe.class.json_attributes.clear();
            pipe.class.allow_destination_renames = Some(true);
        }
        s.dn_maps.push(DnMap {
            name: "d".into(),
            from_pattern: "{1".into(),
            to_pattern: "\u{2}".into(),
        });
        s
    };
    let scenarios: Vec<Scenario> = presets::all()
        .iter()
        .map(|preset| preset.scenario())
        .chain([broken_class(p1()), broken_class(pd_to_pd())])
        .chain([with(p1(), |s| {
            // A JSON-valued attribute from a direct mapping, with no JSON attribute for it.
            s.attribute_map.mappings.push(Mapping::Direct {
                to: "address".into(),
                from: "street".into(),
            });
        })])
        .collect();
    let mut fired = 0;
    for scenario in &scenarios {
        let all = super::validate_with(scenario, false, &mut (), super::Rules::All);
        let of_class: Vec<_> = all
            .into_iter()
            .filter(|d| d.path.starts_with("/sync_pipe") || d.path.starts_with("/dn_maps"))
            .collect();
        let rules = super::validate_with(scenario, false, &mut (), super::Rules::OfClass);
        assert_eq!(rules, of_class, "{}", scenario.attribute_map.name);
        fired += rules.len();
    }
    assert!(fired > 10, "{fired}");
}

/// `diagnostics` with each mapping's index in its path replaced by the attribute it writes, so
/// that findings about scenarios with different lists of mappings compare.
fn by_mapping(scenario: &Scenario, diagnostics: Vec<crate::Diagnostic>) -> Vec<(String, String)> {
    let head = "/attribute_map/mappings/";
    diagnostics
        .into_iter()
        .map(|d| {
            let path = match d.path.strip_prefix(head) {
                Some(rest) => {
                    let (index, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
                    let to = index
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| scenario.attribute_map.mappings.get(i))
                        .map_or("?", Mapping::to);
                    format!("{head}{to}{tail}")
                }
                None => d.path,
            };
            (path, d.message)
        })
        .collect()
}

#[test]
fn the_rules_but_the_maps_look_at_the_first_mapping_to_a_few_attributes_only() {
    // What the linter checks for the first class of a map between another source and
    // destination: the same on a map of only the first mapping to each attribute that
    // `looked_at_beyond_map` names.
    let scenarios: Vec<Scenario> = presets::all()
        .iter()
        .map(|preset| preset.scenario())
        .chain([
            with(p1(), |s| {
                // Twice the attributes the rules look for, and a wrong resourceType first.
                let mut again = s.attribute_map.mappings.clone();
                s.attribute_map.mappings.insert(
                    0,
                    Mapping::Direct {
                        to: "resourceType".into(),
                        from: "objectClass".into(),
                    },
                );
                s.attribute_map.mappings.append(&mut again);
                s.attribute_map.mappings.retain(|m| m.to() != "email");
            }),
            with(pd_to_pd(), |s| {
                s.source.kind = SourceKind::IbmDirectory;
                mapping_mut(s, "userPassword");
            }),
        ])
        .collect();
    for scenario in &scenarios {
        let kind = scenario.destination.kind;
        let mut seen: Vec<String> = Vec::new();
        let reduced = with(scenario.clone(), |s| {
            s.attribute_map.mappings.retain(|m| {
                let first = !seen.iter().any(|to| to == m.to());
                if first {
                    seen.push(m.to().to_owned());
                }
                first && super::looked_at_beyond_map(m.to(), kind)
            });
        });
        let rules = super::Rules::AllButMap;
        let whole = super::validate_with(scenario, false, &mut (), rules);
        let few = super::validate_with(&reduced, false, &mut (), rules);
        assert_eq!(
            by_mapping(&reduced, few),
            by_mapping(scenario, whole.clone()),
            "{}",
            scenario.attribute_map.name
        );
        // And they are some of all the rules' findings.
        let all = super::validate_with(scenario, false, &mut (), super::Rules::All);
        assert!(whole.iter().all(|d| all.contains(d)), "{whole:#?}");
    }
}

/// The changelog key and the storage scheme are PingDirectory's: from another source they
/// change no command and no check, so the editor hides them (`changelog_key_applies`,
/// `storage_scheme_applies`).
#[test]
fn the_changelog_key_and_storage_scheme_count_only_from_pingdirectory() {
    use crate::plan::{self, Script};
    let commands = |s: &Scenario, script| -> String {
        plan::commands(s, script)
            .iter()
            .map(|c| format!("{c:?}"))
            .collect()
    };
    let mut scenario = with(p1(), |s| {
        s.password.changelog_encryption_key = Some(Secret::Placeholder("real-key".into()));
        s.password.storage_scheme = Some("sha-256".into());
    });
    assert!(scenario.changelog_key_applies() && scenario.storage_scheme_applies());
    assert!(commands(&scenario, Script::Apply).contains("changelog-password-decryption-key"));
    let found = codes(&scenario);
    assert!(found.contains(&"password-scheme-unknown"), "{found:?}");
    assert!(found.contains(&"secret-not-placeholder"), "{found:?}");

    for source in [
        SourceKind::IbmDirectory,
        SourceKind::OtherLdap,
        SourceKind::ActiveDirectory,
        SourceKind::Rdbms,
    ] {
        scenario.change_source(source);
        assert!(!scenario.changelog_key_applies() && !scenario.storage_scheme_applies());
        for script in Script::ALL {
            assert!(
                !commands(&scenario, script).contains("changelog-password"),
                "{source:?} {script:?}"
            );
        }
        let found = codes(&scenario);
        assert!(
            !found.contains(&"password-scheme-unknown")
                && !found.contains(&"secret-not-placeholder"),
            "{source:?}: {found:?}"
        );
    }
}

#[test]
fn every_known_release_is_accepted_and_nothing_else() {
    for release in crate::version::RELEASES {
        let scenario = with(p1(), |s| s.target_version = *release);
        assert!(
            !codes(&scenario).contains(&"target-version-unsupported"),
            "{release}"
        );
    }
    // Between known releases (no 7.1, no 10.4), after the newest and before the oldest.
    for (major, minor) in [(7, 1), (10, 4), (11, 2), (12, 0), (6, 2), (8, 9)] {
        let scenario = with(p1(), |s| s.target_version = Version::new(major, minor));
        let found: Vec<_> = validate(&scenario)
            .into_iter()
            .filter(|d| d.code == "target-version-unsupported")
            .collect();
        assert_eq!(found.len(), 1, "{major}.{minor}: {found:?}");
        let diagnostic = &found[0];
        assert_eq!(diagnostic.severity, Severity::Error);
        assert_eq!(diagnostic.path, "/target_version");
        assert!(
            diagnostic.message.starts_with(&format!(
                "PingDataSync {major}.{minor} is not a release syncmap knows: choose one of 11.1, \
                 11.0, 10.3,"
            )),
            "{}",
            diagnostic.message
        );
        assert!(
            diagnostic.message.ends_with("7.3, 7.2, 7.0"),
            "{}",
            diagnostic.message
        );
    }
}

#[test]
fn an_unknown_version_in_json_or_a_permalink_reads_and_is_an_error_in_the_checks() {
    let unknown = with(p1(), |s| s.target_version = Version::new(10, 4));
    // The scenario's JSON keeps the version as written: never replaced by a known one.
    let json = crate::scenario::to_json(&unknown);
    assert!(json.contains(r#""target_version":"10.4""#), "{json}");
    let read = crate::scenario::from_json(&json).unwrap();
    assert_eq!(read.target_version, Version::new(10, 4));
    assert!(codes(&read).contains(&"target-version-unsupported"));
    // A patch level reads as its release line, which is known.
    let patched = json.replace("\"10.4\"", "\"9.3.0.1\"");
    let read = crate::scenario::from_json(&patched).unwrap();
    assert_eq!(read.target_version, Version::new(9, 3));
    assert!(!codes(&read).contains(&"target-version-unsupported"));
    // The same through a permalink.
    let link = crate::permalink::encode(&unknown);
    let decoded = crate::permalink::decode(&link).unwrap();
    assert_eq!(decoded.target_version, Version::new(10, 4));
    assert!(codes(&decoded).contains(&"target-version-unsupported"));
}

/// A map no pipe uses has neither end named: one finding for the map, naming every group of
/// rules that did not run, not one per end.
#[test]
fn a_map_without_a_pipe_gets_one_finding_for_both_unknown_ends() {
    let scenario = with(p1(), |s| {
        s.source = Endpoint::existing(SourceKind::Unknown, "");
        s.destination = Endpoint::existing(DestinationKind::Unknown, "");
    });
    let found = validate(&scenario);
    let unknown: Vec<_> = found
        .iter()
        .filter(|d| d.code == "endpoint-kind-unknown")
        .collect();
    assert_eq!(unknown.len(), 1, "{found:?}");
    assert_eq!(unknown[0].path, "/destination/kind");
    for group in rules::NEED_DESTINATION_KIND
        .iter()
        .chain(rules::NEED_SOURCE_KIND)
    {
        assert!(
            unknown[0].message.contains(group.name),
            "{}",
            unknown[0].message
        );
    }
}

#[test]
fn a_generated_property_outside_its_pages_is_an_error_and_where_they_are_silent_a_warning() {
    use crate::catalog::objects::SYNC_DESTINATION;
    let proxy = "http-proxy-external-server";
    // 8.3.0.3's page lacks it, 9.2.0.0's has it, and no 9.1 page is on record.
    let at = |major, minor| {
        super::version_diagnostic(&SYNC_DESTINATION, proxy, Version::new(major, minor))
    };
    let absent = at(8, 3).unwrap();
    assert_eq!(absent.code, "property-not-in-version");
    assert!(absent.message.contains("from 9.2 on"), "{}", absent.message);
    let unconfirmed = at(9, 1).unwrap();
    assert_eq!(unconfirmed.code, "property-version-unconfirmed");
    assert_eq!(unconfirmed.severity, crate::diagnostic::Severity::Warning);
    assert!(at(9, 2).is_none());
    assert!(at(11, 1).is_none());
}

/// The severities of a rule's findings, in `scenario`.
fn severities(scenario: &Scenario, code: &str) -> Vec<Severity> {
    validate(scenario)
        .into_iter()
        .filter(|d| d.code == code)
        .map(|d| d.severity)
        .collect()
}

/// The 9.1 guide is the first to require a resourceType mapping: an error from 9.1, a warning
/// before, never both.
#[test]
fn resource_type_is_required_from_9_1_and_recommended_before() {
    for (major, minor, required) in [(8, 3, false), (9, 0, false), (9, 1, true), (10, 2, true)] {
        let scenario = with(p1(), |s| {
            remove(s, "resourceType");
            s.target_version = Version::new(major, minor);
        });
        let missing = severities(&scenario, "pingone-resource-type-missing");
        let recommended = severities(&scenario, "pingone-resource-type-recommended");
        if required {
            assert_eq!(missing, [Severity::Error], "{major}.{minor}");
            assert!(recommended.is_empty(), "{major}.{minor}");
        } else {
            assert_eq!(recommended, [Severity::Warning], "{major}.{minor}");
            assert!(missing.is_empty(), "{major}.{minor}");
        }
        let message = &validate(&scenario)
            .into_iter()
            .find(|d| d.code.starts_with("pingone-resource-type"))
            .unwrap()
            .message;
        assert!(message.contains("resourceType"), "{message}");
        assert_eq!(
            message.contains("9.1 and later require"),
            !required,
            "{major}.{minor}: {message}"
        );
    }
}

/// A direct mapping to a JSON-valued PingOne attribute: fine from a source attribute that holds
/// JSON, an error from one syncmap knows holds none, a warning from one it cannot tell.
#[test]
fn a_direct_mapping_to_a_json_attribute_needs_a_json_source() {
    let direct = |source: SourceKind, from: &str| {
        with(p1(), |s| {
            s.source.kind = source;
            *mapping_mut(s, "name") = Mapping::Direct {
                to: "name".into(),
                from: from.into(),
            };
        })
    };
    let json_findings = |scenario: &Scenario| -> Vec<(&'static str, Severity)> {
        validate(scenario)
            .into_iter()
            .filter(|d| d.code.starts_with("pingone-json-attribute"))
            .map(|d| (d.code, d.severity))
            .collect()
    };
    // PingOne's own name, read from a PingOne source, is JSON: copied whole, nothing to say,
    // not even of the class's json-attribute.
    let from_pingone = with(direct(SourceKind::PingOne, "name"), |s| {
        class(s).json_attributes.clear()
    });
    assert_eq!(json_findings(&from_pingone), []);
    // A string attribute: an error at the mapping's type.
    let from_cn = direct(SourceKind::PingDirectory, "cn");
    assert_eq!(
        json_findings(&from_cn),
        [("pingone-json-attribute-direct", Severity::Error)]
    );
    let finding = validate(&from_cn)
        .into_iter()
        .find(|d| d.code == "pingone-json-attribute-direct")
        .unwrap();
    let index = from_cn
        .attribute_map
        .mappings
        .iter()
        .position(|m| m.to() == "name")
        .unwrap();
    assert_eq!(
        finding.path,
        format!("/attribute_map/mappings/{index}/type")
    );
    assert!(
        finding.message.contains("copies cn unchanged"),
        "{}",
        finding.message
    );
    // PingOne's title is a string too.
    assert_eq!(
        json_findings(&direct(SourceKind::PingOne, "title")),
        [("pingone-json-attribute-direct", Severity::Error)]
    );
    // A DN mapping writes DNs.
    let dn = with(p1(), |s| {
        *mapping_mut(s, "name") = Mapping::Dn {
            to: "name".into(),
            from: "manager".into(),
            dn_maps: Vec::new(),
        }
    });
    assert_eq!(
        json_findings(&dn),
        [("pingone-json-attribute-direct", Severity::Error)]
    );
    // An attribute syncmap does not know may hold JSON: a warning that says so.
    let unknown = direct(SourceKind::PingDirectory, "ubidNameJSON");
    assert_eq!(
        json_findings(&unknown),
        [(
            "pingone-json-attribute-direct-source-unknown",
            Severity::Warning
        )]
    );
    assert!(
        validate(&unknown)
            .iter()
            .any(|d| d.message.contains("works only if ubidNameJSON holds JSON")),
        "{:?}",
        validate(&unknown)
    );
}

/// The class needs a json-attribute for a JSON-valued PingOne attribute only when a mapping
/// writes some of its fields: then the others would be lost.
#[test]
fn a_json_attribute_is_asked_for_only_to_keep_fields_a_mapping_does_not_write() {
    let missing = |scenario: &Scenario| {
        validate(scenario)
            .into_iter()
            .filter(|d| d.code == "pingone-json-attribute-missing")
            .collect::<Vec<_>>()
    };
    // The preset's name writes given and family, and the class has a json-attribute for it.
    assert!(missing(&p1()).is_empty());
    // Without it: a warning naming the fields that would be lost, on the class.
    let without = with(p1(), |s| class(s).json_attributes.clear());
    let found = missing(&without);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].path, "/sync_pipe/class/json_attributes");
    assert!(
        found[0]
            .message
            .contains("middle, formatted, honorificPrefix, honorificSuffix"),
        "{}",
        found[0].message
    );
    // A population mapping that writes its only field, id: nothing to keep.
    let population = with(p1(), |s| {
        s.attribute_map
            .mappings
            .push(constructed("population", r#"{{"id":"<POPULATION_ID>"}}"#));
    });
    assert!(
        missing(&population).is_empty(),
        "{:?}",
        missing(&population)
    );
    // A json mapping writing every field of photo: nothing to keep either; writing one of
    // address's: the rest.
    let json = |to: &str, fields: &[&str]| Mapping::Json {
        to: to.into(),
        fields: fields
            .iter()
            .map(|f| JsonField {
                name: (*f).into(),
                from: Some("cn".into()),
                value_pattern: None,
                json_type: "string".into(),
            })
            .collect(),
    };
    let photo = with(p1(), |s| {
        s.attribute_map.mappings.push(json("photo", &["href"]))
    });
    assert!(missing(&photo).is_empty());
    let address = with(p1(), |s| {
        s.attribute_map
            .mappings
            .push(json("address", &["streetAddress"]))
    });
    let found = missing(&address);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("address"), "{}", found[0].message);
    // A pattern that builds no object is its own rule's finding, not this one's.
    let broken = with(without.clone(), |s| {
        *mapping_mut(s, "name") = constructed("name", "{givenName} {sn}")
    });
    assert!(missing(&broken).is_empty());
    assert!(codes(&broken).contains(&"value-pattern-json"));
}
