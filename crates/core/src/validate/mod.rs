//! Validation: every rule applied to a scenario, all findings returned at once.
//!
//! Each submodule checks one area; each finding names its rule, so severities and documentation
//! links come from `rules.rs` alone.

mod connection;
mod endpoints;
mod kinds;
pub(crate) use endpoints::is_placeholder;
mod mappings;
mod names;
mod password;
mod patterns;
pub(crate) use patterns::KnownClean;
mod pingone;
mod pingone_json;

use crate::catalog::{self, Presence};
use crate::diagnostic::Diagnostic;
use crate::endpoint::DestinationKind;
use crate::plan::{self, Script};
use crate::rules;
use crate::scenario::Scenario;

/// Every diagnostic about `scenario`, in rule order. Never fails and never panics: a scenario
/// that cannot work yields error diagnostics, not an `Err`.
pub fn validate(scenario: &Scenario) -> Vec<Diagnostic> {
    validate_with(scenario, true, &mut (), Rules::All)
}

/// Which rules [`validate_with`] applies. The linter reads a scenario for each sync class, and
/// the scenarios of classes that use one map share it: it checks the map's own rules in the
/// first scenario of each map (and destination kind), the rules about the endpoints in the
/// first of each map between the same source and destination, and the class's in every one
/// (checking the shared map again for each was quadratic in many classes on one large map).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rules {
    /// Every rule.
    All,
    /// Every rule but the map's own: its name and the target version, and the mappings' names,
    /// values, patterns and duplicates (which depend on the map and the destination's kind
    /// alone). Of the map, the others look at the mappings to the password attribute, to the
    /// attributes PingOne requires and to the JSON-valued ones (the first of each: whether a
    /// direct one reads JSON depends on the source), and at whether one reads IBM's password
    /// attribute (the source's kind): the scenario's map need hold only those.
    AllButMap,
    /// The rules that look at the sync pipe and class: the pipe's and the class's names, the
    /// class's values and filters, the DN maps it names (the scenario's `dn_maps` are those) and
    /// the JSON attributes and settings a PingOne destination wants of it. Of the map, they look
    /// at the first mapping to each JSON-valued PingOne attribute (which fields it writes), and
    /// at nothing else.
    OfClass,
}

impl Rules {
    /// Whether the map's own rules apply.
    fn map(self) -> bool {
        self == Rules::All
    }

    /// Whether the rules about the endpoints and the password apply.
    fn endpoints(self) -> bool {
        self != Rules::OfClass
    }
}

/// Whether the rules other than the map's own ([`Rules::AllButMap`]) look at the first mapping
/// of a map to `to`, toward a destination of `kind`: the mapping to its password attribute and,
/// toward PingOne, the ones it requires and the JSON-valued ones ([`json_valued`]).
pub(crate) fn looked_at_beyond_map(to: &str, kind: DestinationKind) -> bool {
    to == kind.facts().password_attribute
        || (kind == DestinationKind::PingOne
            && (pingone::REQUIRED.contains(&to) || json_valued(to)))
}

/// Whether `to` is a PingOne attribute whose value is a JSON object: the class's rules look at
/// the mappings to those ([`Rules::OfClass`]).
pub(crate) fn json_valued(to: &str) -> bool {
    crate::pingone::attribute(to).is_some_and(|a| !a.json_fields.is_empty())
}

/// [`validate`], without checking the rendered commands against the catalog: the linter checks
/// the commands actually written in the files instead, and skips rendering every imported
/// scenario. Pattern texts `clean` knows are not parsed again, and it learns the new clean ones.
/// Only the rules of `rules` are applied.
pub(crate) fn validate_with(
    scenario: &Scenario,
    check_rendering: bool,
    clean: &mut impl patterns::CleanPatterns,
    rules: Rules,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if rules.map() && !scenario.target_version.is_known() {
        out.push(unknown_version(scenario.target_version));
    }
    if check_rendering {
        check_against_catalog(scenario, &mut out);
    }
    if rules.endpoints() {
        kinds::check(scenario, &mut out);
        password::check(scenario, &mut out);
    }
    pingone::check(scenario, &mut out, rules);
    if rules.endpoints() {
        endpoints::check(scenario, &mut out);
    }
    mappings::check(scenario, &mut out, rules);
    patterns::check(scenario, &mut out, clean, rules);
    names::check(scenario, &mut out, rules);
    if rules.endpoints() {
        connection::check(scenario, &mut out);
    }
    sort_by_rule(&mut out);
    out
}

