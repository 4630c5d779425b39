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

/// `{"diagnostics": [...]}`.
pub fn json(diagnostics: &[Diagnostic]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        diagnostics: &'a [Diagnostic],
    }
    serde_json::to_string_pretty(&Report { diagnostics })
        .unwrap_or_else(|e| format!("{{\"error\":\"cannot write JSON: {e}\"}}"))
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
