//! The linter: batch files parsed, read into a configuration graph, checked against the
//! catalog and against every mapping rule of the core.
//!
//! Several inputs are one configuration (server profiles split one across files, applied in
//! name order); findings point at a file and a byte span, and the output formats (rustc-style
//! text, JSON, SARIF) turn spans into lines and columns.

mod checks;
mod graph;
mod import;
pub mod output;
mod parallel;

use std::sync::OnceLock;

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::dsconfig::{self, Span};
use crate::endpoint::{DestinationKind, SourceKind};
use crate::rules::Rule;
use crate::scenario::Scenario;
use crate::validate::Rules;
use crate::version::Version;

pub use graph::Loc;

/// One batch file to lint.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// How findings name it: a path, or `-` for standard input.
    pub name: &'a str,
    /// Its text.
    pub text: &'a str,
}

/// What the linter is told beyond the files.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The PingDataSync version the files are for. Without it the version is inferred from
    /// the property names (`ping-one-api-url` is 7.x) and version-dependent facts are warnings.
    pub target_version: Option<Version>,
    /// Objects that exist on the server already, so references to them are fine.
    pub existing: Vec<Existing>,
    /// Whether the report keeps the scenarios it checked ([`Report::scenarios`]) and what could
    /// not be read into them ([`Report::not_imported`]). They take memory in proportion to the
    /// files, and findings are all the command line needs; the editor imports through
    /// [`read_scenarios`]. Without them, the scenarios of classes that use one map are not
    /// each checked whole: the map once, what concerns the endpoints once for each source and
    /// destination, and each pipe and class.
    pub keep_scenarios: bool,
    /// How many threads to lint on (0 is 1; the command line gives as many as the machine
    /// runs at once). Large inputs are parsed, and their scenarios read and checked, in
    /// parallel; the report is the same on any number. The browser has one.
    pub threads: usize,
}

/// An object declared to exist on the server: `sync-destination:LDAPDestination`, and for a
/// sync source or destination optionally its kind: `sync-destination:PingOne=ping-one`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Existing {
    /// The object type, as in subcommands (`sync-destination`).
    pub object_type: String,
    /// The object's name (the last naming argument).
    pub name: String,
    /// What kind of system a declared sync source or destination is, when given: the rules
    /// that need it then run on the scenarios that use it.
    pub kind: Option<DeclaredKind>,
}

/// The kind declared for an existing sync source or destination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeclaredKind {
    /// Of a sync source.
    Source(SourceKind),
    /// Of a sync destination.
    Destination(DestinationKind),
}

impl Existing {
    /// Reads `TYPE:NAME`, or `sync-source:NAME=KIND` and `sync-destination:NAME=KIND` with a
    /// kind's id (`ping-one`, `ibm-directory`, ...).
    pub fn parse(text: &str) -> Result<Existing, String> {
        let Some((object_type, rest)) = text
            .split_once(':')
            .filter(|(t, n)| !t.is_empty() && !n.is_empty())
        else {
            return Err(format!(
                "'{text}' is not TYPE:NAME, such as sync-destination:PingOne"
            ));
        };
        let declared = |ids: &[&str], of: &str| match rest.rsplit_once('=') {
            None => Ok((rest, None)),
            Some((name, kind)) if !name.is_empty() && ids.contains(&kind) => Ok((name, Some(kind))),
            Some((_, kind)) => Err(format!(
                "in '{text}', '{kind}' is not a kind of {of}: expected one of {}",
                ids.join(", ")
            )),
        };
        let (name, kind) = match object_type {
            "sync-source" => {
                let ids = SourceKind::ALL.map(SourceKind::id);
                let (name, kind) = declared(&ids, "sync source")?;
                (
                    name,
                    kind.and_then(SourceKind::from_id).map(DeclaredKind::Source),
                )
            }
            "sync-destination" => {
                let ids = DestinationKind::ALL.map(DestinationKind::id);
                let (name, kind) = declared(&ids, "sync destination")?;
                let kind = kind.and_then(DestinationKind::from_id);
                (name, kind.map(DeclaredKind::Destination))
            }
            _ => (rest, None),
        };
        Ok(Existing {
            object_type: object_type.to_owned(),
            name: name.to_owned(),
            kind,
        })
    }
}

/// One finding, located in one input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The stable code: a rule's, or a parser diagnostic's.
    pub code: &'static str,
    /// How bad it is.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// The page the rule rests on.
    pub doc_url: &'static str,
    /// Where: the input's index and the byte span.
    pub loc: Loc,
}

impl Finding {
    pub(crate) fn new(rule: &Rule, loc: Loc, message: impl Into<String>) -> Finding {
        Finding {
            code: rule.code,
            severity: rule.severity,
            message: message.into(),
            hint: None,
            doc_url: rule.doc_url,
            loc,
        }
    }

    pub(crate) fn hint(mut self, hint: impl Into<String>) -> Finding {
        self.hint = Some(hint.into());
        self
    }

