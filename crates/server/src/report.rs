//! Diagnostics and inspections for people (standard error) and for programs (JSON).

use serde::Serialize;
use syncmap_core::Diagnostic;
use syncmap_core::inspect::Inspection;

/// Prints each diagnostic in a compiler-like layout:
///
/// ```text
/// error[password-from-pingone]: PingOne cannot be the source of a password mapping: ...
///   --> /source/kind
///   = hint: ...
///   = docs: https://...
/// ```
pub fn print_human(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        eprintln!("{}", human(diagnostic));
    }
}

fn human(d: &Diagnostic) -> String {
    let mut text = format!(
        "{}[{}]: {}\n  --> {}\n",
        d.severity.as_str(),
        d.code,
        d.message,
        d.path
    );
    if let Some(hint) = &d.hint {
        text.push_str(&format!("  = hint: {hint}\n"));
    }
    text.push_str(&format!("  = docs: {}\n", d.doc_url));
    text
}

/// "2 errors, 1 warning, 0 notes".
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    syncmap_core::diagnostic::summary(diagnostics.iter().map(|d| d.severity))
}

/// `{"diagnostics": [...]}` and a line break: what `syncmap check --format json` prints and
/// `POST /api/v1/check` answers, byte for byte.
pub fn check_json(diagnostics: &[Diagnostic]) -> String {
    let mut text = json(diagnostics);
    text.push('\n');
    text
}

/// `{"diagnostics": [...]}`.
pub fn json(diagnostics: &[Diagnostic]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        diagnostics: &'a [Diagnostic],
    }
    serde_json::to_string_pretty(&Report { diagnostics })
        .unwrap_or_else(|e| format!("{{\"error\":\"cannot write JSON: {e}\"}}"))
}

/// An inspection as JSON and a line break: what `syncmap inspect-password --format json` prints
/// and `POST /api/v1/inspect-password` answers.
pub fn inspection_json(inspection: &Inspection) -> String {
    let mut text = serde_json::to_string_pretty(inspection)
        .unwrap_or_else(|e| format!("{{\"error\":\"cannot write JSON: {e}\"}}"));
    text.push('\n');
    text
}

/// Writes lint findings for programs (JSON or SARIF 2.1.0) and a line break to `out`: what
/// `syncmap lint --format json|sarif` prints and `POST /api/v1/lint` answers. `Ok(false)`, with
/// nothing written, for the human format, which only the command line writes (to standard
/// error).
pub fn write_lint_machine(
    report: &syncmap_core::lint::Report,
    inputs: &[syncmap_core::lint::Input<'_>],
    format: crate::cli::LintFormat,
    mut out: impl std::io::Write,
) -> std::io::Result<bool> {
    use syncmap_core::lint::output;
    match format {
        crate::cli::LintFormat::Human => return Ok(false),
        crate::cli::LintFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &output::json(report, inputs))?;
        }
        crate::cli::LintFormat::Sarif => {
            serde_json::to_writer_pretty(&mut out, &output::sarif(report, inputs))?;
        }
    }
    out.write_all(b"\n")?;
    Ok(true)
}

/// [`write_lint_machine`] into a string, for the API's answer. `None` for the human format.
pub fn lint_machine(
    report: &syncmap_core::lint::Report,
    inputs: &[syncmap_core::lint::Input<'_>],
    format: crate::cli::LintFormat,
) -> Option<String> {
    // About what a finding takes pretty-printed with its documentation URL: an answer of many
    // findings is written once rather than copied into ever larger buffers as it grows.
    const PER_FINDING: usize = 512;
    let mut bytes = Vec::with_capacity(4096 + report.findings.len().saturating_mul(PER_FINDING));
    match write_lint_machine(report, inputs, format, &mut bytes) {
        Ok(false) => None,
        // serde_json writes UTF-8, so the bytes become the answer as they are, without a copy.
        Ok(true) => Some(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        ),
        Err(e) => Some(format!("{{\"error\":\"cannot write JSON: {e}\"}}\n")),
    }
}

/// A preset as pretty scenario JSON and a line break: what `syncmap presets --dump NAME` prints
/// and `GET /api/v1/presets/{name}` answers.
pub fn preset_json(name: &str) -> Result<String, String> {
    let scenario = preset(name)?;
    let mut text = serde_json::to_string_pretty(&scenario)
        .map_err(|e| format!("cannot write the preset as JSON: {e}"))?;
    text.push('\n');
    Ok(text)
}

/// The preset called `name`, or a message listing the presets there are.
pub fn preset(name: &str) -> Result<syncmap_core::Scenario, String> {
    syncmap_core::presets::find(name)
        .map(|p| p.scenario())
        .ok_or_else(|| {
            let names: Vec<_> = syncmap_core::presets::all()
                .iter()
                .map(|p| p.name)
                .collect();
            format!(
                "no preset named '{name}'; the presets are: {}",
                names.join(", ")
            )
        })
}

/// An inspection for people. Holds no part of the value itself.
pub fn inspection_human(inspection: &Inspection) -> String {
    let json = serde_json::to_value(inspection).unwrap_or_default();
    let field = |name: &str| {
        json.get(name)
            .and_then(|v| v.as_str())
            .unwrap_or("unknown")
            .to_owned()
    };
    let mut text = String::new();
    text.push_str(&format!(
        "scheme: {}\n",
        inspection
            .scheme
            .as_deref()
            .map_or("none (no {SCHEME} prefix)".to_owned(), |s| format!(
                "{{{s}}}"
            ))
    ));
    text.push_str(&format!(
        "known to PingDirectory: {}\n",
        if inspection.known_to_pingdirectory {
            "yes"
        } else {
            "no"
        }
    ));
    text.push_str(&format!("kind: {}\n", field("kind")));
    text.push_str(&format!(
        "PingOne accepts it pre-encoded: {}\n",
        field("pingone_pre_encoded")
    ));
    for finding in &inspection.findings {
        text.push_str(&format!(
            "{}[{}]: {}\n",
            finding.severity.as_str(),
            finding.code.as_str(),
            finding.message
        ));
    }
    text
}
