//! The go-live runbook: the steps that bring a new sync pipe into service after the apply
//! script, in the order Ping documents them, each with the pages it rests on.
//!
//! Ping's order ([`docs::SET_STARTPOINTS`], [`docs::SYNC_OPERATIONS`],
//! [`docs::START_SYNC_PIPE`]): stop the pipe if it is started, set the start point at the end
//! of the changelog, test with `resync` (a dry run of one entry), then start real-time
//! synchronization. Every command and flag here is one a Ping page shows; where a step rests on
//! an inference, its text says so, and a flag that is only inferred is not written.
//!
//! The texts are fixed: the scenario's names appear only in the commands (and in the endpoints
//! a step needs), where the renderer quotes them.

use std::borrow::Cow;

use crate::command::{Command, Opt};
use crate::docs;
use crate::endpoint::SourceKind;
use crate::plan::connection_options;
use crate::prerequisite::{self, Existing};
use crate::scenario::{Connection, Scenario};

/// The placeholder filter of the dry-run resync, which the admin replaces.
pub const PLACEHOLDER_FILTER: &str = "(uid=CHOOSE_ONE_ENTRY)";

/// The placeholder input file of the dry-run resync from a database source.
pub const PLACEHOLDER_INPUT_FILE: &str = "CHOOSE_ONE_ENTRY.txt";

/// The debug log publisher Ping's page enables for mapping errors.
pub const DEBUG_LOGGER: &str = "File-Based Debug Logger";

/// The debug target for attribute mapping errors.
pub const MAPPING_DEBUG_TARGET: &str = "com.unboundid.directory.sync.mapping";

/// One step of the runbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step<'a> {
    /// What the step does.
    pub title: &'static str,
    /// What to do and why, in paragraphs of fixed text.
    pub text: Vec<Cow<'static, str>>,
    /// The pages the step rests on: at least one.
    pub pages: Vec<&'static str>,
    /// The commands, in order; none when the step is done with another script or by hand.
    pub commands: Vec<Command<'a>>,
    /// Endpoints that must exist before the pipe is used.
    pub needs: Vec<Existing<'a>>,
    /// Whether the step is only for troubleshooting, not for every go-live.
    pub troubleshooting: bool,
}

/// Whether Ping's pages document `set-startpoint --end-of-changelog` for a source of `kind`:
/// PingDirectory (and a proxy in front of it) by name, and the LDAP servers whose changelog
/// PingDataSync follows (the examples of "Set startpoints" and "Start real-time
/// synchronization globally" are Sun DS and DSEE pipes). Active Directory (DirSync), a database
/// and PingOne are not shown, and "Not all Sync Source implementations will support all the
/// startpoint types" ([`docs::SET_STARTPOINT_OPTIONS`]).
pub fn end_of_changelog_documented(kind: SourceKind) -> bool {
    matches!(
        kind,
        SourceKind::PingDirectory
            | SourceKind::PingDirectoryProxy
            | SourceKind::IbmDirectory
            | SourceKind::OtherLdap
    )
}

/// The runbook's steps for `scenario`; none when it has no sync pipe.
pub fn steps(scenario: &Scenario) -> Vec<Step<'_>> {
    let Some(pipe) = &scenario.sync_pipe else {
        return Vec::new();
    };
    let pipe = pipe.name.as_str();
    let kind = scenario.source.kind;
    let connection = &scenario.connection;
    vec![
        prerequisites(scenario),
        apply(scenario.sync_pipe.as_ref().is_some_and(|p| p.start)),
        start_point(pipe, kind, connection),
        dry_run(pipe, kind),
        debug_logger_on(connection),
        debug_logger_off(connection),
        start(pipe, connection),
    ]
}

