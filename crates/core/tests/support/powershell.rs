//! A model of what Windows does with the PowerShell script, for tests on a machine without
//! PowerShell: how PowerShell reads a single-quoted here-string, how it passes arguments to a
//! batch file, and how the Java launcher's C runtime splits the command line cmd.exe hands on.
//! Each follows Microsoft's documentation; the pages are cited where the rule is.

/// Whether PowerShell reads `c` as a single quote: the ASCII one and the typographic ones,
/// which its tokenizer accepts alike, in strings and at the end of here-strings
/// (about_Quoting_Rules: "PowerShell treats smart quotation marks ... as normal quotation
/// marks").
pub fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}')
}

/// What a script holds around its first here-string.
#[derive(Debug)]
pub struct Parsed<'a> {
    /// The script before the here-string's `@'`.
    pub before: &'a str,
    /// The here-string's value.
    pub value: String,
    /// The script after the closing `'@`.
    pub after: &'a str,
}

/// Reads `script` as PowerShell does up to the end of its first single-quoted here-string,
/// and returns its value.
///
/// Before it, comments (`#` to the end of the line, `<# ... #>`) and strings are skipped, so a
/// `@'` inside them opens nothing. The here-string rules are about_Quoting_Rules'
/// (<https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules>):
/// `@'` then only white space to the end of the line; the value is every line after it up to
/// the first line that *begins* with `'@` (a line with white space before `'@` does not end
/// it); the line break before `'@` is not part of the value. Lines end at `\n`, `\r` or `\r\n`,
/// as PowerShell's tokenizer reads them.
pub fn first_here_string(script: &str) -> Result<Parsed<'_>, String> {
    let chars: Vec<(usize, char)> = script.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(script.len(), |&(o, _)| o);
    let is_newline = |c: char| c == '\n' || c == '\r';
    let mut i = 0;
    // Before the here-string: find `@'` outside comments and strings.
    let open = loop {
        match at(i) {
            None => return Err("the script has no here-string".into()),
            Some('#') => {
                while at(i).is_some_and(|c| !is_newline(c)) {
                    i += 1;
                }
            }
            Some('<') if at(i + 1) == Some('#') => {
                i += 2;
                while !(at(i) == Some('#') && at(i + 1) == Some('>')) {
                    if at(i).is_none() {
                        return Err("a block comment is not closed".into());
                    }
                    i += 1;
                }
                i += 2;
            }
            Some('@') if at(i + 1).is_some_and(is_single_quote) => break i,
            Some('@') if at(i + 1).is_some_and(is_double_quote) => {
                return Err(format!("a double-quoted here-string at byte {}", offset(i)));
            }
            Some(c) if is_single_quote(c) => {
                // A verbatim string: two quotes are one; it may span lines.
                i += 1;
                loop {
                    match at(i) {
                        None => return Err("a single-quoted string is not closed".into()),
                        Some(c) if is_single_quote(c) => {
                            if at(i + 1).is_some_and(is_single_quote) {
                                i += 2;
                            } else {
                                i += 1;
                                break;
                            }
                        }
                        Some(_) => i += 1,
                    }
                }
            }
            Some(c) if is_double_quote(c) => {
                // An expandable string: a backtick escapes the next character.
                i += 1;
                loop {
                    match at(i) {
                        None => return Err("a double-quoted string is not closed".into()),
                        Some('`') => i += 2,
                        Some(c) if is_double_quote(c) => {
                            if at(i + 1).is_some_and(is_double_quote) {
                                i += 2;
                            } else {
                                i += 1;
                                break;
                            }
                        }
                        Some(_) => i += 1,
                    }
                }
            }
            Some(_) => i += 1,
        }
    };
    // The header: white space, then a line break.
    i = open + 2;
    while at(i).is_some_and(|c| c == ' ' || c == '\t') {
        i += 1;
    }
    match (at(i), at(i + 1)) {
        (Some('\r'), Some('\n')) => i += 2,
        (Some('\n' | '\r'), _) => i += 1,
        _ => return Err("characters after @' on its line".into()),
    }
    let footer = |i: usize| at(i).is_some_and(is_single_quote) && at(i + 1) == Some('@');
    let start = offset(i);
    // The first line of the value may already be the footer: an empty value.
    if footer(i) {
        return Ok(Parsed {
            before: &script[..offset(open)],
            value: String::new(),
            after: &script[offset(i + 2)..],
        });
    }
    loop {
        match at(i) {
            None => return Err("the here-string is not closed".into()),
            Some(c) if is_newline(c) => {
                let line_break = offset(i);
                i += if c == '\r' && at(i + 1) == Some('\n') {
                    2
                } else {
                    1
                };
                if footer(i) {
                    return Ok(Parsed {
                        before: &script[..offset(open)],
                        value: script[start..line_break].to_owned(),
                        after: &script[offset(i + 2)..],
                    });
                }
            }
            Some(_) => i += 1,
        }
    }
}

