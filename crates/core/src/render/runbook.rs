//! Writing the go-live runbook ([`crate::runbook`]) out.
//!
//! - Bash: each step a comment (its text and pages), then its commands, quoted as every bash
//!   script is ([`write_command`]).
//! - One command per line: the commands only, bash-quoted, as that format always is.
//! - Batch file: a dsconfig batch file holds dsconfig commands only, and the runbook runs
//!   `realtime-sync`, `resync` and `status` too. Rather than a batch file that does part of the
//!   work, every line is a comment: the steps, with each command in its one-line bash form.
//! - PowerShell: the tools are batch files on Windows (`bat\realtime-sync.bat`, ...), whose
//!   command line cmd.exe reads again. Every value goes there between double quotes and only
//!   if it passes [`cmd_argument`], the rule the apply script's connection options follow; a
//!   value that does not stops the script before it runs anything.

use std::fmt::Write as _;

use super::{
    COMMENT_WIDTH, Format, Options, errors, generated_by, must_exist, wrap, write_command,
};
use crate::command::{Command, Opt};
use crate::diagnostic::Diagnostic;
use crate::docs;
use crate::quote::{CMD_REFUSED, cmd_argument, powershell_quote};
use crate::runbook::{self, Step};
use crate::scenario::Scenario;

/// What the runbook does, as the header says it.
pub(super) const WHAT: &str =
    "brings the sync pipe into service after the apply script, in the order Ping documents";

/// The runbook of `scenario` as `options` say.
pub(super) fn render(scenario: &Scenario, options: &Options, diagnostics: &[Diagnostic]) -> String {
    let steps = runbook::steps(scenario);
    let mut out = String::with_capacity(8192);
    if options.format == Format::Lines {
        for command in steps.iter().flat_map(|s| &s.commands) {
            write_command(command, Format::Lines, &mut out);
        }
        return out;
    }
    header(scenario, &steps, options, &mut out);
    errors(diagnostics, &mut out);
    if steps.is_empty() {
        out.push_str("\n# Nothing to do: the scenario has no sync pipe to bring into service.\n");
        return out;
    }
    if options.format == Format::PowerShell {
        powershell(scenario, &steps, &mut out);
        return out;
    }
    for (number, step) in steps.iter().enumerate() {
        step_comment(scenario, number, step, &mut out);
        for command in &step.commands {
            match options.format {
                Format::Batch => {
                    // The one-line form never ends in a backslash (a quoted token ends in a
                    // quote), so the comment cannot continue into the next line.
                    let mut line = String::new();
                    write_command(command, Format::Lines, &mut line);
                    out.push_str("#   ");
                    out.push_str(&line);
                }
                _ => {
                    out.push('\n');
                    write_command(command, Format::Bash, &mut out);
                }
            }
        }
    }
    out
}

fn header(scenario: &Scenario, steps: &[Step<'_>], options: &Options, out: &mut String) {
    let format = options.format;
    let kind = match format {
        Format::PowerShell => "PowerShell script",
        Format::Batch => "Comments",
        Format::Bash | Format::Lines => "Commands",
    };
    generated_by(kind, options, out);
    let troubleshooting: Vec<String> = steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.troubleshooting)
        .map(|(n, _)| (n + 1).to_string())
        .collect();
    let text = format!(
        "Target: PingDataSync {}. This runbook {WHAT}. Run it against the PingDataSync server \
         one step at a time, reading what each step prints before the next: it is not a \
         script to run unattended. Steps {} are for troubleshooting only.",
        scenario.target_version,
        troubleshooting.join(" and ")
    );
    for line in wrap(&text, COMMENT_WIDTH + 4) {
        let _ = writeln!(out, "# {line}");
    }
    match format {
        Format::Batch => out.push_str(
            "# A dsconfig batch file cannot hold it: it runs realtime-sync, resync and status as\n\
             # well as dsconfig. Every line here is a comment, each command in its bash form:\n\
             # choose the Shell (bash) or PowerShell format to run them.\n",
        ),
        Format::PowerShell => out.push_str(
            "# For Windows PowerShell 5.1 and PowerShell 7 on Windows, running the tools' batch\n\
             # files in bat of the server root. Every value reaches them between double quotes;\n\
             # one that cmd.exe would read otherwise stops the script before it runs anything.\n",
        ),
        Format::Bash | Format::Lines => {
            out.push_str("# The tools are in bin of the server root.\n");
        }
    }
    let _ = writeln!(out, "#   See {}", docs::DSCONFIG_TOOL);
    if scenario.connection == Default::default() {
        out.push_str(
            "# The scenario gives no connection options: the tools read them from\n\
             # config/tools.properties in the server root, or ask for them.\n",
        );
        let _ = writeln!(out, "#   See {}", docs::TOOLS_PROPERTIES);
    } else if scenario.connection.trust_all {
        out.push_str(
            "# --trustAll is on the dsconfig commands only: Ping's pages do not show it on\n\
             # realtime-sync.\n",
        );
    }
}

