//! Command-line arguments and the commands that only print.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use syncmap_core::diagnostic::has_errors;
use syncmap_core::{Format, presets, render as core_render, validate};

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
    /// List the ready-made scenarios.
    Presets,
    /// Print the dsconfig commands for a preset or a scenario file.
    Render(RenderArgs),
    /// Serve the web app over HTTP.
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// A scenario JSON file, or `-` for standard input.
    #[arg(conflicts_with = "preset", required_unless_present = "preset")]
    pub file: Option<PathBuf>,
    /// The preset to render (see `syncmap presets`).
    #[arg(long)]
    pub preset: Option<String>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Bash)]
    pub format: OutputFormat,
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
}

impl From<OutputFormat> for Format {
    fn from(format: OutputFormat) -> Format {
        match format {
            OutputFormat::Bash => Format::Bash,
            OutputFormat::Batch => Format::Batch,
        }
    }
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

pub fn presets() -> Result<Status, String> {
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

pub fn render(args: RenderArgs) -> Result<Status, String> {
    let scenario = match (&args.preset, &args.file) {
        (Some(name), _) => presets::find(name).map(|p| p.scenario()).ok_or_else(|| {
            let names: Vec<_> = presets::all().iter().map(|p| p.name).collect();
            format!(
                "no preset named '{name}'; the presets are: {}",
                names.join(", ")
            )
        })?,
        (None, Some(path)) => scenario_input::read(path)?,
        (None, None) => unreachable!("clap requires a file or --preset"),
    };
    let diagnostics = validate(&scenario);
    print!("{}", core_render(&scenario, args.format.into()));
    report::print_human(&diagnostics);
    Ok(if has_errors(&diagnostics) {
        Status::Errors
    } else {
        Status::Clean
    })
}
