//! Checks for the small languages inside PingDataSync property values.
//!
//! * [`value_pattern`]: a constructed mapping's `value-pattern` (`{uid}.{sn}@example.com`,
//!   `{{"given":"{givenName:jsonEscape}"}}`, `{givenname:/^(.)(.*)/$1/s}`).
//! * [`ldap_filter`]: an RFC 4515 search filter (`include-filter`).
//! * [`conditional`]: a `conditional-value-pattern`, `(<ldap-filter>) : <value pattern>`.
//! * [`dn_pattern`]: a DN map's `from-dn-pattern` (`*`, `**`) and `to-dn-pattern` (`{1}`).
//!
//! Every checker takes the property value as the admin wrote it (after shell unquoting) and
//! returns a [`Parsed`]: the parsed value when one could be built, plus every [`Problem`] with a
//! byte offset into that string. Nothing here does I/O or panics, whatever the input.
//!
//! Templates that Ping's Docker tooling substitutes before `dsconfig` runs are valid input and
//! kept verbatim: `${VAR}` (a `$`, `{`, a shell variable name and `}`), `[PLACEHOLDER]` and
//! `<placeholder>`. Note that `${VAR}` is never read as a `{VAR}` attribute reference.

use crate::diagnostic::Severity;

mod attribute;
pub mod conditional;
pub mod dn_pattern;
pub mod ldap_filter;
mod regex_check;
mod text;
pub mod value_pattern;

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod robustness_tests;

pub use conditional::ConditionalValuePattern;
pub use dn_pattern::{DnComponent, DnComponentKind, DnMapCheck, FromDnPattern};
pub use ldap_filter::Filter;
pub use value_pattern::{
    JsonProblem, ValuePattern, expands_to_valid_json, parsed_expands_to_valid_json,
};

/// One thing wrong (or doubtful) in a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Byte offset into the checked string where the problem is; always a char boundary, and
    /// equal to the string's length for "unexpected end" problems.
    pub offset: usize,
    /// [`Severity::Error`] when the server would reject the value or misread it;
    /// [`Severity::Warning`] when it is only doubtful (an `_` in an attribute name, say).
    pub severity: Severity,
    /// A lowercase sentence without a trailing period: what was found, then what was expected.
    pub message: String,
}

impl Problem {
    pub(crate) fn error(offset: usize, message: impl Into<String>) -> Problem {
        Problem {
            offset,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub(crate) fn warning(offset: usize, message: impl Into<String>) -> Problem {
        Problem {
            offset,
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    /// Whether this problem is an error (not just a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Sorts `problems` by offset, keeping the order of problems at the same offset. Not generic,
/// so every kind of pattern shares one copy of the sort in the browser bundle.
fn order_by_offset(problems: &mut [Problem]) {
    crate::order::sort_by_key(problems, |p| p.offset);
}

/// What a checker found: the parsed value, when one could be built, and every problem.
///
/// Parsing never fails outright: a value pattern always yields a best-effort value, while an LDAP
/// filter yields `None` when a structural error stopped the parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed<T> {
    /// The parsed value; `None` when the input was too broken to build one.
    pub value: Option<T>,
    /// Every problem found, ordered by offset.
    pub problems: Vec<Problem>,
}

impl<T> Parsed<T> {
    pub(crate) fn new(value: Option<T>, mut problems: Vec<Problem>) -> Parsed<T> {
        order_by_offset(&mut problems);
        Parsed { value, problems }
    }

    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// The errors only, without the warnings.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    /// `Ok(value)` when there is a value and no error (warnings are dropped); otherwise every
    /// problem.
    pub fn into_result(self) -> Result<T, Vec<Problem>> {
        let has_errors = self.has_errors();
        match self.value {
            Some(value) if !has_errors => Ok(value),
            _ => Err(self.problems),
        }
    }
}
