//! `conditional-value-pattern` values: `(<ldap-filter>) : <value pattern>`.
//!
//! A constructed mapping tries its conditional patterns in order and uses the first whose filter
//! matches the source entry (domain reference §2.7). The filter is read up to its matching `)`;
//! white space around the `:` is optional and not part of the pattern (the reference writes
//! `(<ldap-filter>) : <pattern>`, Ping's examples also run them together). Offsets in every
//! problem, the pattern's included, are into the whole value.

use super::ldap_filter::{self, Filter};
use super::text::found;
use super::value_pattern::{self, Mode, ValuePattern};
use super::{Parsed, Problem};

/// A parsed `conditional-value-pattern`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionalValuePattern<'a> {
    /// The filter a source entry must match.
    pub filter: Filter,
    /// The pattern used when it does; its offsets are into the whole value.
    pub pattern: ValuePattern<'a>,
    /// Byte offset where the pattern starts.
    pub pattern_offset: usize,
}

impl ConditionalValuePattern<'_> {
    /// The attributes the filter tests, then those the pattern uses, without repeats.
    pub fn attributes(&self) -> Vec<&str> {
        let mut names = self.filter.attributes();
        for name in self.pattern.attributes() {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name);
            }
        }
        names
    }
}

/// Parses a `conditional-value-pattern`; `value` is `None` when the filter or the `:` is broken.
pub fn parse(value: &str) -> Parsed<ConditionalValuePattern<'_>> {
    let b = value.as_bytes();
    let start = skip_spaces(b, 0);
    if b.get(start) != Some(&b'(') {
        let problem = Problem::error(
            start,
            format!(
                "{} at byte {start}: expected '(' to start the filter of '(<ldap-filter>) : \
                 <pattern>'",
                found(value, start)
            ),
        );
        return Parsed::new(None, vec![problem]);
    }
    let filter = ldap_filter::parse_prefix(value, start);
    let mut problems = filter.problems;
    let Some((filter, end)) = filter.value else {
        return Parsed::new(None, problems);
    };
    let colon = skip_spaces(b, end);
    if b.get(colon) != Some(&b':') {
        problems.push(Problem::error(
            colon,
            format!(
                "{} at byte {colon} after the filter: expected ':' and the value pattern, as in \
                 '(objectClass=person) : {{uid}}'",
                found(value, colon)
            ),
        ));
        return Parsed::new(None, problems);
    }
    let pattern_offset = skip_spaces(b, colon + 1);
    let (pattern, pattern_problems) =
        value_pattern::parse_in(&value[pattern_offset..], pattern_offset, Mode::Value);
    problems.extend(pattern_problems);
    let parsed = ConditionalValuePattern {
        filter,
        pattern,
        pattern_offset,
    };
    Parsed::new(Some(parsed), problems)
}

/// The offset of the first byte at or after `i` that is not a space or tab.
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;
    use crate::pattern::ldap_filter::Assertion;

    fn ok(value: &str) -> ConditionalValuePattern<'_> {
        let parsed = parse(value);
        assert_eq!(parsed.problems, vec![], "{value}");
        parsed.value.expect(value)
    }

    fn one_error<'a>(
        value: &'a str,
        offset: usize,
        expected: &str,
    ) -> Parsed<ConditionalValuePattern<'a>> {
        let parsed = parse(value);
        let errors: Vec<&Problem> = parsed.errors().collect();
        assert_eq!(errors.len(), 1, "{value}: {:?}", parsed.problems);
        assert_eq!(errors[0].offset, offset, "{value}: {:?}", errors[0]);
        assert!(
            errors[0].message.contains(expected),
            "{value}: {:?}",
            errors[0]
        );
        parsed
    }

    #[test]
    fn with_and_without_spaces() {
        for (value, pattern_offset) in [
            ("(objectClass=person):{uid}", 21),
            ("(objectClass=person) : {uid}", 23),
            ("  (objectClass=person)\t:  {uid}", 26),
        ] {
            let parsed = ok(value);
            assert_eq!(parsed.pattern_offset, pattern_offset, "{value}");
            assert_eq!(
                parsed.filter,
                Filter::Equality(Assertion {
                    attribute: "objectClass".into(),
                    value: "person".into()
                })
            );
            assert_eq!(parsed.attributes(), vec!["objectClass", "uid"]);
        }
        let json = ok(r#"(&(l=Austin)(c=US)) : {{"id":"${AUSTIN_POPULATION_ID}"}}"#);
        assert_eq!(json.attributes(), vec!["l", "c"]);
        assert_eq!(ok("(mail=*):{mail:/@.*//}").attributes(), vec!["mail"]);
        assert_eq!(ok("(a=b):x:y").pattern_offset, 6);
    }

    #[test]
    fn pattern_offsets_are_into_the_whole_value() {
        let parsed = one_error("(a=b) : {uid", 8, "unclosed '{' opened at byte 8");
        assert!(parsed.value.is_some(), "the filter and ':' are fine");
        one_error("(a=b):x}", 7, "stray '}' at byte 7");
        one_error("(a=b):", 6, "empty value pattern");
        one_error(
            "(a=b) : {x:/(/y/}",
            12,
            "unclosed '(' at byte 12 in the regex",
        );
        let parsed = parse("(a=b):{db_x}");
        assert_eq!(parsed.problems[0].offset, 9);
        assert_eq!(parsed.problems[0].severity, Severity::Warning);
    }

    #[test]
    fn filter_and_colon_errors() {
        one_error("", 0, "the end at byte 0: expected '(' to start the filter");
        one_error("objectClass=person:{uid}", 0, "'o' at byte 0: expected '('");
        one_error(
            "(objectClass=person){uid}",
            20,
            "'{' at byte 20 after the filter: expected ':'",
        );
        one_error(
            "(objectClass=person)",
            20,
            "the end at byte 20 after the filter",
        );
        one_error("(objectClass=person:{uid}", 25, "still open");
        one_error(
            "(&(a=b)(c=d) : {uid}",
            12,
            "a space at byte 12: expected '(' to start a nested filter",
        );
        let parsed = one_error("(a b=c):x", 2, "a space at byte 2");
        assert!(
            parsed.value.is_some(),
            "a bad attribute name does not stop the parse"
        );
    }
}
