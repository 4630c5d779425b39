//! Attribute descriptions and matching rule names (RFC 4512), checked with byte offsets.
//!
//! A descriptor starts with an ASCII letter and goes on with letters, digits and `-`; a numeric
//! OID (`2.5.4.3`, two arcs or more) is accepted too. An attribute description may carry options
//! after `;` (`userPassword;binary`, `cn;lang-fr`). An `_` is only a warning: PingDirectory
//! accepts it with `allow-attribute-name-exceptions`, and JDBC sources name columns that way.
//! A name that is a template (`${ATTR}`, `[ATTR]`, `<attr>`) is accepted verbatim.

use super::Problem;
use super::text::{contains_template, is_placeholder};
use crate::names::{describe_char, is_plain_descriptor};

/// Checks an attribute description that starts at byte `offset`.
pub(crate) fn check_attribute(name: &str, offset: usize, problems: &mut Vec<Problem>) {
    check(name, offset, "attribute name", true, problems);
}

/// Checks an extensible-match matching rule (a descriptor or numeric OID, no options).
pub(crate) fn check_matching_rule(name: &str, offset: usize, problems: &mut Vec<Problem>) {
    check(name, offset, "matching rule", false, problems);
}

fn check(name: &str, offset: usize, what: &str, options: bool, problems: &mut Vec<Problem>) {
    // Most names are plain descriptors, with nothing to report.
    if is_plain_descriptor(name) {
        return;
    }
    if name.is_empty() {
        problems.push(Problem::error(
            offset,
            format!("empty {what} at byte {offset}: expected a name such as uid"),
        ));
        return;
    }
    if is_placeholder(name) || contains_template(name) {
        return;
    }
    let (base, rest) = match name.split_once(';') {
        Some((base, rest)) if options => (base, Some(rest)),
        _ => (name, None),
    };
    if base.is_empty() {
        problems.push(Problem::error(
            offset,
            format!(
                "empty {what} before ';' at byte {offset}: expected a name such as \
                 userPassword;binary"
            ),
        ));
        return;
    }
    if base.starts_with(|c: char| c.is_ascii_digit()) {
        if !is_numeric_oid(base) {
            problems.push(Problem::error(
                offset,
                format!(
                    "'{base}' at byte {offset} starts with a digit but is not a numeric OID such \
                     as 2.5.4.3: expected a {what} that starts with a letter"
                ),
            ));
        }
    } else if !check_descriptor(name, base, offset, what, problems) {
        return;
    }
    let Some(rest) = rest else { return };
    let mut semicolon = offset + base.len();
    for option in rest.split(';') {
        if option.is_empty() {
            problems.push(Problem::error(
                semicolon,
                format!(
                    "empty option after the ';' at byte {semicolon} in '{name}': expected an \
                     option such as binary or lang-fr"
                ),
            ));
            return;
        }
        if let Some((i, c)) = option
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            let at = semicolon + 1 + i;
            problems.push(Problem::error(
                at,
                format!(
                    "{} at byte {at} in the option '{option}' of '{name}': expected letters, \
                     digits or '-'",
                    describe_char(c)
                ),
            ));
            return;
        }
        semicolon += option.len() + 1;
    }
}

/// Checks a descriptor; false when it reported an error (so options are not checked too).
fn check_descriptor(
    name: &str,
    base: &str,
    offset: usize,
    what: &str,
    problems: &mut Vec<Problem>,
) -> bool {
    let mut warned = false;
    for (i, c) in base.char_indices() {
        let at = offset + i;
        if c == '_' {
            if !warned {
                problems.push(Problem::warning(
                    at,
                    format!(
                        "'_' at byte {at} in the {what} '{name}' is outside RFC 4512: the server \
                         accepts it only when allow-attribute-name-exceptions is set"
                    ),
                ));
                warned = true;
            }
        } else if i == 0 && !c.is_ascii_alphabetic() {
            problems.push(Problem::error(
                at,
                format!(
                    "{} at byte {at} cannot start the {what} '{name}': expected a letter",
                    describe_char(c)
                ),
            ));
            return false;
        } else if !(c.is_ascii_alphanumeric() || c == '-') {
            problems.push(Problem::error(
                at,
                format!(
                    "{} at byte {at} in the {what} '{name}': expected letters, digits or '-'",
                    describe_char(c)
                ),
            ));
            return false;
        }
    }
    true
}

/// A numeric OID: two or more dot-separated arcs of digits, without leading zeros.
pub(crate) fn is_numeric_oid(s: &str) -> bool {
    let arcs: Vec<&str> = s.split('.').collect();
    arcs.len() >= 2
        && arcs.iter().all(|arc| {
            !arc.is_empty()
                && arc.bytes().all(|b| b.is_ascii_digit())
                && (*arc == "0" || !arc.starts_with('0'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn check_name(name: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        check_attribute(name, 10, &mut problems);
        problems
    }

    #[test]
    fn good_names_pass() {
        for name in [
            "uid",
            "userPassword;binary",
            "cn;lang-fr;x",
            "x-1",
            "2.5.4.35",
            "0.1",
            "${ATTR}",
            "[ATTR]",
            "<attr>",
            "ou${SUFFIX}",
        ] {
            assert_eq!(check_name(name), vec![], "{name}");
        }
    }

    #[test]
    fn bad_names_say_where_and_why() {
        let cases = [
            ("", 10, "empty attribute name at byte 10"),
            (
                "-cn",
                10,
                "'-' at byte 10 cannot start the attribute name '-cn'",
            ),
            (
                "user Password",
                14,
                "a space at byte 14 in the attribute name",
            ),
            (
                "1abc",
                10,
                "'1abc' at byte 10 starts with a digit but is not a numeric OID",
            ),
            ("2.5..4", 10, "not a numeric OID"),
            ("01.2", 10, "not a numeric OID"),
            ("5", 10, "not a numeric OID"),
            ("userPassword;", 22, "empty option after the ';' at byte 22"),
            (
                "cn;lang fr",
                17,
                "a space at byte 17 in the option 'lang fr'",
            ),
            (";binary", 10, "empty attribute name before ';'"),
            ("né", 11, "'é' at byte 11"),
        ];
        for (name, offset, expected) in cases {
            let problems = check_name(name);
            assert_eq!(problems.len(), 1, "{name}: {problems:?}");
            assert_eq!(problems[0].offset, offset, "{name}");
            assert_eq!(problems[0].severity, Severity::Error, "{name}");
            assert!(
                problems[0].message.contains(expected),
                "{name}: {problems:?}"
            );
        }
    }

    #[test]
    fn underscore_is_a_warning_once() {
        let problems = check_name("db_pass_word");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].offset, 12);
        assert_eq!(problems[0].severity, Severity::Warning);
        assert!(
            problems[0]
                .message
                .contains("allow-attribute-name-exceptions")
        );
    }

    #[test]
    fn matching_rules_take_no_options() {
        let mut problems = Vec::new();
        check_matching_rule("caseExactMatch", 0, &mut problems);
        check_matching_rule("2.5.13.5", 0, &mut problems);
        assert_eq!(problems, vec![]);
        check_matching_rule("rule;x", 0, &mut problems);
        assert_eq!(problems[0].offset, 4);
        assert!(problems[0].message.contains("matching rule"));
    }
}