/// The words of a PowerShell command line made of bare words, verbatim strings ('...', with
/// '' for a quote) and one parenthesized expression, which `expression` evaluates. Enough for
/// the script's one native call; anything else is an error.
pub fn command_words(
    line: &str,
    expression: impl Fn(&str) -> Option<String>,
) -> Result<Vec<String>, String> {
    let chars: Vec<char> = line.chars().collect();
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            ' ' => i += 1,
            c if is_single_quote(c) => {
                let mut word = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err(format!("unclosed string in {line}")),
                        Some(&c) if is_single_quote(c) => {
                            if chars.get(i + 1).is_some_and(|&c| is_single_quote(c)) {
                                word.push(c);
                                i += 2;
                            } else {
                                i += 1;
                                break;
                            }
                        }
                        Some(&c) => {
                            word.push(c);
                            i += 1;
                        }
                    }
                }
                words.push(word);
            }
            '(' => {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == ')')
                    .ok_or_else(|| format!("unclosed ( in {line}"))?;
                let text: String = chars[i + 1..i + end].iter().collect();
                words.push(expression(&text).ok_or_else(|| format!("cannot evaluate ({text})"))?);
                i += end + 1;
            }
            _ => {
                let start = i;
                while i < chars.len() && chars[i] != ' ' {
                    let c = chars[i];
                    if is_single_quote(c) || is_double_quote(c) || "$`(){};,&|<>@#".contains(c) {
                        return Err(format!("a bare word holds {c:?} in {line}"));
                    }
                    i += 1;
                }
                words.push(chars[start..i].iter().collect());
            }
        }
    }
    Ok(words)
}

/// How PowerShell's legacy argument passing (`$PSNativeCommandArgumentPassing = 'Legacy'`,
/// and always for batch files in Windows mode) writes `arguments` on a command line: each as
/// it is, joined by spaces, but in double quotes when it holds white space outside double
/// quotes, with its trailing backslashes doubled then; empty arguments are dropped. That is
/// `NativeCommandParameterBinder.NeedQuotes` and its caller in PowerShell's source; about_Parsing
/// describes the behaviour
/// (<https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parsing>).
pub fn legacy_command_line(arguments: &[String]) -> String {
    let mut line = String::new();
    for argument in arguments.iter().filter(|a| !a.is_empty()) {
        if !line.is_empty() {
            line.push(' ');
        }
        let mut quotes = 0;
        let mut after_backslash = false;
        let mut needs_quotes = false;
        for c in argument.chars() {
            if c == '"' && !after_backslash {
                quotes += 1;
            } else if c.is_whitespace() && quotes % 2 == 0 {
                needs_quotes = true;
            }
            after_backslash = c == '\\';
        }
        if needs_quotes {
            line.push('"');
            line.push_str(argument);
            let trailing = argument.chars().rev().take_while(|&c| c == '\\').count();
            line.extend(std::iter::repeat_n('\\', trailing));
            line.push('"');
        } else {
            line.push_str(argument);
        }
    }
    line
}

/// The argv a program built with Microsoft's C runtime reads from `line`
/// (<https://learn.microsoft.com/en-us/cpp/c-language/parsing-c-command-line-arguments>):
/// white space outside double quotes separates arguments; 2n backslashes and a `"` are n
/// backslashes and a quote that opens or closes; 2n+1 backslashes and a `"` are n backslashes
/// and a literal `"`; other backslashes are literal; `""` inside quotes is a literal `"`.
pub fn msvcrt_argv(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut argv = Vec::new();
    let mut i = 0;
    loop {
        while i < chars.len() && (chars[i] == ' ' || chars[i] == '\t') {
            i += 1;
        }
        if i == chars.len() {
            return argv;
        }
        let mut argument = String::new();
        let mut quoted = false;
        while i < chars.len() && (quoted || (chars[i] != ' ' && chars[i] != '\t')) {
            match chars[i] {
                '\\' => {
                    let run = chars[i..].iter().take_while(|&&c| c == '\\').count();
                    i += run;
                    if chars.get(i) == Some(&'"') {
                        argument.extend(std::iter::repeat_n('\\', run / 2));
                        if run % 2 == 1 {
                            argument.push('"');
                            i += 1;
                        }
                    } else {
                        argument.extend(std::iter::repeat_n('\\', run));
                    }
                }
                '"' if quoted && chars.get(i + 1) == Some(&'"') => {
                    argument.push('"');
                    i += 2;
                }
                '"' => {
                    quoted = !quoted;
                    i += 1;
                }
                c => {
                    argument.push(c);
                    i += 1;
                }
            }
        }
        argv.push(argument);
    }
}
