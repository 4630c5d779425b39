//! DN map patterns: `from-dn-pattern` and `to-dn-pattern` (domain reference §2.8).
//!
//! A `from-dn-pattern` is a DN whose RDNs may be wildcards: `*` matches one RDN and may appear
//! any number of times, `**` matches zero or more RDNs and may appear at most once. A literal `*`
//! is written `\2A`. Wildcards stand for whole RDNs, so an unescaped `*` inside an RDN value
//! (`uid=*`) is an error. `${VAR}` templates (and whole-RDN `[X]` / `<x>` placeholders) are kept
//! verbatim: `**,ou=source,${USER_BASE_DN}`.
//!
//! A `to-dn-pattern` is a value pattern ([`super::value_pattern`]) in which `{1}`, `{2}`… insert
//! what the wildcards matched, numbered in order of appearance in the `from-dn-pattern`
//! (`*,**,dc=com` → `{1}` is the `*`, `{2}` the `**`); `{attr}` references and regex
//! transforms work as in value patterns: `uid={givenname:/^(.)(.*)/$1/s}{eid},{2},o=example`.
//! The literal text of a `to-dn-pattern` is not checked as DN syntax.

use super::text::{char_len_at, contains_template, is_placeholder, template_end};
use super::value_pattern::{self, Mode, ValuePattern};
use super::{Parsed, Problem, attribute};

/// A parsed `from-dn-pattern`: its RDNs from left to right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FromDnPattern {
    /// The comma-separated components, white space around them trimmed.
    pub components: Vec<DnComponent>,
}

/// One comma-separated component of a `from-dn-pattern`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnComponent {
    /// Byte offset of the component's first character.
    pub offset: usize,
    /// What it is.
    pub kind: DnComponentKind,
}

/// The kinds of `from-dn-pattern` component.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DnComponentKind {
    /// `*`: exactly one RDN.
    One,
    /// `**`: zero or more RDNs.
    Any,
    /// A literal RDN such as `ou=people` (escapes kept as written).
    Rdn(String),
    /// A whole-component placeholder: `${USER_BASE_DN}`, `[BASE_DN]`, `<base-dn>`.
    Template(String),
}

impl FromDnPattern {
    /// How many wildcards (`*` and `**`) there are: the highest `{n}` a `to-dn-pattern` may use.
    pub fn wildcards(&self) -> usize {
        self.components
            .iter()
            .filter(|c| matches!(c.kind, DnComponentKind::One | DnComponentKind::Any))
            .count()
    }
}

/// Both patterns of a DN map, checked together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnMapCheck<'a> {
    /// The `from-dn-pattern`; offsets are into it.
    pub from: Parsed<FromDnPattern>,
    /// The `to-dn-pattern`, checked against the wildcards of `from`; offsets are into it.
    pub to: Parsed<ValuePattern<'a>>,
}

/// Checks a DN map's `from-dn-pattern` and `to-dn-pattern`.
pub fn check_dn_map<'a>(from: &str, to: &'a str) -> DnMapCheck<'a> {
    let from = parse_from(from);
    let wildcards = from.value.as_ref().map_or(0, FromDnPattern::wildcards);
    let to = parse_to(to, wildcards);
    DnMapCheck { from, to }
}

/// Parses a `to-dn-pattern` whose `from-dn-pattern` has `wildcards` wildcards.
pub fn parse_to(pattern: &str, wildcards: usize) -> Parsed<ValuePattern<'_>> {
    let (value, problems) = value_pattern::parse_in(pattern, 0, Mode::ToDn { wildcards });
    Parsed::new(Some(value), problems)
}

/// Parses a `from-dn-pattern`; offsets are into `pattern`.
pub fn parse_from(pattern: &str) -> Parsed<FromDnPattern> {
    let mut problems = Vec::new();
    let mut components = Vec::new();
    if pattern.trim().is_empty() {
        problems.push(Problem::error(
            0,
            "empty from-dn-pattern: expected a pattern such as **,ou=people,dc=example,dc=com",
        ));
        return Parsed::new(Some(FromDnPattern { components }), problems);
    }
    let marks = significant_bytes(pattern, &mut problems);
    let mut first_any: Option<usize> = None;
    let mut start = 0;
    let commas = marks.iter().filter(|(_, c)| *c == b',').map(|(i, _)| *i);
    for end in commas.chain(std::iter::once(pattern.len())) {
        let component = Component {
            pattern,
            marks: &marks,
        };
        if let Some(parsed) = component.parse(start, end, &mut first_any, &mut problems) {
            components.push(parsed);
        }
        start = end + 1;
    }
    Parsed::new(Some(FromDnPattern { components }), problems)
}