    /// A parser diagnostic of input `file`, moved rather than copied: a file where every line
    /// is wrong has as many messages as lines.
    fn parsed(file: usize, d: dsconfig::ParseDiagnostic) -> Finding {
        Finding {
            code: d.code,
            severity: d.severity,
            message: d.message,
            hint: None,
            doc_url: crate::docs::DSCONFIG_BATCH,
            loc: Loc { file, span: d.span },
        }
    }
}

/// What linting found.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Every finding, by input and position.
    pub findings: Vec<Finding>,
    /// How many commands the inputs hold.
    pub commands: usize,
    /// Subcommands syncmap does not interpret, with their counts: kept, never errors.
    pub other_subcommands: Vec<(String, usize)>,
    /// The scenarios read from the configuration (one per sync class with an attribute map,
    /// and one per attribute map no class uses), when [`Options::keep_scenarios`] asks for
    /// them; empty otherwise.
    pub scenarios: Vec<Scenario>,
    /// How many scenarios were read and checked against the mapping rules, kept or not.
    pub scenarios_checked: usize,
    /// What could not be read into those scenarios, for people, when
    /// [`Options::keep_scenarios`] asks for them; empty otherwise.
    pub not_imported: Vec<String>,
}

impl Report {
    /// The parser's diagnostics of a parsed text, as the report of a front end that parses
    /// without linting (`syncmap render FILE.dsconfig`), so that they read as the linter's do.
    pub fn of_parse(document: dsconfig::Document<'_>) -> Report {
        Report {
            commands: document.commands.len(),
            findings: document
                .diagnostics
                .into_iter()
                .map(|d| Finding::parsed(0, d))
                .collect(),
            ..Report::default()
        }
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Lints `inputs` as one configuration, in the order given.
pub fn lint(inputs: &[Input<'_>], options: &Options) -> Report {
    let size: usize = inputs.iter().map(|i| i.text.len()).sum();
    // Below a megabyte or so, starting threads costs more than it saves.
    let threads = match size {
        0..PARALLEL_FROM => 1,
        _ => parallel::threads(options.threads),
    };
    let parts = cut(inputs);
    let slots: Vec<OnceLock<graph::Parsed<'_>>> = parts.iter().map(|_| OnceLock::new()).collect();
    let (part_reads, parse_findings): (Vec<_>, Vec<_>) =
        parse_and_read(&parts, &slots, threads).into_iter().unzip();
    let config = graph::Config::from_parts(&part_reads, threads);
    let mut findings: Vec<Finding> = parse_findings.into_iter().flatten().collect();
    let version = options
        .target_version
        .unwrap_or_else(|| config.inferred_version());
    if !version.is_known() {
        findings.push(unknown_version(version));
    }
    // Scenarios kept are read whole.
    let declared = import::Declared::new(&options.existing);
    let plan = plan(&config, version, threads, !options.keep_scenarios, declared);
    let (checked, read, mut not_imported) = check(&plan, options, version, threads);
    if options.keep_scenarios {
        not_imported.append(&mut plan.others());
    }
    let whole = Whole {
        commands: commands(&slots),
        other_subcommands: config.other_subcommands(),
        not_imported,
    };
    drop(plan);
    drop(config);
    drop(part_reads);
    // Freeing the parsed parts is a great many small frees: done beside the joining, by every
    // thread, the caller's own parts last so that it frees those itself (see `drop_beside`).
    let (here, mut parts): (Vec<_>, Vec<_>) = slots
        .into_iter()
        .partition(|slot| slot.get().is_some_and(|parsed| parsed.here));
    parts.extend(here);
    parallel::drop_beside(threads, parts, || report(findings, checked, read, whole))
}

/// What the report says of the configuration as a whole.
struct Whole {
    commands: usize,
    other_subcommands: Vec<(String, usize)>,
    /// What is not imported, the scenarios' notes first.
    not_imported: Vec<String>,
}

/// The report: the parser's findings, then the checks', then the scenarios' in the order they
/// were read, sorted by place. Several scenarios can share a map, so each place and message is
/// said once.
fn report(
    mut findings: Vec<Finding>,
    checked: Vec<Finding>,
    read: Vec<Read>,
    whole: Whole,
) -> Report {
    findings.extend(checked);
    let mut seen = rustc_hash::FxHashSet::default();
    let mut scenarios = Vec::new();
    let mut scenarios_checked = 0;
    for part in read {
        for finding in part.findings {
            if seen.insert((finding.code, finding.loc, finding.message.clone())) {
                findings.push(finding);
            }
        }
        scenarios.extend(part.scenarios);
        scenarios_checked += part.checked;
    }
    findings.sort_by_key(|f| (f.loc.file, f.loc.span.start(), f.loc.span.end()));
    Report {
        findings,
        commands: whole.commands,
        other_subcommands: whole.other_subcommands,
        scenarios,
        scenarios_checked,
        not_imported: whole.not_imported,
    }
}

/// The plan of the scenarios of `config`, finding what they share with earlier ones when
/// `share` (see [`import::Plan::new`]). The maps the classes use are looked up on
/// `threads` threads: each look-up waits on memory a few times, once per class of a large
/// file, between two parallel phases.
fn plan<'c, 'd>(
    config: &'c graph::Config<'d>,
    version: Version,
    threads: usize,
    share: bool,
    declared: import::Declared,
) -> import::Plan<'c, 'd> {
    let chunks: Vec<&[(usize, &str)]> =
        config.classes_with_maps().chunks(CLASSES_PER_JOB).collect();
    let used = parallel::map(&chunks, threads, |chunk| {
        import::maps_used(config, chunk).collect::<Vec<usize>>()
    });
    import::Plan::new(config, version, used.into_iter().flatten(), share, declared)
}

/// How many classes' maps one thread looks up before it takes the next ones.
const CLASSES_PER_JOB: usize = 512;

/// How large the inputs must be, in bytes, to be linted on several threads.
const PARALLEL_FROM: usize = 1 << 20;

/// How many scenarios one thread reads and checks before it takes the next ones: enough that
/// handing them out costs nothing, few enough that the threads finish together.
const SCENARIOS_PER_JOB: usize = 32;

/// `inputs` cut into parts of about [`PART_BYTES`] that parse on their own (see
/// [`dsconfig::parts`]), with the index of the input each is from, in order.
fn cut<'a>(inputs: &[Input<'a>]) -> Vec<(usize, dsconfig::Part<'a>)> {
    inputs
        .iter()
        .enumerate()
        .flat_map(|(file, input)| {
            let wanted = (input.text.len() / PART_BYTES).max(1);
            dsconfig::parts(input.text, wanted)
                .into_iter()
                .map(move |part| (file, part))
        })
        .collect()
}

/// Each part parsed into its slot, and its commands read against the catalog just after, on
/// `threads` threads: a part's parsed commands are read while they are in the cache, whatever
/// the number of threads. What each part's reading gave, and its parser diagnostics as
/// findings, in order.
fn parse_and_read<'d, 'a: 'd>(
    parts: &[(usize, dsconfig::Part<'a>)],
    slots: &'d [OnceLock<graph::Parsed<'a>>],
    threads: usize,
) -> Vec<(graph::PartRead<'d>, Vec<Finding>)> {
    let jobs: Vec<(&OnceLock<graph::Parsed<'a>>, usize, dsconfig::Part<'a>)> = slots
        .iter()
        .zip(parts)
        .map(|(slot, &(file, part))| (slot, file, part))
        .collect();
    let caller = std::thread::current().id();
    parallel::map(&jobs, threads, |&(slot, file, part)| {
        let mut document = part.parse();
        // Nothing else reads the diagnostics here: they move into the findings.
        let findings = std::mem::take(&mut document.diagnostics)
            .into_iter()
            .map(|d| Finding::parsed(file, d))
            .collect();
        let parsed: &'d graph::Parsed<'a> = slot.get_or_init(|| graph::Parsed {
            file,
            document,
            here: std::thread::current().id() == caller,
        });
        (graph::read_part(parsed), findings)
    })
}

/// How many commands the parsed parts hold.
fn commands(slots: &[OnceLock<graph::Parsed<'_>>]) -> usize {
    slots
        .iter()
        .filter_map(OnceLock::get)
        .map(|p| p.document.commands.len())
        .sum()
}

/// About how large the parts are that inputs are parsed and read in: small enough that a part's
/// parsed commands stay in a core's cache between parsing and reading them, large enough that
/// handing them out costs nothing.
const PART_BYTES: usize = 256 * 1024;

/// What reading and checking some of the scenarios gave, in their order.
#[derive(Default)]
struct Read {
    /// The mapping rules' findings, each scenario's in turn (not yet said once).
    findings: Vec<Finding>,
    scenarios: Vec<Scenario>,
    checked: usize,
}

impl Read {
    /// Reads scenario `i` of `plan` and checks it against the core's rules; `clean` is the
    /// thread's memory of clean patterns, and `not_imported` takes what could not be read.
    fn scenario<'c, 'd>(
        &mut self,
        plan: &import::Plan<'c, 'd>,
        i: usize,
        options: &Options,
        clean: &mut crate::validate::KnownClean,
        not_imported: &mut import::NotImported<'c, 'd>,
    ) {
        // Without the scenarios to keep, a class that shares its map with an earlier one is
        // checked for what the earlier ones did not check (see `import::Check`).
        let check = match options.keep_scenarios {
            true => import::Check::Whole,
            false => plan.check(i),
        };
        let (rules, (scenario, paths)) = match check {
            import::Check::Whole => (Rules::All, plan.read(i, not_imported)),
            import::Check::ButMap(map) => {
                (Rules::AllButMap, plan.read_but_map(i, map, not_imported))
            }
            import::Check::Class(map) => (Rules::OfClass, plan.read_class(i, map, not_imported)),
        };
        for diagnostic in crate::validate::validate_with(&scenario, false, clean, rules) {
            // The scenario's own generation concerns do not apply to files that exist.
            if IMPORT_EXEMPT.contains(&diagnostic.code) {
                continue;
            }
            let kind_unknown = diagnostic.code == crate::rules::ENDPOINT_KIND_UNKNOWN.code;
            // An endpoint the files do not define has no name or kind to check; that its kind
            // is not known is said, where the pipe names it.
            if !kind_unknown && !paths.defines_endpoint_of(&diagnostic.path) {
                continue;
            }
            let loc = paths.locate(&diagnostic.path);
            let hint = match kind_unknown {
                true => Some(declare_kind_hint(&scenario, &diagnostic.path)),
                false => diagnostic.hint,
            };
            let mut finding = Finding {
                code: diagnostic.code,
                severity: diagnostic.severity,
                message: diagnostic.message,
                hint,
                doc_url: diagnostic.doc_url,
                loc,
            };
            if options.target_version.is_none() && diagnostic.code == "property-not-in-version" {
                finding.severity = Severity::Warning;
            }
            self.findings.push(finding);
        }
        self.checked += 1;
        if options.keep_scenarios {
            self.scenarios.push(scenario);
        }
    }
}

/// How to tell the linter the kind of an endpoint of `scenario` (at `path`) the files do not
/// create: `--exists` with its kind, those its name suggests first. (The API's `exists` takes
/// the same text.) Only the name is read: a lint that keeps no scenario reads only some of
/// the map for the later classes that share it, and the hint must not depend on that.
fn declare_kind_hint(scenario: &Scenario, path: &str) -> String {
    let source = path.starts_with("/source");
    let (object_type, name) = match source {
        true => ("sync-source", scenario.source.name.as_str()),
        false => ("sync-destination", scenario.destination.name.as_str()),
    };
    // No name: no pipe in the files says where this map's entries come from or go (the
    // finding then speaks of both ends), and there is nothing to declare.
    if name.is_empty() {
        return "No sync pipe in these files uses this map: lint them with the files that \
                create its pipe"
            .to_owned();
    }
    let kinds: Vec<&str> = match source {
        true => crate::likely::sources(name, false)
            .into_iter()
            .map(SourceKind::id)
            .collect(),
        false => crate::likely::destinations(name, [])
            .into_iter()
            .map(DestinationKind::id)
            .collect(),
    };
    format!(
        "Declare its kind: --exists {object_type}:{name}={} (one of {})",
        kinds[0],
        kinds.join(", ")
    )
}

/// A piece of the checking: the catalog checks of a run of entries, then the scenarios whose
/// commands end in it (a scenario's commands come just before its class), so that a scenario's
/// commands are read while the checks have them in the cache.
struct Run {
    entries: std::ops::Range<usize>,
    scenarios: std::ops::Range<usize>,
}

/// The runs that cover every entry and every scenario, in order: [`SCENARIOS_PER_JOB`]
/// scenarios each, with the entries their commands end in, and no more than
/// [`ENTRIES_PER_JOB`] entries each.
fn runs(plan: &import::Plan<'_, '_>) -> Vec<Run> {
    /// Adds the run of the entries from `next` to `end` and of `scenarios`, after runs of the
    /// entries that do not fit in it.
    fn push(runs: &mut Vec<Run>, next: &mut usize, end: usize, scenarios: std::ops::Range<usize>) {
        while end - *next > ENTRIES_PER_JOB {
            runs.push(Run {
                entries: *next..*next + ENTRIES_PER_JOB,
                scenarios: scenarios.start..scenarios.start,
            });
            *next += ENTRIES_PER_JOB;
        }
        runs.push(Run {
            entries: *next..end,
            scenarios,
        });
        *next = end;
    }
    let entries = plan.config().entries.len();
    let mut runs = Vec::new();
    let mut next = 0;
    for start in (0..plan.len()).step_by(SCENARIOS_PER_JOB) {
        let scenarios = start..(start + SCENARIOS_PER_JOB).min(plan.len());
        // Maps no class uses have no commands of their own to wait for.
        let end = plan
            .commands_end(scenarios.end - 1)
            .map_or(next, |end| end.clamp(next, entries));
        push(&mut runs, &mut next, end, scenarios);
    }
    push(&mut runs, &mut next, entries, plan.len()..plan.len());
    runs
}

/// The catalog checks and the mapping rules, in runs on `threads` threads; the findings
/// joined in the order of one thread: the checks' (those about unknown subcommands first and
/// those about the whole configuration last), then the scenarios' in turn; and what the
/// scenarios could not read, in their order.
fn check(
    plan: &import::Plan<'_, '_>,
    options: &Options,
    version: Version,
    threads: usize,
) -> (Vec<Finding>, Vec<Read>, Vec<String>) {
    let config = plan.config();
    let declared = checks::Declared::new(options);
    // Each thread keeps its catalog look-ups and the patterns it found clean from one run to
    // the next.
    let done = parallel::map_with(
        &runs(plan),
        threads,
        <(checks::Lookups, crate::validate::KnownClean)>::default,
        |(lookups, clean), run| {
            let checked = checks::Checks::range(
                config,
                (options, &declared),
                version,
                lookups,
                run.entries.clone(),
            );
            let mut read = Read::default();
            let mut not_imported = import::NotImported::default();
            for i in run.scenarios.clone() {
                read.scenario(plan, i, options, clean, &mut not_imported);
            }
            (checked, read, not_imported)
        },
    );
    let mut checked = checks::unknown_subcommands(config);
    let mut read = Vec::with_capacity(done.len());
    let mut joined = import::Joined::default();
    for (findings, part, not_imported) in done {
        checked.extend(findings);
        read.push(part);
        if options.keep_scenarios {
            not_imported.join_into(config, &mut joined);
        }
    }
    checked.extend(checks::whole(config));
    (checked, read, joined.lines)
}

/// How many entries one thread checks before it takes the next ones.
const ENTRIES_PER_JOB: usize = 2048;

/// Rules about generating a configuration that say nothing about existing files: a file that
/// refers to endpoints without creating them is normal, and the renderer's own version check
/// is done by the linter's property check. The target version is the run's, not a scenario's:
/// [`lint`] reports an unknown one once ([`unknown_version`]).
const IMPORT_EXEMPT: &[&str] = &[
    "target-version-unsupported",
    "endpoint-not-generated",
    "endpoint-servers-missing",
    "property-not-in-version",
];

/// The finding about a target version that is not a release syncmap knows, given with the
/// run rather than found in a file: at the start of the first input. Inferred versions are
/// always known releases, so only a version the caller gave gets here.
fn unknown_version(version: Version) -> Finding {
    let diagnostic = crate::validate::unknown_version(version);
    Finding {
        code: diagnostic.code,
        severity: diagnostic.severity,
        message: diagnostic.message,
        hint: diagnostic.hint,
        doc_url: diagnostic.doc_url,
        loc: start_of(0),
    }
}

/// The span of a whole input, for findings about it rather than a place in it.
pub(crate) fn start_of(file: usize) -> Loc {
    Loc {
        file,
        span: Span::empty(0),
    }
}

/// The scenarios a configuration holds, read without linting it.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// As in [`Report::scenarios`].
    pub scenarios: Vec<Scenario>,
    /// As in [`Report::not_imported`].
    pub not_imported: Vec<String>,
    /// How many commands the inputs hold.
    pub commands: usize,
    /// How many lines the parser could not read as commands.
    pub unreadable: usize,
}

/// Reads the scenarios out of `inputs` as [`lint`] does, without its checks: what the browser
/// editor imports. The checks are most of the linter's code, and the browser bundle has a
/// size budget; the editor validates what it imports anyway.
pub fn read_scenarios(inputs: &[Input<'_>]) -> Imported {
    // Each input whole, on the one thread the browser has: none of the cutting into parts.
    let parsed: Vec<graph::Parsed<'_>> = (0..)
        .zip(inputs)
        .map(|(file, input)| graph::Parsed {
            file,
            document: dsconfig::parse(input.text),
            here: true,
        })
        .collect();
    let read: Vec<graph::PartRead<'_>> = parsed.iter().map(graph::read_part).collect();
    let config = graph::Config::from_parts(&read, 1);
    let used = import::maps_used(&config, config.classes_with_maps());
    let declared = import::Declared::default();
    let plan = import::Plan::new(&config, config.inferred_version(), used, false, declared);
    let (scenarios, not_imported) = import::scenarios(&plan);
    Imported {
        scenarios,
        not_imported,
        commands: parsed.iter().map(|p| p.document.commands.len()).sum(),
        unreadable: parsed.iter().map(|p| p.document.diagnostics.len()).sum(),
    }
}

#[cfg(test)]
mod read_tests {
    use super::*;

    #[test]
    fn an_unread_property_of_a_shared_map_is_said_once() {
        let text = "\
dsconfig create-external-server --server-name ds --type ping-identity-ds --set server-host-name:ds.example.com
dsconfig create-sync-source --source-name src --type ping-identity --set base-dn:dc=example,dc=com --set server:ds
dsconfig create-sync-destination --destination-name dst --type ping-identity --set base-dn:dc=example,dc=com --set server:ds
dsconfig create-attribute-map --map-name m --set description:Users
dsconfig create-attribute-mapping --map-name m --mapping-name cn --type direct --set from-attribute:cn
dsconfig create-sync-pipe --pipe-name p --set sync-source:src --set sync-destination:dst
dsconfig create-sync-class --pipe-name p --class-name c1 --set attribute-map:m
dsconfig create-sync-class --pipe-name p --class-name c2 --set attribute-map:m
";
        let imported = read_scenarios(&[Input {
            name: "shared.dsconfig",
            text,
        }]);
        assert_eq!(imported.scenarios.len(), 2);
        let said: Vec<&str> = imported
            .not_imported
            .iter()
            .map(String::as_str)
            .filter(|line| line.contains("description"))
            .collect();
        assert_eq!(
            said,
            ["attribute map m: description:Users"],
            "{:#?}",
            imported.not_imported
        );
    }

    /// The scenario read from `changes` appended to [`with_changes`]'s file.
    fn read_after(changes: &str) -> (crate::Scenario, Vec<String>) {
        let text = with_changes(changes);
        let mut imported = read_scenarios(&[Input {
            name: "changed.dsconfig",
            text: &text,
        }]);
        assert_eq!(imported.scenarios.len(), 1, "{:#?}", imported.not_imported);
        (imported.scenarios.remove(0), imported.not_imported)
    }

    /// `changes` appended to a file that creates a map `m` with a direct mapping `cn` from
    /// `cn` and a constructed mapping `displayName` from `{givenName}`, and a class `c` of pipe
    /// `p` that uses it.
    fn with_changes(changes: &str) -> String {
        format!(
            "\
dsconfig create-external-server --server-name ds --type ping-identity-ds --set server-host-name:ds.example.com
dsconfig create-sync-source --source-name src --type ping-identity --set base-dn:dc=example,dc=com --set server:ds
dsconfig create-sync-destination --destination-name dst --type ping-identity --set base-dn:dc=example,dc=com --set server:ds
dsconfig create-attribute-map --map-name m
dsconfig create-attribute-mapping --map-name m --mapping-name cn --type direct --set from-attribute:cn
dsconfig create-attribute-mapping --map-name m --mapping-name displayName --type constructed --set 'value-pattern:{{givenName}}'
dsconfig create-sync-pipe --pipe-name p --set sync-source:src --set sync-destination:dst
dsconfig create-sync-class --pipe-name p --class-name c --set attribute-map:m
{changes}"
        )
    }

    fn mapping<'s>(scenario: &'s crate::Scenario, to: &str) -> &'s crate::scenario::Mapping {
        let found = scenario
            .attribute_map
            .mappings
            .iter()
            .find(|m| m.to() == to);
        found.expect("the mapping is imported")
    }

