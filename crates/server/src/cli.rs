//! Command-line arguments and the commands that only print.

use std::io::{Read, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use serde::Deserialize;
use syncmap_core::diagnostic::has_errors;
use syncmap_core::{Format, Scenario, Script, presets, render_checked, validate};

use crate::options;
use crate::report;
use crate::scenario_input;

/// Configure PingDataSync attribute mappings: render dsconfig commands, check scenarios, serve
/// the web app.
#[derive(Debug, Parser)]
#[command(name = "syncmap", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the ready-made scenarios, or print one as scenario JSON.
    Presets(PresetsArgs),
    /// Print the dsconfig commands for a scenario file or a preset.
    Render(RenderArgs),
    /// Print only the dsconfig commands that change one configuration into another: each of
    /// BEFORE and AFTER is a scenario JSON file, a dsconfig batch file or a directory of them.
    Diff(DiffArgs),
    /// Check a scenario file and print its diagnostics.
    Check(CheckArgs),
    /// Lint dsconfig batch files: files, `-` for standard input, or directories of
    /// `*.dsconfig*` files read in name order as one configuration.
    Lint(LintArgs),
    /// Inspect one stored password value, read from standard input (never from arguments,
    /// which other users and shell history can see).
    InspectPassword(InspectArgs),
    /// Print what syncmap knows of PingDataSync's configuration (object types, properties,
    /// the releases that have them) and the Ping page or profile each fact rests on.
    Catalog(CatalogArgs),
    /// Serve the web app over HTTP.
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct CatalogArgs {
    /// Only what this release has (or may have), under the names it uses.
    #[arg(long, value_name = "MAJOR.MINOR")]
    pub target_version: Option<String>,
    /// How to print it.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct PresetsArgs {
    /// Print this preset as scenario JSON.
    #[arg(long, value_name = "NAME")]
    pub dump: Option<String>,
}

/// Where a scenario comes from: a file, standard input or a preset.
#[derive(Debug, Args)]
pub struct ScenarioSource {
    /// A scenario JSON file, or `-` for standard input.
    #[arg(conflicts_with = "preset", required_unless_present = "preset")]
    pub file: Option<PathBuf>,
    /// Use this preset instead (see `syncmap presets`).
    #[arg(long)]
    pub preset: Option<String>,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub scenario: ScenarioSource,
    /// The output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Bash)]
    pub format: OutputFormat,
    /// Which script: the configuration, the go-live runbook that brings its sync pipe into
    /// service, its rollback, or the source server's prerequisites.
    #[arg(long, value_enum, default_value_t = ScriptArg::Apply)]
    pub script: ScriptArg,
    /// The date written in the header (default: today, UTC); `none` leaves it out.
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The configuration as it is: a scenario JSON file, dsconfig batch file, a directory of
    /// `*.dsconfig*` files read in name order, or `-` for standard input.
    pub before: PathBuf,
    /// The configuration as it is to be, given the same ways.
    pub after: PathBuf,
    /// The output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Bash)]
    pub format: OutputFormat,
    /// The commands that undo the change: from AFTER back to BEFORE.
    #[arg(long)]
    pub reverse: bool,
    /// The date written in the header (default: today, UTC); `none` leaves it out.
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub scenario: ScenarioSource,
    /// How to print the diagnostics.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Batch files, directories, or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// The PingDataSync version the files are for (default: inferred from property names).
    #[arg(long, value_name = "MAJOR.MINOR")]
    pub target_version: Option<String>,
    /// An object that exists on the server already, as TYPE:NAME (repeatable), such as
    /// sync-destination:PingOne; for a sync source or destination, also its kind, as
    /// TYPE:NAME=KIND, such as sync-destination:PingOne=ping-one, so that the rules that need
    /// the kind run.
    #[arg(long = "exists", value_name = "TYPE:NAME[=KIND]")]
    pub exists: Vec<String>,
}

/// How lint findings are printed. Also the API's `format` for lint (json or sarif).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LintFormat {
    Human,
    Json,
    Sarif,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// How to print the result.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// The kind of source the value comes from (ping-directory, ibm-directory, rdbms, ...):
    /// the advice follows it.
    #[arg(long, value_name = "KIND", default_value = "ping-directory")]
    pub source: String,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on, such as 127.0.0.1:8080 (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Serve the web app from this directory instead of the copy built into the binary.
    #[arg(long)]
    pub dist: Option<PathBuf>,
    /// Who may embed the app in a frame: the CSP `frame-ancestors` sources, such as
    /// "'self' https://docs.example.com" (`'none'` forbids framing).
    #[arg(long, default_value = "'self'", value_name = "SOURCES")]
    pub frame_ancestors: String,
    /// The largest request body accepted, in bytes; larger ones get 413.
    #[arg(long, default_value_t = 1024 * 1024, value_name = "BYTES")]
    pub max_body_bytes: usize,
    /// Seconds a request may take, from its headers to its answer (a slow body included);
    /// then 408.
    #[arg(long, default_value_t = 10, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub request_timeout: u64,
    /// Seconds a client may take to send a request's headers (also how long an idle
    /// keep-alive connection stays open); then the connection is closed.
    #[arg(long, default_value_t = 10, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout: u64,
    /// Requests handled at once; more wait their turn (within the request timeout).
    #[arg(long, default_value_t = 512, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_concurrent: u64,
    /// Connections open at once; more wait in the listen queue.
    #[arg(long, default_value_t = 4096, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_connections: u64,
    /// The request log on standard error: one line per request (method, path, status,
    /// latency; never a body or a query string).
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    pub log: LogFormat,
}

/// How `serve` logs requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// key=value lines.
    Text,
    /// One JSON object per line.
    Json,
    /// No request log.
    Off,
}

