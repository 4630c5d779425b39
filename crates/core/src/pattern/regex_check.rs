//! A light structural check of the `/regex/replacement/flags` transform in value patterns.
//!
//! PingDataSync hands the regex to `java.util.regex.Pattern` and the replacement to `Matcher`.
//! There is no regex engine here (the WebAssembly bundle must stay small), so this checks only
//! what is cheap and certain: balanced `(` `)` and `[` `]` (honouring `\` escapes, `\Q…\E`
//! quoting and character classes), `$n` / `${name}` group references in the replacement against
//! the groups the regex has, and the flag letters.

use super::Problem;
use super::text::{char_len_at, found, plural};
use crate::names::describe_char;

/// The flag letters accepted after the last `/`.
///
/// `i d m s u x U` are the embedded-flag letters of `java.util.regex.Pattern` (`(?idmsuxU)`:
/// case-insensitive, Unix lines, multiline, dot-all, Unicode case, comments, Unicode character
/// classes). `g` is the usual "replace every match" flag of the `/regex/replacement/flags` form
/// (sed, JavaScript); Ping's documentation shows the form but does not list its flags, so `g` is
/// accepted on that convention. Ping's own example uses `s`: `{givenname:/^(.)(.*)/$1/s}`.
pub const REGEX_FLAGS: &str = "dgimsuxU";

/// What the replacement may refer to.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Groups {
    /// The number of capturing groups.
    pub count: usize,
    /// The names of named groups, `(?<name>…)`.
    pub names: Vec<String>,
}

/// Checks the regex that starts at byte `base`; returns its groups.
pub(crate) fn check_regex(re: &str, base: usize, problems: &mut Vec<Problem>) -> Groups {
    let b = re.as_bytes();
    let mut groups = Groups::default();
    let mut parens: Vec<usize> = Vec::new();
    let mut classes: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                if i + 1 >= b.len() {
                    problems.push(Problem::error(
                        base + i,
                        format!(
                            "lone '\\' at byte {} at the end of the regex: expected a character \
                             after it, such as \\. for a literal '.'",
                            base + i
                        ),
                    ));
                    break;
                }
                if b[i + 1] == b'Q' {
                    // Everything up to \E (or the end) is literal.
                    i = re[i + 2..].find("\\E").map_or(b.len(), |e| i + 2 + e + 2);
                } else {
                    i += 1 + char_len_at(re, i + 1);
                }
            }
            b'[' if classes.is_empty() => {
                classes.push(i);
                i += 1;
                if b.get(i) == Some(&b'^') {
                    i += 1;
                }
                if b.get(i) == Some(&b']') {
                    i += 1; // a ']' right after '[' or '[^' is literal
                }
            }
            b'[' => {
                classes.push(i); // Java allows nested classes: [a-z[0-9]]
                i += 1;
            }
            b']' if !classes.is_empty() => {
                classes.pop();
                i += 1;
            }
            b'(' if classes.is_empty() => {
                parens.push(i);
                match (b.get(i + 1), b.get(i + 2), b.get(i + 3)) {
                    (Some(b'?'), Some(b'<'), Some(c)) if c.is_ascii_alphabetic() => {
                        let name_start = i + 3;
                        let name_len = b[name_start..]
                            .iter()
                            .take_while(|c| c.is_ascii_alphanumeric())
                            .count();
                        groups.count += 1;
                        groups
                            .names
                            .push(re[name_start..name_start + name_len].to_string());
                    }
                    (Some(b'?'), _, _) => {}
                    _ => groups.count += 1,
                }
                i += 1;
            }
            b')' if classes.is_empty() => {
                if parens.pop().is_none() {
                    problems.push(Problem::error(
                        base + i,
                        format!(
                            "unmatched ')' at byte {} in the regex: expected a '(' before it, or \
                             \\) for a literal ')'",
                            base + i
                        ),
                    ));
                }
                i += 1;
            }
            _ => i += char_len_at(re, i),
        }
    }
    if let Some(&open) = classes.first() {
        problems.push(Problem::error(
            base + open,
            format!(
                "unclosed '[' at byte {} in the regex: expected ']' to end the character class, \
                 or \\[ for a literal '['",
                base + open
            ),
        ));
    }
    for open in parens {
        problems.push(Problem::error(
            base + open,
            format!(
                "unclosed '(' at byte {} in the regex: expected ')' to end the group, or \\( for \
                 a literal '('",
                base + open
            ),
        ));
    }
    groups
}

