//! Lint reports for people (rustc-style, with a caret under the text), for programs (JSON) and
//! for code-scanning UIs (SARIF 2.1.0).

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::fmt::{self, Write as _};

use serde::{Serialize, Serializer};

use crate::diagnostic::Severity;
use crate::dsconfig::{LineIndex, floor_char_boundary};
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

/// Line indexes for the inputs, each built when a finding in its input first asks: a file
/// with nothing to report is not read again for its lines.
struct Positions<'a> {
    inputs: &'a [Input<'a>],
    indexes: Vec<OnceCell<LineIndex>>,
    /// By input, the last place asked for and its line and column: findings come sorted by
    /// place, so a column is counted on from the one before on the same line rather than from
    /// the line's start (a long line with many findings was quadratic).
    last: Vec<Cell<Known>>,
    /// By input, the end of the last finding and its line and column: a finding's end column is
    /// counted on from there when it lies between the finding's start and end, rather than
    /// from the start (many findings spanning one long line were quadratic).
    last_end: Vec<Cell<Known>>,
}

/// An offset and its line and column.
type Known = (usize, (usize, usize));

impl<'a> Positions<'a> {
    fn new(inputs: &'a [Input<'a>]) -> Positions<'a> {
        Positions {
            inputs,
            indexes: inputs.iter().map(|_| OnceCell::new()).collect(),
            // Offset 0 is line 1, column 1 in any text.
            last: inputs.iter().map(|_| Cell::new((0, (1, 1)))).collect(),
            last_end: inputs.iter().map(|_| Cell::new((0, (1, 1)))).collect(),
        }
    }

    /// The finding's input and its line index.
    fn input(&self, finding: &Finding) -> Option<(&'a str, &LineIndex)> {
        let input = self.inputs.get(finding.loc.file)?;
        let index = self.indexes.get(finding.loc.file)?;
        Some((input.text, index.get_or_init(|| LineIndex::new(input.text))))
    }

    fn of(&self, finding: &Finding) -> Position {
        let file = finding.loc.file;
        let (Some((text, index)), Some(last), Some(last_end)) = (
            self.input(finding),
            self.last.get(file),
            self.last_end.get(file),
        ) else {
            return Position {
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
            };
        };
        let (start, end) = (finding.loc.span.start(), finding.loc.span.end());
        let (line, column) = index.line_col_from(text, start, last.get());
        let from = match last_end.get() {
            known @ (at, _) if (start..=end).contains(&at) => known,
            _ => (start, (line, column)),
        };
        let (end_line, end_column) = index.line_col_from(text, end, from);
        last.set((start, (line, column)));
        last_end.set((end, (end_line, end_column)));
        Position {
            line,
            column,
            end_line,
            end_column,
        }
    }

    /// The text of line `number` of the finding's file, and the offset in it of the finding's
    /// start (the line's length if it starts further on).
    fn line(&self, finding: &Finding, number: usize) -> Option<(&'a str, usize)> {
        let (text, index) = self.input(finding)?;
        let line = index.line(text, number)?;
        let start = index.line_start(number)?;
        let at = finding
            .loc
            .span
            .start()
            .saturating_sub(start)
            .min(line.len());
        Some((line, at))
    }

    fn name(&self, finding: &Finding) -> &'a str {
        self.inputs.get(finding.loc.file).map_or("-", |i| i.name)
    }
}

