//! The PowerShell script: the dsconfig batch file in a here-string, written to a temporary file
//! and run with `dsconfig.bat --no-prompt --batch-file`.
//!
//! On Windows `dsconfig` is the batch file `bat\dsconfig.bat` ([`crate::docs::DSCONFIG_TOOL`]).
//! PowerShell passes a batch file's arguments the legacy way, which drops the double quotes
//! inside them, and cmd.exe then reads them again (`%`, `!`, `^`, `&` ...): commands written as
//! PowerShell arguments lose the quotes of JSON value patterns and more. So no name or value of
//! the commands is ever an argument: they stay in the batch file, which dsconfig reads itself.
//!
//! Only the connection options and the temporary file's path are arguments. They are few, and
//! checked against one documented rule ([`cmd_argument`]): what passes it reaches dsconfig
//! intact, and a script with a connection option that does not pass stops before it runs
//! anything (and validation says why, [`crate::rules::CONNECTION_CMD_UNSAFE`]). The other way,
//! a properties file given with `--propertiesFilePath`, would need escaping rules for that file
//! the documentation does not give ([`crate::docs::TOOLS_PROPERTIES`]).

use crate::command::Opt;
use crate::quote::{CMD_REFUSED, cmd_argument, is_powershell_single_quote, powershell_quote};

/// What the script is for, as the header and the output panel say it.
pub(super) const SHELLS: &str =
    "For Windows PowerShell 5.1 and PowerShell 7 on Windows, running dsconfig.bat.";

/// The header's lines after the target: what the script does.
pub(super) fn describe(out: &mut String) {
    out.push_str("# ");
    out.push_str(SHELLS);
    out.push_str(
        "\n# It writes the dsconfig batch file below to a temporary file and runs\n\
         # dsconfig.bat --no-prompt --batch-file with it: PowerShell and cmd.exe read none of\n\
         # its names and values.\n",
    );
}

/// Whether PowerShell ends a single-quoted here-string at a line that starts like `line`: with
/// a single quote (ASCII or typographic) and `@`, as its tokenizer checks at the start of every
/// line of one (about_Quoting_Rules,
/// <https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules>).
fn ends_here_string(line: &str) -> bool {
    let mut chars = line.chars();
    matches!((chars.next(), chars.next()), (Some(q), Some('@')) if is_powershell_single_quote(q))
}

/// The first line of `text` (counted from 1) that would end a here-string holding it. Lines
/// end at `\n` or `\r`, as PowerShell's here-strings do.
fn here_string_break(text: &str) -> Option<usize> {
    text.split(['\n', '\r'])
        .position(ends_here_string)
        .map(|i| i + 1)
}

