//! LDAP search filters (RFC 4515), as in a sync class's `include-filter`.
//!
//! The grammar is RFC 4515's: `(&…)`, `(|…)`, `(!…)`, `(attr=value)`, substrings with `*`,
//! `(attr>=value)`, `(attr<=value)`, `(attr~=value)`, presence `(attr=*)` and extensible match
//! `(attr:dn:rule:=value)`. Values keep their `\XX` escapes (two hex digits) as written.
//!
//! Where RFC 4515 and Ping's LDAP SDK (`com.unboundid.ldap.sdk.Filter.create`) differ, this
//! follows the SDK, which is what the server runs: empty `(&)` and `(|)` (RFC 4526 true and
//! false) and an empty value `(cn=)` are accepted; a whole filter without its outer parentheses
//! (`objectClass=person`) is accepted with a warning. Nesting deeper than [`MAX_DEPTH`] levels
//! is reported as a problem instead of recursing further.

use super::text::{char_len_at, found};
use super::{Parsed, Problem, attribute};

/// How many `&`, `|` and `!` levels may nest (Ping's SDK allows 100).
pub const MAX_DEPTH: usize = 64;

/// A parsed search filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    /// `(&…)`: every filter matches (an empty list is always true).
    And(Vec<Filter>),
    /// `(|…)`: some filter matches (an empty list is always false).
    Or(Vec<Filter>),
    /// `(!…)`: the filter does not match.
    Not(Box<Filter>),
    /// `(attr=value)`.
    Equality(Assertion),
    /// `(attr=ab*cd*ef)`.
    Substring(SubstringAssertion),
    /// `(attr>=value)`.
    GreaterOrEqual(Assertion),
    /// `(attr<=value)`.
    LessOrEqual(Assertion),
    /// `(attr~=value)`.
    Approximate(Assertion),
    /// `(attr=*)`.
    Present {
        /// The attribute description.
        attribute: String,
    },
    /// `(attr:dn:rule:=value)`.
    Extensible(ExtensibleMatch),
}

/// An attribute and an assertion value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assertion {
    /// The attribute description, options included.
    pub attribute: String,
    /// The value as written, `\XX` escapes kept.
    pub value: String,
}

/// A substring assertion: `initial*any*any*last`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubstringAssertion {
    /// The attribute description.
    pub attribute: String,
    /// The text before the first `*`, when not empty.
    pub initial: Option<String>,
    /// The texts between `*`s.
    pub any: Vec<String>,
    /// The text after the last `*` (RFC 4515's "final"), when not empty.
    pub last: Option<String>,
}

/// An extensible match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtensibleMatch {
    /// The attribute description; `None` in `(:rule:=value)`.
    pub attribute: Option<String>,
    /// Whether `:dn` was given (match the entry's DN attributes too).
    pub dn_attributes: bool,
    /// The matching rule (OID or name), when given.
    pub matching_rule: Option<String>,
    /// The value as written, `\XX` escapes kept.
    pub value: String,
}

impl Filter {
    /// The attribute descriptions the filter tests, in order of first use; repeats, compared
    /// case-insensitively, are left out.
    pub fn attributes(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        let mut stack = vec![self];
        while let Some(filter) = stack.pop() {
            let name = match filter {
                Filter::And(items) | Filter::Or(items) => {
                    stack.extend(items.iter().rev());
                    None
                }
                Filter::Not(inner) => {
                    stack.push(inner);
                    None
                }
                Filter::Equality(a)
                | Filter::GreaterOrEqual(a)
                | Filter::LessOrEqual(a)
                | Filter::Approximate(a) => Some(a.attribute.as_str()),
                Filter::Substring(s) => Some(s.attribute.as_str()),
                Filter::Present { attribute } => Some(attribute.as_str()),
                Filter::Extensible(e) => e.attribute.as_deref(),
            };
            match name {
                Some(name) if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) => {
                    names.push(name)
                }
                _ => {}
            }
        }
        names
    }
}

/// Parses a whole filter string; offsets are into `filter`.
pub fn parse(filter: &str) -> Parsed<Filter> {
    let mut parser = Parser::new(filter);
    let result = parser.whole();
    parser.finish(result)
}

