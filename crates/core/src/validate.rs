//! Validation: every rule applied to a scenario, all findings returned at once.

use crate::diagnostic::Diagnostic;
use crate::names::{self, NameProblem, describe_char};
use crate::rules;
use crate::scenario::Scenario;
use crate::source::{PasswordAttribute, SourceKind};

/// Every diagnostic about `scenario`, in rule order. Never fails and never panics: a scenario
/// that cannot work yields error diagnostics, not an `Err`.
pub fn validate(scenario: &Scenario) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    check_password_source(scenario, &mut out);
    check_name(
        "the attribute map name",
        "/attribute_map",
        &scenario.attribute_map,
        &mut out,
    );
    out.sort_by_key(|d| rules::ALL.iter().position(|r| r.code == d.code));
    out
}

fn check_password_source(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    let facts = scenario.source.facts();
    let attribute = scenario.password_attribute.as_str();
    match facts.password_attribute {
        PasswordAttribute::Unavailable => {
            out.push(
                Diagnostic::new(
                    &rules::PASSWORD_FROM_PINGONE,
                    "/source",
                    format!(
                        "{} cannot be the source of a password mapping: PingDataSync cannot \
                         retrieve passwords from it",
                        facts.label
                    ),
                )
                .hint(
                    "Synchronize passwords from the directory or database that holds them, or \
                     leave passwords out of this sync pipe",
                ),
            );
            // No password mapping will be generated, so its attribute is not checked.
            return;
        }
        PasswordAttribute::Named if attribute.trim().is_empty() => {
            out.push(
                Diagnostic::new(
                    &rules::PASSWORD_ATTRIBUTE_MISSING,
                    "/password_attribute",
                    "an RDBMS source needs the column that stores the password",
                )
                .hint("Enter the column or attribute name, for example dbPassword"),
            );
        }
        PasswordAttribute::Fixed(default) if attribute.trim().is_empty() => {
            out.push(
                Diagnostic::new(
                    &rules::PASSWORD_ATTRIBUTE_MISSING,
                    "/password_attribute",
                    format!(
                        "the password mapping needs a source attribute for {}",
                        facts.label
                    ),
                )
                .hint(format!("{} stores passwords in {default}", facts.label)),
            );
        }
        _ => check_attribute_name(attribute, out),
    }
    if scenario.source == SourceKind::Rdbms {
        out.push(
            Diagnostic::new(
                &rules::RDBMS_PASSWORD_HASHING,
                "/password_attribute",
                "the password column must hold values hashed with a scheme PingDirectory \
                 recognizes, such as {SSHA256}..., never encrypted values",
            )
            .hint(
                "Check a stored value: it should start with a scheme prefix such as {SSHA256}, \
                 {SSHA512} or {PBKDF2}",
            ),
        );
    }
    if scenario.source == SourceKind::IbmDirectory
        && attribute.trim().eq_ignore_ascii_case("userPassword")
    {
        out.push(
            Diagnostic::new(
                &rules::IBM_PASSWORD_BINARY,
                "/password_attribute",
                "IBM Security Directory and IBM Tivoli Directory return the password as \
                 userPassword;binary, so userPassword alone finds no value",
            )
            .hint("Use userPassword;binary"),
        );
    }
}

fn check_attribute_name(attribute: &str, out: &mut Vec<Diagnostic>) {
    // Control characters and the like are reported by the name checks; the syntax rule is for
    // names that can be written but break LDAP's rules.
    check_name(
        "the password attribute",
        "/password_attribute",
        attribute,
        out,
    );
    if names::name_problems(attribute).is_empty()
        && let Some(problem) = names::attribute_description_problem(attribute)
    {
        out.push(
            Diagnostic::new(
                &rules::ATTRIBUTE_NAME_SYNTAX,
                "/password_attribute",
                format!("'{attribute}' is not an LDAP attribute name: {problem}"),
            )
            .hint(
                "Check the spelling. A JDBC source may use other column names, and PingDirectory \
                 accepts some with allow-attribute-name-exceptions",
            ),
        );
    }
}

