//! Change scripts, proved through the import: the old configuration's apply script followed by
//! the change script reads back as the new configuration, the reverse script gives the old one
//! again, and a configuration changed into itself needs no command.

mod support;

use proptest::prelude::*;
use syncmap_core::lint::{Input, read_scenarios};
use syncmap_core::scenario::{DnMap, Mapping, Scenario};
use syncmap_core::{Format, Options, Version, change, presets, render, render_change};

/// What a batch file cannot carry, made equal on both sides (as the round-trip tests do): the
/// kinds of endpoints the file does not create, facts only the scenario holds, mappings with
/// nothing to map, and the target version, which the import infers from property names.
fn comparable(mut scenario: Scenario) -> Scenario {
    scenario.target_version = Version::DEFAULT;
    let mut scenario = support::comparable(scenario);
    // The server keeps no order among an object's children (the mappings of a map) or among
    // DN maps: the import reads them in the order the files create them, and a change script
    // creates new ones after the old.
    scenario
        .attribute_map
        .mappings
        .sort_by_key(|m| m.to().to_ascii_lowercase());
    for mapping in &mut scenario.attribute_map.mappings {
        if let Mapping::Json { fields, .. } = mapping {
            fields.sort_by_key(|f| f.name.to_ascii_lowercase());
        }
    }
    scenario
        .dn_maps
        .sort_by_key(|m| m.name.to_ascii_lowercase());
    if let Some(pipe) = &mut scenario.sync_pipe {
        pipe.class
            .json_attributes
            .sort_by_key(|a| a.name.to_ascii_lowercase());
    }
    scenario
}

/// The one scenario read from `first` then `then`, two batch files.
fn read_back(first: &str, then: &str) -> Scenario {
    let read = read_scenarios(&[
        Input {
            name: "apply.dsconfig",
            text: first,
        },
        Input {
            name: "change.dsconfig",
            text: then,
        },
    ]);
    assert_eq!(read.scenarios.len(), 1, "{first}\n{then}");
    read.scenarios.into_iter().next().unwrap()
}

