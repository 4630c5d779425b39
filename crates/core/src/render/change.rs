//! Writing a change script ([`crate::change`]) in every format, with the header of the other
//! scripts and each step's commands through [`write_command`].

use std::fmt::Write as _;

use super::{Format, Options, errors, generated, how_to_apply, powershell, write_command};

/// What a change script between two configurations that are the same says instead of
/// commands. The one-command-per-line format holds commands only and says nothing; the page
/// shows this line there.
pub const NO_CHANGES: &str = "# No changes: the two configurations are the same.\n";
use crate::change::{self, Step};
use crate::diagnostic::Diagnostic;
use crate::plan;
use crate::quote::shell_quote;
use crate::scenario::Scenario;

/// The commands that take the configuration `before`'s apply script makes to the one `after`'s
/// makes, in `options.format` (its `script` is not used). Errors of `after` are named in the
/// header, as for the apply script; when nothing changes the script says so and runs nothing.
pub fn render_change(before: &Scenario, after: &Scenario, options: &Options) -> String {
    render_change_checked(before, after, options, &crate::validate(after))
}

/// [`render_change`] for a caller that has validated `after` already.
pub fn render_change_checked(
    before: &Scenario,
    after: &Scenario,
    options: &Options,
    diagnostics: &[Diagnostic],
) -> String {
    let format = options.format;
    if format == Format::PowerShell && change::plan(before, after).is_empty() {
        // Nothing to write into a batch file, and nothing to run.
        let mut out = String::new();
        header(before, after, options, &mut out);
        errors(diagnostics, &mut out);
        out.push('\n');
        out.push_str(NO_CHANGES);
        return out;
    }
    if format == Format::PowerShell {
        let batch = render_change_checked(
            before,
            after,
            &Options {
                format: Format::Batch,
                ..options.clone()
            },
            diagnostics,
        );
        let mut out = String::with_capacity(batch.len() + 4096);
        header(before, after, options, &mut out);
        errors(diagnostics, &mut out);
        powershell::write(
            &batch,
            &plan::connection_options(&after.connection),
            &mut out,
        );
        return out;
    }
    let steps = change::steps(before, after);
    let mut out = String::new();
    if format != Format::Lines {
        header(before, after, options, &mut out);
        errors(diagnostics, &mut out);
        if steps.is_empty() {
            out.push('\n');
            out.push_str(NO_CHANGES);
        }
    }
    for (number, step) in steps.iter().enumerate() {
        let Step {
            title,
            note,
            running,
            commands,
        } = step;
        if format != Format::Lines {
            let _ = write!(out, "\n# Step {}: {title}\n", number + 1);
            if let Some(note) = note {
                super::comment(note, &mut out);
            }
            if let Some(running) = running {
                out.push_str(if running.confirmed {
                    "#   On a running sync pipe:\n"
                } else {
                    "#   On a running sync pipe (not stated by Ping's pages; inferred, check it):\n"
                });
                super::comment(running.text, &mut out);
                for page in running.pages {
                    let _ = writeln!(out, "#     See {page}");
                }
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

/// The header: what made the script, for which version, between which configurations, and
/// how to run it.
fn header(before: &Scenario, after: &Scenario, options: &Options, out: &mut String) {
    generated(options, out);
    let _ = write!(
        out,
        "# Target: PingDataSync {}. This script changes one configuration into another.\n\
         # Run it against the PingDataSync server.\n\
         # Changes from the configuration of\n{}\
         # to that of\n{}",
        after.target_version,
        described(before),
        described(after)
    );
    out.push_str(
        "# dsconfig's set-...-prop takes --set, --add and --remove; --reset (a property back\n\
         # to its default) is what PingDirectory's dsconfig accepts, not named on PingDataSync's\n\
         # pages.\n",
    );
    let _ = writeln!(out, "#   See {}", crate::docs::DSCONFIG_USAGE);
    how_to_apply(after, options.format, out);
}

/// `scenario`'s attribute map and sync pipe, one per comment line, each name ending its line
/// (a quoted name never ends in a backslash, so the comment cannot continue).
fn described(scenario: &Scenario) -> String {
    let mut text = format!(
        "#   attribute map {}\n",
        shell_quote(&scenario.attribute_map.name)
    );
    if let Some(pipe) = &scenario.sync_pipe {
        let _ = writeln!(text, "#   sync pipe {}", shell_quote(&pipe.name));
    }
    text
}