fn prerequisites(scenario: &Scenario) -> Step<'_> {
    let kind = scenario.source.kind;
    let preparation = prerequisite::preparation(kind);
    let mut text: Vec<Cow<'static, str>> = vec![Cow::Owned(format!(
        "Before the apply script: do what syncmap's prerequisites script of this scenario \
         says (it says so when there is nothing to do), on {}.",
        preparation.server
    ))];
    let mut pages: Vec<&'static str> = prerequisite::source_creation(kind).pages.to_vec();
    for step in preparation.steps {
        text.push(Cow::Borrowed(step.text));
        if !pages.contains(&step.page) {
            pages.push(step.page);
        }
    }
    Step {
        title: "Prerequisites applied",
        text,
        pages,
        commands: Vec::new(),
        needs: prerequisite::existing(scenario),
        troubleshooting: false,
    }
}

fn apply(starts: bool) -> Step<'static> {
    let mut text = vec![Cow::Borrowed(
        "Run syncmap's apply script of this scenario against the PingDataSync server: it \
         creates the sync pipe, its class and its mappings.",
    )];
    if starts {
        text.push(Cow::Borrowed(
            "This scenario starts the pipe (started:true) as the apply script's last step; \
             step 3 stops it again before the start point is set.",
        ));
    }
    Step {
        title: "The apply script applied",
        text,
        pages: vec![docs::DSCONFIG_BATCH],
        commands: Vec::new(),
        needs: Vec::new(),
        troubleshooting: false,
    }
}

fn start_point<'a>(pipe: &'a str, kind: SourceKind, connection: &'a Connection) -> Step<'a> {
    let mut text = vec![Cow::Borrowed(
        "Ping's order: if the pipe is started, stop it; set the start point, so that changes \
         made before now are ignored; test with resync; then start real-time synchronization. \
         Skip the stop command if the pipe was never started.",
    )];
    let mut commands = vec![realtime_sync("stop", pipe, &[], connection)];
    let mut pages = vec![docs::SET_STARTPOINTS, docs::START_PAUSE_SYNC];
    if end_of_changelog_documented(kind) {
        text.push(Cow::Borrowed(
            "set-startpoint --end-of-changelog records the change at the end of the source's \
             changelog: real-time synchronization begins there once it is started.",
        ));
        commands.push(realtime_sync(
            "set-startpoint",
            pipe,
            &["--end-of-changelog"],
            connection,
        ));
        pages.extend([docs::START_SYNC_PIPE, docs::SET_CHANGELOG_STARTPOINT]);
    } else {
        text.push(Cow::Borrowed(
            "Unconfirmed for this kind of source: Ping's pages show set-startpoint \
             --end-of-changelog for PingDirectory and changelog-based LDAP sources only, and \
             \"Not all Sync Source implementations will support all the startpoint types\". \
             This runbook sets no start point; check realtime-sync set-startpoint --help on \
             the server before setting one.",
        ));
        pages.push(docs::SET_STARTPOINT_OPTIONS);
    }
    Step {
        title: "Stop the pipe and set its start point",
        text,
        pages,
        commands,
        needs: Vec::new(),
        troubleshooting: false,
    }
}