/// One random edit of a scenario.
#[derive(Clone, Debug)]
enum Edit {
    RemoveMapping(usize),
    AddMapping(u8),
    SwapMappings(usize, usize),
    ValuePattern(usize, u8),
    ReversePatterns(usize),
    Filter(u8),
    ReverseFilters,
    AddDnMap(u8),
    DnMapPattern(usize, u8),
    RemoveDnMap(usize),
    RenameMap(u8),
    RenamePipe(u8),
    SourceBaseDn(u8),
    DestinationBaseDn(u8),
    ServerHost(u8),
    Population(u8),
    Version(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = 0usize..12;
    let n = 0u8..6;
    prop_oneof![
        i.clone().prop_map(Edit::RemoveMapping),
        n.clone().prop_map(Edit::AddMapping),
        (i.clone(), i.clone()).prop_map(|(a, b)| Edit::SwapMappings(a, b)),
        (i.clone(), n.clone()).prop_map(|(a, b)| Edit::ValuePattern(a, b)),
        i.clone().prop_map(Edit::ReversePatterns),
        n.clone().prop_map(Edit::Filter),
        Just(Edit::ReverseFilters),
        n.clone().prop_map(Edit::AddDnMap),
        (i.clone(), n.clone()).prop_map(|(a, b)| Edit::DnMapPattern(a, b)),
        i.clone().prop_map(Edit::RemoveDnMap),
        n.clone().prop_map(Edit::RenameMap),
        n.clone().prop_map(Edit::RenamePipe),
        n.clone().prop_map(Edit::SourceBaseDn),
        n.clone().prop_map(Edit::DestinationBaseDn),
        n.clone().prop_map(Edit::ServerHost),
        n.clone().prop_map(Edit::Population),
        (0..syncmap_core::version::RELEASES.len()).prop_map(Edit::Version),
    ]
}

fn apply_edit(s: &mut Scenario, edit: &Edit) {
    let mappings = &mut s.attribute_map.mappings;
    let len = mappings.len().max(1);
    match *edit {
        Edit::RemoveMapping(i) if !mappings.is_empty() => {
            mappings.remove(i % len);
        }
        Edit::AddMapping(n) => {
            let to = format!("added{n}");
            if !mappings.iter().any(|m| m.to().eq_ignore_ascii_case(&to)) {
                mappings.push(Mapping::Direct {
                    to,
                    from: format!("source{n}"),
                });
            }
        }
        Edit::SwapMappings(a, b) if !mappings.is_empty() => mappings.swap(a % len, b % len),
        Edit::ValuePattern(i, n) if !mappings.is_empty() => {
            let value = format!("{{givenName}} {n}");
            match &mut mappings[i % len] {
                Mapping::Constructed { value_patterns, .. } if n % 2 == 0 => {
                    value_patterns.push(value)
                }
                Mapping::Constructed { value_patterns, .. } => *value_patterns = vec![value],
                other => {
                    *other = Mapping::Constructed {
                        to: other.to().to_owned(),
                        value_patterns: vec![value],
                        conditional_value_patterns: Vec::new(),
                    }
                }
            }
        }
        Edit::ReversePatterns(i) if !mappings.is_empty() => {
            if let Mapping::Constructed { value_patterns, .. } = &mut mappings[i % len] {
                value_patterns.push("{sn}".into());
                value_patterns.reverse();
            }
        }
        Edit::Filter(n) => {
            if let Some(pipe) = &mut s.sync_pipe {
                let filter = format!("(objectClass=class{n})");
                if n % 2 == 0 || pipe.class.filters.is_empty() {
                    pipe.class.filters.push(filter);
                } else {
                    pipe.class.filters = vec![filter];
                }
            }
        }
        Edit::ReverseFilters => {
            if let Some(pipe) = &mut s.sync_pipe {
                pipe.class.filters.push("(objectClass=person)".into());
                pipe.class.filters.reverse();
                pipe.class.filters.dedup();
            }
        }
        Edit::AddDnMap(n) => {
            let name = format!("dnmap{n}");
            if !s.dn_maps.iter().any(|m| m.name == name) {
                s.dn_maps.push(DnMap {
                    name,
                    from_pattern: "*,ou=people,dc=example,dc=com".into(),
                    to_pattern: format!("{{1}},ou=users{n},dc=example,dc=com"),
                });
            }
        }
        Edit::DnMapPattern(i, n) if !s.dn_maps.is_empty() => {
            let at = i % s.dn_maps.len();
            s.dn_maps[at].to_pattern = format!("{{1}},ou=moved{n},dc=example,dc=com");
        }
        Edit::RemoveDnMap(i) if !s.dn_maps.is_empty() => {
            // Only a map no mapping or class uses.
            let at = i % s.dn_maps.len();
            let name = s.dn_maps[at].name.clone();
            let used = s
                .attribute_map
                .mappings
                .iter()
                .any(|m| matches!(m, Mapping::Dn { dn_maps, .. } if dn_maps.contains(&name)))
                || s.sync_pipe
                    .as_ref()
                    .is_some_and(|p| p.class.dn_maps.contains(&name));
            if !used {
                s.dn_maps.remove(at);
            }
        }
        Edit::RenameMap(n) => s.attribute_map.name = format!("Map {n}"),
        Edit::RenamePipe(n) => {
            if let Some(pipe) = &mut s.sync_pipe {
                pipe.name = format!("Pipe {n}");
            }
        }
        Edit::SourceBaseDn(n) => {
            if s.source.base_dns.len() > 1 && n % 3 == 0 {
                s.source.base_dns.remove(0);
            } else {
                s.source
                    .base_dns
                    .push(format!("ou=extra{n},dc=example,dc=com"));
                s.source.base_dns.dedup();
            }
        }
        Edit::DestinationBaseDn(n) => {
            s.destination.base_dns = vec![format!("ou=dest{n},dc=example,dc=com")];
        }
        Edit::ServerHost(n) => {
            if let Some(server) = s.source.servers.first_mut() {
                server.host = format!("ds{n}.example.com");
            }
        }
        Edit::Population(n) => {
            if let Some(env) = &mut s.destination.ping_one {
                env.default_population_id =
                    (n % 3 != 0).then(|| format!("00000000-0000-0000-0000-00000000000{n}"));
            }
        }
        Edit::Version(i) => s.target_version = syncmap_core::version::RELEASES[i],
        _ => {}
    }
}

fn batch_change(before: &Scenario, after: &Scenario) -> String {
    render_change(before, after, &Options::new(Format::Batch))
}

#[test]
fn a_configuration_changed_into_itself_needs_no_command() {
    for preset in presets::all() {
        let scenario = preset.scenario();
        assert_eq!(change::plan(&scenario, &scenario), [], "{}", preset.name);
        for format in Format::ALL {
            let text = render_change(&scenario, &scenario, &Options::new(format));
            assert!(
                !text.lines().any(|l| l.starts_with("dsconfig")),
                "{}: {text}",
                preset.name
            );
            if format != Format::Lines {
                assert!(
                    text.contains("# No changes: the two configurations are the same."),
                    "{text}"
                );
            }
            if format == Format::PowerShell {
                assert!(!text.contains("@'"), "no batch file to run: {text}");
            }
        }
    }
}

#[test]
fn a_version_change_alone_changes_nothing() {
    for preset in presets::all() {
        let before = preset.scenario();
        for &version in syncmap_core::version::RELEASES {
            let mut after = before.clone();
            after.target_version = version;
            let plan = change::plan(&before, &after);
            let lines: Vec<String> = plan.iter().map(|c| c.argv().join(" ")).collect();
            // A property one version lacks is said at the other's name: no change either.
            assert_eq!(lines, [] as [String; 0], "{} to {version}", preset.name);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn the_change_script_reads_back_as_the_new_configuration(
        preset in 0..presets::all().len(),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let before = presets::all()[preset].scenario();
        let mut after = before.clone();
        for edit in &edits {
            apply_edit(&mut after, edit);
        }
        let forward = batch_change(&before, &after);
        let read = read_back(&render(&before, Format::Batch), &forward);
        prop_assert_eq!(comparable(read), comparable(after.clone()), "{}", forward);
        let backward = batch_change(&after, &before);
        let read = read_back(&render(&after, Format::Batch), &backward);
        prop_assert_eq!(comparable(read), comparable(before.clone()), "{}", backward);
        prop_assert_eq!(
            change::reverse(&before, &after),
            change::plan(&after, &before)
        );
    }
}

/// A real profile, imported, with one mapping changed: the change script is that one
/// `set-attribute-mapping-prop` command, its undo the inverse, and the file followed by it
/// reads back with the change.
#[test]
fn one_mapping_changed_in_a_corpus_profile_is_one_command() {
    let Some(files) = syncmap_test_corpus::files() else {
        return;
    };
    let name = "austin-training__pingdatasync__labs__20-pingone-destination.dsconfig";
    let file = files
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("{name} is in the corpus"));
    let read = read_scenarios(&[Input {
        name,
        text: &file.text,
    }]);
    assert_eq!(read.scenarios.len(), 1, "{:#?}", read.not_imported);
    let before = read.scenarios[0].clone();
    let mut after = before.clone();
    let changed = after
        .attribute_map
        .mappings
        .iter_mut()
        .find_map(|m| match m {
            Mapping::Direct { to, from } => {
                *from = format!("{from}Changed");
                Some(to.clone())
            }
            _ => None,
        })
        .expect("a direct mapping");
    let lines = |commands: Vec<syncmap_core::Command<'_>>| -> Vec<String> {
        commands.iter().map(|c| c.argv().join(" ")).collect()
    };
    let map = &before.attribute_map.name;
    let old_from = before
        .attribute_map
        .mappings
        .iter()
        .find_map(|m| match m {
            Mapping::Direct { to, from } if *to == changed => Some(from.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        lines(change::plan(&before, &after)),
        [format!(
            "dsconfig set-attribute-mapping-prop --map-name {map} --mapping-name {changed} \
             --set from-attribute:{old_from}Changed"
        )]
    );
    assert_eq!(
        lines(change::reverse(&before, &after)),
        [format!(
            "dsconfig set-attribute-mapping-prop --map-name {map} --mapping-name {changed} \
             --set from-attribute:{old_from}"
        )]
    );
    let back = read_back(&file.text, &batch_change(&before, &after));
    assert_eq!(back.attribute_map, after.attribute_map);
}

/// A change to how entries are mapped says, at its step, what it means for a running pipe and
/// the pages that rests on, marked as inferred; a change elsewhere says nothing of it.
#[test]
fn a_mapping_change_says_what_it_means_for_a_running_pipe() {
    let before = presets::find("pingdirectory-to-pingone")
        .unwrap()
        .scenario();
    let mut mapped = before.clone();
    if let Some(Mapping::Direct { from, .. }) = mapped
        .attribute_map
        .mappings
        .iter_mut()
        .find(|m| m.to() == "email")
    {
        *from = "mailAlternateAddress".into();
    }
    let steps = change::steps(&before, &mapped);
    assert_eq!(steps.len(), 1);
    let running = steps[0].running.expect("a running-pipe note");
    assert!(!running.confirmed);
    assert!(running.pages.contains(&syncmap_core::docs::SYNC_FLOW));
    let text = render_change(&before, &mapped, &Options::new(Format::Batch));
    assert!(
        text.contains("On a running sync pipe (not stated by Ping's pages; inferred, check it):"),
        "{text}"
    );
    assert!(text.contains(syncmap_core::docs::SYNC_FLOW), "{text}");

    let mut moved = before.clone();
    moved.source.base_dns = vec!["ou=people,dc=example,dc=com".into()];
    let steps = change::steps(&before, &moved);
    assert!(!steps.is_empty());
    assert!(steps.iter().all(|s| s.running.is_none()));
}
