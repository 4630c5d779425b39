//! Names of configuration objects and the attribute names mappings read.

use crate::diagnostic::Diagnostic;
use crate::names::{NameProblem, attribute_description_problem, describe_char, name_problems};
use crate::rules;
use crate::scenario::{Mapping, Scenario};

use super::mapping_path;

pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    let mut named: Vec<(&str, String, &str)> = vec![
        (
            "the sync source name",
            "/source/name".into(),
            &scenario.source.name,
        ),
        (
            "the sync destination name",
            "/destination/name".into(),
            &scenario.destination.name,
        ),
        (
            "the attribute map name",
            "/attribute_map/name".into(),
            &scenario.attribute_map.name,
        ),
    ];
    for (i, server) in scenario.source.servers.iter().enumerate() {
        named.push((
            "the server name",
            format!("/source/servers/{i}/name"),
            &server.name,
        ));
        named.push((
            "the server host",
            format!("/source/servers/{i}/host"),
            &server.host,
        ));
    }
    for (i, server) in scenario.destination.servers.iter().enumerate() {
        named.push((
            "the server name",
            format!("/destination/servers/{i}/name"),
            &server.name,
        ));
        named.push((
            "the server host",
            format!("/destination/servers/{i}/host"),
            &server.host,
        ));
    }
    for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        named.push((
            "the destination attribute",
            mapping_path(i, "to"),
            mapping.to(),
        ));
    }
    for (i, map) in scenario.dn_maps.iter().enumerate() {
        named.push(("the DN map name", format!("/dn_maps/{i}/name"), &map.name));
    }
    if let Some(pipe) = &scenario.sync_pipe {
        named.push(("the sync pipe name", "/sync_pipe/name".into(), &pipe.name));
        named.push((
            "the sync class name",
            "/sync_pipe/class/name".into(),
            &pipe.class.name,
        ));
    }
    for (what, path, name) in named {
        check_name(what, &path, name, out);
    }

    // Control characters anywhere else: patterns, DNs, filters, placeholders.
    let mut values: Vec<(String, &str)> = Vec::new();
    for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        match mapping {
            Mapping::Constructed {
                value_patterns,
                conditional_value_patterns,
                ..
            } => {
                for (k, p) in value_patterns.iter().enumerate() {
                    values.push((mapping_path(i, &format!("value_patterns/{k}")), p));
                }
                for (k, p) in conditional_value_patterns.iter().enumerate() {
                    values.push((
                        mapping_path(i, &format!("conditional_value_patterns/{k}")),
                        p,
                    ));
                }
            }
            Mapping::Json { fields, .. } => {
                for (k, f) in fields.iter().enumerate() {
                    values.extend(
                        f.value_pattern
                            .as_deref()
                            .map(|p| (mapping_path(i, &format!("fields/{k}/value_pattern")), p)),
                    );
                }
            }
            Mapping::Direct { .. } | Mapping::Dn { .. } => {}
        }
    }
    for (i, map) in scenario.dn_maps.iter().enumerate() {
        values.push((format!("/dn_maps/{i}/from_pattern"), &map.from_pattern));
        values.push((format!("/dn_maps/{i}/to_pattern"), &map.to_pattern));
    }
    if let Some(pipe) = &scenario.sync_pipe {
        for (k, dn) in pipe.class.base_dns.iter().enumerate() {
            values.push((format!("/sync_pipe/class/base_dns/{k}"), dn));
        }
        for (k, filter) in pipe.class.filters.iter().enumerate() {
            values.push((format!("/sync_pipe/class/filters/{k}"), filter));
        }
    }
    for (path, value) in values {
        if let Some(c) = value.chars().find(|c| c.is_control()) {
            out.push(Diagnostic::new(
                &rules::NAME_CONTROL_CHARACTER,
                path,
                format!(
                    "the value contains {}, which a dsconfig batch file cannot hold",
                    describe_char(c)
                ),
            ));
        }
    }

    // Source attribute names read by direct and dn mappings.
    for (i, mapping) in scenario.attribute_map.mappings.iter().enumerate() {
        if let Mapping::Direct { from, .. } | Mapping::Dn { from, .. } = mapping
            && !from.trim().is_empty()
        {
            check_attribute(&mapping_path(i, "from"), from, out);
        }
        if let Mapping::Json { fields, .. } = mapping {
            for (k, field) in fields.iter().enumerate() {
                if let Some(from) = field.from.as_deref().filter(|f| !f.trim().is_empty()) {
                    check_attribute(&mapping_path(i, &format!("fields/{k}/from")), from, out);
                }
            }
        }
    }
}

/// Name problems, then LDAP syntax for names that can at least be written.
fn check_attribute(path: &str, attribute: &str, out: &mut Vec<Diagnostic>) {
    check_name("the source attribute", path, attribute, out);
    if name_problems(attribute).is_empty()
        && let Some(problem) = attribute_description_problem(attribute)
    {
        out.push(
            Diagnostic::new(
                &rules::ATTRIBUTE_NAME_SYNTAX,
                path,
                format!("'{attribute}' is not an LDAP attribute name: {problem}"),
            )
            .hint(
                "Check the spelling. A JDBC source may use other column names, and PingDirectory \
                 accepts some with allow-attribute-name-exceptions",
            ),
        );
    }
}

pub(super) fn check_name(what: &str, path: &str, name: &str, out: &mut Vec<Diagnostic>) {
    for problem in name_problems(name) {
        out.push(match problem {
            NameProblem::Missing => {
                Diagnostic::new(&rules::NAME_MISSING, path, format!("{what} is empty"))
            }
            NameProblem::ControlCharacter(c) => Diagnostic::new(
                &rules::NAME_CONTROL_CHARACTER,
                path,
                format!(
                    "{what} contains {}, which a dsconfig batch file cannot hold",
                    describe_char(c)
                ),
            ),
            NameProblem::LeadingDash => Diagnostic::new(
                &rules::NAME_LEADING_DASH,
                path,
                format!("{what} starts with '-', so dsconfig may take it for an option"),
            ),
            NameProblem::SurroundingWhitespace => Diagnostic::new(
                &rules::NAME_WHITESPACE,
                path,
                format!("{what} starts or ends with white space, which becomes part of the name"),
            )
            .hint("Remove the surrounding spaces"),
        });
    }
}
