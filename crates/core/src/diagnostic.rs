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

/// The editor's sections in page order, each with the first segments of the JSON pointers its
/// fields have: the checks list groups diagnostics by them. A path of no section (the scenario
/// as a whole) falls in the last.
pub const SECTIONS: [(&str, &[&str]); 6] = [
    ("Endpoints", &["target_version", "source", "destination"]),
    ("Passwords", &["password"]),
    ("Attribute map", &["attribute_map", "dn_maps"]),
    ("Sync pipe and class", &["sync_pipe"]),
    ("Connection options for dsconfig", &["connection"]),
    ("Scenario", &[]),
];

/// The index in [`SECTIONS`] of the section of the field at `path`.
pub fn section(path: &str) -> usize {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    SECTIONS
        .iter()
        .position(|(_, heads)| heads.contains(&first))
        .unwrap_or(SECTIONS.len() - 1)
}

/// Orders diagnostics for reading: errors, then warnings, then notes; within each, by section in
/// page order; otherwise as found (stable).
pub fn arrange(diagnostics: &mut [Diagnostic]) {
    crate::order::sort_by_key(diagnostics, |d| {
        (Severity::Error as usize - d.severity as usize) * SECTIONS.len() + section(&d.path)
    });
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
    fn sections_follow_the_first_segment() {
        assert_eq!(SECTIONS[section("/source/kind")].0, "Endpoints");
        assert_eq!(SECTIONS[section("/target_version")].0, "Endpoints");
        assert_eq!(SECTIONS[section("/password/storage_scheme")].0, "Passwords");
        assert_eq!(
            SECTIONS[section("/attribute_map/mappings/3/from")].0,
            "Attribute map"
        );
        assert_eq!(
            SECTIONS[section("/sync_pipe/class/name")].0,
            "Sync pipe and class"
        );
        assert_eq!(SECTIONS[section("")].0, "Scenario");
        // A field whose name only starts like a section's is not in it.
        assert_eq!(SECTIONS[section("/sourced")].0, "Scenario");
    }

    #[test]
    fn arranged_by_severity_then_section_then_as_found() {
        let rule = |severity| crate::rules::Rule {
            severity,
            ..*crate::rules::SCENARIO[0]
        };
        let (error, warning, info) = (
            rule(Severity::Error),
            rule(Severity::Warning),
            rule(Severity::Info),
        );
        let mut list = vec![
            Diagnostic::new(&info, "/source/kind", "a"),
            Diagnostic::new(&error, "/attribute_map/mappings/0", "b"),
            Diagnostic::new(&warning, "/sync_pipe", "c"),
            Diagnostic::new(&error, "/source/name", "d"),
            Diagnostic::new(&warning, "/password", "e"),
            Diagnostic::new(&error, "/attribute_map/name", "f"),
        ];
        arrange(&mut list);
        let order: String = list.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, "dbfeca");
    }

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