/// The error about a target version that is not one of the releases syncmap knows: never
/// replaced by a known one, since the commands for another release may not work on the
/// server's.
pub(crate) fn unknown_version(version: crate::Version) -> Diagnostic {
    Diagnostic::new(
        &rules::TARGET_VERSION_UNSUPPORTED,
        "/target_version",
        format!(
            "PingDataSync {version} is not a release syncmap knows: choose one of {}",
            crate::version::releases_text()
        ),
    )
}

/// Sorts diagnostics into rule order. Stable: findings of one rule keep the order they were
/// found in (field order).
fn sort_by_rule(out: &mut [Diagnostic]) {
    let rank = |code: &str| rules::SCENARIO.iter().position(|r| r.code == code);
    // Findings come in runs of one rule (a thousand unknown attribute names in a row), so the
    // rule's position is looked up once per run, and the sort is skipped when the checks
    // found them in rule order already.
    let mut last: Option<(&str, Option<usize>)> = None;
    let in_order = out.iter().all(|d| {
        let key = match last {
            Some((code, key)) if code == d.code => key,
            _ => rank(d.code),
        };
        let ordered = last.is_none_or(|(_, previous)| previous <= key);
        last = Some((d.code, key));
        ordered
    });
    if !in_order {
        // `None` (no rule of the list) first, as `Option`'s order puts it.
        crate::order::sort_by_key(out, |d| rank(d.code).map_or(0, |r| r + 1));
    }
}

/// Every property the generated commands set must exist in the target version: the catalog
/// judges the renderer's own output, so the two can never disagree.
fn check_against_catalog(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    let version = scenario.target_version;
    let mut reported: Vec<&str> = Vec::new();
    // Rollback only deletes, or removes values apply set: apply and prerequisites cover every
    // property name. Which names the plan writes depends on the scenario's shape, never on its
    // values, so one mapping of each shape is enough: a 1,000-mapping scenario is checked as a
    // handful.
    let shape = one_of_each_shape(scenario);
    let commands: Vec<_> = [Script::Apply, Script::Prerequisites]
        .iter()
        .flat_map(|s| plan::commands(&shape, *s))
        .collect();
    for command in &commands {
        let Some(object) = command.object else {
            continue;
        };
        for opt in command
            .options
            .iter()
            .filter(|o| matches!(o.flag.as_ref(), "--set" | "--remove"))
        {
            let value = opt.value.as_deref().unwrap_or_default();
            let name = value.split(':').next().unwrap_or_default();
            if reported.contains(&name) {
                continue;
            }
            let Some(diagnostic) = version_diagnostic(object, name, version) else {
                continue;
            };
            out.push(diagnostic);
            reported.push(name);
        }
    }
}

/// What to say of a generated property `name` of `object` at `version`: nothing when its page
/// lists it, a warning when no page on record says, an error when the page lacks it.
fn version_diagnostic(
    object: &catalog::ObjectType,
    name: &str,
    version: crate::version::Version,
) -> Option<Diagnostic> {
    let presence = object.property(name, version).map(|p| p.presence(version));
    if presence == Some(Presence::Documented) {
        return None;
    }
    let first = object
        .property_any_version(name)
        .map(|p| {
            if p.confirmed {
                format!(" (Ping's pages show it from {} on)", p.span.since)
            } else {
                " (no Ping page syncmap knows confirms it)".to_owned()
            }
        })
        .unwrap_or_default();
    Some(if presence == Some(Presence::Unconfirmed) {
        Diagnostic::new(
            &rules::PROPERTY_VERSION_UNCONFIRMED,
            "/target_version",
            format!(
                "{} {name} is not confirmed in PingDataSync {version}{first}",
                object.label
            ),
        )
        .hint("Check the Configuration Reference of this version, or choose a version the pages confirm")
    } else {
        Diagnostic::new(
            &rules::PROPERTY_NOT_IN_VERSION,
            "/target_version",
            format!(
                "{} {name} does not exist in PingDataSync {version}{first}",
                object.label
            ),
        )
        .hint("Choose a newer target version, or a setting this version has")
    })
}