    #[test]
    fn later_set_prop_commands_change_what_is_imported() {
        use crate::scenario::Mapping;
        let (unchanged, _) = read_after("");
        assert_eq!(
            mapping(&unchanged, "cn"),
            &Mapping::Direct {
                to: "cn".into(),
                from: "cn".into()
            }
        );
        // `--set` replaces; a later command wins.
        let (changed, _) = read_after(
            "dsconfig set-attribute-mapping-prop --map-name m --mapping-name cn --set from-attribute:uid\n\
             dsconfig set-attribute-mapping-prop --map-name M --mapping-name CN --set from-attribute:mail\n",
        );
        assert_eq!(
            mapping(&changed, "cn"),
            &Mapping::Direct {
                to: "cn".into(),
                from: "mail".into()
            }
        );
        // `--add` adds, `--remove` takes out, and several `--set` in one command set them all.
        let patterns = |changes: &str| match mapping(&read_after(changes).0, "displayName") {
            Mapping::Constructed { value_patterns, .. } => value_patterns.clone(),
            other => panic!("{other:?}"),
        };
        let p = |s: &[&str]| s.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let set = "dsconfig set-attribute-mapping-prop --map-name m --mapping-name displayName";
        assert_eq!(
            patterns(&format!("{set} --add 'value-pattern:{{sn}}'\n")),
            p(&["{givenName}", "{sn}"])
        );
        assert_eq!(
            patterns(&format!(
                "{set} --add 'value-pattern:{{sn}}'\n{set} --remove 'value-pattern:{{givenName}}'\n"
            )),
            p(&["{sn}"])
        );
        assert_eq!(
            patterns(&format!(
                "{set} --set 'value-pattern:{{cn}}' --set 'value-pattern:{{uid}}'\n"
            )),
            p(&["{cn}", "{uid}"])
        );
        assert_eq!(patterns(&format!("{set} --reset value-pattern\n")), p(&[]));
    }

