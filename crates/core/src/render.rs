//! Writing commands out. Every format goes through [`write_command`], and every token through
//! [`shell_quote`], which bash and dsconfig's batch reader read alike. The PowerShell script
//! carries the batch file's text ([`powershell`]).

use std::fmt::Write as _;

use crate::GENERATOR_VERSION;
use crate::command::{Command, Opt};
use crate::diagnostic::{Diagnostic, Severity, plural};
use crate::plan::{self, Script, Section};
use crate::prerequisite;
use crate::quote::{push_shell_quoted, shell_quote};
use crate::scenario::Scenario;

mod change;
mod powershell;
mod runbook;

pub use change::{NO_CHANGES, render_change, render_change_checked};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Commands to paste into bash, continued over lines with `\`.
    Bash,
    /// A dsconfig batch file for `dsconfig --no-prompt --batch-file`.
    Batch,
    /// A PowerShell script that writes the batch file and runs it with `dsconfig.bat`: for
    /// Windows, where dsconfig is a batch file and cmd.exe reads its arguments again.
    PowerShell,
    /// One command per line, bash-quoted, nothing else: for scripts and diffs.
    Lines,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 4] = [
        Format::Bash,
        Format::Batch,
        Format::PowerShell,
        Format::Lines,
    ];

    /// The identifier used by the CLI, the API and the web app.
    pub fn id(self) -> &'static str {
        match self {
            Format::Bash => "bash",
            Format::Batch => "batch",
            Format::PowerShell => "powershell",
            Format::Lines => "lines",
        }
    }

    /// The format with the given identifier.
    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Format::Bash => "Shell (bash)",
            Format::Batch => "Batch file",
            Format::PowerShell => "PowerShell",
            Format::Lines => "One command per line",
        }
    }

    /// What the format is for, in one sentence: the output panel shows it beside the choice.
    pub fn help(self) -> &'static str {
        match self {
            Format::Bash => "Commands for bash, continued over lines with \\.",
            Format::Batch => "The file for dsconfig --batch-file, in any shell.",
            Format::PowerShell => powershell::SHELLS,
            Format::Lines => "One command per line, bash-quoted, for scripts and diffs.",
        }
    }

    /// The suggested file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Bash | Format::Lines => "sh",
            Format::Batch => "dsconfig",
            Format::PowerShell => "ps1",
        }
    }

    /// What ends a line that the command continues on. The PowerShell script's commands are
    /// the batch file's lines.
    fn continuation(self) -> Option<&'static str> {
        match self {
            Format::Bash | Format::Batch | Format::PowerShell => Some(" \\"),
            Format::Lines => None,
        }
    }
}

/// What to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The format.
    pub format: Format,
    /// Which script.
    pub script: Script,
    /// The date written in the header, as the caller formats it; the core has no clock.
    pub date: Option<String>,
}

impl Options {
    /// The apply script in `format`, undated.
    pub fn new(format: Format) -> Options {
        Options {
            format,
            script: Script::Apply,
            date: None,
        }
    }
}

/// Indentation of continuation lines.
const INDENT: &str = "    ";

/// The text of `scenario` in `format`: the apply script, undated.
pub fn render(scenario: &Scenario, format: Format) -> String {
    render_with(scenario, &Options::new(format))
}

/// The text of `scenario` as `options` say. A scenario with errors says so in the header.
pub fn render_with(scenario: &Scenario, options: &Options) -> String {
    render_checked(scenario, options, &crate::validate(scenario))
}

/// [`render_with`] for a caller that has validated `scenario` already: `diagnostics` are what
/// [`crate::validate`] gave for it, and the header names the codes of its errors, so that a
/// script copied out of the page or a pipeline carries the warning with it.
pub fn render_checked(
    scenario: &Scenario,
    options: &Options,
    diagnostics: &[Diagnostic],
) -> String {
    if options.script == Script::Runbook {
        return runbook::render(scenario, options, diagnostics);
    }
    render_dsconfig_checked(scenario, options, diagnostics)
}

/// [`render_checked`] for the dsconfig scripts only (apply, rollback, prerequisites): what the
/// page draws at once. The runbook's text comes from [`render_checked`], which the page asks
/// its background worker for, so that the first screen does not carry it; given the runbook,
/// this writes only its header and says there is nothing to run.
pub fn render_dsconfig_checked(
    scenario: &Scenario,
    options: &Options,
    diagnostics: &[Diagnostic],
) -> String {
    if options.format == Format::PowerShell {
        return powershell_script(scenario, options, diagnostics);
    }
    let sections = plan::sections(scenario, options.script);
    let format = options.format;
    // Sized once from the commands: growing by doubling copied the text about twice over.
    let mut out = String::with_capacity(1024 + sections.iter().map(size_hint).sum::<usize>());
    if format != Format::Lines {
        header(scenario, options, &mut out);
        errors(diagnostics, &mut out);
    }
    if sections.is_empty() && format != Format::Lines {
        nothing_to_run(scenario, options.script, &mut out);
    }
    for (number, section) in sections.iter().enumerate() {
        let Section {
            title,
            commands,
            needs,
        } = section;
        if format != Format::Lines {
            // Written in place; `fmt::Write` into a `String` never fails.
            let _ = write!(out, "\n# Step {}: {title}\n", number + 1);
            for need in needs {
                let _ = writeln!(
                    out,
                    "# Needs the {} {} to exist first: this script does not create it.\n\
                     #   It is {}.\n\
                     #   How to create it: the header, and {}",
                    need.side.label(),
                    shell_quote(need.name),
                    need.creation.object,
                    need.creation.pages[0]
                );
            }
        }
        for command in commands {
            if format != Format::Lines {
                out.push('\n');
            }
            write_command(command, format, &mut out);
        }
    }
    out
}

/// The PowerShell script: its header, then the batch file of the same scenario and script in a
/// here-string, and what runs it.
fn powershell_script(scenario: &Scenario, options: &Options, diagnostics: &[Diagnostic]) -> String {
    let batch_options = Options {
        format: Format::Batch,
        ..options.clone()
    };
    let batch = render_dsconfig_checked(scenario, &batch_options, diagnostics);
    let mut out = String::with_capacity(batch.len() + 4096);
    header(scenario, options, &mut out);
    errors(diagnostics, &mut out);
    powershell::write(
        &batch,
        &plan::connection_options(&scenario.connection),
        &mut out,
    );
    out
}

/// A parsed batch file written again in the canonical style: one command after another, an
/// option per continuation line, every token quoted by [`shell_quote`]. Comments and layout
/// are not kept; the argv of every command is.
pub fn canonical(document: &crate::dsconfig::Document, format: Format) -> String {
    if format == Format::PowerShell {
        // The file's own connection options, if any, stay on its lines.
        let mut out = String::new();
        powershell::describe(&mut out);
        powershell::write(&canonical(document, Format::Batch), &[], &mut out);
        return out;
    }
    let mut out = String::new();
    for (i, parsed) in document
        .commands
        .iter()
        .filter(|c| c.subcommand.is_some())
        .enumerate()
    {
        if i > 0 && format != Format::Lines {
            out.push('\n');
        }
        write_command(&Command::from(parsed), format, &mut out);
    }
    out
}

/// The header's line about errors, when there are any: the count and each code once, in the
/// order found. Codes are the rules' fixed identifiers (letters, digits and dashes), so the
/// comment holds fixed text only.
fn errors(diagnostics: &[Diagnostic], out: &mut String) {
    let mut codes: Vec<&str> = Vec::new();
    let mut count = 0;
    for diagnostic in diagnostics.iter().filter(|d| d.severity == Severity::Error) {
        count += 1;
        if !codes.contains(&diagnostic.code) {
            codes.push(diagnostic.code);
        }
    }
    if count == 0 {
        return;
    }
    let _ = write!(
        out,
        "# NOT READY: syncmap finds {} in this scenario ({}).\n\
         # These commands will not work as they are: fix the scenario first.\n",
        plural(count, "error"),
        codes.join(", ")
    );
}

/// Header comments. Fixed text and quoted tokens only: a token never holds a raw line break
/// (the quoting writes control characters as escapes), so nothing can leave the comment.
fn header(scenario: &Scenario, options: &Options, out: &mut String) {
    let format = options.format;
    let what = match options.script {
        Script::Apply => "creates the configuration",
        Script::Runbook => runbook::WHAT,
        Script::Rollback => "deletes what the apply script creates, in reverse order",
        Script::Prerequisites => "prepares the source server for password synchronization",
    };
    generated(options, out);
    out.push_str(&format!(
        "# Target: PingDataSync {}. This script {what}.\n# {}\n",
        scenario.target_version,
        options.script.runs_against(scenario.source.kind)
    ));
    if options.script.runs_dsconfig(scenario.source.kind) {
        how_to_apply(scenario, format, out);
    }
    if options.script == Script::Apply {
        must_exist(scenario, out);
    }
}

/// The header's first line: what the file is, what made it and when.
fn generated(options: &Options, out: &mut String) {
    let kind = match options.format {
        Format::Batch => "dsconfig batch file",
        Format::PowerShell => "PowerShell script",
        Format::Bash | Format::Lines => "Commands",
    };
    generated_by(kind, options, out);
}

/// The header's first line for a file of `kind`: what made it and when. The runbook's header
/// starts with it too.
fn generated_by(kind: &str, options: &Options, out: &mut String) {
    let _ = write!(out, "# {kind} generated by syncmap {GENERATOR_VERSION}");
    if let Some(date) = &options.date {
        out.push_str(" on ");
        out.push_str(&shell_quote(date));
    }
    out.push_str(".\n");
}

/// The header's lines on how to run the commands against the server, with `scenario`'s
/// connection options.
fn how_to_apply(scenario: &Scenario, format: Format, out: &mut String) {
    if format == Format::Batch {
        // One line: a comment ending in a backslash might continue into the next line.
        let mut apply = vec!["dsconfig".to_owned(), "--no-prompt".to_owned()];
        let connection = plan::connection_options(&scenario.connection);
        if connection.is_empty() {
            apply.extend([
                "--hostname HOST --port PORT --bindDN DN --bindPasswordFile FILE".to_owned(),
            ]);
        } else {
            for opt in connection.iter().filter(|o| o.flag != "--no-prompt") {
                apply.push(opt_text(opt));
            }
        }
        apply.push("--batch-file FILE.dsconfig".to_owned());
        out.push_str(&format!("# Apply it with:\n#   {}\n", apply.join(" ")));
    } else if format == Format::PowerShell {
        powershell::describe(out);
        if scenario.connection == Default::default() {
            // config/tools.properties holds the tools' default arguments (docs::TOOLS_PROPERTIES).
            out.push_str(
                "# The scenario gives no connection options: dsconfig reads them from\n\
                 # config\\tools.properties in the server root.\n",
            );
        }
    } else if scenario.connection == Default::default() {
        out.push_str(
            "# Add --no-prompt and your connection options (--hostname, --port,\n\
             # --bindDN, --bindPasswordFile) to run them unattended.\n",
        );
    }
}

/// The endpoints the apply script uses without creating them, each with how Ping says to
/// create it: the same facts the page shows beside the endpoint ([`prerequisite::existing`]).
fn must_exist(scenario: &Scenario, out: &mut String) {
    let existing = prerequisite::existing(scenario);
    if existing.is_empty() {
        return;
    }
    out.push_str("# Not created by this script; create these first on the PingDataSync server:\n");
    for need in existing {
        // The name ends its line: a quoted name never ends in a backslash, so the comment
        // cannot continue into the next line of a batch file.
        let _ = writeln!(
            out,
            "#   - {} {}",
            need.side.label(),
            shell_quote(need.name)
        );
        comment(&need.reason(), out);
        comment(
            &format!("It is {}. {}", need.creation.object, need.creation.how),
            out,
        );
        for page in need.creation.pages {
            let _ = writeln!(out, "#     See {page}");
        }
    }
}

/// What the prerequisites script says when it has no command: what to do by hand on the source,
/// each step with its page ([`prerequisite::preparation`]).
fn nothing_to_run(scenario: &Scenario, script: Script, out: &mut String) {
    let steps = prerequisite::preparation(scenario.source.kind).steps;
    if script != Script::Prerequisites || steps.is_empty() {
        out.push_str("\n# Nothing to do for this scenario.\n");
        return;
    }
    out.push_str("\n# Nothing to run with dsconfig on this source. Prepare it by hand:\n");
    for step in steps {
        let mut first = true;
        for line in wrap(step.text, COMMENT_WIDTH) {
            let bullet = if first { "-" } else { " " };
            let _ = writeln!(out, "#   {bullet} {line}");
            first = false;
        }
        let _ = writeln!(out, "#     See {}", step.page);
    }
}

/// How wide fixed comment text is wrapped, after its `#` and indentation.
const COMMENT_WIDTH: usize = 88;