/// `scenario` with one mapping, DN map and server of each shape (the password mapping kept):
/// the same property names in its plan, far fewer commands.
fn one_of_each_shape(scenario: &Scenario) -> Scenario {
    use crate::scenario::{AttributeMap, Mapping};
    // Which options a mapping's commands carry; the values do not matter.
    fn same_shape(a: &Mapping, b: &Mapping) -> bool {
        match (a, b) {
            (Mapping::Direct { from: a, .. }, Mapping::Direct { from: b, .. }) => {
                a.trim().is_empty() == b.trim().is_empty()
            }
            (
                Mapping::Constructed {
                    value_patterns: a_values,
                    conditional_value_patterns: a_conditions,
                    ..
                },
                Mapping::Constructed {
                    value_patterns: b_values,
                    conditional_value_patterns: b_conditions,
                    ..
                },
            ) => {
                a_values.is_empty() == b_values.is_empty()
                    && a_conditions.is_empty() == b_conditions.is_empty()
            }
            (Mapping::Dn { dn_maps: a, .. }, Mapping::Dn { dn_maps: b, .. }) => {
                a.is_empty() == b.is_empty()
            }
            (Mapping::Json { fields: a, .. }, Mapping::Json { fields: b, .. }) => {
                a.len() == b.len()
                    && a.iter().zip(b).all(|(a, b)| {
                        a.from.is_some() == b.from.is_some()
                            && a.value_pattern.is_some() == b.value_pattern.is_some()
                    })
            }
            _ => false,
        }
    }
    let password = scenario.password_mapping().map(|(i, _)| i);
    // Only the kept mappings are cloned: cloning all of them cost more than checking them.
    let mut kept: Vec<&Mapping> = Vec::new();
    for (index, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        if Some(index) == password || !kept.iter().any(|k| same_shape(k, mapping)) {
            kept.push(mapping);
        }
    }
    let mut source = scenario.source.clone();
    source.servers.truncate(1);
    let mut destination = scenario.destination.clone();
    destination.servers.truncate(1);
    Scenario {
        schema: scenario.schema,
        target_version: scenario.target_version,
        source,
        destination,
        attribute_map: AttributeMap {
            name: scenario.attribute_map.name.clone(),
            mappings: kept.into_iter().cloned().collect(),
        },
        dn_maps: scenario.dn_maps.iter().take(1).cloned().collect(),
        sync_pipe: scenario.sync_pipe.clone(),
        password: scenario.password.clone(),
        connection: scenario.connection.clone(),
    }
}

/// Whether `text` is empty or only white space. Most text starts with a printable ASCII
/// character other than a space, which is never white space: trimming is left for the rest.
fn is_blank(text: &str) -> bool {
    !text
        .as_bytes()
        .first()
        .is_some_and(|b| (0x21..0x7f).contains(b))
        && text.trim().is_empty()
}

/// The JSON pointer of mapping `index`, or of one of its fields.
fn mapping_path(index: usize, field: &str) -> String {
    if field.is_empty() {
        format!("/attribute_map/mappings/{index}")
    } else {
        format!("/attribute_map/mappings/{index}/{field}")
    }
}

/// A scenario's names of one kind (its DN maps, its class's JSON attributes), to ask whether a
/// name is one of them: the list is read through while it is short, and a set is built the
/// first time a long one is asked about (each mapping reading the whole list was quadratic in a
/// file that names thousands).
struct Names<'s, T> {
    items: &'s [T],
    set: std::cell::OnceCell<rustc_hash::FxHashSet<&'s str>>,
}

/// What has a name that [`Names`] holds.
trait Named {
    fn name(&self) -> &str;
}

impl Named for crate::scenario::DnMap {
    fn name(&self) -> &str {
        &self.name
    }
}

impl Named for crate::scenario::JsonAttribute {
    fn name(&self) -> &str {
        &self.name
    }
}

impl<'s, T: Named> Names<'s, T> {
    /// Up to how many names a list is read through: as fast as hashing the name asked for.
    const SCANNED: usize = 16;

    fn new(items: &'s [T]) -> Names<'s, T> {
        Names {
            items,
            set: std::cell::OnceCell::new(),
        }
    }

    fn contains(&self, wanted: &str) -> bool {
        if self.items.len() <= Self::SCANNED {
            return self.items.iter().any(|item| item.name() == wanted);
        }
        self.set
            .get_or_init(|| self.items.iter().map(T::name).collect())
            .contains(wanted)
    }
}

#[cfg(test)]
mod tests;
