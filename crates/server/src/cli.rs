//! Command-line arguments and the commands that only print.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use syncmap_core::diagnostic::has_errors;
use syncmap_core::{Format, Options, Scenario, Script, presets, render_with, validate};

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
    /// Check a scenario file and print its diagnostics.
    Check(CheckArgs),
    /// Lint dsconfig batch files: files, `-` for standard input, or directories of
    /// `*.dsconfig*` files read in name order as one configuration.
    Lint(LintArgs),
    /// Inspect one stored password value, read from standard input (never from arguments,
    /// which other users and shell history can see).
    InspectPassword(InspectArgs),
    /// Serve the web app over HTTP.
    Serve(ServeArgs),
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
    /// Which script: the configuration, its rollback, or the source server's prerequisites.
    #[arg(long, value_enum, default_value_t = ScriptArg::Apply)]
    pub script: ScriptArg,
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
    /// sync-destination:PingOne.
    #[arg(long = "exists", value_name = "TYPE:NAME")]
    pub exists: Vec<String>,
}

/// How lint findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
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
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on, such as 127.0.0.1:8080 (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Serve the web app from this directory instead of the copy built into the binary.
    #[arg(long)]
    pub dist: Option<PathBuf>,
}

/// The formats offered on the command line, one per core [`Format`].
#[derive(Clone, Copy, Debug, ValueEnum)]
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

/// The scripts offered on the command line, one per core [`Script`].
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ScriptArg {
    Apply,
    Rollback,
    Prerequisites,
}

impl From<ScriptArg> for Script {
    fn from(script: ScriptArg) -> Script {
        match script {
            ScriptArg::Apply => Script::Apply,
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
        let scenario = preset(&name)?;
        let json = serde_json::to_string_pretty(&scenario)
            .map_err(|e| format!("cannot write the preset as JSON: {e}"))?;
        println!("{json}");
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

fn preset(name: &str) -> Result<Scenario, String> {
    presets::find(name).map(|p| p.scenario()).ok_or_else(|| {
        let names: Vec<_> = presets::all().iter().map(|p| p.name).collect();
        format!(
            "no preset named '{name}'; the presets are: {}",
            names.join(", ")
        )
    })
}

fn load(source: &ScenarioSource) -> Result<Scenario, String> {
    match (&source.preset, &source.file) {
        (Some(name), _) => preset(name),
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
    let date = match args.date.as_deref() {
        None => Some(today_utc()),
        Some("none") => None,
        Some(date) => Some(date.to_owned()),
    };
    let options = Options {
        format: args.format.into(),
        script: args.script.into(),
        date,
    };
    let diagnostics = validate(&scenario);
    print!("{}", render_with(&scenario, &options));
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
    for d in &document.diagnostics {
        let (line, column) = syncmap_core::dsconfig::line_col(text, d.span.start);
        eprintln!(
            "{}[{}]: {}\n  --> {name}:{line}:{column}",
            d.severity.as_str(),
            d.code,
            d.message
        );
    }
    Ok(if document.has_errors() {
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
        ReportFormat::Json => println!("{}", report::json(&diagnostics)),
    }
    Ok(if has_errors(&diagnostics) {
        Status::Errors
    } else {
        Status::Clean
    })
}

pub fn lint(args: LintArgs) -> Result<Status, String> {
    let target_version = args
        .target_version
        .as_deref()
        .map(|v| {
            v.parse::<syncmap_core::Version>()
                .map_err(|e| format!("--target-version: {e}"))
        })
        .transpose()?;
    let existing = args
        .exists
        .iter()
        .map(|e| syncmap_core::lint::Existing::parse(e).map_err(|m| format!("--exists: {m}")))
        .collect::<Result<Vec<_>, _>>()?;
    let files = crate::lint_input::read(&args.paths)?;
    let inputs: Vec<syncmap_core::lint::Input<'_>> = files
        .iter()
        .map(|(name, text)| syncmap_core::lint::Input { name, text })
        .collect();
    let options = syncmap_core::lint::Options {
        target_version,
        existing,
    };
    let report = syncmap_core::lint::lint(&inputs, &options);
    use syncmap_core::lint::output;
    match args.format {
        LintFormat::Human => eprint!("{}", output::human(&report, &inputs)),
        LintFormat::Json => println!("{:#}", output::json(&report, &inputs)),
        LintFormat::Sarif => println!("{:#}", output::sarif(&report, &inputs)),
    }
    Ok(if report.has_errors() {
        Status::Errors
    } else {
        Status::Clean
    })
}

pub fn inspect_password(args: InspectArgs) -> Result<Status, String> {
    let mut value = String::new();
    std::io::stdin()
        .read_to_string(&mut value)
        .map_err(|e| format!("cannot read the value from standard input: {e}"))?;
    // One value; the line break `echo` or a file adds is not part of it.
    let value = value.strip_suffix('\n').unwrap_or(&value);
    let value = value.strip_suffix('\r').unwrap_or(value);
    let inspection = syncmap_core::inspect::inspect(value);
    match args.format {
        ReportFormat::Human => print!("{}", report::inspection_human(&inspection)),
        ReportFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&inspection)
                .map_err(|e| format!("cannot write JSON: {e}"))?
        ),
    }
    let error = inspection
        .findings
        .iter()
        .any(|f| f.severity == syncmap_core::Severity::Error);
    Ok(if error { Status::Errors } else { Status::Clean })
}

/// Today's date in UTC as YYYY-MM-DD, from the system clock (the core has none).
fn today_utc() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, month, day) = civil_from_days((seconds / 86_400) as i64);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(civil_from_days(20_784), (2026, 11, 27));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