    #[test]
    fn a_set_prop_before_the_create_does_not_change_it() {
        // It fails when the batch runs (the object does not exist yet); the checks say so.
        let text = "dsconfig set-attribute-mapping-prop --map-name m --mapping-name cn --set from-attribute:uid\n";
        let (scenario, _) = read_after("");
        let before = read_scenarios(&[Input {
            name: "early.dsconfig",
            text: &format!("{text}{}", crate::render(&scenario, crate::Format::Batch)),
        }]);
        assert_eq!(
            before.scenarios.first().map(|s| &s.attribute_map),
            Some(&scenario.attribute_map)
        );
    }

    #[test]
    fn what_later_commands_set_and_the_import_does_not_read_is_said() {
        let (_, not_imported) = read_after(
            "dsconfig set-attribute-mapping-prop --map-name m --mapping-name cn --set description:Later\n",
        );
        assert!(
            not_imported.contains(&"attribute mapping cn: description:Later".to_owned()),
            "{not_imported:#?}"
        );
    }

    #[test]
    fn a_later_file_changes_what_an_earlier_one_creates() {
        // Server profiles split one configuration across files, read in name order.
        let (scenario, _) = read_after("");
        let created = crate::render(&scenario, crate::Format::Batch);
        let change = "dsconfig set-attribute-mapping-prop --map-name m --mapping-name cn --set from-attribute:uid\n";
        let imported = read_scenarios(&[
            Input {
                name: "10-create.dsconfig",
                text: &created,
            },
            Input {
                name: "20-change.dsconfig",
                text: change,
            },
        ]);
        let scenario = imported.scenarios.first().expect("one scenario");
        assert_eq!(
            mapping(scenario, "cn"),
            &crate::scenario::Mapping::Direct {
                to: "cn".into(),
                from: "uid".into()
            }
        );
    }

