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
/// (U+2018 to U+201B), which its tokenizer treats alike, in strings and at the end of a
/// here-string.
pub(crate) fn is_powershell_single_quote(c: char) -> bool {
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

/// Characters never put on `dsconfig.bat`'s command line, although every value there is
/// between double quotes (see [`cmd_argument`]):
///
/// - `"` would end the quotes;
/// - `%` is expanded by cmd.exe even between quotes, and `!` too where delayed expansion is on
///   (<https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2003/cc758866(v=ws.10)>);
/// - `^` is cmd.exe's escape, which a batch file's `call` doubles even between quotes;
/// - `&`, `|`, `<` and `>` are cmd.exe's command separators and redirections
///   (<https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/cc754250(v=ws.11)>):
///   literal between quotes, refused all the same so that a value never depends on the quotes
///   surviving. No host name, DN or file path needs them.
///
/// The PowerShell script checks its temporary file's path against the same characters.
pub const CMD_REFUSED: &str = "\"%!^&|<>";

/// Why a value cannot be passed on `dsconfig.bat`'s command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmdArgumentProblem {
    /// A character of [`CMD_REFUSED`], a control character, or one outside ASCII.
    Character(char),
    /// A backslash at the end, which would escape the closing double quote.
    TrailingBackslash,
}

/// What keeps `value` off `dsconfig.bat`'s command line, if anything.
///
/// On Windows, `dsconfig` is a batch file: its arguments are read by cmd.exe, by the batch
/// file's own `call` and `for` lines, and then by the Java launcher's C runtime. The rule keeps
/// to what all of them read the same way, between double quotes:
///
/// - no character of [`CMD_REFUSED`];
/// - printable ASCII only: control characters end or split the line, and the launcher turns
///   the command line into the ANSI code page with "best fit", which maps some characters to
///   ASCII look-alikes such as a fullwidth `＂` to `"`
///   (<https://docs.microsoft.com/en-us/archive/blogs/shawnste/best-fit-in-widechartomultibyte-and-system-text-encoding-should-be-avoided>);
/// - no backslash at the end: backslashes before a `"` escape it
///   (<https://learn.microsoft.com/en-us/cpp/c-language/parsing-c-command-line-arguments>).
pub fn cmd_argument_problem(value: &str) -> Option<CmdArgumentProblem> {
    if let Some(c) = value
        .chars()
        .find(|&c| !(' '..='~').contains(&c) || CMD_REFUSED.contains(c))
    {
        return Some(CmdArgumentProblem::Character(c));
    }
    value
        .ends_with('\\')
        .then_some(CmdArgumentProblem::TrailingBackslash)
}

/// The PowerShell argument that passes `value` to `dsconfig.bat`: the value between double
/// quotes, in a verbatim string (`'"cn=Directory Manager"'`), or why it cannot be passed.
///
/// With `$PSNativeCommandArgumentPassing = 'Legacy'`, which the script sets, PowerShell passes
/// an argument whose spaces are all between double quotes as it is
/// (<https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables#psnativecommandargumentpassing>),
/// so the command line holds exactly `"value"`. The quotes keep cmd.exe's delimiters (space,
/// `,`, `;`, `=`) inside the value, which a DN needs.
pub fn cmd_argument(value: &str) -> Result<String, CmdArgumentProblem> {
    match cmd_argument_problem(value) {
        Some(problem) => Err(problem),
        None => Ok(powershell_quote(&format!("\"{value}\"")).into_owned()),
    }
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

    /// What reaches `dsconfig.bat` is quoted; what cmd.exe or the Java launcher could read
    /// otherwise is refused, and says which character.
    #[test]
    fn cmd_arguments_are_quoted_or_refused() {
        use super::{CmdArgumentProblem::*, cmd_argument};
        let passed = [
            ("ds.example.com", "'\"ds.example.com\"'"),
            ("cn=Directory Manager", "'\"cn=Directory Manager\"'"),
            (
                "uid=admin,dc=example,dc=com",
                "'\"uid=admin,dc=example,dc=com\"'",
            ),
            (
                r"C:\Program Files (x86)\pw.txt",
                r#"'"C:\Program Files (x86)\pw.txt"'"#,
            ),
            ("cn=O'Brien", "'\"cn=O''Brien\"'"),
            ("", "'\"\"'"),
        ];
        for (value, expected) in passed {
            assert_eq!(cmd_argument(value).as_deref(), Ok(expected), "{value:?}");
        }
        let refused = [
            ("a\"b", Character('"')),
            ("%PATH%", Character('%')),
            ("a!b!", Character('!')),
            ("a^b", Character('^')),
            ("a&calc", Character('&')),
            ("a|b", Character('|')),
            ("a<b", Character('<')),
            ("a>b", Character('>')),
            ("line\nbreak", Character('\n')),
            ("tab\t", Character('\t')),
            ("caf\u{e9}", Character('\u{e9}')),
            ("\u{ff02}", Character('\u{ff02}')),
            ("it\u{2019}s", Character('\u{2019}')),
            ("\u{7f}", Character('\u{7f}')),
            (r"C:\dir\", TrailingBackslash),
        ];
        for (value, problem) in refused {
            assert_eq!(cmd_argument(value), Err(problem), "{value:?}");
        }
    }

    #[test]
    fn pushing_onto_text_quotes_the_same() {
        use super::push_shell_quoted;
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
