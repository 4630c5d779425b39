//! Diagnostics for people, on standard error.

use syncmap_core::Diagnostic;

/// Prints each diagnostic in a compiler-like layout:
///
/// ```text
/// error[password-from-pingone]: PingOne cannot be the source of a password mapping: ...
///   --> /source
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