    #[test]
    fn a_create_that_takes_values_out_again_is_read_as_dsconfig_applies_it() {
        // Not what anyone writes (the checks flag it), but read by the same rules as a
        // `set-…-prop`: the first --set replaces, the next ones add, --remove takes one out.
        let (scenario, _) = read_after(
            "dsconfig create-attribute-mapping --map-name m --mapping-name sn --type constructed \
             --set value-pattern:{a} --set value-pattern:{b} --remove value-pattern:{a}\n",
        );
        assert_eq!(
            mapping(&scenario, "sn"),
            &crate::scenario::Mapping::Constructed {
                to: "sn".into(),
                value_patterns: vec!["{b}".into()],
                conditional_value_patterns: vec![],
            }
        );
    }

    #[test]
    fn a_class_created_bare_gets_its_map_from_a_later_command() {
        // The documentation's create-then-modify style.
        let (scenario, _) = read_after("");
        let rendered = crate::render(&scenario, crate::Format::Batch);
        let bare = rendered.replace(" \\\n    --set attribute-map:m", "");
        assert_ne!(bare, rendered, "the class is created bare:\n{rendered}");
        let text = format!(
            "{bare}dsconfig set-sync-class-prop --pipe-name p --class-name c --set attribute-map:m\n"
        );
        let imported = read_scenarios(&[Input {
            name: "bare.dsconfig",
            text: &text,
        }]);
        assert_eq!(imported.scenarios.len(), 1, "{:#?}", imported.not_imported);
        let read = &imported.scenarios[0];
        assert_eq!(read.attribute_map, scenario.attribute_map);
        assert_eq!(
            read.sync_pipe, scenario.sync_pipe,
            "the map's class and pipe"
        );
        // And a class given another map reads that one; the first map is left to no class.
        let text = format!(
            "{rendered}dsconfig create-attribute-map --map-name other\n\
             dsconfig create-attribute-mapping --map-name other --mapping-name sn --type direct --set from-attribute:sn\n\
             dsconfig set-sync-class-prop --pipe-name p --class-name c --set attribute-map:other\n"
        );
        let imported = read_scenarios(&[Input {
            name: "other.dsconfig",
            text: &text,
        }]);
        let by_map = |name: &str| {
            let found = imported
                .scenarios
                .iter()
                .find(|s| s.attribute_map.name == name);
            found.unwrap_or_else(|| panic!("{name}: {:#?}", imported.scenarios))
        };
        assert_eq!(imported.scenarios.len(), 2);
        assert_eq!(by_map("other").sync_pipe, scenario.sync_pipe);
        assert_eq!(by_map("other").attribute_map.mappings.len(), 1);
        assert_eq!(by_map("m").sync_pipe, None);
    }