/// The step's title, text and pages as comments; the first step also names the endpoints
/// that must exist, as the apply script's header does.
fn step_comment(scenario: &Scenario, number: usize, step: &Step<'_>, out: &mut String) {
    let _ = write!(out, "\n# Step {}: {}\n", number + 1, step.title);
    for paragraph in &step.text {
        for line in wrap(paragraph, COMMENT_WIDTH) {
            let _ = writeln!(out, "# {line}");
        }
    }
    for page in &step.pages {
        let _ = writeln!(out, "#   See {page}");
    }
    if !step.needs.is_empty() {
        must_exist(scenario, out);
    }
}

/// The statements before the first step: fixed text.
const POWERSHELL_PREAMBLE: &str = "
$ErrorActionPreference = 'Stop'
# Arguments reach the tools' batch files as Windows PowerShell 5.1 passes them, in PowerShell 7
# too.
$PSNativeCommandArgumentPassing = 'Legacy'
# The tools on Windows: batch files in bat in the server root. Set $bat to that folder's full
# path if it is not on PATH.
$bat = ''
";

/// The functions the calls use: fixed text, with the characters cmd.exe would read.
fn powershell_functions(out: &mut String) {
    let refused = powershell_quote(CMD_REFUSED);
    let _ = write!(
        out,
        "
# cmd.exe reads a batch file's command line again: a path on it must be printable ASCII
# without {CMD_REFUSED}.
function Test-CmdSafe([string] $text) {{
    foreach ($c in $text.ToCharArray()) {{
        if ([int]$c -lt 32 -or [int]$c -gt 126 -or {refused}.IndexOf($c) -ge 0) {{ return $false }}
    }}
    return $true
}}
function Find-Tool([string] $name) {{
    $command = $name + '.bat'
    if ($bat) {{ $command = Join-Path $bat $command }}
    $program = Get-Command $command -CommandType Application -ErrorAction SilentlyContinue |
        Select-Object -First 1
    if (-not $program) {{
        throw ('syncmap: {{0}} is not found. Set $bat to the full path of bat in the server root.' -f $command)
    }}
    if (-not (Test-CmdSafe $program.Path)) {{
        throw ('syncmap: cmd.exe would read {{0}} wrongly. Use a server root path of plain ASCII without {CMD_REFUSED}.' -f $program.Path)
    }}
    return $program.Path
}}
function Assert-Success([string] $name) {{
    if ($LASTEXITCODE -ne 0) {{
        throw ('syncmap: {{0}} failed with exit code {{1}}: see its messages above.' -f $name, $LASTEXITCODE)
    }}
}}
"
    );
}

/// The PowerShell form after the header: the preamble, then each step's comment and calls, or
/// one `throw` when a value cannot pass cmd.exe.
fn powershell(scenario: &Scenario, steps: &[Step<'_>], out: &mut String) {
    out.push_str(POWERSHELL_PREAMBLE);
    let mut refused: Vec<&str> = Vec::new();
    for opt in steps
        .iter()
        .flat_map(|s| &s.commands)
        .flat_map(|c| c.globals.iter().chain(&c.options))
    {
        if opt
            .value
            .as_deref()
            .is_some_and(|v| cmd_argument(v).is_err())
            && !refused.contains(&opt.flag.as_ref())
        {
            refused.push(&opt.flag);
        }
    }
    if !refused.is_empty() {
        // Fixed text: the flags are syncmap's own.
        let _ = write!(
            out,
            "\nthrow 'syncmap: cmd.exe would not pass the value of {} intact to the tools'' batch \
             files. Use the Shell (bash) format, or names of printable ASCII without {}.'\n",
            refused.join(", "),
            CMD_REFUSED.replace('\'', "''"),
        );
        return;
    }
    powershell_functions(out);
    for (number, step) in steps.iter().enumerate() {
        step_comment(scenario, number, step, out);
        for command in &step.commands {
            powershell_call(command, out);
        }
    }
}

/// The PowerShell variable that holds a placeholder the admin edits, if `value` is one: set
/// on a line of its own and checked when the script runs, since the edit comes after syncmap
/// has checked the values.
fn placeholder_variable(value: &str) -> Option<&'static str> {
    match value {
        runbook::PLACEHOLDER_FILTER => Some("$filter"),
        runbook::PLACEHOLDER_INPUT_FILE => Some("$inputFile"),
        _ => None,
    }
}