/// Checks a `Matcher` replacement that starts at byte `base` against the regex's groups.
pub(crate) fn check_replacement(
    replacement: &str,
    base: usize,
    groups: &Groups,
    problems: &mut Vec<Problem>,
) {
    let b = replacement.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                if i + 1 >= b.len() {
                    problems.push(Problem::error(
                        base + i,
                        format!(
                            "lone '\\' at byte {} at the end of the replacement: expected a \
                             character after it, such as \\$ for a literal '$'",
                            base + i
                        ),
                    ));
                    return;
                }
                i += 1 + char_len_at(replacement, i + 1);
            }
            b'$' => {
                let at = base + i;
                match b.get(i + 1) {
                    Some(d) if d.is_ascii_digit() => {
                        // Java reads the first digit, then more only while the number stays a
                        // valid group; so only the first digit can be out of range.
                        let n = usize::from(d - b'0');
                        if n > groups.count {
                            problems.push(Problem::error(
                                at,
                                format!(
                                    "'${n}' at byte {at} refers to group {n}, but the regex has \
                                     {}: expected $0 to ${} or \\$ for a literal '$'",
                                    if groups.count == 0 {
                                        "no capturing groups".to_string()
                                    } else {
                                        format!("only {}", plural(groups.count, "capturing group"))
                                    },
                                    groups.count
                                ),
                            ));
                        }
                        i += 2;
                    }
                    Some(b'{') => {
                        let Some(close) = replacement[i + 2..].find('}') else {
                            problems.push(Problem::error(
                                at,
                                format!(
                                    "'${{' at byte {at} in the replacement has no closing '}}': \
                                     expected ${{name}} for a named group"
                                ),
                            ));
                            return;
                        };
                        let name = &replacement[i + 2..i + 2 + close];
                        if !groups.names.iter().any(|n| n == name) {
                            let known = if groups.names.is_empty() {
                                "the regex has no named groups".to_string()
                            } else {
                                format!("the regex names {}", groups.names.join(", "))
                            };
                            problems.push(Problem::error(
                                at,
                                format!(
                                    "'${{{name}}}' at byte {at} names no group of the regex: \
                                     {known}"
                                ),
                            ));
                        }
                        i += 2 + close + 1;
                    }
                    _ => {
                        problems.push(Problem::error(
                            at,
                            format!(
                                "'$' at byte {at} in the replacement is followed by {}: expected \
                                 a group number such as $1, ${{name}}, or \\$ for a literal '$'",
                                found(replacement, i + 1)
                            ),
                        ));
                        i += 1;
                    }
                }
            }
            _ => i += char_len_at(replacement, i),
        }
    }
}

/// Checks the flag letters that start at byte `base`.
pub(crate) fn check_flags(flags: &str, base: usize, problems: &mut Vec<Problem>) {
    for (i, c) in flags.char_indices() {
        if !REGEX_FLAGS.contains(c) {
            let at = base + i;
            problems.push(Problem::error(
                at,
                format!(
                    "unknown regex flag {} at byte {at}: expected some of d, g, i, m, s, u, x, U",
                    describe_char(c)
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regex(re: &str) -> (Groups, Vec<Problem>) {
        let mut problems = Vec::new();
        let groups = check_regex(re, 100, &mut problems);
        (groups, problems)
    }

    #[test]
    fn balanced_regexes_pass_and_count_groups() {
        let cases: [(&str, usize); 9] = [
            ("^(.)(.*)", 2),
            ("(?:a)(b)", 1),
            ("(?i)x", 0),
            ("(?<first>.)(?<rest>.*)", 2),
            ("[()]", 0),
            ("[]a](b)", 1),
            ("[^]a]", 0),
            ("\\(\\[", 0),
            ("\\Q(([\\E(x)", 1),
        ];
        for (re, count) in cases {
            let (groups, problems) = regex(re);
            assert_eq!(problems, vec![], "{re}");
            assert_eq!(groups.count, count, "{re}");
        }
        assert_eq!(regex("[a-z[0-9]]").1, vec![]);
        assert_eq!(
            regex("\\Q((").1,
            vec![],
            "unterminated \\Q quotes to the end"
        );
        assert_eq!(regex("(?<first>.)").0.names, vec!["first".to_string()]);
    }

    #[test]
    fn unbalanced_regexes_are_reported_at_the_bracket() {
        let cases = [
            ("(a", 100, "unclosed '(' at byte 100 in the regex"),
            ("a)", 101, "unmatched ')' at byte 101"),
            ("[a", 100, "unclosed '[' at byte 100"),
            ("x[a(", 101, "unclosed '['"),
            ("ab\\", 102, "lone '\\' at byte 102"),
        ];
        for (re, offset, expected) in cases {
            let (_, problems) = regex(re);
            assert_eq!(problems.len(), 1, "{re}: {problems:?}");
            assert_eq!(problems[0].offset, offset, "{re}");
            assert!(problems[0].message.contains(expected), "{re}: {problems:?}");
        }
        assert_eq!(regex("((").1.len(), 2, "each unclosed group is reported");
    }

    #[test]
    fn replacements_refer_to_existing_groups() {
        let two = Groups {
            count: 2,
            names: vec!["rest".into()],
        };
        let check = |rep: &str, groups: &Groups| {
            let mut problems = Vec::new();
            check_replacement(rep, 50, groups, &mut problems);
            problems
        };
        for ok in ["$1", "$2$1", "$0", "$12", "\\$1", "x${rest}", "é", ""] {
            assert_eq!(check(ok, &two), vec![], "{ok}");
        }
        let cases = [
            (
                "$3",
                50,
                "'$3' at byte 50 refers to group 3, but the regex has only 2",
            ),
            (
                "a$",
                51,
                "'$' at byte 51 in the replacement is followed by the end",
            ),
            ("$x", 50, "is followed by 'x'"),
            ("${first}", 50, "'${first}' at byte 50 names no group"),
            ("${rest", 50, "has no closing '}'"),
            (
                "x\\",
                51,
                "lone '\\' at byte 51 at the end of the replacement",
            ),
        ];
        for (rep, offset, expected) in cases {
            let problems = check(rep, &two);
            assert_eq!(problems.len(), 1, "{rep}: {problems:?}");
            assert_eq!(problems[0].offset, offset, "{rep}");
            assert!(
                problems[0].message.contains(expected),
                "{rep}: {problems:?}"
            );
        }
        let none = Groups::default();
        assert!(
            check("$1", &none)[0]
                .message
                .contains("no capturing groups")
        );
        assert!(check("${a}", &none)[0].message.contains("no named groups"));
    }

    #[test]
    fn flags_are_java_letters_and_g() {
        let mut problems = Vec::new();
        check_flags("gimsuxUd", 0, &mut problems);
        check_flags("", 0, &mut problems);
        assert_eq!(problems, vec![]);
        check_flags("sq", 7, &mut problems);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].offset, 8);
        assert!(
            problems[0]
                .message
                .starts_with("unknown regex flag 'q' at byte 8")
        );
    }
}