/// Fixed text as indented comment lines.
fn comment(text: &str, out: &mut String) {
    for line in wrap(text, COMMENT_WIDTH) {
        let _ = writeln!(out, "#     {line}");
    }
}

/// `text` in lines of at most `width` characters, broken at spaces (a longer word keeps a
/// line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn opt_text(opt: &Opt) -> String {
    match &opt.value {
        Some(value) => format!("{} {}", opt.flag, shell_quote(value)),
        None => opt.flag.clone().into_owned(),
    }
}

/// About the length of a section's text: its tokens unquoted, plus room for the separators,
/// continuations and indentation of each option.
fn size_hint(section: &Section<'_>) -> usize {
    let opt = |opt: &Opt<'_>| opt.flag.len() + opt.value.as_ref().map_or(0, |v| v.len()) + 10;
    section
        .commands
        .iter()
        .map(|c| {
            12 + c.subcommand.len()
                + c.globals.iter().map(opt).sum::<usize>()
                + c.options.iter().map(opt).sum::<usize>()
        })
        .sum()
}

/// Writes one command, ending with a newline: an option per continuation line, or all on one
/// line for [`Format::Lines`].
pub fn write_command(command: &Command, format: Format, out: &mut String) {
    out.push_str(command.tool);
    // Global options share the first line with `dsconfig`, as in Ping's documentation.
    for opt in &command.globals {
        out.push(' ');
        write_opt(opt, out);
    }
    // A tool without subcommands (`resync`) has an empty one: nothing to write.
    if !command.subcommand.is_empty() {
        out.push(' ');
        push_shell_quoted(&command.subcommand, out);
    }
    for opt in &command.options {
        match format.continuation() {
            Some(continuation) => {
                out.push_str(continuation);
                out.push('\n');
                out.push_str(INDENT);
            }
            None => out.push(' '),
        }
        write_opt(opt, out);
    }
    out.push('\n');
}