    #[test]
    fn a_repeated_create_makes_nothing_of_its_own() {
        // dsconfig refuses the second create of an object: what later commands change, and
        // the children, belong to the object the first create made, and a class created again
        // is no class (its map is used by none).
        let text = with_changes(
            "dsconfig create-attribute-map --map-name other\n\
             dsconfig create-sync-class --pipe-name p --class-name C --set attribute-map:other --set include-filter:(a=1)\n\
             dsconfig set-sync-class-prop --pipe-name p --class-name c --add include-filter:(b=2)\n\
             dsconfig create-json-attribute --pipe-name p --class-name c --attribute-name j\n\
             dsconfig create-attribute-mapping --map-name m --mapping-name address --type json\n\
             dsconfig create-attribute-mapping --map-name m --mapping-name Address --type json\n\
             dsconfig create-json-attribute-mapping-field --map-name m --mapping-name address --field-name f --set from-attribute:street\n",
        );
        let imported = read_scenarios(&[Input {
            name: "repeated.dsconfig",
            text: &text,
        }]);
        let [class, other] = imported.scenarios.as_slice() else {
            panic!("a class and a map: {:#?}", imported.scenarios);
        };
        let pipe = class.sync_pipe.as_ref().expect("the class");
        assert_eq!(pipe.class.filters, ["(b=2)"]);
        assert_eq!(pipe.class.json_attributes.len(), 1);
        assert_eq!(class.attribute_map.name, "m");
        assert_eq!(
            (other.attribute_map.name.as_str(), &other.sync_pipe),
            ("other", &None)
        );
        // The mapping created twice is there twice (the mapping rules say so), with its field
        // once, in the first.
        let fields: Vec<usize> = class
            .attribute_map
            .mappings
            .iter()
            .filter_map(|m| match m {
                crate::scenario::Mapping::Json { fields, .. } => Some(fields.len()),
                _ => None,
            })
            .collect();
        assert_eq!(fields, [1, 0]);
    }

