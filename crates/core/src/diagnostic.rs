//! Diagnostics: what validation says about a scenario.

use serde::Serialize;

use crate::rules::Rule;

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Info,
    /// Likely wrong, or resting on a fact the documentation does not confirm.
    Warning,
    /// The generated configuration will not work as intended.
    Error,
}

impl Severity {
    /// The lowercase name used in JSON and in human output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding about a scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The stable code of the rule that produced it, such as `password-from-pingone`.
    pub code: &'static str,
    /// How bad it is (the rule's severity).
    pub severity: Severity,
    /// What is wrong, about this scenario.
    pub message: String,
    /// A JSON pointer to the scenario field it concerns, such as `/attribute_map/name`.
    pub path: String,
    /// What to do about it, when there is something to do.
    pub hint: Option<String>,
    /// The documentation page the rule rests on.
    pub doc_url: &'static str,
}

impl Diagnostic {
    /// A diagnostic of `rule` about the field at `path`.
    pub fn new(rule: &Rule, path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::of(rule, path.into(), message.into())
    }

    /// [`Diagnostic::new`] once for every caller: inlined, it was repeated at each of the
    /// checks' findings in the browser bundle.
    #[inline(never)]
    fn of(rule: &Rule, path: String, message: String) -> Diagnostic {
        Diagnostic {
            code: rule.code,
            severity: rule.severity,
            message,
            path,
            hint: None,
            doc_url: rule.doc_url,
        }
    }

    /// Adds a hint.
    pub fn hint(self, hint: impl Into<String>) -> Diagnostic {
        self.with_hint(hint.into())
    }

    /// [`Diagnostic::hint`] once for every caller.
    #[inline(never)]
    fn with_hint(mut self, hint: String) -> Diagnostic {
        self.hint = Some(hint);
        self
    }
}

/// One line: `warning[rdbms-password-hashing] /attribute_map/mappings/4/from: message`.
impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity.as_str(),
            self.code,
            self.path,
            self.message
        )
    }
}

/// Whether any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

/// "1 error", "2 warnings": a count and its noun.
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// "2 errors, 1 warning, 0 notes" for the given severities.
pub fn summary(severities: impl IntoIterator<Item = Severity>) -> String {
    let mut counts = [0usize; 3];
    for severity in severities {
        counts[severity as usize] += 1;
    }
    let [info, warning, error] = counts;
    format!(
        "{}, {}, {}",
        plural(error, "error"),
        plural(warning, "warning"),
        plural(info, "note")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_count_each_severity() {
        assert_eq!(summary([]), "0 errors, 0 warnings, 0 notes");
        let severities = [
            Severity::Error,
            Severity::Warning,
            Severity::Warning,
            Severity::Info,
        ];
        assert_eq!(summary(severities), "1 error, 2 warnings, 1 note");
    }
}
