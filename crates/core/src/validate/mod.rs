//! Validation: every rule applied to a scenario, all findings returned at once.
//!
//! Each submodule checks one area; each finding names its rule, so severities and documentation
//! links come from `rules.rs` alone.

mod endpoints;
pub(crate) use endpoints::is_placeholder;
mod mappings;
mod names;
mod password;
mod patterns;
mod pingone;

use crate::catalog;
use crate::diagnostic::Diagnostic;
use crate::plan::{self, Script};
use crate::rules;
use crate::scenario::Scenario;

/// Every diagnostic about `scenario`, in rule order. Never fails and never panics: a scenario
/// that cannot work yields error diagnostics, not an `Err`.
pub fn validate(scenario: &Scenario) -> Vec<Diagnostic> {
    validate_with(scenario, true)
}

/// [`validate`], without checking the rendered commands against the catalog: the linter checks
/// the commands actually written in the files instead, and skips rendering every imported
/// scenario.
pub(crate) fn validate_with(scenario: &Scenario, check_rendering: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !scenario.target_version.is_supported() {
        out.push(Diagnostic::new(
            &rules::TARGET_VERSION_UNSUPPORTED,
            "/target_version",
            format!(
                "PingDataSync {} is outside the versions syncmap knows (7.x to 11.x)",
                scenario.target_version
            ),
        ));
    }
    if check_rendering {
        check_against_catalog(scenario, &mut out);
    }
    password::check(scenario, &mut out);
    pingone::check(scenario, &mut out);
    endpoints::check(scenario, &mut out);
    mappings::check(scenario, &mut out);
    patterns::check(scenario, &mut out);
    names::check(scenario, &mut out);
    // Stable: findings of one rule keep the order they were found in (field order).
    out.sort_by_cached_key(|d| rules::SCENARIO.iter().position(|r| r.code == d.code));
    out
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
        let Some((object, _)) = catalog::subcommand(&command.subcommand) else {
            continue;
        };
        for opt in command
            .options
            .iter()
            .filter(|o| matches!(o.flag.as_ref(), "--set" | "--remove"))
        {
            let value = opt.value.as_deref().unwrap_or_default();
            let name = value.split(':').next().unwrap_or_default();
            if object.property(name, version).is_some() || reported.contains(&name) {
                continue;
            }
            let since = object
                .property_any_version(name)
                .map(|p| format!(" (it exists from {} on)", p.span.since))
                .unwrap_or_default();
            out.push(
                Diagnostic::new(
                    &rules::PROPERTY_NOT_IN_VERSION,
                    "/target_version",
                    format!(
                        "{} {name} does not exist in PingDataSync {version}{since}",
                        object.label
                    ),
                )
                .hint("Choose a newer target version, or a setting this version has"),
            );
            reported.push(name);
        }
    }
}

/// `scenario` with one mapping, DN map and server of each shape (the password mapping kept):
/// the same property names in its plan, far fewer commands.
fn one_of_each_shape(scenario: &Scenario) -> Scenario {
    use crate::scenario::Mapping;
    let password = scenario.password_mapping().map(|(i, _)| i);
    let mut seen: Vec<Vec<bool>> = Vec::new();
    let mut shape = scenario.clone();
    let mut index = 0;
    shape.attribute_map.mappings.retain(|mapping| {
        let key = match mapping {
            Mapping::Direct { from, .. } => vec![false, from.trim().is_empty()],
            Mapping::Constructed {
                value_patterns,
                conditional_value_patterns,
                ..
            } => {
                vec![
                    true,
                    false,
                    value_patterns.is_empty(),
                    conditional_value_patterns.is_empty(),
                ]
            }
            Mapping::Dn { dn_maps, .. } => vec![true, true, false, dn_maps.is_empty()],
            Mapping::Json { fields, .. } => {
                let mut key = vec![true, true, true];
                for field in fields {
                    key.extend([field.from.is_some(), field.value_pattern.is_some()]);
                }
                key
            }
        };
        let keep = Some(index) == password || !seen.contains(&key);
        if keep {
            seen.push(key);
        }
        index += 1;
        keep
    });
    shape.dn_maps.truncate(1);
    shape.source.servers.truncate(1);
    shape.destination.servers.truncate(1);
    shape
}

/// The JSON pointer of mapping `index`, or of one of its fields.
fn mapping_path(index: usize, field: &str) -> String {
    if field.is_empty() {
        format!("/attribute_map/mappings/{index}")
    } else {
        format!("/attribute_map/mappings/{index}/{field}")
    }
}

#[cfg(test)]
mod tests;