/// The bytes that structure a DN (`,` `+` `=` `*` `{` `}`), where they are not escaped and not
/// inside a `${VAR}` template; reports bad escapes on the way.
fn significant_bytes(pattern: &str, problems: &mut Vec<Problem>) -> Vec<(usize, u8)> {
    let b = pattern.as_bytes();
    let mut marks = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                let hex = |k: usize| b.get(k).is_some_and(u8::is_ascii_hexdigit);
                if hex(i + 1) && hex(i + 2) {
                    i += 3;
                } else if b.get(i + 1).is_some_and(|c| b",+\"\\<>;=# ".contains(c)) {
                    i += 2;
                } else {
                    problems.push(Problem::error(
                        i,
                        format!(
                            "invalid escape at byte {i}: expected two hexadecimal digits after \
                             '\\' (\\2A for a literal '*'), or one of , + \" \\ < > ; = # or a \
                             space"
                        ),
                    ));
                    // Skip the escaped character too, so it is not read as structure.
                    i += 1 + if i + 1 < b.len() {
                        char_len_at(pattern, i + 1)
                    } else {
                        0
                    };
                }
            }
            b'$' => i = template_end(pattern, i).unwrap_or(i + 1),
            c @ (b',' | b'+' | b'=' | b'*' | b'{' | b'}') => {
                marks.push((i, c));
                i += 1;
            }
            // The whole run up to the next byte that means something here, at once rather than
            // a character at a time (those bytes are ASCII, so the run ends on a character
            // boundary).
            _ => {
                i = b[i..]
                    .iter()
                    .position(|c| {
                        matches!(c, b'\\' | b'$' | b',' | b'+' | b'=' | b'*' | b'{' | b'}')
                    })
                    .map_or(b.len(), |n| i + n);
            }
        }
    }
    marks
}

struct Component<'a> {
    pattern: &'a str,
    marks: &'a [(usize, u8)],
}

