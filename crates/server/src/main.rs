//! `syncmap`: the command-line and server side of syncmap. Every answer comes from
//! `syncmap-core`; this binary only reads input, prints and serves.

mod allocator;
mod api;
mod assets;
mod cli;
mod diff;
mod lint_input;
mod options;
mod report;
mod scenario_input;
mod serve;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let outcome = match cli.command {
        cli::Command::Presets(args) => cli::presets(args),
        cli::Command::Render(args) => cli::render(args),
        cli::Command::Diff(args) => cli::diff(args),
        cli::Command::Check(args) => cli::check(args),
        cli::Command::Lint(args) => cli::lint(args),
        cli::Command::InspectPassword(args) => cli::inspect_password(args),
        cli::Command::Catalog(args) => cli::catalog(args),
        cli::Command::Serve(args) => serve::run(args),
    };
    match outcome {
        Ok(status) => status.into(),
        Err(message) => {
            eprintln!("syncmap: {message}");
            cli::Status::InputError.into()
        }
    }
}
