//! PingOne as the destination: the attributes it needs and the class settings it wants.

use crate::diagnostic::Diagnostic;
use crate::endpoint::DestinationKind;
use crate::pingone;
use crate::rules;
use crate::scenario::{Mapping, Scenario};
use crate::version::Version;

use super::{Rules, mapping_path};

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
    super::pingone_json::check(scenario, out, rules);
    check_class(scenario, out);
}

/// The mappings [`check_required`] looks for, by the attribute they write.
pub(super) const REQUIRED: [&str; 4] = ["resourceType", "username", "email", "population"];

/// The first release whose guide says a PingOne destination must have a `resourceType` mapping
/// ("Synchronize changes to a PingOne environment", 9.1 on; the earlier guides do not say it).
const RESOURCE_TYPE_REQUIRED_FROM: Version = Version::new(9, 1);

/// No `resourceType` mapping: an error where the target's guide requires one, a warning before.
fn resource_type_missing(target: Version) -> Diagnostic {
    let add = "Add: --mapping-name resourceType --type constructed --set value-pattern:user";
    if target >= RESOURCE_TYPE_REQUIRED_FROM {
        Diagnostic::new(
            &rules::PINGONE_RESOURCE_TYPE_MISSING,
            "/attribute_map/mappings",
            "a PingOne destination needs a constructed attribute mapping named resourceType with \
             the value-pattern user",
        )
        .hint(add)
    } else {
        Diagnostic::new(
            &rules::PINGONE_RESOURCE_TYPE_RECOMMENDED,
            "/attribute_map/mappings",
            format!(
                "PingDataSync {RESOURCE_TYPE_REQUIRED_FROM} and later require a constructed \
                 attribute mapping named resourceType with the value-pattern user; the guides \
                 for {target} do not say, so add one to be safe"
            ),
        )
        .hint(add)
    }
}

/// The mappings PingOne requires, and its users' population.
fn check_required(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    let mappings = &scenario.attribute_map.mappings;
    let find = |name: &str| mappings.iter().enumerate().find(|(_, m)| m.to() == name);

    match find("resourceType") {
        None => out.push(resource_type_missing(scenario.target_version)),
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
                "every PingOne user belongs to a population, and neither a default population \
                 ID nor a population mapping says which: PingOne puts the users in the \
                 environment's default population",
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
            format!(
                "PingOne manages {name} itself: the operational attributes of its users cannot be \
                 modified by synchronizing data"
            ),
        )),
        Some(_) => {}
        None => match pingone::closest(name) {
            Some(known) if known.name.eq_ignore_ascii_case(name) => out.push(
                Diagnostic::new(
                    &rules::PINGONE_ATTRIBUTE_CASE,
                    path(),
                    format!(
                        "PingOne attribute names are case-sensitive: '{name}' is not '{}'",
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
                        "'{name}' is not a standard PingOne user attribute: PingOne has it only \
                         if your environment defines it as a custom attribute"
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
                "auto-mapping copies every source attribute whose name matches a destination \
                 attribute; Ping's PingOne sync class sets auto-mapped-source-attribute to -none- \
                 and maps each attribute",
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