    #[test]
    fn a_map_no_class_uses_is_one_scenario_however_often_it_is_created() {
        let text = "dsconfig create-attribute-map --map-name o\n\
                    dsconfig create-attribute-mapping --map-name o --mapping-name cn --type direct --set from-attribute:cn\n\
                    dsconfig create-attribute-map --map-name O\n";
        let imported = read_scenarios(&[Input {
            name: "orphan.dsconfig",
            text,
        }]);
        assert_eq!(imported.scenarios.len(), 1, "{:#?}", imported.scenarios);
        assert_eq!(imported.scenarios[0].attribute_map.mappings.len(), 1);
    }

    #[test]
    fn the_last_changelog_key_set_is_the_one_read() {
        let set = "dsconfig set-global-sync-configuration-prop";
        let (scenario, _) = read_after(&format!(
            "{set} --set changelog-password-decryption-key:<FIRST>\n\
             {set} --set changelog-password-decryption-key:<SECOND>\n"
        ));
        assert_eq!(
            scenario.password.changelog_encryption_key,
            Some(crate::scenario::Secret::Placeholder("<SECOND>".into()))
        );
    }

    #[test]
    fn read_scenarios_finds_what_lint_finds() {
        for preset in crate::presets::all() {
            let text = crate::render(&preset.scenario(), crate::Format::Batch);
            let inputs = [Input {
                name: "preset.dsconfig",
                text: &text,
            }];
            let keep = Options {
                keep_scenarios: true,
                ..Options::default()
            };
            let report = lint(&inputs, &keep);
            let imported = read_scenarios(&inputs);
            assert_eq!(imported.scenarios, report.scenarios, "{}", preset.name);
            assert_eq!(
                imported.not_imported, report.not_imported,
                "{}",
                preset.name
            );
            assert_eq!(imported.commands, report.commands, "{}", preset.name);
            assert_eq!(report.scenarios_checked, report.scenarios.len());
        }
    }

