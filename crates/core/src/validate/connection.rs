//! The connection options, as the PowerShell script passes them to `dsconfig.bat`.

use crate::diagnostic::Diagnostic;
use crate::names::describe_char;
use crate::quote::{CmdArgumentProblem, cmd_argument_problem};
use crate::rules;
use crate::scenario::Scenario;

/// The connection's text options, with their JSON pointers. The port is a number and the
/// others are flags: nothing of theirs can be refused.
fn text_options(scenario: &Scenario) -> [(&'static str, &'static str, Option<&str>); 3] {
    let c = &scenario.connection;
    [
        ("--hostname", "/connection/hostname", c.hostname.as_deref()),
        ("--bindDN", "/connection/bind_dn", c.bind_dn.as_deref()),
        (
            "--bindPasswordFile",
            "/connection/bind_password_file",
            c.bind_password_file.as_deref(),
        ),
    ]
}

pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    for (flag, path, value) in text_options(scenario) {
        let Some(problem) = value.and_then(cmd_argument_problem) else {
            continue;
        };
        let what = match problem {
            CmdArgumentProblem::Character(c) => format!("holds {}", describe_char(c)),
            CmdArgumentProblem::TrailingBackslash => "ends with a backslash".to_owned(),
        };
        out.push(
            Diagnostic::new(
                &rules::CONNECTION_CMD_UNSAFE,
                path,
                format!(
                    "{flag} {what}, which cannot reach dsconfig.bat intact through cmd.exe: \
                     the PowerShell script refuses to run with it"
                ),
            )
            .hint(
                "Use printable ASCII without \" % ! ^ & | < > and no trailing backslash, or leave \
                 the option out here and set it in config\\tools.properties, which dsconfig reads \
                 by default",
            ),
        );
    }
}