/// Writes the script after its header: `batch`, the text of the batch file, in a here-string,
/// then what writes it out and runs dsconfig with the `connection` options.
pub(super) fn write(batch: &str, connection: &[Opt<'_>], out: &mut String) {
    out.push_str(
        "\n$ErrorActionPreference = 'Stop'\n\
         # Arguments reach dsconfig.bat as Windows PowerShell 5.1 passes them, in PowerShell 7 too.\n\
         $PSNativeCommandArgumentPassing = 'Legacy'\n\
         # dsconfig on Windows: bat\\dsconfig.bat in the server root. Give its full path if bat is\n\
         # not on PATH.\n\
         $dsconfig = 'dsconfig.bat'\n",
    );
    // Batch-file lines start with `dsconfig`, indentation or `#`, and tokens never hold a raw
    // line break (the quoting writes them as escapes): no line can end the here-string. Should
    // one ever, the script refuses rather than run what follows it as PowerShell.
    if let Some(line) = here_string_break(batch) {
        out.push_str(&format!(
            "\nthrow 'syncmap: line {line} of the batch file starts with a quote and @, which \
             would end the here-string early. Use the Batch file format instead.'\n"
        ));
        return;
    }
    if !batch.is_ascii() {
        encoding_check(out);
    }
    // The newline before '@ is not part of the value: with the one `batch` ends with, the
    // value is `batch` to the byte.
    out.push_str(
        "\n# The batch file. A single-quoted here-string expands nothing: it holds the text as\n\
         # written, and only a line that starts with '@ ends it.\n\
         $batch = @'\n",
    );
    out.push_str(batch);
    out.push_str("\n'@\n");

    let mut arguments = String::new();
    let mut refused: Vec<&str> = Vec::new();
    for opt in connection.iter().filter(|o| o.flag != "--no-prompt") {
        arguments.push(' ');
        arguments.push_str(&opt.flag);
        if let Some(value) = &opt.value {
            match cmd_argument(value) {
                Ok(argument) => {
                    arguments.push(' ');
                    arguments.push_str(&argument);
                }
                Err(_) => refused.push(&opt.flag),
            }
        }
    }
    if !refused.is_empty() {
        // Fixed text: the flags are syncmap's own.
        out.push_str(&format!(
            "\nthrow 'syncmap: cmd.exe would not pass {} intact to dsconfig.bat (check \
             connection-cmd-unsafe). Fix the scenario, or leave the option out there and set it \
             in config\\tools.properties.'\n",
            refused.join(", ")
        ));
        return;
    }
    run(&arguments, out);
}

/// Stops the script when PowerShell did not read it as UTF-8. Windows PowerShell 5.1 reads a
/// script file without a byte order mark in the system's code page
/// (<https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_character_encoding>),
/// which would change every character outside ASCII in the batch file. The euro sign read so
/// is never one character U+20AC.
fn encoding_check(out: &mut String) {
    out.push_str(
        "# Windows PowerShell 5.1 reads a script file without a byte order mark in the system's\n\
         # code page, which would change the names and values below that are not ASCII.\n\
         if ('\u{20AC}'.Length -ne 1 -or [int]'\u{20AC}'[0] -ne 0x20AC) {\n    \
         throw 'syncmap: PowerShell did not read this script as UTF-8. Save it as UTF-8 with BOM \
         and run it again.'\n\
         }\n",
    );
}

/// Writes the batch file to a temporary file, runs dsconfig with it and `arguments` (the
/// connection options, each already through [`cmd_argument`]), stops on failure, and removes
/// the file.
fn run(arguments: &str, out: &mut String) {
    let refused = powershell_quote(CMD_REFUSED);
    out.push_str(&format!(
        "
# cmd.exe reads dsconfig.bat's command line again: a path on it must be printable ASCII
# without {CMD_REFUSED}.
function Test-CmdSafe([string] $text) {{
    foreach ($c in $text.ToCharArray()) {{
        if ([int]$c -lt 32 -or [int]$c -gt 126 -or {refused}.IndexOf($c) -ge 0) {{ return $false }}
    }}
    return $true
}}
$program = Get-Command $dsconfig -CommandType Application -ErrorAction SilentlyContinue |
    Select-Object -First 1
if (-not $program) {{
    throw ('syncmap: {{0}} is not found. Set $dsconfig to the full path of bat\\dsconfig.bat.' -f $dsconfig)
}}
$program = $program.Path
$file = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(),
    'syncmap-' + [guid]::NewGuid().ToString('N') + '.dsconfig')
foreach ($path in $program, $file) {{
    if (-not (Test-CmdSafe $path)) {{
        throw ('syncmap: cmd.exe would read {{0}} wrongly. Use a dsconfig.bat path and a TEMP folder of plain ASCII without {CMD_REFUSED}.' -f $path)
    }}
}}

# UTF-8 without a byte order mark, in Windows PowerShell 5.1 and PowerShell 7 alike.
[System.IO.File]::WriteAllText($file, $batch, (New-Object System.Text.UTF8Encoding $false))
try {{
    & $program --no-prompt{arguments} --batch-file ('\"' + $file + '\"')
    if ($LASTEXITCODE -ne 0) {{
        throw ('syncmap: dsconfig.bat failed with exit code {{0}}: see its messages above. A batch stops at the first command that fails.' -f $LASTEXITCODE)
    }}
}} finally {{
    Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
}}
"
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_quote_and_at_sign_at_the_start_of_a_line_end_a_here_string() {
        for line in [
            "'@",
            "'@ trailing",
            "\u{2018}@",
            "\u{2019}@x",
            "\u{201A}@",
            "\u{201B}@",
        ] {
            assert!(ends_here_string(line), "{line:?}");
        }
        for line in [" '@", "\t'@", "@'", "\"@", "'", "", "x'@", "dsconfig '@'"] {
            assert!(!ends_here_string(line), "{line:?}");
        }
        assert_eq!(here_string_break("a\nb\n'@c\n"), Some(3));
        assert_eq!(here_string_break("'@"), Some(1));
        assert_eq!(here_string_break("a\r\u{2019}@"), Some(2));
        assert_eq!(here_string_break("a\n '@\n"), None);
    }

    /// A constructed batch text with a line that would end the here-string: the script holds
    /// no here-string and runs nothing, it stops.
    #[test]
    fn a_line_that_would_end_the_here_string_stops_the_script() {
        for batch in [
            "# comment\n'@\nWrite-Host pwned\n",
            "dsconfig x\n\u{2019}@ Remove-Item C:\\\n",
            "'@",
        ] {
            let mut out = String::new();
            write(batch, &[], &mut out);
            assert!(!out.contains("@'\n"), "a here-string was written:\n{out}");
            assert!(
                !out.contains("pwned") && !out.contains("Remove-Item C"),
                "{out}"
            );
            assert!(!out.contains("& $program"), "dsconfig runs:\n{out}");
            let last = out.lines().last().unwrap();
            assert!(
                last.starts_with("throw 'syncmap: line ") && last.ends_with("format instead.'"),
                "{out}"
            );
        }
    }

    #[test]
    fn connection_options_are_quoted_for_cmd_or_refused() {
        let opt = |flag: &'static str, value: Option<&'static str>| Opt {
            flag: flag.into(),
            value: value.map(Into::into),
        };
        let mut out = String::new();
        let connection = [
            opt("--no-prompt", None),
            opt("--hostname", Some("ds.example.com")),
            opt("--port", Some("1636")),
            opt("--useSSL", None),
            opt("--bindDN", Some("cn=Directory Manager")),
        ];
        write("dsconfig x\n", &connection, &mut out);
        assert!(
            out.contains(
                "& $program --no-prompt --hostname '\"ds.example.com\"' --port '\"1636\"' \
                 --useSSL --bindDN '\"cn=Directory Manager\"' --batch-file ('\"' + $file + '\"')\n"
            ),
            "{out}"
        );

        let mut out = String::new();
        let connection = [
            opt("--no-prompt", None),
            opt("--hostname", Some("a&calc")),
            opt("--bindDN", Some("cn=100%")),
        ];
        write("dsconfig x\n", &connection, &mut out);
        assert!(!out.contains("& $program"), "dsconfig runs:\n{out}");
        assert!(!out.contains("calc") && !out.contains("100%"), "{out}");
        assert!(
            out.ends_with(
                "throw 'syncmap: cmd.exe would not pass --hostname, --bindDN intact to \
                 dsconfig.bat (check connection-cmd-unsafe). Fix the scenario, or leave the \
                 option out there and set it in config\\tools.properties.'\n"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_batch_file_outside_ascii_is_checked_for_its_encoding() {
        let mut out = String::new();
        write("dsconfig x\n", &[], &mut out);
        assert!(!out.contains("UTF-8 with BOM"), "{out}");
        assert!(out.is_ascii(), "{out}");
        let mut out = String::new();
        write("dsconfig caf\u{e9}\n", &[], &mut out);
        let check = out.find("UTF-8 with BOM").expect("the encoding check");
        assert!(check < out.find("$batch = @'").unwrap(), "{out}");
    }
}
