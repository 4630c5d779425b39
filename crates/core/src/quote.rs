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
/// use. That covers `$`, backticks, `!`, `\`, both quotes, spaces, globs and braces, and it
/// holds when pasted into an interactive shell (history expansion does not look inside single
/// quotes). The empty token becomes `''`.
///
/// Control characters are written as ANSI-C escapes (`$'\n'`, `$'\t'`): a raw tab pasted into a
/// terminal triggers completion and a raw line break splits a batch-file line. Validation
/// reports such names as errors anyway, since dsconfig batch files cannot hold them; the
/// escapes keep even that output safe in bash.
pub fn shell_quote(token: &str) -> Cow<'_, str> {
    if !token.is_empty() && token.chars().all(is_plain) {
        return Cow::Borrowed(token);
    }
    let mut quoted = String::with_capacity(token.len() + 2);
    let mut open = false;
    for c in token.chars() {
        if c.is_control() {
            if open {
                quoted.push('\'');
                open = false;
            }
            quoted.push_str(&ansi_c_escape(c));
            continue;
        }
        if !open {
            quoted.push('\'');
            open = true;
        }
        if c == '\'' {
            quoted.push_str("'\"'\"'");
        } else {
            quoted.push(c);
        }
    }
    if open || quoted.is_empty() {
        if !open {
            quoted.push('\'');
        }
        quoted.push('\'');
    }
    Cow::Owned(quoted)
}

/// `$'\n'` and friends for one control character. Others are written as their UTF-8 bytes
/// (`$'\xc2\x85'`), which bash decodes the same way whatever the locale.
fn ansi_c_escape(c: char) -> String {
    match c {
        '\n' => r"$'\n'".to_owned(),
        '\t' => r"$'\t'".to_owned(),
        '\r' => r"$'\r'".to_owned(),
        c => {
            let mut bytes = [0; 4];
            let hex: String = c
                .encode_utf8(&mut bytes)
                .bytes()
                .map(|b| format!(r"\x{b:02x}"))
                .collect();
            format!("$'{hex}'")
        }
    }
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
            ("line\nbreak", "'line'$'\\n''break'"),
            ("\ttab", "$'\\t''tab'"),
            ("end\r", "'end'$'\\r'"),
            ("\u{7f}", r"$'\x7f'"),
            ("\u{85}", r"$'\xc2\x85'"),
            ("~root", "'~root'"),
            ("*", "'*'"),
        ];
        for (token, expected) in cases {
            assert_eq!(shell_quote(token), expected, "token {token:?}");
        }
    }
}
