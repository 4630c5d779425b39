//! Names of configuration objects and the attribute names mappings read.

use crate::diagnostic::Diagnostic;
use crate::names::{
    NameProblem, attribute_description_problem, describe_char, is_printable_ascii, name_problems,
};
use crate::rules;
use crate::scenario::{Mapping, Scenario};

use super::{Rules, is_blank, mapping_path};

pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>, rules: Rules) {
    // Each part for the rules it belongs to, in the order of all the rules.
    check_endpoints_and_map(scenario, out, rules);
    for (i, map) in scenario.dn_maps.iter().enumerate() {
        check_name(
            "the DN map name",
            &|| format!("/dn_maps/{i}/name"),
            &map.name,
            out,
        );
    }
    if let Some(pipe) = &scenario.sync_pipe {
        check_name(
            "the sync pipe name",
            &|| "/sync_pipe/name".into(),
            &pipe.name,
            out,
        );
        check_name(
            "the sync class name",
            &|| "/sync_pipe/class/name".into(),
            &pipe.class.name,
            out,
        );
    }
    if rules.map() {
        check_mapping_values(scenario, out);
    }
    for (i, map) in scenario.dn_maps.iter().enumerate() {
        check_value(
            &|| format!("/dn_maps/{i}/from_pattern"),
            &map.from_pattern,
            out,
        );
        check_value(&|| format!("/dn_maps/{i}/to_pattern"), &map.to_pattern, out);
    }
    if let Some(pipe) = &scenario.sync_pipe {
        for (k, dn) in pipe.class.base_dns.iter().enumerate() {
            check_value(&|| format!("/sync_pipe/class/base_dns/{k}"), dn, out);
        }
        for (k, filter) in pipe.class.filters.iter().enumerate() {
            check_value(&|| format!("/sync_pipe/class/filters/{k}"), filter, out);
        }
    }
    if rules.map() {
        check_attributes(scenario, out);
    }
}

/// The names of the endpoints, the map, the endpoints' servers and the mappings'
/// destinations: the endpoints' for [`Rules::AllButMap`] too.
fn check_endpoints_and_map(scenario: &Scenario, out: &mut Vec<Diagnostic>, rules: Rules) {
    // Paths are built only for findings: on every keystroke, most fields have none.
    if rules.endpoints() {
        check_name(
            "the sync source name",
            &|| "/source/name".into(),
            &scenario.source.name,
            out,
        );
        check_name(
            "the sync destination name",
            &|| "/destination/name".into(),
            &scenario.destination.name,
            out,
        );
    }
    if rules.map() {
        check_name(
            "the attribute map name",
            &|| "/attribute_map/name".into(),
            &scenario.attribute_map.name,
            out,
        );
    }
    if rules.endpoints() {
        for (side, servers) in [
            ("source", &scenario.source.servers),
            ("destination", &scenario.destination.servers),
        ] {
            for (i, server) in servers.iter().enumerate() {
                check_name(
                    "the server name",
                    &|| format!("/{side}/servers/{i}/name"),
                    &server.name,
                    out,
                );
                check_name(
                    "the server host",
                    &|| format!("/{side}/servers/{i}/host"),
                    &server.host,
                    out,
                );
            }
        }
    }
    if rules.map() {
        for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
            check_name(
                "the destination attribute",
                &|| mapping_path(i, "to"),
                mapping.to(),
                out,
            );
        }
    }
}

/// Control characters in the mappings' patterns: patterns, DNs, filters and placeholders
/// elsewhere are checked beside them.
fn check_mapping_values(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        match mapping {
            Mapping::Constructed {
                value_patterns,
                conditional_value_patterns,
                ..
            } => {
                for (k, p) in value_patterns.iter().enumerate() {
                    check_value(&|| mapping_path(i, &format!("value_patterns/{k}")), p, out);
                }
                for (k, p) in conditional_value_patterns.iter().enumerate() {
                    check_value(
                        &|| mapping_path(i, &format!("conditional_value_patterns/{k}")),
                        p,
                        out,
                    );
                }
            }
            Mapping::Json { fields, .. } => {
                for (k, f) in fields.iter().enumerate() {
                    if let Some(p) = &f.value_pattern {
                        check_value(
                            &|| mapping_path(i, &format!("fields/{k}/value_pattern")),
                            p,
                            out,
                        );
                    }
                }
            }
            Mapping::Direct { .. } | Mapping::Dn { .. } => {}
        }
    }
}

/// Source attribute names read by direct and dn mappings.
fn check_attributes(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        if let Mapping::Direct { from, .. } | Mapping::Dn { from, .. } = mapping
            && !is_blank(from)
        {
            check_attribute(&|| mapping_path(i, "from"), from, out);
        }
        if let Mapping::Json { fields, .. } = mapping {
            for (k, field) in fields.iter().enumerate() {
                if let Some(from) = field.from.as_deref().filter(|f| !f.trim().is_empty()) {
                    check_attribute(&|| mapping_path(i, &format!("fields/{k}/from")), from, out);
                }
            }
        }
    }
}

fn check_value(path: &dyn Fn() -> String, value: &str, out: &mut Vec<Diagnostic>) {
    // Control characters are C0 and DEL (single bytes) and C1 (UTF-8 0xC2 0x80 to 0x9F): a
    // value without those bytes has none, and needs no decoding. Most values are printable
    // ASCII, which is found eight bytes at a time.
    if is_printable_ascii(value) || !value.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xC2) {
        return;
    }
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        out.push(Diagnostic::new(
            &rules::NAME_CONTROL_CHARACTER,
            path(),
            format!(
                "the value contains {}, which a dsconfig batch file cannot hold",
                describe_char(c)
            ),
        ));
    }
}

/// Name problems, then LDAP syntax for names that can at least be written.
fn check_attribute(path: &dyn Fn() -> String, attribute: &str, out: &mut Vec<Diagnostic>) {
    check_name("the source attribute", &path, attribute, out);
    if name_problems(attribute).is_empty()
        && let Some(problem) = attribute_description_problem(attribute)
    {
        out.push(
            Diagnostic::new(
                &rules::ATTRIBUTE_NAME_SYNTAX,
                path(),
                format!("'{attribute}' is not an LDAP attribute name: {problem}"),
            )
            .hint(
                "Check the spelling. A JDBC source may use other column names, and PingDirectory \
                 accepts some with allow-attribute-name-exceptions",
            ),
        );
    }
}

pub(super) fn check_name(
    what: &str,
    path: &dyn Fn() -> String,
    name: &str,
    out: &mut Vec<Diagnostic>,
) {
    for problem in name_problems(name) {
        out.push(match problem {
            NameProblem::Missing => {
                Diagnostic::new(&rules::NAME_MISSING, path(), format!("{what} is empty"))
            }
            NameProblem::ControlCharacter(c) => Diagnostic::new(
                &rules::NAME_CONTROL_CHARACTER,
                path(),
                format!(
                    "{what} contains {}, which a dsconfig batch file cannot hold",
                    describe_char(c)
                ),
            ),
            NameProblem::LeadingDash => Diagnostic::new(
                &rules::NAME_LEADING_DASH,
                path(),
                format!("{what} starts with '-', so dsconfig may take it for an option"),
            ),
            NameProblem::SurroundingWhitespace => Diagnostic::new(
                &rules::NAME_WHITESPACE,
                path(),
                format!("{what} starts or ends with white space, which becomes part of the name"),
            )
            .hint("Remove the surrounding spaces"),
        });
    }
}