/// Parses the filter that starts with the `(` at byte `start` of `s` and ends at its matching
/// `)`; returns it with the offset just after that `)`. Offsets are into `s`.
pub(crate) fn parse_prefix(s: &str, start: usize) -> Parsed<(Filter, usize)> {
    let mut parser = Parser::new(s);
    let result = parser.filter(start, 1);
    parser.finish(result)
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    /// Problems that do not stop the parse (attribute names, warnings).
    problems: Vec<Problem>,
}

type Step<T> = Result<T, Problem>;

impl<'a> Parser<'a> {
    fn new(s: &'a str) -> Parser<'a> {
        Parser {
            s,
            b: s.as_bytes(),
            problems: Vec::new(),
        }
    }

    fn finish<T>(mut self, result: Step<T>) -> Parsed<T> {
        let value = match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.problems.push(problem);
                None
            }
        };
        Parsed::new(value, self.problems)
    }

    fn whole(&mut self) -> Step<Filter> {
        let b = self.b;
        match b.first() {
            None => Err(Problem::error(
                0,
                "empty filter: expected a filter such as (objectClass=person)",
            )),
            Some(b'(') => {
                let (filter, end) = self.filter(0, 1)?;
                if end < b.len() {
                    return Err(Problem::error(
                        end,
                        format!(
                            "{} at byte {end} after the end of the filter: expected nothing after \
                             the final ')'",
                            found(self.s, end)
                        ),
                    ));
                }
                Ok(filter)
            }
            Some(c) if c.is_ascii_whitespace() => Err(Problem::error(
                0,
                format!(
                    "{} at byte 0 before the filter: expected '(' to start it",
                    found(self.s, 0)
                ),
            )),
            Some(_) => {
                self.problems.push(Problem::warning(
                    0,
                    "the filter at byte 0 is not enclosed in parentheses: expected (…) as RFC \
                     4515 requires, although Ping's LDAP SDK accepts a bare filter",
                ));
                let (filter, end) = self.body(0, 1, None)?;
                if end < b.len() {
                    let what = if b[end] == b')' {
                        "unmatched ')'".to_string()
                    } else {
                        found(self.s, end)
                    };
                    return Err(Problem::error(
                        end,
                        format!("{what} at byte {end}: expected the end of the filter"),
                    ));
                }
                Ok(filter)
            }
        }
    }

    /// Parses `( … )` whose `(` is at `open`; returns the filter and the offset after its `)`.
    fn filter(&mut self, open: usize, depth: usize) -> Step<(Filter, usize)> {
        if self.b.get(open) != Some(&b'(') {
            return Err(Problem::error(
                open,
                format!(
                    "{} at byte {open}: expected '(' to start a filter",
                    found(self.s, open)
                ),
            ));
        }
        if depth > MAX_DEPTH {
            return Err(Problem::error(
                open,
                format!(
                    "filter nested too deeply at byte {open}: expected at most {MAX_DEPTH} levels \
                     of '&', '|' and '!'"
                ),
            ));
        }
        let (filter, end) = self.body(open + 1, depth, Some(open))?;
        match self.b.get(end) {
            Some(b')') => Ok((filter, end + 1)),
            None => Err(self.unclosed(open)),
            Some(_) => Err(Problem::error(
                end,
                format!(
                    "{} at byte {end}: expected ')' to close the filter opened at byte {open}",
                    found(self.s, end)
                ),
            )),
        }
    }

    fn unclosed(&self, open: usize) -> Problem {
        let end = self.b.len();
        Problem::error(
            end,
            format!(
                "the filter ends at byte {end} while the '(' at byte {open} is still open: \
                 expected ')'"
            ),
        )
    }

    /// Parses what follows a `(` (or the start of a bare filter) up to, not including, the
    /// closing `)`; returns the filter and the offset of that `)` (or the end).
    fn body(&mut self, p: usize, depth: usize, open: Option<usize>) -> Step<(Filter, usize)> {
        match self.b.get(p) {
            None => Err(match open {
                Some(open) => self.unclosed(open),
                None => Problem::error(p, "empty filter: expected a filter"),
            }),
            Some(b'&') => self.list(p, depth, true),
            Some(b'|') => self.list(p, depth, false),
            Some(b'!') => self.not(p, depth),
            Some(b')') => Err(match open {
                Some(open) => Problem::error(
                    open,
                    format!(
                        "empty filter '()' at byte {open}: expected an attribute test such as \
                         (objectClass=person)"
                    ),
                ),
                None => Problem::error(
                    p,
                    format!(
                        "unmatched ')' at byte {p}: expected a filter such as (objectClass=person)"
                    ),
                ),
            }),
            Some(b'(') => Err(Problem::error(
                p,
                format!(
                    "'(' at byte {p}: expected '&', '|', '!' or an attribute description after \
                     the '('"
                ),
            )),
            Some(_) => self.item(p),
        }
    }

    fn list(&mut self, op: usize, depth: usize, and: bool) -> Step<(Filter, usize)> {
        let symbol = if and { '&' } else { '|' };
        let mut items = Vec::new();
        let mut p = op + 1;
        loop {
            match self.b.get(p) {
                Some(b'(') => {
                    let (item, end) = self.filter(p, depth + 1)?;
                    items.push(item);
                    p = end;
                }
                None | Some(b')') => break,
                Some(_) => {
                    return Err(Problem::error(
                        p,
                        format!(
                            "{} at byte {p}: expected '(' to start a nested filter or ')' to end \
                             the '{symbol}' filter at byte {op}",
                            found(self.s, p)
                        ),
                    ));
                }
            }
        }
        let filter = if and {
            Filter::And(items)
        } else {
            Filter::Or(items)
        };
        Ok((filter, p))
    }

    fn not(&mut self, op: usize, depth: usize) -> Step<(Filter, usize)> {
        let p = op + 1;
        if self.b.get(p) != Some(&b'(') {
            return Err(Problem::error(
                p,
                format!(
                    "{} at byte {p}: expected '(' after the '!' at byte {op}, since a '!' filter \
                     holds exactly one filter in parentheses",
                    found(self.s, p)
                ),
            ));
        }
        let (inner, end) = self.filter(p, depth + 1)?;
        if self.b.get(end) == Some(&b'(') {
            return Err(Problem::error(
                end,
                format!(
                    "second filter at byte {end} inside the '!' at byte {op}: expected ')', since \
                     a '!' filter holds exactly one filter (combine several with & or |)"
                ),
            ));
        }
        Ok((Filter::Not(Box::new(inner)), end))
    }

    /// Parses `attr op value`; returns the filter and the offset of what ends the value.
    fn item(&mut self, p: usize) -> Step<(Filter, usize)> {
        let (s, b) = (self.s, self.b);
        let mut q = p;
        while q < b.len() && !matches!(b[q], b'=' | b'~' | b'<' | b'>' | b':' | b'(' | b')') {
            q += char_len_at(s, q);
        }
        let attribute = &s[p..q];
        let Some(&op) = b.get(q) else {
            return Err(Problem::error(
                q,
                format!(
                    "the filter ends at byte {q} after '{attribute}': expected '=', '>=', '<=', \
                     '~=' or ':=' and a value"
                ),
            ));
        };
        match op {
            b'(' | b')' => Err(Problem::error(
                q,
                format!(
                    "{} at byte {q} after '{attribute}': expected '=', '>=', '<=', '~=' or ':=' \
                     and a value",
                    found(s, q)
                ),
            )),
            b':' => self.extensible(p, q),
            _ => {
                let (value_start, name) = match op {
                    b'=' => (q + 1, "="),
                    _ => {
                        let name = match op {
                            b'~' => "~=",
                            b'<' => "<=",
                            _ => ">=",
                        };
                        if b.get(q + 1) != Some(&b'=') {
                            return Err(Problem::error(
                                q + 1,
                                format!(
                                    "{} at byte {}: expected '=' to make '{name}'",
                                    found(s, q + 1),
                                    q + 1
                                ),
                            ));
                        }
                        (q + 2, name)
                    }
                };
                if attribute.is_empty() {
                    return Err(Problem::error(
                        q,
                        format!(
                            "missing attribute description before '{name}' at byte {q}: expected \
                             a filter such as (objectClass=person)"
                        ),
                    ));
                }
                attribute::check_attribute(attribute, p, &mut self.problems);
                let value = self.value(value_start, name)?;
                let attribute = attribute.to_string();
                let filter = match op {
                    b'~' => Filter::Approximate(value.assertion(attribute)),
                    b'<' => Filter::LessOrEqual(value.assertion(attribute)),
                    b'>' => Filter::GreaterOrEqual(value.assertion(attribute)),
                    _ => value.equality_filter(attribute),
                };
                Ok((filter, value.end))
            }
        }
    }

    /// Parses an extensible match whose attribute runs from `p` to the `:` at `colon`.
    fn extensible(&mut self, p: usize, colon: usize) -> Step<(Filter, usize)> {
        let (s, b) = (self.s, self.b);
        let attribute = (colon > p).then(|| &s[p..colon]);
        if let Some(attribute) = attribute {
            attribute::check_attribute(attribute, p, &mut self.problems);
        }
        let mut r = colon + 1;
        let mut dn_attributes = false;
        let mut rule: Option<(usize, &str)> = None;
        // Up to two `token:` before the `=`: `dn:` then the rule, or just the rule.
        for _ in 0..2 {
            if b.get(r) == Some(&b'=') {
                break;
            }
            let start = r;
            while r < b.len() && !matches!(b[r], b':' | b'=' | b'(' | b')') {
                r += char_len_at(s, r);
            }
            let token = &s[start..r];
            if b.get(r) != Some(&b':') {
                return Err(Problem::error(
                    r,
                    format!(
                        "{} at byte {r} in the extensible match at byte {colon}: expected \
                         ':' after '{token}', as in (cn:dn:caseExactMatch:=value)",
                        found(s, r)
                    ),
                ));
            }
            if token.is_empty() {
                return Err(Problem::error(
                    start,
                    format!(
                        "empty matching rule at byte {start}: expected an OID or name such as \
                         caseExactMatch between the ':'s"
                    ),
                ));
            }
            r += 1;
            if !dn_attributes && rule.is_none() && token.eq_ignore_ascii_case("dn") {
                dn_attributes = true;
            } else if rule.is_none() {
                rule = Some((start, token));
                if b.get(r) != Some(&b'=') {
                    return Err(Problem::error(
                        r,
                        format!(
                            "{} at byte {r}: expected '=' after the matching rule '{token}:'",
                            found(s, r)
                        ),
                    ));
                }
            }
        }
        if b.get(r) != Some(&b'=') {
            return Err(Problem::error(
                r,
                format!(
                    "{} at byte {r} in the extensible match at byte {colon}: expected ':='",
                    found(s, r)
                ),
            ));
        }
        if attribute.is_none() && rule.is_none() {
            return Err(Problem::error(
                colon,
                format!(
                    "extensible match at byte {colon} without an attribute or a matching rule: \
                     expected (attr:=value), (attr:dn:=value) or (:rule:=value)"
                ),
            ));
        }
        if let Some((at, rule)) = rule {
            attribute::check_matching_rule(rule, at, &mut self.problems);
        }
        let value = self.value(r + 1, ":=")?;
        let filter = Filter::Extensible(ExtensibleMatch {
            attribute: attribute.map(str::to_string),
            dn_attributes,
            matching_rule: rule.map(|(_, rule)| rule.to_string()),
            value: value.last.clone(),
        });
        Ok((filter, value.end))
    }

    /// Reads an assertion value from `start` to the `)` (or the end). Only `=` takes wildcards.
    fn value(&mut self, start: usize, op: &str) -> Step<Value> {
        let (s, b) = (self.s, self.b);
        let mut value = Value {
            pieces: Vec::new(),
            last: String::new(),
            end: start,
        };
        let mut i = start;
        while i < b.len() {
            match b[i] {
                b')' => break,
                b'(' => {
                    return Err(Problem::error(
                        i,
                        format!(
                            "unescaped '(' at byte {i} in the value: expected \\28 for a literal \
                             '(', or a ')' before it to end the filter"
                        ),
                    ));
                }
                b'\\' => {
                    let hex = |k: usize| b.get(k).is_some_and(u8::is_ascii_hexdigit);
                    if !(hex(i + 1) && hex(i + 2)) {
                        return Err(Problem::error(
                            i,
                            format!(
                                "invalid escape at byte {i}: expected two hexadecimal digits \
                                 after '\\', such as \\2a for '*' or \\5c for '\\'"
                            ),
                        ));
                    }
                    value.last.push_str(&s[i..i + 3]);
                    i += 3;
                }
                b'*' if op != "=" => {
                    return Err(Problem::error(
                        i,
                        format!(
                            "unescaped '*' at byte {i} in a '{op}' filter: expected \\2a for a \
                             literal '*', since only '=' filters take wildcards"
                        ),
                    ));
                }
                b'*' => {
                    if value.last.is_empty() && !value.pieces.is_empty() {
                        return Err(Problem::error(
                            i,
                            format!(
                                "second '*' in a row at byte {i}: expected text between the \
                                 wildcards of a substring filter"
                            ),
                        ));
                    }
                    value.pieces.push(std::mem::take(&mut value.last));
                    i += 1;
                }
                _ => {
                    // The whole run up to the next byte that means something here, at once
                    // rather than a character at a time (those bytes are ASCII, so the run
                    // ends on a character boundary).
                    let end = b[i..]
                        .iter()
                        .position(|c| matches!(c, b')' | b'(' | b'\\' | b'*'))
                        .map_or(b.len(), |n| i + n);
                    value.last.push_str(&s[i..end]);
                    i = end;
                }
            }
        }
        value.end = i;
        Ok(value)
    }
}