fn check_name(what: &str, path: &'static str, name: &str, out: &mut Vec<Diagnostic>) {
    for problem in names::name_problems(name) {
        let diagnostic = match problem {
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
        };
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn codes(scenario: &Scenario) -> Vec<&'static str> {
        validate(scenario).into_iter().map(|d| d.code).collect()
    }

    fn scenario(source: SourceKind, attribute: &str, map: &str) -> Scenario {
        let mut scenario = Scenario::for_source(source);
        scenario.password_attribute = attribute.into();
        scenario.attribute_map = map.into();
        scenario
    }

    /// One input that fires each rule and one close to it that does not.
    #[test]
    fn each_rule_fires_and_stays_quiet() {
        let m = "Map";
        let table: &[(&str, Scenario, Scenario)] = &[
            (
                "password-from-pingone",
                scenario(SourceKind::PingOne, "", m),
                scenario(SourceKind::PingDirectory, "userPassword", m),
            ),
            (
                "password-attribute-missing",
                scenario(SourceKind::Rdbms, " ", m),
                scenario(SourceKind::Rdbms, "dbPassword", m),
            ),
            (
                "password-attribute-missing",
                scenario(SourceKind::PingDirectory, "", m),
                scenario(SourceKind::PingDirectory, "userPassword", m),
            ),
            (
                "rdbms-password-hashing",
                scenario(SourceKind::Rdbms, "dbPassword", m),
                scenario(SourceKind::PingDirectory, "dbPassword", m),
            ),
            (
                "ibm-password-binary",
                scenario(SourceKind::IbmDirectory, "userpassword", m),
                scenario(SourceKind::IbmDirectory, "userPassword;binary", m),
            ),
            (
                "attribute-name-syntax",
                scenario(SourceKind::Rdbms, "db_password", m),
                scenario(SourceKind::Rdbms, "dbPassword", m),
            ),
            (
                "name-missing",
                scenario(SourceKind::PingDirectory, "userPassword", ""),
                scenario(SourceKind::PingDirectory, "userPassword", "M"),
            ),
            (
                "name-control-character",
                scenario(SourceKind::PingDirectory, "userPassword", "a\nb"),
                scenario(SourceKind::PingDirectory, "userPassword", "a b"),
            ),
            (
                "name-leading-dash",
                scenario(SourceKind::PingDirectory, "userPassword", "-Map"),
                scenario(SourceKind::PingDirectory, "userPassword", "Map-"),
            ),
            (
                "name-whitespace",
                scenario(SourceKind::PingDirectory, "userPassword", "Map "),
                scenario(SourceKind::PingDirectory, "userPassword", "My Map"),
            ),
        ];
        for (code, fires, quiet) in table {
            assert!(
                codes(fires).contains(code),
                "{code} should fire on {fires:?}"
            );
            assert!(
                !codes(quiet).contains(code),
                "{code} should not fire on {quiet:?}"
            );
        }
        for rule in rules::ALL {
            assert!(
                table.iter().any(|(code, ..)| *code == rule.code),
                "rule {} has no row in this table",
                rule.code
            );
        }
    }

    #[test]
    fn presets_of_the_seed_have_no_errors() {
        let pd = Scenario::for_source(SourceKind::PingDirectory);
        assert_eq!(validate(&pd), vec![]);
        let rdbms = scenario(
            SourceKind::Rdbms,
            "dbPassword",
            "Generic_RDBMS_to_PingOne_User_Map",
        );
        assert_eq!(codes(&rdbms), vec!["rdbms-password-hashing"]);
    }

    #[test]
    fn all_findings_come_at_once_with_their_fields() {
        let diagnostics = validate(&scenario(SourceKind::Rdbms, "", ""));
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| (d.code, d.severity, d.path))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    "password-attribute-missing",
                    Severity::Error,
                    "/password_attribute"
                ),
                (
                    "rdbms-password-hashing",
                    Severity::Warning,
                    "/password_attribute"
                ),
                ("name-missing", Severity::Error, "/attribute_map"),
            ]
        );
        assert!(
            diagnostics
                .iter()
                .all(|d| d.doc_url.starts_with("https://"))
        );
    }

    #[test]
    fn pingone_source_is_one_error_on_the_source_field() {
        let diagnostics = validate(&scenario(SourceKind::PingOne, "userPassword", "Map"));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].severity, Severity::Error);
        assert_eq!(diagnostics[0].path, "/source");
        assert!(diagnostics[0].message.contains("cannot retrieve passwords"));
    }
}
