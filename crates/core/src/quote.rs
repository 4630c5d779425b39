//! The one place that decides how a token is written in a shell command or batch file.

use std::borrow::Cow;

/// Characters that mean nothing to bash, or to dsconfig's batch reader, in any position.
const fn is_plain(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ',' | ':' | '=' | '/' | '@' | '+' | '-')
}

/// [`is_plain`] for every byte, as a table: the check runs over every byte of every token
/// written, and one load per byte beats the comparisons.
const PLAIN_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = is_plain(b as u8 as char);
        b += 1;
    }
    table
};

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
    if is_shell_plain(token) {
        return Cow::Borrowed(token);
    }
    let mut quoted = String::with_capacity(token.len() + 2);
    write_shell_quoted(token, &mut quoted);
    Cow::Owned(quoted)
}

/// Whether [`shell_quote`] leaves `token` bare. Every plain character is ASCII, so bytes decide
/// it: this runs for every token.
fn is_shell_plain(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| PLAIN_BYTES[usize::from(b)])
}

/// [`shell_quote`], written straight onto the end of `out`: the renderer quotes every token of
/// thousands of commands and keeps no copy of any.
pub fn push_shell_quoted(token: &str, out: &mut String) {
    if is_shell_plain(token) {
        out.push_str(token);
    } else {
        write_shell_quoted(token, out);
    }
}

/// The quoting of a token that is not plain, onto the end of `quoted`.
fn write_shell_quoted(token: &str, quoted: &mut String) {
    // No single quote and no control character (C0, DEL, or C1, whose UTF-8 starts with 0xC2):
    // the token goes between single quotes as it is.
    if !token
        .bytes()
        .any(|b| b == b'\'' || b < 0x20 || b == 0x7f || b == 0xC2)
    {
        quoted.reserve(token.len() + 2);
        quoted.push('\'');
        quoted.push_str(token);
        quoted.push('\'');
        return;
    }
    // Empty when this token started: whether anything was written decides the `''` below.
    let start = quoted.len();
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
    if open || quoted.len() == start {
        if !open {
            quoted.push('\'');
        }
        quoted.push('\'');
    }
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

/// Characters PowerShell gives no meaning in a bare argument. Narrower than bash's: `,` makes
/// an array, `@` splats, and `{}`, `()`, `$`, `;`, `#`, `<`, `>`, `|`, `&`, backticks and quotes
/// all mean something.
fn is_powershell_plain(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '=' | '/' | '+' | '-')
}

/// Whether PowerShell reads `c` as a single quote: the ASCII one and the typographic ones
/// (U+2018 to U+201B), which its tokenizer treats alike.
fn is_powershell_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

/// Writes `token` as one PowerShell argument that reads back exactly `token`.
///
/// Plain tokens stay bare; anything else goes in a verbatim (single-quoted) string, where
/// PowerShell expands nothing and the only special characters are the single quotes, each
/// written twice (the documented escape, applied to the typographic quotes as well).
pub fn powershell_quote(token: &str) -> Cow<'_, str> {
    if is_powershell_bare(token) {
        return Cow::Borrowed(token);
    }
    let mut quoted = String::with_capacity(token.len() + 2);
    write_powershell_quoted(token, &mut quoted);
    Cow::Owned(quoted)
}

/// Whether [`powershell_quote`] leaves `token` bare.
fn is_powershell_bare(token: &str) -> bool {
    !token.is_empty() && token.chars().all(is_powershell_plain)
}

/// [`powershell_quote`], written straight onto the end of `out`.
pub fn push_powershell_quoted(token: &str, out: &mut String) {
    if is_powershell_bare(token) {
        out.push_str(token);
    } else {
        write_powershell_quoted(token, out);
    }
}

/// The verbatim string of a token that is not bare, onto the end of `quoted`.
fn write_powershell_quoted(token: &str, quoted: &mut String) {
    quoted.reserve(token.len() + 2);
    quoted.push('\'');
    for c in token.chars() {
        if is_powershell_single_quote(c) {
            quoted.push(c);
        }
        quoted.push(c);
    }
    quoted.push('\'');
}

#[cfg(test)]
mod tests {
    use super::{powershell_quote, shell_quote};

    /// PowerShell's rules (about_Quoting_Rules): verbatim strings expand nothing, and a single
    /// quote inside one is written twice.
    #[test]
    fn powershell_quoting_follows_the_documented_rules() {
        let cases = [
            ("from-attribute:userPassword", "from-attribute:userPassword"),
            ("", "''"),
            ("a,b", "'a,b'"),
            ("@splat", "'@splat'"),
            ("$env:HOME", "'$env:HOME'"),
            ("`n", "'`n'"),
            ("it's", "'it''s'"),
            ("it\u{2019}s", "'it\u{2019}\u{2019}s'"),
            ("{{\"id\":\"x\"}}", "'{{\"id\":\"x\"}}'"),
            ("a;b|c&d", "'a;b|c&d'"),
            ("(x)", "'(x)'"),
            ("#x", "'#x'"),
            ("line\nbreak", "'line\nbreak'"),
        ];
        for (token, expected) in cases {
            assert_eq!(powershell_quote(token), expected, "token {token:?}");
        }
    }

    #[test]
    fn pushing_onto_text_quotes_the_same() {
        use super::{push_powershell_quoted, push_shell_quoted};
        for token in [
            "",
            "user",
            "a b",
            "it's",
            "line\nbreak",
            "\ttab",
            "it\u{2019}s",
            "$x",
        ] {
            let mut out = String::from("before ");
            push_shell_quoted(token, &mut out);
            assert_eq!(out, format!("before {}", shell_quote(token)), "{token:?}");
            let mut out = String::from("before ");
            push_powershell_quoted(token, &mut out);
            assert_eq!(
                out,
                format!("before {}", powershell_quote(token)),
                "{token:?}"
            );
        }
    }

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
