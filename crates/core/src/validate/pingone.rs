//! PingOne as the destination: the attributes it needs and the class settings it wants.

use crate::diagnostic::Diagnostic;
use crate::endpoint::DestinationKind;
use crate::pingone;
use crate::rules;
use crate::scenario::{Mapping, Scenario};
use crate::version::Version;

use super::{Names, Rules, mapping_path};

pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>, rules: Rules) {
    if scenario.destination.kind != DestinationKind::PingOne {
        return;
    }
    if rules.endpoints() {
        check_required(scenario, out);
    }
    if rules.map() {
        for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
            check_attribute_name(i, mapping, out);
        }
    }
    check_json_attributes(scenario, out, rules);
    check_class(scenario, out);
}

/// The mappings [`check_required`] looks for, by the attribute they write.
pub(super) const REQUIRED: [&str; 4] = ["resourceType", "username", "email", "population"];

/// The mappings PingOne requires, and its users' population.
fn check_required(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    let mappings = &scenario.attribute_map.mappings;
    let find = |name: &str| mappings.iter().enumerate().find(|(_, m)| m.to() == name);

    match find("resourceType") {
        // Documented as required from 10.0 (DS-P1DEST); unconfirmed before.
        None => out.push(
            Diagnostic::new(
                if scenario.target_version >= Version::new(10, 0) {
                    &rules::PINGONE_RESOURCE_TYPE_MISSING
                } else {
                    &rules::PINGONE_RESOURCE_TYPE_RECOMMENDED
                },
                "/attribute_map/mappings",
                "a PingOne destination needs a constructed attribute mapping named resourceType \
                 with the value-pattern user",
            )
            .hint("Add: --mapping-name resourceType --type constructed --set value-pattern:user"),
        ),
        Some((
            _,
            Mapping::Constructed {
                value_patterns,
                conditional_value_patterns,
                ..
            },
        )) if value_patterns.as_slice() == ["user"] && conditional_value_patterns.is_empty() => {}
        Some((i, _)) => out.push(
            Diagnostic::new(
                &rules::PINGONE_RESOURCE_TYPE_INVALID,
                mapping_path(i, ""),
                "resourceType must be a constructed mapping whose only value-pattern is user",
            )
            .hint("Set --type constructed --set value-pattern:user"),
        ),
    }
    for (required, rule, hint) in [
        (
            "username",
            &rules::PINGONE_USERNAME_MISSING,
            "Map it from uid, for example: --type direct --set from-attribute:uid",
        ),
        (
            "email",
            &rules::PINGONE_EMAIL_MISSING,
            "Map it from mail, for example: --type direct --set from-attribute:mail",
        ),
    ] {
        if find(required).is_none() {
            out.push(
                Diagnostic::new(
                    rule,
                    "/attribute_map/mappings",
                    format!("PingOne users need {required}, and no mapping writes it"),
                )
                .hint(hint),
            );
        }
    }
    let default_population = scenario
        .destination
        .ping_one
        .as_ref()
        .and_then(|env| env.default_population_id.as_deref())
        .is_some_and(|id| !id.trim().is_empty());
    if find("population").is_none() && !default_population {
        out.push(
            Diagnostic::new(
                &rules::PINGONE_POPULATION_MISSING,
                "/destination/ping_one/default_population_id",
                "every PingOne user belongs to a population, but neither a default population \
                 ID nor a population mapping is set",
            )
            .hint(
                "Set the default population ID, or add a constructed population mapping with \
                 value-pattern {{\"id\":\"<POPULATION_ID>\"}}",
            ),
        );
    }
}