/// `$program = Find-Tool 'TOOL'`, the call with every value through [`cmd_argument`], and the
/// check of its exit code. Tool names, subcommands and flags are syncmap's own plain words.
fn powershell_call(command: &Command<'_>, out: &mut String) {
    for value in command.options.iter().filter_map(|o| o.value.as_deref()) {
        if let Some(variable) = placeholder_variable(value) {
            let _ = write!(
                out,
                "\n# Edit the placeholder here. cmd.exe reads it again: it is checked first.\n\
                 {variable} = {}\n\
                 if (-not (Test-CmdSafe {variable}) -or {variable}.EndsWith('\\')) {{\n    \
                 throw 'syncmap: cmd.exe would read {variable} wrongly: keep it to printable \
                 ASCII without {}, not ending in a backslash.'\n}}",
                powershell_quote(value),
                CMD_REFUSED.replace('\'', "''"),
            );
        }
    }
    let _ = write!(
        out,
        "\n$program = Find-Tool '{tool}'\n& $program",
        tool = command.tool
    );
    for opt in &command.globals {
        powershell_opt(opt, out);
    }
    if !command.subcommand.is_empty() {
        out.push(' ');
        out.push_str(&command.subcommand);
    }
    for opt in &command.options {
        powershell_opt(opt, out);
    }
    let _ = writeln!(out, "\nAssert-Success '{}'", command.tool);
}

/// ` FLAG '"VALUE"'`: the value checked by [`cmd_argument`] before any call is written.
fn powershell_opt(opt: &Opt<'_>, out: &mut String) {
    out.push(' ');
    out.push_str(&opt.flag);
    if let Some(value) = &opt.value {
        out.push(' ');
        match placeholder_variable(value) {
            Some(variable) => {
                let _ = write!(out, "('\"' + {variable} + '\"')");
            }
            None => out.push_str(&cmd_argument(value).unwrap_or_default()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::{DestinationKind, SourceKind};
    use crate::plan::Script;

    fn runbook(scenario: &Scenario, format: Format) -> String {
        let options = Options {
            format,
            script: Script::Runbook,
            date: None,
        };
        super::super::render_with(scenario, &options)
    }

    fn preset() -> Scenario {
        crate::presets::find("pingdirectory-to-pingone")
            .expect("the preset")
            .scenario()
    }

    /// A dsconfig batch file cannot run realtime-sync: the batch form runs nothing, and no
    /// comment ends in a backslash that could continue it into a command.
    #[test]
    fn the_batch_form_is_comments_only() {
        let mut scenario = preset();
        scenario.sync_pipe.as_mut().unwrap().name = "ends with \\".into();
        let text = runbook(&scenario, Format::Batch);
        for line in text.lines() {
            assert!(line.is_empty() || line.starts_with('#'), "{line:?}");
            assert!(!line.ends_with('\\'), "{line:?}");
        }
        assert!(
            text.contains("A dsconfig batch file cannot hold it"),
            "{text}"
        );
        assert!(
            text.contains("#   realtime-sync set-startpoint --pipe-name 'ends with \\'"),
            "{text}"
        );
    }

    #[test]
    fn one_per_line_is_the_commands_only() {
        let text = runbook(&preset(), Format::Lines);
        let tools: Vec<&str> = text.lines().map(|l| l.split(' ').next().unwrap()).collect();
        assert_eq!(
            tools,
            [
                "realtime-sync",
                "realtime-sync",
                "resync",
                "dsconfig",
                "dsconfig",
                "dsconfig",
                "dsconfig",
                "realtime-sync",
                "status"
            ]
        );
    }

    #[test]
    fn without_a_pipe_there_is_nothing_to_do() {
        let scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        for format in [Format::Bash, Format::Batch, Format::PowerShell] {
            let text = runbook(&scenario, format);
            assert!(
                text.ends_with(
                    "\n# Nothing to do: the scenario has no sync pipe to bring into service.\n"
                ),
                "{text}"
            );
        }
        assert_eq!(runbook(&scenario, Format::Lines), "");
    }

    /// A pipe name cmd.exe would read otherwise: the PowerShell form stops before any call,
    /// naming the option, never the value.
    #[test]
    fn powershell_stops_on_a_value_cmd_would_read_otherwise() {
        let mut scenario = preset();
        scenario.sync_pipe.as_mut().unwrap().name = "a&calc".into();
        let text = runbook(&scenario, Format::PowerShell);
        assert!(!text.contains("& $program"), "{text}");
        assert!(!text.contains("calc"), "{text}");
        assert!(
            text.ends_with(
                "throw 'syncmap: cmd.exe would not pass the value of --pipe-name intact to the \
                 tools'' batch files. Use the Shell (bash) format, or names of printable ASCII \
                 without \"%!^&|<>.'\n"
            ),
            "{text}"
        );
    }
}