fn dry_run(pipe: &str, kind: SourceKind) -> Step<'_> {
    let mut command = Command::new("").opt("--pipe-name", pipe);
    command.tool = "resync";
    let mut text = Vec::new();
    let mut pages = vec![docs::TEST_ATTRIBUTE_DN_MAPS];
    if kind == SourceKind::Rdbms {
        command = command.opt("--sourceInputFile", PLACEHOLDER_INPUT_FILE);
        text.push(Cow::Borrowed(
            "A database source needs --sourceInputFile or --entryType: put the key of one \
             source entry in the file CHOOSE_ONE_ENTRY.txt (a placeholder: name your file).",
        ));
        pages.push(docs::RESYNC_CLI);
    } else {
        command = command.opt("--sourceSearchFilter", PLACEHOLDER_FILTER);
        text.push(Cow::Borrowed(
            "(uid=CHOOSE_ONE_ENTRY) is a placeholder: edit it into a filter that matches one \
             entry of the source.",
        ));
    }
    command
        .options
        .extend([flag("--dry-run"), value("--logLevel", "debug")]);
    text.extend([
        Cow::Borrowed(
            "--dry-run changes nothing at the destination: resync only logs what is out of \
             sync, which tests the attribute and DN maps on that entry.",
        ),
        Cow::Borrowed(
            "Reading the result: the summary gives \"Source entries retrieved\", \"Entries \
             missing\", \"Entries out-of-sync\" and \"Duration (seconds)\", then \"N entries \
             were in-sync, N entries were modified, N entries were created, N entries are \
             still out-of-sync, N entries are still missing, and N entries could not be \
             processed due to an error\". The details are in logs/tools/resync.log, the errors \
             in logs/tools/resync-errors.log.",
        ),
        Cow::Borrowed(
            "Ping's pages show no connection options on resync; it reads them from \
             config/tools.properties.",
        ),
        Cow::Borrowed(
            "Without --dry-run and the filter, resync synchronizes the endpoints, which Ping \
             does before starting real-time synchronization; for large data sets Ping exports, \
             runs translate-ldif and imports instead.",
        ),
    ]);
    pages.extend([
        docs::RESYNC_TOOL,
        docs::VERIFY_SYNC_CONFIG,
        docs::SYNC_OPERATIONS,
        docs::TOOLS_PROPERTIES,
    ]);
    Step {
        title: "Test one entry with a dry-run resync",
        text,
        pages,
        commands: vec![command],
        needs: Vec::new(),
        troubleshooting: false,
    }
}

fn debug_logger_on(connection: &Connection) -> Step<'_> {
    let commands = vec![
        dsconfig("set-log-publisher-prop", connection)
            .opt("--publisher-name", DEBUG_LOGGER)
            .opt("--set", "enabled:true"),
        dsconfig("create-debug-target", connection)
            .opt("--publisher-name", DEBUG_LOGGER)
            .opt("--target-name", MAPPING_DEBUG_TARGET)
            .opt("--set", "debug-level:warning"),
    ];
    Step {
        title: "For troubleshooting only: the mapping debug logger on",
        text: vec![
            Cow::Borrowed(
                "\"By default, errors related to attribute mapping are not logged\": when a \
                 mapping fails without a word, turn the File-Based Debug Logger on with its \
                 mapping target, and off again (next step) once the cause is found. Ping says \
                 it should only be enabled when troubleshooting.",
            ),
            Cow::Borrowed(
                "Its file is logs/debug in the server root (inferred from PingDirectory's \
                 pages, not confirmed for PingDataSync).",
            ),
        ],
        pages: vec![docs::MAPPING_DEBUG_LOGGER, docs::DEFAULT_LOG_PUBLISHERS],
        commands,
        needs: Vec::new(),
        troubleshooting: true,
    }
}

fn debug_logger_off(connection: &Connection) -> Step<'_> {
    let commands = vec![
        dsconfig("delete-debug-target", connection)
            .opt("--publisher-name", DEBUG_LOGGER)
            .opt("--target-name", MAPPING_DEBUG_TARGET),
        dsconfig("set-log-publisher-prop", connection)
            .opt("--publisher-name", DEBUG_LOGGER)
            .opt("--set", "enabled:false"),
    ];
    Step {
        title: "For troubleshooting only: the mapping debug logger off again",
        text: vec![Cow::Borrowed(
            "Inferred, not confirmed for PingDataSync: no PingDataSync page shows these two \
             commands. delete-debug-target and its options are documented for PingDS; \
             enabled:false is the inverse of the documented enabled:true.",
        )],
        pages: vec![
            docs::PINGDS_DELETE_DEBUG_TARGET,
            docs::MAPPING_DEBUG_LOGGER,
            docs::DEFAULT_LOG_PUBLISHERS,
        ],
        commands,
        needs: Vec::new(),
        troubleshooting: true,
    }
}