/// The formats offered on the command line and the API, one per core [`Format`].
#[derive(Clone, Copy, Debug, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Bash,
    Batch,
    #[value(name = "powershell")]
    PowerShell,
    Lines,
}

impl From<OutputFormat> for Format {
    fn from(format: OutputFormat) -> Format {
        match format {
            OutputFormat::Bash => Format::Bash,
            OutputFormat::Batch => Format::Batch,
            OutputFormat::PowerShell => Format::PowerShell,
            OutputFormat::Lines => Format::Lines,
        }
    }
}

/// The scripts offered on the command line and the API, one per core [`Script`].
#[derive(Clone, Copy, Debug, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ScriptArg {
    Apply,
    Runbook,
    Rollback,
    Prerequisites,
}

impl From<ScriptArg> for Script {
    fn from(script: ScriptArg) -> Script {
        match script {
            ScriptArg::Apply => Script::Apply,
            ScriptArg::Runbook => Script::Runbook,
            ScriptArg::Rollback => Script::Rollback,
            ScriptArg::Prerequisites => Script::Prerequisites,
        }
    }
}

/// How diagnostics and results are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Human,
    Json,
}

/// How a command ended, as the exit status scripts and CI see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Done, and no error diagnostics.
    Clean = 0,
    /// Done, but there are error diagnostics.
    Errors = 1,
    /// Bad usage or unreadable input: nothing was done.
    InputError = 2,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        ExitCode::from(status as u8)
    }
}

pub fn presets(args: PresetsArgs) -> Result<Status, String> {
    if let Some(name) = args.dump {
        print!("{}", report::preset_json(&name)?);
        return Ok(Status::Clean);
    }
    let width = presets::all()
        .iter()
        .map(|p| p.name.len())
        .max()
        .unwrap_or(0);
    for preset in presets::all() {
        println!("{:width$}  {}", preset.name, preset.summary);
    }
    Ok(Status::Clean)
}

fn load(source: &ScenarioSource) -> Result<Scenario, String> {
    match (&source.preset, &source.file) {
        (Some(name), _) => report::preset(name),
        (None, Some(path)) => scenario_input::read(path),
        (None, None) => {
            Err("give a scenario file, `-` for standard input, or --preset NAME".into())
        }
    }
}

pub fn render(args: RenderArgs) -> Result<Status, String> {
    // A batch file is written back in the canonical style.
    let scenario = match (&args.scenario.preset, &args.scenario.file) {
        (None, Some(path)) => {
            let (name, text) = scenario_input::read_text(path)?;
            if !scenario_input::is_json(&text) {
                if !matches!(args.script, ScriptArg::Apply) {
                    return Err(format!(
                        "{name}: --script builds scripts from a scenario; a batch file is written \
                         back as it is (give a scenario JSON file, or leave --script out)"
                    ));
                }
                return render_batch_file(&name, &text, args.format.into());
            }
            scenario_input::parse(&name, &text)?
        }
        _ => load(&args.scenario)?,
    };
    let options = options::render(args.format.into(), args.script.into(), args.date.as_deref());
    let diagnostics = validate(&scenario);
    print!("{}", render_checked(&scenario, &options, &diagnostics));
    report::print_human(&diagnostics);
    Ok(if has_errors(&diagnostics) {
        Status::Errors
    } else {
        Status::Clean
    })
}

