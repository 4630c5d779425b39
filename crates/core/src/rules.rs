//! The rules: one definition each, with its code, severity and the page it rests on.
//!
//! A rule whose fact the reference marks unconfirmed (`[?]`) or only inferred is a warning, never
//! an error.

use crate::diagnostic::Severity;
use crate::docs;

/// One validation rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable identifier, used in JSON output, CI annotations and suppression lists.
    pub code: &'static str,
    /// The severity of every diagnostic this rule produces.
    pub severity: Severity,
    /// What the rule checks, in one line.
    pub summary: &'static str,
    /// The documentation page the rule rests on.
    pub doc_url: &'static str,
}

/// PingOne as the password source: PingDataSync cannot read passwords from PingOne. [V] SEED.
pub const PASSWORD_FROM_PINGONE: Rule = Rule {
    code: "password-from-pingone",
    severity: Severity::Error,
    summary: "PingOne cannot be a password source",
    doc_url: docs::SYNC_PASSWORDS_TO_PINGONE,
};

/// The password mapping needs a source attribute (or RDBMS column). [V] SEED.
pub const PASSWORD_ATTRIBUTE_MISSING: Rule = Rule {
    code: "password-attribute-missing",
    severity: Severity::Error,
    summary: "the password mapping needs the attribute or column that holds passwords",
    doc_url: docs::SYNC_PASSWORDS_TO_PINGONE,
};

/// RDBMS passwords must be hashed with a scheme PingDirectory recognizes, never encrypted. [V]
/// SEED; whether a given column complies cannot be seen from here, hence a warning.
pub const RDBMS_PASSWORD_HASHING: Rule = Rule {
    code: "rdbms-password-hashing",
    severity: Severity::Warning,
    summary: "an RDBMS password column must hold values hashed with a scheme PingDirectory recognizes",
    doc_url: docs::SYNC_PASSWORDS_TO_PINGONE,
};

/// IBM Security / Tivoli Directory return the password as `userPassword;binary`. [V] SEED.
/// A warning: the admin may know better about a particular server.
pub const IBM_PASSWORD_BINARY: Rule = Rule {
    code: "ibm-password-binary",
    severity: Severity::Warning,
    summary: "IBM Security and Tivoli Directory return the password as userPassword;binary",
    doc_url: docs::SYNC_PASSWORDS_TO_PINGONE,
};

/// Attribute names follow LDAP attribute-description syntax (RFC 4512). A warning: PingDirectory
/// can relax the rules (`allow-attribute-name-exceptions`) and JDBC sources name columns freely.
pub const ATTRIBUTE_NAME_SYNTAX: Rule = Rule {
    code: "attribute-name-syntax",
    severity: Severity::Warning,
    summary: "attribute names are an LDAP descriptor or OID, with options after ';'",
    doc_url: docs::ATTRIBUTE_MAPPING,
};

/// A configuration object name is required.
pub const NAME_MISSING: Rule = Rule {
    code: "name-missing",
    severity: Severity::Error,
    summary: "a configuration object needs a name",
    doc_url: docs::DSCONFIG_NON_INTERACTIVE,
};

/// Line breaks and other control characters cannot be written into a dsconfig batch file.
pub const NAME_CONTROL_CHARACTER: Rule = Rule {
    code: "name-control-character",
    severity: Severity::Error,
    summary: "names and attributes cannot contain line breaks or other control characters",
    doc_url: docs::DSCONFIG_BATCH,
};

/// A name starting with `-` reads as an option to dsconfig's argument parser. Inferred, so a
/// warning.
pub const NAME_LEADING_DASH: Rule = Rule {
    code: "name-leading-dash",
    severity: Severity::Warning,
    summary: "a name that starts with '-' is taken for an option by dsconfig",
    doc_url: docs::DSCONFIG_NON_INTERACTIVE,
};

/// Spaces around a name are kept by the quoting and are almost always a slip.
pub const NAME_WHITESPACE: Rule = Rule {
    code: "name-whitespace",
    severity: Severity::Warning,
    summary: "a name starts or ends with white space",
    doc_url: docs::DSCONFIG_NON_INTERACTIVE,
};

/// Every rule, in the order validation reports them.
pub const ALL: &[&Rule] = &[
    &PASSWORD_FROM_PINGONE,
    &PASSWORD_ATTRIBUTE_MISSING,
    &RDBMS_PASSWORD_HASHING,
    &IBM_PASSWORD_BINARY,
    &ATTRIBUTE_NAME_SYNTAX,
    &NAME_MISSING,
    &NAME_CONTROL_CHARACTER,
    &NAME_LEADING_DASH,
    &NAME_WHITESPACE,
];

/// The rule with the given code.
pub fn find(code: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|rule| rule.code == code)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn codes_are_unique_kebab_case_and_documented() {
        let mut seen = HashSet::new();
        for rule in ALL {
            assert!(seen.insert(rule.code), "duplicate code {}", rule.code);
            assert!(
                rule.code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} is not kebab-case",
                rule.code
            );
            assert!(
                rule.doc_url.starts_with("https://docs.pingidentity.com/"),
                "{}",
                rule.code
            );
            assert_eq!(find(rule.code), Some(*rule));
        }
    }
}