/// rustc-style text: each finding with its place, the line, a caret under the span, the hint
/// and the documentation page; then a summary line.
pub fn human(report: &Report, inputs: &[Input<'_>]) -> String {
    let mut out = String::new();
    // Writing to a `String` cannot fail.
    let _ = write_human(&mut out, report, inputs);
    out
}

fn write_human(out: &mut String, report: &Report, inputs: &[Input<'_>]) -> fmt::Result {
    let positions = Positions::new(inputs);
    for finding in &report.findings {
        let at = positions.of(finding);
        let name = positions.name(finding);
        let (severity, code) = (finding.severity.as_str(), finding.code);
        writeln!(out, "{severity}[{code}]: {}", finding.message)?;
        writeln!(out, "  --> {name}:{}:{}", at.line, at.column)?;
        if let Some((line, offset)) = positions.line(finding, at.line) {
            let gutter = at.line.to_string().len();
            let shown = Excerpt::of(line, offset);
            // The carets run to the finding's end or the excerpt's, whichever comes first.
            let rest = shown.text.chars().count() - shown.at;
            let width = if at.end_line == at.line {
                at.end_column.saturating_sub(at.column).min(rest)
            } else {
                rest
            }
            .max(1);
            writeln!(out, "{:gutter$} |", "")?;
            writeln!(out, "{} | {}", at.line, shown.text)?;
            // `{:^<width$}` of nothing is `width` carets.
            writeln!(
                out,
                "{:gutter$} | {:indent$}{:^<width$}",
                "",
                "",
                "",
                indent = shown.at
            )?;
        }
        if let Some(hint) = &finding.hint {
            writeln!(out, "  = hint: {hint}")?;
        }
        writeln!(out, "  = docs: {}\n", finding.doc_url)?;
    }
    writeln!(out, "{}", summary(report))
}

/// How many characters of a source line the human report shows at most: a longer line (one
/// command of thousands of options on one line, say) is cut around the finding, so that the
/// report grows with the findings and not with the findings times the line.
const EXCERPT: usize = 120;

/// What the human report shows of a source line: at most [`EXCERPT`] characters, control
/// characters as spaces, `...` where it was cut.
struct Excerpt {
    text: String,
    /// Where the finding starts in `text`, in characters.
    at: usize,
}

impl Excerpt {
    /// The excerpt of `line` around byte `offset`: the whole line when it fits, otherwise a
    /// quarter of the room before the finding and the rest from it on. Reads at most a few
    /// times [`EXCERPT`] bytes of the line.
    fn of(line: &str, offset: usize) -> Excerpt {
        let shown = |s: &str| -> String {
            s.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect()
        };
        let offset = floor_char_boundary(line, offset);
        let fits =
            line.len() <= EXCERPT || (line.len() <= 4 * EXCERPT && line.chars().count() <= EXCERPT);
        if fits {
            return Excerpt {
                text: shown(line),
                at: line[..offset].chars().count(),
            };
        }
        let (before, after) = line.split_at(offset);
        let mut text = String::new();
        let keep = EXCERPT / 4;
        let head = match before.char_indices().rev().nth(keep) {
            // More than `keep` characters before: `...` and the last `keep - 3` of them.
            Some(_) => {
                text.push_str("...");
                let cut = before
                    .char_indices()
                    .rev()
                    .nth(keep - 4)
                    .map_or(0, |(i, _)| i);
                &before[cut..]
            }
            None => before,
        };
        text.push_str(&shown(head));
        let at = text.chars().count();
        let room = EXCERPT - at;
        match after.char_indices().nth(room) {
            // More than fits: the first `room - 3` characters and `...`.
            Some(_) => {
                let cut = after
                    .char_indices()
                    .nth(room - 3)
                    .map_or(after.len(), |(i, _)| i);
                text.push_str(&shown(&after[..cut]));
                text.push_str("...");
            }
            None => text.push_str(&shown(after)),
        }
        Excerpt { text, at }
    }
}

/// "2 errors, 1 warning, 0 notes in 14 commands".
pub fn summary(report: &Report) -> String {
    let counts = crate::diagnostic::summary(report.findings.iter().map(|f| f.severity));
    format!(
        "{counts} in {}",
        crate::diagnostic::plural(report.commands, "command")
    )
}

/// `{"commands": N, "diagnostics": [...], "other_subcommands": {...}}`: what `syncmap lint
/// --format json` prints and `POST /api/v1/lint` answers. Serialize it with `serde_json`.
///
/// Typed and borrowed rather than a `serde_json::Value`, which allocates every key of every
/// finding: writing a report of 3,944 findings went from 14 to a few milliseconds
/// (BENCHMARKS.md). Fields are in alphabetical order, the order the `Value` wrote them in.
#[derive(Serialize)]
pub struct JsonReport<'a> {
    commands: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    #[serde(serialize_with = "counts_as_map")]
    other_subcommands: &'a [(String, usize)],
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    column: usize,
    doc_url: &'static str,
    end_column: usize,
    end_line: usize,
    file: &'a str,
    hint: Option<&'a str>,
    line: usize,
    message: &'a str,
    severity: &'static str,
}

/// The report for programs; see [`JsonReport`].
pub fn json<'a>(report: &'a Report, inputs: &'a [Input<'a>]) -> JsonReport<'a> {
    let positions = Positions::new(inputs);
    let diagnostics = report
        .findings
        .iter()
        .map(|f| {
            let at = positions.of(f);
            JsonDiagnostic {
                code: f.code,
                column: at.column,
                doc_url: f.doc_url,
                end_column: at.end_column,
                end_line: at.end_line,
                file: positions.name(f),
                hint: f.hint.as_deref(),
                line: at.line,
                message: &f.message,
                severity: f.severity.as_str(),
            }
        })
        .collect();
    JsonReport {
        commands: report.commands,
        diagnostics,
        other_subcommands: &report.other_subcommands,
    }
}

/// The report's counts of other subcommands (sorted, each name once) as a JSON object.
fn counts_as_map<S: Serializer>(counts: &&[(String, usize)], to: S) -> Result<S::Ok, S::Error> {
    to.collect_map(counts.iter().map(|(name, n)| (name, n)))
}

/// A SARIF 2.1.0 log with one run, the rules that fired and a result per finding: what `syncmap
/// lint --format sarif` prints and `POST /api/v1/lint` answers. Serialize it with `serde_json`.
/// Typed for the same reason as [`JsonReport`]; fields in alphabetical order too.
#[derive(Serialize)]
pub struct SarifLog<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: [SarifRun<'a>; 1],
    version: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRun<'a> {
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
    tool: SarifTool<'a>,
}