fn check_attribute_name(index: usize, mapping: &Mapping, out: &mut Vec<Diagnostic>) {
    let name = mapping.to();
    if name.trim().is_empty() {
        return;
    }
    let path = || mapping_path(index, "to");
    match pingone::attribute(name) {
        Some(attribute) if attribute.read_only => out.push(Diagnostic::new(
            &rules::PINGONE_ATTRIBUTE_READ_ONLY,
            path(),
            format!("PingOne manages {name} itself; a mapping to it is ignored or refused"),
        )),
        Some(_) => {}
        None => match pingone::closest(name) {
            Some(known) if known.name.eq_ignore_ascii_case(name) => out.push(
                Diagnostic::new(
                    &rules::PINGONE_ATTRIBUTE_CASE,
                    path(),
                    format!(
                        "PingOne attribute names are case-sensitive: '{name}' is not '{}', and \
                         PingOne ignores attributes it does not know",
                        known.name
                    ),
                )
                .hint(format!("Rename the mapping to {}", known.name)),
            ),
            closest => {
                let mut diagnostic = Diagnostic::new(
                    &rules::PINGONE_ATTRIBUTE_UNKNOWN,
                    path(),
                    format!(
                        "'{name}' is not a standard PingOne user attribute; unless it is a \
                         custom attribute of your environment, PingOne ignores it"
                    ),
                );
                if let Some(known) = closest {
                    diagnostic = diagnostic.hint(format!("Did you mean {}?", known.name));
                }
                out.push(diagnostic);
            }
        },
    }
}

/// Mappings that write a JSON-valued attribute: not with a direct or DN mapping (a rule of the
/// map), and not without a JSON attribute of that name on the class (a rule of the class).
fn check_json_attributes(scenario: &Scenario, out: &mut Vec<Diagnostic>, rules: Rules) {
    let json_attributes = scenario
        .sync_pipe
        .as_ref()
        .map(|pipe| Names::new(&pipe.class.json_attributes));
    for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        let Some(attribute) = pingone::attribute(mapping.to()) else {
            continue;
        };
        if attribute.json_fields.is_empty() {
            continue;
        }
        if rules.map()
            && let Mapping::Direct { .. } | Mapping::Dn { .. } = mapping
        {
            out.push(
                Diagnostic::new(
                    &rules::PINGONE_JSON_DIRECT,
                    mapping_path(i, "type"),
                    format!(
                        "{} is a JSON object in PingOne ({}), which a {} mapping cannot build",
                        attribute.name,
                        attribute.json_fields.join(", "),
                        mapping.type_name()
                    ),
                )
                .hint(format!(
                    "Use a constructed mapping such as value-pattern {{{{\"{}\":\"{{attr:jsonEscape}}\"}}}}, \
                     or a json mapping with fields",
                    attribute.json_fields[0]
                )),
            );
        }
        if let Some(json_attributes) = &json_attributes
            && !json_attributes.contains(attribute.name)
        {
            out.push(
                Diagnostic::new(
                    &rules::PINGONE_JSON_ATTRIBUTE_MISSING,
                    "/sync_pipe/class/json_attributes",
                    format!(
                        "{} is JSON-valued, so the sync class needs a json-attribute for it",
                        attribute.name
                    ),
                )
                .hint(format!("Add a JSON attribute named {}", attribute.name)),
            );
        }
    }
}

fn check_class(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    let Some(pipe) = &scenario.sync_pipe else {
        return;
    };
    let class = &pipe.class;
    match class.allow_destination_renames {
        Some(true) => out.push(
            Diagnostic::new(
                &rules::PINGONE_RENAMES,
                "/sync_pipe/class/allow_destination_renames",
                "PingOne entries cannot be renamed, so allow-destination-renames must be false",
            )
            .hint("Set it to false"),
        ),
        None => out.push(
            Diagnostic::new(
                &rules::PINGONE_RENAMES_UNSET,
                "/sync_pipe/class/allow_destination_renames",
                "allow-destination-renames is not set; Ping's PingOne examples set it to false",
            )
            .hint("Set it to false"),
        ),
        Some(false) => {}
    }
    if class.auto_mapped_source_attributes.as_slice() != ["-none-"] {
        out.push(
            Diagnostic::new(
                &rules::PINGONE_AUTO_MAPPED,
                "/sync_pipe/class/auto_mapped_source_attributes",
                "auto-mapping copies every source attribute whose name matches, which PingOne \
                 rejects or ignores; the default -all- also disables changelog selection",
            )
            .hint("Set auto-mapped-source-attribute to -none- and map attributes explicitly"),
        );
    }
    if class.destination_correlation_attributes.is_empty() {
        out.push(
            Diagnostic::new(
                &rules::PINGONE_CORRELATION_MISSING,
                "/sync_pipe/class/destination_correlation_attributes",
                "without destination-correlation-attributes PingDataSync cannot find existing \
                 PingOne users, which leads to duplicates",
            )
            .hint("Use a stable attribute: username, or externalId mapped from entryUUID"),
        );
    }
}