fn start<'a>(pipe: &'a str, connection: &'a Connection) -> Step<'a> {
    let mut status = Command::new("");
    status.tool = "status";
    Step {
        title: "Start the pipe and check it",
        text: vec![
            Cow::Borrowed(
                "Once the test entry comes out as expected, start real-time synchronization \
                 for the pipe.",
            ),
            Cow::Borrowed(
                "status then shows \"Summary for Sync Pipe\": Started, Num Ops In Queue, \
                 Source Unretrieved Changes (greater than zero means a backlog) and Failed Op \
                 Attempts among others. Ping's pages show no options for status: give it \
                 your connection options if it asks for them.",
            ),
        ],
        pages: vec![
            docs::START_SYNC_PIPE,
            docs::START_PAUSE_SYNC,
            docs::SYNC_STATUS,
        ],
        commands: vec![realtime_sync("start", pipe, &[], connection), status],
        needs: Vec::new(),
        troubleshooting: false,
    }
}

/// A dsconfig command with the connection options before its subcommand, as the other
/// scripts write them.
fn dsconfig<'a>(subcommand: &'static str, connection: &'a Connection) -> Command<'a> {
    let mut command = Command::new(subcommand);
    command.globals = connection_options(connection);
    command
}

/// `realtime-sync SUBCOMMAND --pipe-name PIPE [flags]`, then the connection options in the
/// order Ping's examples give them, `--no-prompt` last. `--trustAll` is left out: no page shows
/// it on realtime-sync (the header says so when the scenario sets it).
fn realtime_sync<'a>(
    subcommand: &'static str,
    pipe: &'a str,
    flags: &[&'static str],
    connection: &'a Connection,
) -> Command<'a> {
    let mut command = Command::new(subcommand).opt("--pipe-name", pipe);
    command.tool = "realtime-sync";
    command.options.extend(flags.iter().map(|f| flag(f)));
    let options = tool_connection_options(connection);
    command.options.extend(options);
    command
}

/// The connection options for `realtime-sync`: those of [`connection_options`] its pages show,
/// with `--no-prompt` at the end as in Ping's examples.
pub fn tool_connection_options(connection: &Connection) -> Vec<Opt<'_>> {
    let mut options = connection_options(connection);
    options.retain(|o| o.flag != "--trustAll");
    if let Some(i) = options.iter().position(|o| o.flag == "--no-prompt") {
        let no_prompt = options.remove(i);
        options.push(no_prompt);
    }
    options
}