/// `flag value`, the value quoted, written straight into `out`.
fn write_opt(opt: &Opt, out: &mut String) {
    out.push_str(&opt.flag);
    if let Some(value) = &opt.value {
        out.push(' ');
        push_shell_quoted(value, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::{DestinationKind, SourceKind};

    /// The PingOne preset with its resourceType and population mappings removed: two errors.
    fn with_errors() -> Scenario {
        let mut scenario = crate::presets::find("pingdirectory-to-pingone")
            .expect("the preset")
            .scenario();
        scenario
            .attribute_map
            .mappings
            .retain(|m| !matches!(m.to(), "resourceType" | "population"));
        scenario
    }

    #[test]
    fn a_script_with_errors_says_so_in_its_header() {
        let scenario = with_errors();
        let codes: Vec<&str> = crate::validate(&scenario)
            .into_iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
            .map(|d| d.code)
            .collect();
        assert!(!codes.is_empty());
        for format in [Format::Bash, Format::Batch, Format::PowerShell] {
            let text = render(&scenario, format);
            let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
            let warning = header
                .iter()
                .find(|l| l.starts_with("# NOT READY: "))
                .unwrap_or_else(|| panic!("{format:?}:\n{text}"));
            assert!(
                warning.contains(&format!("{} error", codes.len())),
                "{warning}"
            );
            for code in &codes {
                assert_eq!(warning.matches(code).count(), 1, "{code} once: {warning}");
            }
        }
        // One command a line: nothing but commands.
        assert!(!render(&scenario, Format::Lines).contains("NOT READY"));
        // A scenario without errors has no such line.
        let preset = crate::presets::all()[0].scenario();
        assert!(!render(&preset, Format::Bash).contains("NOT READY"));
    }

    #[test]
    fn format_ids_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::from_id(format.id()), Some(format));
        }
        assert_eq!(Format::from_id("zsh"), None);
    }

    #[test]
    fn commands_continue_over_lines() {
        let command = Command::new("create-attribute-map").opt("--map-name", "My Map");
        let mut out = String::new();
        write_command(&command, Format::Bash, &mut out);
        assert_eq!(
            out,
            "dsconfig create-attribute-map \\\n    --map-name 'My Map'\n"
        );
        out.clear();
        write_command(&command, Format::PowerShell, &mut out);
        assert_eq!(
            out, "dsconfig create-attribute-map \\\n    --map-name 'My Map'\n",
            "the PowerShell script's commands are batch-file lines"
        );
        out.clear();
        write_command(&command, Format::Lines, &mut out);
        assert_eq!(out, "dsconfig create-attribute-map --map-name 'My Map'\n");
    }

    #[test]
    fn batch_header_names_generator_target_date_and_how_to_apply() {
        let scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        let options = Options {
            date: Some("2026-11-27".into()),
            ..Options::new(Format::Batch)
        };
        let text = render_with(&scenario, &options);
        assert!(
            text.starts_with("# dsconfig batch file generated by syncmap "),
            "{text}"
        );
        assert!(text.contains(" on 2026-11-27.\n"), "{text}");
        assert!(text.contains("# Target: PingDataSync 10.2."), "{text}");
        assert!(
            text.contains("#   dsconfig --no-prompt --hostname HOST"),
            "{text}"
        );
        for comment in text.lines().filter(|l| l.starts_with('#')) {
            assert!(!comment.ends_with('\\'), "comment continues: {comment}");
        }
    }

    /// `syncmap render FILE --format powershell`: the file, written again, in the script.
    #[test]
    fn a_parsed_batch_file_goes_into_the_powershell_script_whole() {
        let document = crate::dsconfig::parse(
            "dsconfig create-attribute-map --map-name \"it's\"\n\
             dsconfig create-attribute-map --map-name 'My Map'\n",
        );
        let batch = canonical(&document, Format::Batch);
        let script = canonical(&document, Format::PowerShell);
        assert!(batch.contains("'it'\"'\"'s'"), "{batch}");
        assert!(
            script.starts_with("# For Windows PowerShell 5.1"),
            "{script}"
        );
        assert!(
            script.contains(&format!("$batch = @'\n{batch}\n'@\n")),
            "{script}"
        );
        assert!(
            script.contains("& $program --no-prompt --batch-file ('\"' + $file + '\"')"),
            "{script}"
        );
    }

    #[test]
    fn lines_format_is_commands_only() {
        let scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        let text = render(&scenario, Format::Lines);
        assert!(text.lines().all(|l| l.starts_with("dsconfig ")), "{text}");
        assert_eq!(text.lines().count(), 2);
    }
}
