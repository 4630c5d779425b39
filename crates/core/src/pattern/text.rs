//! Small text helpers shared by the checkers: safe character access at byte offsets, how a
//! character is named in a message, and the `${VAR}` / `[X]` / `<x>` templates.

use crate::names::describe_char;

/// The character that starts at byte `i`, or `None` at the end (or off a char boundary).
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// The byte length of the character at `i`; 1 at the end, so loops always move forward.
pub(crate) fn char_len_at(s: &str, i: usize) -> usize {
    char_at(s, i).map_or(1, char::len_utf8)
}

/// What is at byte `i`, for "found …" in a message: `'x'`, `a space`, or `the end`.
pub(crate) fn found(s: &str, i: usize) -> String {
    match char_at(s, i) {
        Some(c) => describe_char(c),
        None => "the end".into(),
    }
}

/// When a `${VAR}` template (a shell variable name in `${` `}`) starts at byte `i`, the byte
/// just after its `}`.
pub(crate) fn template_end(s: &str, i: usize) -> Option<usize> {
    let rest = s.get(i..)?.strip_prefix("${")?;
    let name_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    let starts_well = rest
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_');
    (starts_well && rest.as_bytes().get(name_len) == Some(&b'}')).then_some(i + 2 + name_len + 1)
}

/// Whether `s` contains a `${VAR}` template anywhere.
pub(crate) fn contains_template(s: &str) -> bool {
    // Every `$` tried in turn: cheaper than setting up a substring search, for the short
    // names this mostly runs on (every attribute a pattern or filter names).
    s.bytes()
        .enumerate()
        .any(|(i, b)| b == b'$' && template_end(s, i).is_some())
}

/// Whether the whole of `s` is one placeholder that someone fills in later: `${VAR}`,
/// `[PLACEHOLDER]` or `<placeholder>`.
pub(crate) fn is_placeholder(s: &str) -> bool {
    if template_end(s, 0) == Some(s.len()) {
        return true;
    }
    let inner = s
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .or_else(|| s.strip_prefix('<').and_then(|r| r.strip_suffix('>')));
    inner.is_some_and(|inner| {
        !inner.trim().is_empty() && !inner.contains(['[', ']', '<', '>', '{', '}', ',', '='])
    })
}

/// "1 capturing group", "2 capturing groups": `count` and `noun`, plural when needed.
pub(crate) fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_shell_variable_names_in_braces() {
        assert_eq!(template_end("${USER_BASE_DN}", 0), Some(15));
        assert_eq!(template_end("x${A}y", 1), Some(5));
        assert_eq!(template_end("${_a1}", 0), Some(6));
        assert_eq!(template_end("${}", 0), None);
        assert_eq!(template_end("${1A}", 0), None);
        assert_eq!(template_end("${A B}", 0), None);
        assert_eq!(template_end("${A", 0), None);
        assert_eq!(template_end("$A", 0), None);
        assert_eq!(template_end("é${A}", 1), None, "not a char boundary");
    }

    #[test]
    fn placeholders_are_whole_values() {
        for yes in ["${VAR}", "[PING_ONE_ENV_ID]", "<population-id>", "<key>"] {
            assert!(is_placeholder(yes), "{yes}");
        }
        for no in ["", "[]", "<>", "x${VAR}", "[a,b]", "uid", "<a=b>"] {
            assert!(!is_placeholder(no), "{no}");
        }
        assert!(contains_template("ou=${OU},dc=x"));
        assert!(!contains_template("ou=${,dc=x"));
    }

    #[test]
    fn found_names_what_is_there() {
        assert_eq!(found("a b", 1), "a space");
        assert_eq!(found("ab", 1), "'b'");
        assert_eq!(found("ab", 2), "the end");
        assert_eq!(char_len_at("é", 0), 2);
        assert_eq!(plural(1, "group"), "1 group");
        assert_eq!(plural(0, "group"), "0 groups");
    }
}
