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

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::dsconfig::{self, Span};
use crate::rules::Rule;
use crate::scenario::Scenario;
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
    /// Whether the report keeps the scenarios it checked ([`Report::scenarios`]). They take
    /// memory in proportion to the files, and findings are all the command line needs; the
    /// editor imports through [`read_scenarios`].
    pub keep_scenarios: bool,
}

/// An object declared to exist on the server: `sync-destination:LDAPDestination`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Existing {
    /// The object type, as in subcommands (`sync-destination`).
    pub object_type: String,
    /// The object's name (the last naming argument).
    pub name: String,
}

impl Existing {
    /// Reads `TYPE:NAME`.
    pub fn parse(text: &str) -> Result<Existing, String> {
        match text.split_once(':') {
            Some((object_type, name)) if !object_type.is_empty() && !name.is_empty() => {
                Ok(Existing {
                    object_type: object_type.to_owned(),
                    name: name.to_owned(),
                })
            }
            _ => Err(format!(
                "'{text}' is not TYPE:NAME, such as sync-destination:PingOne"
            )),
        }
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
    /// What could not be read into those scenarios, for people.
    pub not_imported: Vec<String>,
}

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Lints `inputs` as one configuration, in the order given.
pub fn lint(inputs: &[Input<'_>], options: &Options) -> Report {
    let documents: Vec<dsconfig::Document> =
        inputs.iter().map(|i| dsconfig::parse(i.text)).collect();
    let mut findings = Vec::new();
    for (file, document) in documents.iter().enumerate() {
        for d in &document.diagnostics {
            findings.push(Finding {
                code: d.code,
                severity: d.severity,
                message: d.message.clone(),
                hint: None,
                doc_url: crate::docs::DSCONFIG_BATCH,
                loc: Loc { file, span: d.span },
            });
        }
    }
    let config = graph::Config::read(&documents);
    let version = options
        .target_version
        .unwrap_or_else(|| config.inferred_version());
    // The checks run along the import (see `checks::Checks`); their findings go first, as
    // when they ran alone.
    let mut checks = checks::Checks::new(&config, options, version);
    let mut imported = Vec::new();
    let mut scenarios = Vec::new();
    let mut scenarios_checked = 0;
    let mut seen = rustc_hash::FxHashSet::default();
    let ahead = |end| checks.through(end);
    let not_imported = import::scenarios(&config, version, ahead, |scenario, paths| {
        for diagnostic in crate::validate::validate_with(&scenario, false) {
            // The scenario's own generation concerns do not apply to files that exist.
            if IMPORT_EXEMPT.contains(&diagnostic.code) {
                continue;
            }
            // An endpoint the files do not define has no name or kind to check.
            if !paths.defines_endpoint_of(&diagnostic.path) {
                continue;
            }
            let loc = paths.locate(&diagnostic.path);
            let mut finding = Finding {
                code: diagnostic.code,
                severity: diagnostic.severity,
                message: diagnostic.message,
                hint: diagnostic.hint,
                doc_url: diagnostic.doc_url,
                loc,
            };
            if options.target_version.is_none() && diagnostic.code == "property-not-in-version" {
                finding.severity = Severity::Warning;
            }
            // Several scenarios can share a map: one finding per place and message.
            if seen.insert((finding.code, finding.loc, finding.message.clone())) {
                imported.push(finding);
            }
        }
        scenarios_checked += 1;
        if options.keep_scenarios {
            scenarios.push(scenario);
        }
    });
    findings.extend(checks.finish());
    findings.append(&mut imported);
    findings.sort_by_key(|f| (f.loc.file, f.loc.span.start, f.loc.span.end));
    Report {
        findings,
        commands: documents.iter().map(|d| d.commands.len()).sum(),
        other_subcommands: config.other_subcommands(),
        scenarios,
        scenarios_checked,
        not_imported,
    }
}

/// Rules about generating a configuration that say nothing about existing files: a file that
/// refers to endpoints without creating them is normal, and the renderer's own version check
/// is done by the linter's property check.
const IMPORT_EXEMPT: &[&str] = &[
    "endpoint-not-generated",
    "endpoint-servers-missing",
    "property-not-in-version",
];

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
    let documents: Vec<dsconfig::Document> =
        inputs.iter().map(|i| dsconfig::parse(i.text)).collect();
    let config = graph::Config::read(&documents);
    let mut scenarios = Vec::new();
    let not_imported = import::scenarios(
        &config,
        config.inferred_version(),
        |_| {},
        |scenario, _| scenarios.push(scenario),
    );
    Imported {
        scenarios,
        not_imported,
        commands: documents.iter().map(|d| d.commands.len()).sum(),
        unreadable: documents.iter().map(|d| d.diagnostics.len()).sum(),
    }
}

#[cfg(test)]
mod read_tests {
    use super::*;

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
}