fn render_batch_file(name: &str, text: &str, format: Format) -> Result<Status, String> {
    let document = syncmap_core::dsconfig::parse(text);
    print!("{}", syncmap_core::render::canonical(&document, format));
    let report = syncmap_core::lint::Report::of_parse(document);
    if !report.findings.is_empty() {
        let inputs = [syncmap_core::lint::Input { name, text }];
        // One write for them all: standard error is unbuffered.
        eprint!("{}", syncmap_core::lint::output::human(&report, &inputs));
    }
    Ok(if report.has_errors() {
        Status::Errors
    } else {
        Status::Clean
    })
}

pub fn diff(args: DiffArgs) -> Result<Status, String> {
    if args.before == args.after && args.before == std::path::Path::new("-") {
        return Err("BEFORE and AFTER cannot both be standard input".into());
    }
    let read = |what: &str, path: PathBuf| {
        let label = format!("{what} {}", path.display());
        crate::diff::scenario(&label, &crate::lint_input::read(&[path])?)
    };
    let before = read("BEFORE", args.before)?;
    let after = read("AFTER", args.after)?;
    let options = options::render(args.format.into(), Script::Apply, args.date.as_deref());
    let (text, diagnostics) = crate::diff::script(&before, &after, args.reverse, &options);
    print!("{text}");
    report::print_human(&diagnostics);
    Ok(if has_errors(&diagnostics) {
        Status::Errors
    } else {
        Status::Clean
    })
}

pub fn check(args: CheckArgs) -> Result<Status, String> {
    let scenario = load(&args.scenario)?;
    let diagnostics = validate(&scenario);
    match args.format {
        ReportFormat::Human => {
            report::print_human(&diagnostics);
            eprintln!("{}", report::summary(&diagnostics));
        }
        ReportFormat::Json => print!("{}", report::check_json(&diagnostics)),
    }
    Ok(if has_errors(&diagnostics) {
        Status::Errors
    } else {
        Status::Clean
    })
}

pub fn lint(args: LintArgs) -> Result<Status, String> {
    let options = options::lint(
        args.target_version.as_deref(),
        &args.exists,
        ("--target-version", "--exists"),
    )?;
    let files = crate::lint_input::read(&args.paths)?;
    let inputs: Vec<syncmap_core::lint::Input<'_>> = files
        .iter()
        .map(|(name, text)| syncmap_core::lint::Input { name, text })
        .collect();
    let report = syncmap_core::lint::lint(&inputs, &options);
    // Streamed: a report of many findings is several times the size of the file, and need not
    // be held whole before it is printed.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = report::write_lint_machine(&report, &inputs, args.format, &mut out)
        .and_then(|written| out.flush().map(|()| written))
        .map_err(|e| format!("cannot write the report to standard output: {e}"))?;
    if !written {
        eprint!("{}", syncmap_core::lint::output::human(&report, &inputs));
    }
    Ok(if report.has_errors() {
        Status::Errors
    } else {
        Status::Clean
    })
}

pub fn catalog(args: CatalogArgs) -> Result<Status, String> {
    let version = args
        .target_version
        .as_deref()
        .map(|text| {
            let version: syncmap_core::version::Version =
                text.parse().map_err(|e| format!("--target-version: {e}"))?;
            if version.is_known() {
                Ok(version)
            } else {
                Err(format!(
                    "--target-version: {version} is not a release syncmap knows ({})",
                    syncmap_core::version::releases_text()
                ))
            }
        })
        .transpose()?;
    let catalog = syncmap_core::catalog::report::describe(version);
    let text = match args.format {
        ReportFormat::Json => {
            let mut json = serde_json::to_string_pretty(&catalog)
                .map_err(|e| format!("cannot write the catalog as JSON: {e}"))?;
            json.push('\n');
            json
        }
        ReportFormat::Human => report::catalog_human(&catalog),
    };
    std::io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write to standard output: {e}"))?;
    Ok(Status::Clean)
}

pub fn inspect_password(args: InspectArgs) -> Result<Status, String> {
    let source = crate::options::source_kind(&args.source).map_err(|e| format!("--source: {e}"))?;
    let mut value = String::new();
    std::io::stdin()
        .read_to_string(&mut value)
        .map_err(|e| format!("cannot read the value from standard input: {e}"))?;
    // One value; the line break `echo` or a file adds is not part of it.
    let value = value.strip_suffix('\n').unwrap_or(&value);
    let value = value.strip_suffix('\r').unwrap_or(value);
    let inspection = syncmap_core::inspect::inspect_from(value, source);
    match args.format {
        ReportFormat::Human => print!("{}", report::inspection_human(&inspection)),
        ReportFormat::Json => print!("{}", report::inspection_json(&inspection)),
    }
    let error = inspection
        .findings
        .iter()
        .any(|f| f.severity == syncmap_core::Severity::Error);
    Ok(if error { Status::Errors } else { Status::Clean })
}