#[derive(Serialize)]
struct SarifTool<'a> {
    driver: SarifDriver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifDriver<'a> {
    information_uri: &'static str,
    name: &'static str,
    rules: Vec<SarifRule<'a>>,
    version: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRule<'a> {
    default_configuration: SarifLevel,
    help_uri: &'static str,
    id: &'static str,
    short_description: SarifText<'a>,
}

#[derive(Serialize)]
struct SarifLevel {
    level: &'static str,
}

#[derive(Serialize)]
struct SarifText<'a> {
    text: Cow<'a, str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    level: &'static str,
    locations: [SarifLocation<'a>; 1],
    message: SarifText<'a>,
    rule_id: &'static str,
    rule_index: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation<'a> {
    physical_location: SarifPhysical<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifPhysical<'a> {
    artifact_location: SarifArtifact<'a>,
    region: SarifRegion,
}

#[derive(Serialize)]
struct SarifArtifact<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRegion {
    end_column: usize,
    end_line: usize,
    start_column: usize,
    start_line: usize,
}

/// The report for code-scanning UIs; see [`SarifLog`].
pub fn sarif<'a>(report: &'a Report, inputs: &'a [Input<'a>]) -> SarifLog<'a> {
    let positions = Positions::new(inputs);
    let mut codes: Vec<&'static str> = report.findings.iter().map(|f| f.code).collect();
    codes.sort_unstable();
    codes.dedup();
    let rules = codes.iter().map(|&code| sarif_rule(report, code)).collect();
    let results = report
        .findings
        .iter()
        .map(|f| {
            let at = positions.of(f);
            let text = match &f.hint {
                Some(hint) => Cow::Owned(format!("{}. {hint}", f.message)),
                None => Cow::Borrowed(f.message.as_str()),
            };
            SarifResult {
                level: level(f.severity),
                locations: [SarifLocation {
                    physical_location: SarifPhysical {
                        artifact_location: SarifArtifact {
                            uri: positions.name(f),
                        },
                        region: SarifRegion {
                            end_column: at.end_column,
                            end_line: at.end_line,
                            start_column: at.column,
                            start_line: at.line,
                        },
                    },
                }],
                message: SarifText { text },
                rule_id: f.code,
                // `codes` holds every finding's code, sorted.
                rule_index: codes.binary_search(&f.code).unwrap_or_default(),
            }
        })
        .collect();
    SarifLog {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        runs: [SarifRun {
            column_kind: "unicodeCodePoints",
            results,
            tool: SarifTool {
                driver: SarifDriver {
                    information_uri: crate::docs::DSCONFIG_BATCH,
                    name: "syncmap",
                    rules,
                    version: crate::GENERATOR_VERSION,
                },
            },
        }],
        version: "2.1.0",
    }
}

/// The SARIF rule of `code`, from the catalog's rules. A parser diagnostic has no rule there:
/// its first finding in `report` describes it.
fn sarif_rule<'a>(report: &'a Report, code: &'static str) -> SarifRule<'a> {
    let rule = rules::find(code);
    let sample = report.findings.iter().find(|f| f.code == code);
    SarifRule {
        default_configuration: SarifLevel {
            level: level(rule.map_or_else(
                || sample.map_or(Severity::Warning, |f| f.severity),
                |r| r.severity,
            )),
        },
        help_uri: rule.map_or_else(|| sample.map_or("", |f| f.doc_url), |r| r.doc_url),
        id: code,
        short_description: SarifText {
            text: Cow::Borrowed(
                rule.map_or_else(|| sample.map_or("", |f| f.message.as_str()), |r| r.summary),
            ),
        },
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsconfig::{Span, line_col};

    #[test]
    fn positions_are_counted_as_from_the_start_of_the_text_whatever_the_spans() {
        let text = "dsconfig create-é x --set a:b\nsecond line ü with more\n\nlast ééé line";
        // In the report's order (by start, then end): equal spans, spans inside others, spans
        // across lines, and offsets inside a character.
        let mut spans = vec![
            (0, 0),
            (0, text.len()),
            (0, 20),
            (3, 5),
            (3, 40),
            (3, 40),
            (3, 40),
            (9, 25),
            (9, 9),
            (17, 18),
            (20, 22),
            (21, 45),
            (22, 22),
            (33, 60),
            (55, text.len()),
            (text.len(), text.len()),
        ];
        spans.sort_unstable();
        let inputs = [Input {
            name: "spans.dsconfig",
            text,
        }];
        let positions = Positions::new(&inputs);
        for (start, end) in spans {
            let finding = Finding::new(
                &rules::UNDEFINED_REFERENCE,
                super::super::Loc {
                    file: 0,
                    span: Span::new(start, end),
                },
                "x",
            );
            let ((line, column), (end_line, end_column)) =
                (line_col(text, start), line_col(text, end));
            assert_eq!(
                positions.of(&finding),
                Position {
                    line,
                    column,
                    end_line,
                    end_column
                },
                "{start}..{end}"
            );
        }
    }
}