    #[test]
    fn deletes_take_objects_and_their_children_out() {
        use crate::scenario::Mapping;
        // A mapping deleted is gone; a later create of the same name is an object of its own,
        // of its new type, and not a create repeated.
        let (scenario, _) = read_after(
            "dsconfig delete-attribute-mapping --map-name m --mapping-name cn\n\
             dsconfig delete-attribute-mapping --map-name M --mapping-name displayName\n\
             dsconfig create-attribute-mapping --map-name m --mapping-name displayName --type direct --set from-attribute:name\n",
        );
        assert_eq!(
            scenario.attribute_map.mappings,
            [Mapping::Direct {
                to: "displayName".into(),
                from: "name".into()
            }]
        );
        // A set-prop before the delete belongs to the deleted object.
        let (scenario, _) = read_after(
            "dsconfig set-attribute-mapping-prop --map-name m --mapping-name cn --set from-attribute:uid\n\
             dsconfig delete-attribute-mapping --map-name m --mapping-name cn\n\
             dsconfig create-attribute-mapping --map-name m --mapping-name cn --type direct --set from-attribute:sn\n",
        );
        assert_eq!(
            mapping(&scenario, "cn"),
            &Mapping::Direct {
                to: "cn".into(),
                from: "sn".into()
            }
        );
        // Deleting the map deletes its mappings: a map created again under the name starts
        // empty. A DN map of the same name is no parent of them.
        let (scenario, _) = read_after(
            "dsconfig create-dn-map --map-name m --set from-dn-pattern:* --set to-dn-pattern:{1}\n\
             dsconfig delete-dn-map --map-name m\n\
             dsconfig create-attribute-mapping --map-name m --mapping-name sn --type direct --set from-attribute:sn\n",
        );
        assert_eq!(scenario.attribute_map.mappings.len(), 3);
        assert!(scenario.dn_maps.is_empty());
        let (scenario, _) = read_after(
            "dsconfig delete-sync-class --pipe-name p --class-name c\n\
             dsconfig delete-attribute-map --map-name m\n\
             dsconfig create-attribute-map --map-name m\n\
             dsconfig create-attribute-mapping --map-name m --mapping-name sn --type direct --set from-attribute:sn\n\
             dsconfig create-sync-class --pipe-name p --class-name c --set attribute-map:m\n",
        );
        assert_eq!(
            scenario.attribute_map.mappings,
            [Mapping::Direct {
                to: "sn".into(),
                from: "sn".into()
            }]
        );
    }

    #[test]
    fn a_delete_of_what_the_files_never_created_is_still_reported() {
        let text =
            with_changes("dsconfig delete-attribute-mapping --map-name m --mapping-name nosuch\n");
        let report = lint(
            &[Input {
                name: "f.dsconfig",
                text: &text,
            }],
            &Options::default(),
        );
        assert!(
            report.findings.iter().any(|f| f.message.contains("nosuch")),
            "{:#?}",
            report.findings
        );
    }
}
