//! The one place that decides how a token is written in a shell command or batch file.

use std::borrow::Cow;

/// Characters that mean nothing to bash, or to dsconfig's batch reader, in any position.
fn is_plain(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ',' | ':' | '=' | '/' | '@' | '+' | '-')
}

/// Writes `token` so that bash (and dsconfig's batch reader) reads back exactly `token` as one
/// word.
///
/// A token of plain characters is written bare, as Ping's own examples do; anything else is
/// wrapped in single quotes, inside which bash gives no character a meaning. A single quote in
/// the token closes the quotes, adds `"'"` and reopens them (`'"'"'`), the idiom Ping's files
/// use. That covers `$`, backticks, `!`, `\`, both quotes, spaces, globs, braces and newlines,
/// and it works in an interactive shell too (history expansion does not look inside single
/// quotes). The empty token becomes `''`.
pub fn shell_quote(token: &str) -> Cow<'_, str> {
    if !token.is_empty() && token.chars().all(is_plain) {
        return Cow::Borrowed(token);
    }
    let mut quoted = String::with_capacity(token.len() + 2);
    quoted.push('\'');
    for c in token.chars() {
        if c == '\'' {
            quoted.push_str("'\"'\"'");
        } else {
            quoted.push(c);
        }
    }
    quoted.push('\'');
    Cow::Owned(quoted)
}

#[cfg(test)]
mod tests {
    use super::shell_quote;

    #[test]
    fn plain_tokens_stay_bare() {
        for token in [
            "from-attribute:userPassword",
            "--map-name",
            "a.b,c=d/e@f+g",
            "user",
        ] {
            assert_eq!(shell_quote(token), token);
        }
    }

    #[test]
    fn everything_else_is_single_quoted() {
        let cases = [
            ("", "''"),
            (
                "from-attribute:userPassword;binary",
                "'from-attribute:userPassword;binary'",
            ),
            ("a b", "'a b'"),
            ("$HOME `id` !x \\ \"q\"", "'$HOME `id` !x \\ \"q\"'"),
            ("it's", "'it'\"'\"'s'"),
            (
                "value-pattern:{{\"id\":\"x\"}}",
                "'value-pattern:{{\"id\":\"x\"}}'",
            ),
            ("line\nbreak", "'line\nbreak'"),
            ("~root", "'~root'"),
            ("*", "'*'"),
        ];
        for (token, expected) in cases {
            assert_eq!(shell_quote(token), expected, "token {token:?}");
        }
    }
}