impl Component<'_> {
    /// The significant bytes in `start..end` (marks are sorted by offset).
    fn marks_in(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, u8)> + '_ {
        let low = self.marks.partition_point(|(i, _)| *i < start);
        let high = self.marks.partition_point(|(i, _)| *i < end).max(low);
        self.marks[low..high].iter().copied()
    }

    /// `start..end` without surrounding spaces (an escaped trailing space is kept).
    fn trim(&self, mut start: usize, mut end: usize) -> (usize, usize) {
        let b = self.pattern.as_bytes();
        while start < end && b[start] == b' ' {
            start += 1;
        }
        while end > start && b[end - 1] == b' ' && !(end >= start + 2 && b[end - 2] == b'\\') {
            end -= 1;
        }
        (start, end)
    }

    fn parse(
        &self,
        start: usize,
        end: usize,
        first_any: &mut Option<usize>,
        problems: &mut Vec<Problem>,
    ) -> Option<DnComponent> {
        let (a, e) = self.trim(start, end);
        let text = &self.pattern[a..e];
        let kind = if text.is_empty() {
            problems.push(Problem::error(
                a,
                format!(
                    "empty RDN at byte {a}: expected 'attr=value', '*' or '**' between the commas"
                ),
            ));
            return None;
        } else if text == "*" {
            DnComponentKind::One
        } else if text == "**" {
            if let Some(first) = *first_any {
                problems.push(Problem::error(
                    a,
                    format!(
                        "second '**' at byte {a}: expected '**' at most once in a \
                         from-dn-pattern, and the first is at byte {first}"
                    ),
                ));
            } else {
                *first_any = Some(a);
            }
            DnComponentKind::Any
        } else if text.bytes().all(|c| c == b'*') {
            problems.push(Problem::error(
                a,
                format!(
                    "'{text}' at byte {a} is not a wildcard: expected '*' for one RDN or '**' for \
                     any number of RDNs"
                ),
            ));
            return None;
        } else if is_placeholder(text) {
            DnComponentKind::Template(text.to_string())
        } else {
            let mut ava_start = a;
            let pluses = self
                .marks_in(a, e)
                .filter(|(_, c)| *c == b'+')
                .map(|(i, _)| i);
            for plus in pluses.chain(std::iter::once(e)) {
                self.ava(ava_start, plus, problems);
                ava_start = plus + 1;
            }
            if let Some((at, c)) = self.marks_in(a, e).find(|(_, c)| matches!(c, b'{' | b'}')) {
                problems.push(Problem::warning(
                    at,
                    format!(
                        "'{}' at byte {at} in a from-dn-pattern: references such as {{1}} belong \
                         in the to-dn-pattern; expected \\{:02X} for a literal '{}'",
                        char::from(c),
                        c,
                        char::from(c)
                    ),
                ));
            }
            DnComponentKind::Rdn(text.to_string())
        };
        Some(DnComponent { offset: a, kind })
    }

    /// Checks one `attr=value` of an RDN.
    fn ava(&self, start: usize, end: usize, problems: &mut Vec<Problem>) {
        let (x, y) = self.trim(start, end);
        let text = &self.pattern[x..y];
        let Some((eq, _)) = self.marks_in(x, y).find(|(_, c)| *c == b'=') else {
            if !contains_template(text) {
                problems.push(Problem::error(
                    x,
                    format!(
                        "'{text}' at byte {x} is not an RDN: expected 'attr=value', '*' or '**'"
                    ),
                ));
            }
            return;
        };
        let (_, name_end) = self.trim(x, eq);
        attribute::check_attribute(&self.pattern[x..name_end], x, problems);
        if let Some((star, _)) = self.marks_in(eq, y).find(|(_, c)| *c == b'*') {
            problems.push(Problem::error(
                star,
                format!(
                    "unescaped '*' at byte {star} in the value of '{text}': wildcards stand for \
                     whole RDNs ('*' or '**'), so expected \\2A for a literal '*'"
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn from_ok(pattern: &str) -> FromDnPattern {
        let parsed = parse_from(pattern);
        assert_eq!(parsed.problems, vec![], "{pattern}");
        parsed.value.expect(pattern)
    }

    fn from_problem(pattern: &str, offset: usize, expected: &str) -> Problem {
        let parsed = parse_from(pattern);
        assert_eq!(parsed.problems.len(), 1, "{pattern}: {:?}", parsed.problems);
        let problem = parsed.problems[0].clone();
        assert_eq!(problem.offset, offset, "{pattern}: {problem:?}");
        assert!(problem.message.contains(expected), "{pattern}: {problem:?}");
        problem
    }

    fn to_problem(pattern: &str, wildcards: usize, offset: usize, expected: &str) {
        let parsed = parse_to(pattern, wildcards);
        assert_eq!(parsed.problems.len(), 1, "{pattern}: {:?}", parsed.problems);
        assert_eq!(
            parsed.problems[0].offset, offset,
            "{pattern}: {:?}",
            parsed.problems
        );
        assert!(
            parsed.problems[0].message.contains(expected),
            "{pattern}: {:?}",
            parsed.problems
        );
    }

    #[test]
    fn from_patterns_with_wildcards_and_templates() {
        let pattern = from_ok("**,ou=source,${USER_BASE_DN}");
        assert_eq!(
            pattern.components,
            vec![
                DnComponent {
                    offset: 0,
                    kind: DnComponentKind::Any
                },
                DnComponent {
                    offset: 3,
                    kind: DnComponentKind::Rdn("ou=source".into())
                },
                DnComponent {
                    offset: 13,
                    kind: DnComponentKind::Template("${USER_BASE_DN}".into())
                },
            ]
        );
        assert_eq!(pattern.wildcards(), 1);
        assert_eq!(from_ok("*,**,dc=com").wildcards(), 2);
        assert_eq!(from_ok("*, *, ou=people, dc=example").wildcards(), 2);
        assert_eq!(from_ok("*,ou=people,[BASE_DN]").wildcards(), 1);
        from_ok("cn=a\\2Ab,o=x\\,y");
        from_ok("cn=a+sn=b,dc=com");
        from_ok("ou=${OU},o=x${SUFFIX}");
        from_ok("cn=Émile,dc=例");
        from_ok("cn=a\\ ,dc=x");
        from_ok("${RDN_ATTR}=x,dc=com");
    }

    #[test]
    fn from_pattern_errors() {
        from_problem("", 0, "empty from-dn-pattern");
        from_problem("   ", 0, "empty from-dn-pattern");
        from_problem(
            "**,ou=a,**",
            8,
            "second '**' at byte 8: expected '**' at most once in a from-dn-pattern, and the first is at byte 0",
        );
        from_problem("***,dc=com", 0, "'***' at byte 0 is not a wildcard");
        from_problem(
            "uid=*,dc=com",
            4,
            "unescaped '*' at byte 4 in the value of 'uid=*'",
        );
        from_problem("cn=a*b", 4, "unescaped '*'");
        from_problem("*,,dc=com", 2, "empty RDN at byte 2");
        from_problem("dc=com,", 7, "empty RDN at byte 7");
        from_problem("people,dc=com", 0, "'people' at byte 0 is not an RDN");
        from_problem("*,dc=com\\*", 8, "invalid escape at byte 8");
        from_problem("cn=a\\2", 4, "invalid escape at byte 4");
        from_problem(
            "*,o u=x",
            3,
            "a space at byte 3 in the attribute name 'o u'",
        );
        from_problem("*=x", 0, "'*' at byte 0 cannot start the attribute name");
        let warning = from_problem(
            "cn={1},dc=com",
            3,
            "'{' at byte 3 in a from-dn-pattern: references such as {1} belong in the to-dn-pattern; expected \\7B",
        );
        assert_eq!(warning.severity, Severity::Warning);
        let warning = from_problem("*,db_name=x", 4, "'_' at byte 4");
        assert_eq!(warning.severity, Severity::Warning);
    }

    #[test]
    fn to_patterns_refer_to_existing_wildcards() {
        for (pattern, wildcards) in [
            ("{1},ou=people,o=student", 1),
            ("{1},ou=destination,${USER_BASE_DN}", 1),
            (
                "uid={givenname:/^(.)(.*)/$1/s}{sn:/^(.)(.*)/$1/s}{eid},{2},o=example",
                2,
            ),
            ("{1},ou=012,o=example,c=us", 2),
            ("cn={cn},ou=fixed", 0),
        ] {
            let parsed = parse_to(pattern, wildcards);
            assert_eq!(parsed.problems, vec![], "{pattern}");
        }
        let parsed = parse_to("uid={givenname:/^(.)(.*)/$1/s}{eid},{2},o=example", 2);
        assert_eq!(parsed.value.unwrap().attributes(), vec!["givenname", "eid"]);
        to_problem(
            "{2},o=x",
            1,
            0,
            "'{2}' at byte 0 refers to wildcard 2, but the from-dn-pattern has only 1 wildcard",
        );
        to_problem("x={3}", 2, 2, "has only 2 wildcards");
        to_problem("{1},o=x", 0, 0, "has no wildcards ('*' or '**')");
        to_problem("{0},o=x", 1, 0, "wildcards are numbered from 1");
        to_problem("{99999999999999999999999}", 1, 0, "refers to wildcard");
        to_problem("", 1, 0, "empty to-dn-pattern");
        to_problem("{1,o=x", 1, 0, "unclosed '{' opened at byte 0");
        to_problem(
            "{x:/(/$1/},o=y",
            1,
            4,
            "unclosed '(' at byte 4 in the regex",
        );
    }

    #[test]
    fn dn_maps_are_checked_together() {
        let check = check_dn_map("*,**,dc=com", "{1},{2},{3}");
        assert_eq!(check.from.problems, vec![]);
        assert_eq!(check.to.problems.len(), 1);
        assert_eq!(check.to.problems[0].offset, 8);
        let check = check_dn_map(
            "**,ou=source,${USER_BASE_DN}",
            "{1},ou=destination,${USER_BASE_DN}",
        );
        assert!(!check.from.has_errors() && !check.to.has_errors());
    }
}
