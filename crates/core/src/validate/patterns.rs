//! Value patterns, conditional patterns, filters and DN map patterns, checked by the
//! `pattern` parsers and reported against the scenario field that holds them.

use crate::diagnostic::Diagnostic;
use crate::endpoint::DestinationKind;
use crate::pattern::{
    self, JsonProblem, Parsed, Problem, conditional, dn_pattern, ldap_filter, value_pattern,
};
use crate::pingone;
use crate::rules::{self, Rule};
use crate::scenario::{Mapping, Scenario};

use super::{Rules, mapping_path};

/// The kinds of pattern text, each checked its own way.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Value,
    /// A value pattern that must also expand to JSON.
    JsonValue,
    Conditional,
    Filter,
}

/// Pattern texts found clean before, so that they are not parsed again: the linter checks
/// thousands of scenarios read from one configuration, and they repeat a few patterns. Whether
/// a text is clean depends on its kind and text alone. The editor checks one scenario at a time
/// and remembers nothing: `()`.
pub(crate) trait CleanPatterns {
    fn is_clean(&self, kind: Kind, text: &str) -> bool;
    fn remember(&mut self, kind: Kind, text: &str);
}

impl CleanPatterns for () {
    fn is_clean(&self, _: Kind, _: &str) -> bool {
        false
    }

    fn remember(&mut self, _: Kind, _: &str) {}
}

/// The clean pattern texts of each kind.
#[derive(Default)]
pub(crate) struct KnownClean([rustc_hash::FxHashSet<Box<str>>; 4]);

impl CleanPatterns for KnownClean {
    fn is_clean(&self, kind: Kind, text: &str) -> bool {
        self.0[kind as usize].contains(text)
    }

    fn remember(&mut self, kind: Kind, text: &str) {
        self.0[kind as usize].insert(text.into());
    }
}

/// `check` run on `text` unless it is known clean, and remembered when it finds nothing.
fn checked(
    memo: &mut impl CleanPatterns,
    kind: Kind,
    text: &str,
    out: &mut Vec<Diagnostic>,
    check: impl FnOnce(&mut Vec<Diagnostic>),
) {
    if memo.is_clean(kind, text) {
        return;
    }
    let before = out.len();
    check(out);
    if out.len() == before {
        memo.remember(kind, text);
    }
}

pub(super) fn check(
    scenario: &Scenario,
    out: &mut Vec<Diagnostic>,
    memo: &mut impl CleanPatterns,
    rules: Rules,
) {
    if rules.map() {
        check_mappings(scenario, out, memo);
    }
    check_dn_maps_and_filters(scenario, out, memo);
}

/// The value and conditional patterns of the mappings and their JSON fields.
fn check_mappings(scenario: &Scenario, out: &mut Vec<Diagnostic>, memo: &mut impl CleanPatterns) {
    let to_pingone = scenario.destination.kind == DestinationKind::PingOne;
    for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        match mapping {
            Mapping::Constructed {
                to,
                value_patterns,
                conditional_value_patterns,
            } => {
                let json_valued =
                    to_pingone && pingone::attribute(to).is_some_and(|a| !a.json_fields.is_empty());
                let kind = if json_valued {
                    Kind::JsonValue
                } else {
                    Kind::Value
                };
                for (k, text) in value_patterns.iter().enumerate() {
                    checked(memo, kind, text, out, |out| {
                        let path = &|| mapping_path(i, &format!("value_patterns/{k}"));
                        let parsed = value_pattern::parse(text);
                        report(
                            &rules::VALUE_PATTERN_SYNTAX,
                            path,
                            text,
                            &parsed.problems,
                            out,
                        );
                        if json_valued && !parsed.has_errors() {
                            check_json(to, path, text, parsed, out);
                        }
                    });
                }
                for (k, text) in conditional_value_patterns.iter().enumerate() {
                    checked(memo, Kind::Conditional, text, out, |out| {
                        let path = &|| mapping_path(i, &format!("conditional_value_patterns/{k}"));
                        report(
                            &rules::CONDITIONAL_PATTERN_SYNTAX,
                            path,
                            text,
                            &conditional::parse(text).problems,
                            out,
                        );
                    });
                }
            }
            Mapping::Json { fields, .. } => {
                for (k, field) in fields.iter().enumerate() {
                    if let Some(text) = &field.value_pattern {
                        checked(memo, Kind::Value, text, out, |out| {
                            let path = &|| mapping_path(i, &format!("fields/{k}/value_pattern"));
                            report(
                                &rules::VALUE_PATTERN_SYNTAX,
                                path,
                                text,
                                &value_pattern::parse(text).problems,
                                out,
                            );
                        });
                    }
                }
            }
            Mapping::Direct { .. } | Mapping::Dn { .. } => {}
        }
    }
}

/// The patterns of the DN maps and of the class's filters.
fn check_dn_maps_and_filters(
    scenario: &Scenario,
    out: &mut Vec<Diagnostic>,
    memo: &mut impl CleanPatterns,
) {
    for (i, map) in scenario.dn_maps.iter().enumerate() {
        let check = dn_pattern::check_dn_map(&map.from_pattern, &map.to_pattern);
        report(
            &rules::DN_PATTERN_SYNTAX,
            &|| format!("/dn_maps/{i}/from_pattern"),
            &map.from_pattern,
            &check.from.problems,
            out,
        );
        report(
            &rules::DN_PATTERN_SYNTAX,
            &|| format!("/dn_maps/{i}/to_pattern"),
            &map.to_pattern,
            &check.to.problems,
            out,
        );
    }
    if let Some(pipe) = &scenario.sync_pipe {
        for (k, text) in pipe.class.filters.iter().enumerate() {
            checked(memo, Kind::Filter, text, out, |out| {
                let path = &|| format!("/sync_pipe/class/filters/{k}");
                report(
                    &rules::LDAP_FILTER_SYNTAX,
                    path,
                    text,
                    &ldap_filter::parse(text).problems,
                    out,
                );
            });
        }
    }
}

/// Errors under `rule`; warnings under the one rule for patterns that are likely wrong but may
/// be accepted.
fn report(
    rule: &Rule,
    path: &dyn Fn() -> String,
    text: &str,
    problems: &[Problem],
    out: &mut Vec<Diagnostic>,
) {
    for problem in problems {
        let rule = if problem.is_error() {
            rule
        } else {
            &rules::PATTERN_SUSPICIOUS
        };
        out.push(Diagnostic::new(rule, path(), located(problem, text)));
    }
}

/// "message (at character N)": people count characters from 1, the parsers bytes from 0.
fn located(problem: &Problem, text: &str) -> String {
    let column = text
        .get(..problem.offset)
        .map_or(problem.offset, |head| head.chars().count())
        + 1;
    format!("{} (at character {column})", problem.message)
}

fn check_json(
    to: &str,
    path: &dyn Fn() -> String,
    text: &str,
    parsed: Parsed<pattern::ValuePattern>,
    out: &mut Vec<Diagnostic>,
) {
    match pattern::parsed_expands_to_valid_json(text, parsed) {
        Ok(()) => {}
        // Syntax problems were reported already.
        Err(JsonProblem::Pattern(_)) => {}
        Err(JsonProblem::Json { message, .. }) => out.push(
            Diagnostic::new(
                &rules::VALUE_PATTERN_JSON,
                path(),
                format!("{to} is a JSON object in PingOne, but this pattern does not expand to valid JSON: {message}"),
            )
            .hint("Write literal braces as {{ and }}, quote strings, and escape values with {attr:jsonEscape}"),
        ),
    }
}