fn flag(flag: &'static str) -> Opt<'static> {
    Opt {
        flag: flag.into(),
        value: None,
    }
}

fn value(flag: &'static str, value: &'static str) -> Opt<'static> {
    Opt {
        flag: flag.into(),
        value: Some(value.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::DestinationKind;

    fn argv(scenario: &Scenario) -> Vec<String> {
        steps(scenario)
            .iter()
            .flat_map(|s| s.commands.iter().map(|c| c.argv().join(" ")))
            .collect()
    }

    fn preset(name: &str) -> Scenario {
        crate::presets::find(name).expect("the preset").scenario()
    }

    /// The commands, as Ping's pages give them, in Ping's order.
    #[test]
    fn a_pingdirectory_source_gets_the_documented_commands_in_order() {
        let mut scenario = preset("pingdirectory-to-pingone");
        let pipe = scenario.sync_pipe.as_ref().unwrap().name.clone();
        scenario.sync_pipe.as_mut().unwrap().name = "My Pipe".into();
        let lines = argv(&scenario);
        assert_eq!(
            lines,
            [
                "realtime-sync stop --pipe-name My Pipe",
                "realtime-sync set-startpoint --pipe-name My Pipe --end-of-changelog",
                "resync --pipe-name My Pipe --sourceSearchFilter (uid=CHOOSE_ONE_ENTRY) \
                 --dry-run --logLevel debug",
                "dsconfig set-log-publisher-prop --publisher-name File-Based Debug Logger \
                 --set enabled:true",
                "dsconfig create-debug-target --publisher-name File-Based Debug Logger \
                 --target-name com.unboundid.directory.sync.mapping --set debug-level:warning",
                "dsconfig delete-debug-target --publisher-name File-Based Debug Logger \
                 --target-name com.unboundid.directory.sync.mapping",
                "dsconfig set-log-publisher-prop --publisher-name File-Based Debug Logger \
                 --set enabled:false",
                "realtime-sync start --pipe-name My Pipe",
                "status",
            ],
            "{pipe}"
        );
    }

    #[test]
    fn connection_options_follow_pings_examples() {
        let mut scenario = preset("pingdirectory-to-pingone");
        scenario.connection = Connection {
            hostname: Some("sync.example.com".into()),
            port: Some(636),
            bind_dn: Some("cn=Directory Manager".into()),
            bind_password_file: Some("pw.txt".into()),
            use_ssl: true,
            trust_all: true,
        };
        let lines = argv(&scenario);
        let pipe = &scenario.sync_pipe.as_ref().unwrap().name;
        assert_eq!(
            lines[1],
            format!(
                "realtime-sync set-startpoint --pipe-name {pipe} --end-of-changelog \
                 --hostname sync.example.com --port 636 --useSSL --bindDN cn=Directory Manager \
                 --bindPasswordFile pw.txt --no-prompt"
            )
        );
        // dsconfig keeps every option the other scripts give it, before the subcommand.
        assert!(
            lines[3].starts_with(
                "dsconfig --no-prompt --hostname sync.example.com --port 636 --useSSL \
                 --trustAll --bindDN cn=Directory Manager --bindPasswordFile pw.txt \
                 set-log-publisher-prop"
            ),
            "{}",
            lines[3]
        );
        // resync and status: no page shows connection options on them.
        assert!(lines[2].starts_with("resync --pipe-name "), "{}", lines[2]);
        assert_eq!(lines.last().unwrap(), "status");
        assert!(!lines.iter().any(|l| l.contains("--bindPassword ")));
    }

    #[test]
    fn a_start_point_only_where_pings_pages_show_one() {
        for kind in SourceKind::ALL {
            let mut scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
            scenario.sync_pipe = preset("pingdirectory-to-pingone").sync_pipe;
            scenario.change_source(kind);
            let lines = argv(&scenario);
            assert_eq!(
                lines.iter().any(|l| l.contains("set-startpoint")),
                end_of_changelog_documented(kind),
                "{kind:?}"
            );
            let step = &steps(&scenario)[2];
            let says_unconfirmed = step.text.iter().any(|t| t.starts_with("Unconfirmed"));
            assert_eq!(
                says_unconfirmed,
                !end_of_changelog_documented(kind),
                "{kind:?}"
            );
            // A database source names its entry in a file, as resync needs for JDBC.
            let resync = lines.iter().find(|l| l.starts_with("resync ")).unwrap();
            assert_eq!(
                resync.contains("--sourceInputFile CHOOSE_ONE_ENTRY.txt"),
                kind == SourceKind::Rdbms,
                "{resync}"
            );
        }
    }

    #[test]
    fn no_pipe_no_runbook() {
        let scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        assert!(scenario.sync_pipe.is_none());
        assert!(steps(&scenario).is_empty());
    }

    #[test]
    fn every_step_cites_a_documentation_page() {
        for preset in crate::presets::all() {
            let scenario = preset.scenario();
            let steps = steps(&scenario);
            assert_eq!(steps.len(), 7, "{}", preset.name);
            for step in steps {
                assert!(!step.pages.is_empty(), "{}", step.title);
                for page in step.pages {
                    assert!(
                        page.starts_with("https://docs.pingidentity.com/")
                            || page.starts_with("https://docs.ping.directory/"),
                        "{page}"
                    );
                    // One of the constants of `docs.rs`, where each page is described once.
                    assert!(
                        include_str!("docs.rs").contains(&format!("\"{page}\"")),
                        "{page} is not a constant of docs.rs"
                    );
                }
            }
        }
    }
}
