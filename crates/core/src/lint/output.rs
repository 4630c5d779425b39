//! Lint reports for people (rustc-style, with a caret under the text), for programs (JSON) and
//! for code-scanning UIs (SARIF 2.1.0).

use serde_json::{Value, json};

use crate::diagnostic::Severity;
use crate::dsconfig::LineIndex;
use crate::rules;

use super::{Finding, Input, Report};

/// A finding's position in lines and columns (1-based, columns in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// First line.
    pub line: usize,
    /// First column.
    pub column: usize,
    /// Last line.
    pub end_line: usize,
    /// Column just after the end.
    pub end_column: usize,
}

/// Line indexes for the inputs, built once per report.
struct Positions<'a> {
    inputs: &'a [Input<'a>],
    indexes: Vec<LineIndex>,
}

impl<'a> Positions<'a> {
    fn new(inputs: &'a [Input<'a>]) -> Positions<'a> {
        Positions {
            inputs,
            indexes: inputs.iter().map(|i| LineIndex::new(i.text)).collect(),
        }
    }

    fn of(&self, finding: &Finding) -> Position {
        let Some(input) = self.inputs.get(finding.loc.file) else {
            return Position {
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
            };
        };
        let index = &self.indexes[finding.loc.file];
        let (line, column) = index.line_col(input.text, finding.loc.span.start());
        let (end_line, end_column) = index.line_col(input.text, finding.loc.span.end());
        Position {
            line,
            column,
            end_line,
            end_column,
        }
    }

    fn name(&self, finding: &Finding) -> &str {
        self.inputs.get(finding.loc.file).map_or("-", |i| i.name)
    }
}

/// rustc-style text: each finding with its place, the line, a caret under the span, the hint
/// and the documentation page; then a summary line.
pub fn human(report: &Report, inputs: &[Input<'_>]) -> String {
    let positions = Positions::new(inputs);
    let mut out = String::new();
    for finding in &report.findings {
        let at = positions.of(finding);
        let name = positions.name(finding);
        out.push_str(&format!(
            "{}[{}]: {}\n",
            finding.severity.as_str(),
            finding.code,
            finding.message
        ));
        out.push_str(&format!("  --> {name}:{}:{}\n", at.line, at.column));
        if let Some(input) = inputs.get(finding.loc.file)
            && let Some(line) = input.text.lines().nth(at.line - 1)
        {
            let gutter = at.line.to_string().len();
            let shown: String = line
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let width = if at.end_line == at.line {
                at.end_column.saturating_sub(at.column).max(1)
            } else {
                shown.chars().count().saturating_sub(at.column - 1).max(1)
            };
            out.push_str(&format!("{:gutter$} |\n", ""));
            out.push_str(&format!("{} | {shown}\n", at.line));
            out.push_str(&format!(
                "{:gutter$} | {}{}\n",
                "",
                " ".repeat(at.column - 1),
                "^".repeat(width)
            ));
        }
        if let Some(hint) = &finding.hint {
            out.push_str(&format!("  = hint: {hint}\n"));
        }
        out.push_str(&format!("  = docs: {}\n\n", finding.doc_url));
    }
    out.push_str(&summary(report));
    out.push('\n');
    out
}

/// "2 errors, 1 warning, 0 notes in 14 commands".
pub fn summary(report: &Report) -> String {
    let counts = crate::diagnostic::summary(report.findings.iter().map(|f| f.severity));
    format!(
        "{counts} in {}",
        crate::diagnostic::plural(report.commands, "command")
    )
}

/// `{"diagnostics": [...], "commands": N, "other_subcommands": {...}}`.
pub fn json(report: &Report, inputs: &[Input<'_>]) -> Value {
    let positions = Positions::new(inputs);
    let diagnostics: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let at = positions.of(f);
            json!({
                "code": f.code,
                "severity": f.severity.as_str(),
                "message": f.message,
                "hint": f.hint,
                "doc_url": f.doc_url,
                "file": positions.name(f),
                "line": at.line,
                "column": at.column,
                "end_line": at.end_line,
                "end_column": at.end_column,
            })
        })
        .collect();
    let others: serde_json::Map<String, Value> = report
        .other_subcommands
        .iter()
        .map(|(name, n)| (name.clone(), json!(n)))
        .collect();
    json!({ "diagnostics": diagnostics, "commands": report.commands, "other_subcommands": others })
}

/// A SARIF 2.1.0 log with one run: the rules that fired, and a result per finding.
pub fn sarif(report: &Report, inputs: &[Input<'_>]) -> Value {
    let positions = Positions::new(inputs);
    let mut codes: Vec<&'static str> = report.findings.iter().map(|f| f.code).collect();
    codes.sort_unstable();
    codes.dedup();
    let rules: Vec<Value> = codes
        .iter()
        .map(|code| {
            let rule = rules::find(code);
            let sample = report.findings.iter().find(|f| f.code == *code);
            json!({
                "id": code,
                "shortDescription": { "text": rule.map_or_else(|| sample.map_or("", |f| f.message.as_str()).to_owned(), |r| r.summary.to_owned()) },
                "helpUri": rule.map_or_else(|| sample.map_or("", |f| f.doc_url), |r| r.doc_url),
                "defaultConfiguration": { "level": level(rule.map_or_else(|| sample.map_or(Severity::Warning, |f| f.severity), |r| r.severity)) },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let at = positions.of(f);
            let mut text = f.message.clone();
            if let Some(hint) = &f.hint {
                text.push_str(". ");
                text.push_str(hint);
            }
            json!({
                "ruleId": f.code,
                "ruleIndex": codes.iter().position(|c| *c == f.code),
                "level": level(f.severity),
                "message": { "text": text },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": positions.name(f) },
                        "region": {
                            "startLine": at.line,
                            "startColumn": at.column,
                            "endLine": at.end_line,
                            "endColumn": at.end_column,
                        }
                    }
                }],
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "syncmap",
                "version": crate::GENERATOR_VERSION,
                "informationUri": crate::docs::DSCONFIG_BATCH,
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}