/// An assertion value split at its unescaped `*`s.
struct Value {
    /// The texts before each `*`.
    pieces: Vec<String>,
    /// The text after the last `*` (all of it when there is none).
    last: String,
    /// Where the value ends: its `)` or the end of the string.
    end: usize,
}

impl Value {
    fn assertion(&self, attribute: String) -> Assertion {
        Assertion {
            attribute,
            value: self.last.clone(),
        }
    }

    /// Equality, presence or substring, depending on the `*`s.
    fn equality_filter(&self, attribute: String) -> Filter {
        match self.pieces.as_slice() {
            [] => Filter::Equality(self.assertion(attribute)),
            [only] if only.is_empty() && self.last.is_empty() => Filter::Present { attribute },
            [initial, any @ ..] => Filter::Substring(SubstringAssertion {
                attribute,
                initial: (!initial.is_empty()).then(|| initial.clone()),
                any: any.to_vec(),
                last: (!self.last.is_empty()).then(|| self.last.clone()),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn ok(filter: &str) -> Filter {
        let parsed = parse(filter);
        assert_eq!(parsed.problems, vec![], "{filter}");
        parsed.value.expect(filter)
    }

    fn error(filter: &str, offset: usize, expected: &str) {
        let parsed = parse(filter);
        assert_eq!(parsed.value, None, "{filter}");
        let errors: Vec<&Problem> = parsed.errors().collect();
        assert_eq!(errors.len(), 1, "{filter}: {:?}", parsed.problems);
        assert_eq!(errors[0].offset, offset, "{filter}: {:?}", errors[0]);
        assert!(
            errors[0].message.contains(expected),
            "{filter}: {:?} lacks {expected:?}",
            errors[0].message
        );
    }

    fn eq(attribute: &str, value: &str) -> Filter {
        Filter::Equality(Assertion {
            attribute: attribute.into(),
            value: value.into(),
        })
    }

    #[test]
    fn simple_comparisons() {
        assert_eq!(ok("(objectClass=person)"), eq("objectClass", "person"));
        assert_eq!(ok("(cn=)"), eq("cn", ""));
        assert_eq!(ok("(cn=a\\2ab\\29)"), eq("cn", "a\\2ab\\29"));
        assert_eq!(ok("(cn=Émile 漢)"), eq("cn", "Émile 漢"));
        assert_eq!(ok("(cn;lang-fr=x)"), eq("cn;lang-fr", "x"));
        assert_eq!(ok("(2.5.4.3=x)"), eq("2.5.4.3", "x"));
        assert_eq!(ok("(uid=${UID})"), eq("uid", "${UID}"));
        assert_eq!(
            ok("(age>=18)"),
            Filter::GreaterOrEqual(Assertion {
                attribute: "age".into(),
                value: "18".into()
            })
        );
        assert_eq!(
            ok("(age<=18)"),
            Filter::LessOrEqual(Assertion {
                attribute: "age".into(),
                value: "18".into()
            })
        );
        assert_eq!(
            ok("(sn~=smith)"),
            Filter::Approximate(Assertion {
                attribute: "sn".into(),
                value: "smith".into()
            })
        );
        assert_eq!(
            ok("(mail=*)"),
            Filter::Present {
                attribute: "mail".into()
            }
        );
    }

    #[test]
    fn substrings() {
        let sub = |initial: Option<&str>, any: &[&str], last: Option<&str>| {
            Filter::Substring(SubstringAssertion {
                attribute: "cn".into(),
                initial: initial.map(Into::into),
                any: any.iter().map(|s| s.to_string()).collect(),
                last: last.map(Into::into),
            })
        };
        assert_eq!(ok("(cn=a*)"), sub(Some("a"), &[], None));
        assert_eq!(ok("(cn=*a)"), sub(None, &[], Some("a")));
        assert_eq!(ok("(cn=*a*)"), sub(None, &["a"], None));
        assert_eq!(ok("(cn=a*b*c*d)"), sub(Some("a"), &["b", "c"], Some("d")));
        assert_eq!(ok("(cn=*%%*)"), sub(None, &["%%"], None));
    }

    #[test]
    fn boolean_filters_and_attributes() {
        let filter = ok("(&(objectClass=person)(|(uid=a)(!(cn=b*)))(UID=c))");
        assert_eq!(filter.attributes(), vec!["objectClass", "uid", "cn"]);
        assert_eq!(ok("(&)"), Filter::And(vec![]));
        assert_eq!(ok("(|)"), Filter::Or(vec![]));
        assert_eq!(ok("(!(a=b))"), Filter::Not(Box::new(eq("a", "b"))));
        ok("(|(cn=*%%*)(mail=%%*)(uid=%%*)(sn=*%%*))");
    }

    #[test]
    fn extensible_matches() {
        let ext = |attribute: Option<&str>, dn: bool, rule: Option<&str>, value: &str| {
            Filter::Extensible(ExtensibleMatch {
                attribute: attribute.map(Into::into),
                dn_attributes: dn,
                matching_rule: rule.map(Into::into),
                value: value.into(),
            })
        };
        assert_eq!(ok("(cn:=x)"), ext(Some("cn"), false, None, "x"));
        assert_eq!(ok("(cn:dn:=x)"), ext(Some("cn"), true, None, "x"));
        assert_eq!(
            ok("(cn:DN:2.5.13.5:=x)"),
            ext(Some("cn"), true, Some("2.5.13.5"), "x")
        );
        assert_eq!(
            ok("(cn:caseExactMatch:=x)"),
            ext(Some("cn"), false, Some("caseExactMatch"), "x")
        );
        assert_eq!(
            ok("(:dn:2.5.13.5:=x)"),
            ext(None, true, Some("2.5.13.5"), "x")
        );
        assert_eq!(
            ok("(:2.5.13.5:=x)"),
            ext(None, false, Some("2.5.13.5"), "x")
        );
        assert_eq!(ok("(o:dn:=Ace Industry)").attributes(), vec!["o"]);
        assert!(ok("(:2.5.13.5:=x)").attributes().is_empty());
    }

    #[test]
    fn structural_errors_point_at_the_culprit() {
        error("", 0, "empty filter");
        error(
            "(",
            1,
            "the filter ends at byte 1 while the '(' at byte 0 is still open",
        );
        error("(cn=x", 5, "while the '(' at byte 0 is still open");
        error("(&(a=b)", 7, "while the '(' at byte 0 is still open");
        error("()", 0, "empty filter '()' at byte 0");
        error(
            "((a=b))",
            1,
            "'(' at byte 1: expected '&', '|', '!' or an attribute",
        );
        error("(a=b))", 5, "')' at byte 5 after the end of the filter");
        error("(a=b) ", 5, "a space at byte 5 after the end of the filter");
        error(" (a=b)", 0, "a space at byte 0 before the filter");
        error(
            "(&(a=b) (c=d))",
            7,
            "a space at byte 7: expected '(' to start a nested filter or ')' to end the '&' filter at byte 1",
        );
        error(
            "(!a=b)",
            2,
            "'a' at byte 2: expected '(' after the '!' at byte 1",
        );
        error(
            "(!(a=b)(c=d))",
            7,
            "second filter at byte 7 inside the '!' at byte 1",
        );
        error("(cn)", 3, "')' at byte 3 after 'cn': expected '='");
        error("(cn", 3, "the filter ends at byte 3 after 'cn'");
        error(
            "(=x)",
            1,
            "missing attribute description before '=' at byte 1",
        );
        error("(a>x)", 3, "'x' at byte 3: expected '=' to make '>='");
        error("(a~)", 3, "')' at byte 3: expected '=' to make '~='");
    }

    #[test]
    fn value_errors_point_at_the_culprit() {
        error("(cn=a(b)", 5, "unescaped '(' at byte 5");
        error(
            "(cn=a\\2)",
            5,
            "invalid escape at byte 5: expected two hexadecimal digits",
        );
        error("(cn=a\\zz)", 5, "invalid escape at byte 5");
        error("(cn=a\\", 5, "invalid escape at byte 5");
        error("(cn=a**b)", 6, "second '*' in a row at byte 6");
        error("(cn=**)", 5, "second '*' in a row at byte 5");
        error("(age>=1*)", 7, "unescaped '*' at byte 7 in a '>=' filter");
        error("(cn:=*)", 5, "unescaped '*' at byte 5 in a ':=' filter");
    }

    #[test]
    fn extensible_errors() {
        error(
            "(:=x)",
            1,
            "extensible match at byte 1 without an attribute or a matching rule",
        );
        error("(:dn:=x)", 1, "without an attribute or a matching rule");
        error(
            "(cn:rule=x)",
            8,
            "'=' at byte 8 in the extensible match at byte 3: expected ':' after 'rule'",
        );
        error("(cn::=x)", 4, "empty matching rule at byte 4");
        error(
            "(cn:dn:rule:x=y)",
            12,
            "'x' at byte 12: expected '=' after the matching rule",
        );
        error(
            "(cn:dn:a:b:=x)",
            9,
            "'b' at byte 9: expected '=' after the matching rule 'a:'",
        );
    }

    #[test]
    fn attribute_problems_do_not_stop_the_parse() {
        let parsed = parse("(&(db_name=x)(a b=y))");
        let value = parsed.value.expect("parsed");
        assert_eq!(value.attributes(), vec!["db_name", "a b"]);
        assert_eq!(parsed.problems.len(), 2, "{:?}", parsed.problems);
        assert_eq!(parsed.problems[0].severity, Severity::Warning);
        assert_eq!(parsed.problems[0].offset, 5);
        assert_eq!(parsed.problems[1].severity, Severity::Error);
        assert_eq!(parsed.problems[1].offset, 15);
        let parsed = parse("(cn:bad rule:=x)");
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.problems[0].offset, 7);
        assert!(parsed.problems[0].message.contains("matching rule"));
    }

    #[test]
    fn bare_filters_are_a_warning() {
        let parsed = parse("objectClass=person");
        assert_eq!(parsed.value, Some(eq("objectClass", "person")));
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(parsed.problems[0].severity, Severity::Warning);
        assert!(parse("&(a=b)(c=d)").value.is_some());
        error("a=b)", 3, "unmatched ')' at byte 3");
        error("a", 1, "the filter ends at byte 1 after 'a'");
        error(")", 0, "unmatched ')' at byte 0");
    }

    #[test]
    fn depth_is_bounded() {
        let at_limit = format!(
            "{}(a=b){}",
            "(!".repeat(MAX_DEPTH - 1),
            ")".repeat(MAX_DEPTH - 1)
        );
        ok(&at_limit);
        let too_deep = format!("{}(a=b){}", "(!".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        error(&too_deep, 2 * MAX_DEPTH, "filter nested too deeply");
        let huge = "(&".repeat(100_000);
        error(&huge, 2 * MAX_DEPTH, "filter nested too deeply");
    }

    #[test]
    fn prefix_parse_reports_the_end() {
        let parsed = parse_prefix("x(a=b):{uid}", 1);
        assert_eq!(parsed.value, Some((eq("a", "b"), 6)));
    }
}
