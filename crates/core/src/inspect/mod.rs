//! The password value inspector: what one stored password value is, and whether it can carry the
//! password to PingOne.
//!
//! [`inspect`] takes a value as found in `userPassword` or an RDBMS column, such as
//! `{SSHA256}…`, and reports its scheme, PingDirectory's storage-scheme type for it, what kind
//! of value it is, whether PingOne accepts it pre-encoded, whether the payload is well formed,
//! and [`Finding`]s in plain sentences. The facts come from the domain reference, §3.4 (what
//! PingOne accepts) and §4 (PingDirectory's storage schemes).
//!
//! The value may be a real password or a crackable hash, so nothing in an [`Inspection`] quotes
//! it: only the scheme name, lengths and kinds. A prefix is echoed only when it is shaped like a
//! scheme name (1–32 ASCII letters, digits, '-' or '_').
//!
//! Pure and total, like the rest of the crate: no I/O, and no panic on any input.

mod advice;
mod decode;
mod findings;
mod payload;
mod pingone;
mod prefix;
mod schemes;
#[cfg(test)]
mod tests;
mod unprefixed;

use serde::Serialize;

use crate::diagnostic::Severity;
pub use advice::inspect_from;
pub use findings::{Finding, FindingCode};
pub use payload::{PayloadCheck, PayloadEncoding, PayloadStatus};
use prefix::Prefix;
pub use schemes::{SchemeFacts, scheme_by_prefix, schemes, storage_scheme};

/// What sort of value it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    /// A one-way hash: the password cannot be recovered from it.
    OneWayHash,
    /// Reversible encryption: whoever holds the key recovers the password.
    ReversibleEncryption,
    /// An encoding, such as `{BASE64}`: anyone recovers the password.
    Encoding,
    /// The password itself.
    ClearText,
    /// A reference to an external secret store (PingDirectory's vault-type schemes). The prefixes
    /// those schemes write are unconfirmed, so only [`storage_scheme`] reports this kind; a value
    /// carrying one of those prefixes comes out of [`inspect`] as an unknown scheme.
    ExternalReference,
    /// Not recognized.
    Unknown,
}

/// Whether PingOne would take the value as a pre-encoded password (reference §3.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PingOneAcceptance {
    /// PingOne lists the scheme, and nothing about the value casts doubt on it.
    Accepted,
    /// Not as a pre-encoded password: PingOne does not list the scheme, the payload does not
    /// follow the `{SCHEME}base64` syntax PingOne requires, or there is no prefix at all (PingOne
    /// then takes the value as the clear-text password; the findings say so).
    NotAccepted,
    /// It rests on something the documentation does not confirm, such as whether PingDirectory's
    /// `{PBKDF2}` layout matches PingOne's.
    Unconfirmed,
}

/// Everything the inspector says about one value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Inspection {
    /// The prefix between the braces as written, such as `SSHA256`; `None` when there is no
    /// usable `{SCHEME}` prefix.
    pub scheme: Option<String>,
    /// PingDirectory's `dsconfig` type for the storage scheme, such as `salted-sha256`, when
    /// PingDirectory has one.
    pub storage_scheme_type: Option<&'static str>,
    /// Whether a PingDirectory storage scheme writes this prefix.
    pub known_to_pingdirectory: bool,
    /// What sort of value it is.
    pub kind: ValueKind,
    /// Whether PingOne would take it as a pre-encoded password.
    pub pingone_pre_encoded: PingOneAcceptance,
    /// Whether the part after the prefix is well formed.
    pub payload: PayloadCheck,
    /// What was found, in order: the value, the scheme, the payload, PingOne.
    pub findings: Vec<Finding>,
}

impl Inspection {
    /// The worst severity among the findings, if there are any.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Whether any finding is an error: the value cannot be a valid password value.
    pub fn has_errors(&self) -> bool {
        self.max_severity() == Some(Severity::Error)
    }
}

/// Inspects one stored password value (as found in userPassword or an RDBMS column).
pub fn inspect(value: &str) -> Inspection {
    let mut findings = Vec::new();
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return empty(value);
    }
    if trimmed.len() != value.len() {
        findings.push(surrounding_whitespace(value));
    }
    match prefix::split(trimmed) {
        Prefix::Scheme { name, payload } => match scheme_by_prefix(name) {
            Some(scheme) => known(scheme, name, payload, findings),
            None => unknown(name, payload, findings),
        },
        Prefix::Absent => unprefixed(trimmed, findings),
        Prefix::Malformed(problem) => {
            findings.push(Finding::new(
                FindingCode::PrefixMalformed,
                format!(
                    "{} The value is read as clear text, as PingOne would read it.",
                    problem.describe()
                ),
            ));
            unprefixed(trimmed, findings)
        }
    }
}

fn empty(value: &str) -> Inspection {
    let message = if value.is_empty() {
        "The value is empty: there is no password to sync."
    } else {
        "The value is only whitespace: there is no password to sync."
    };
    Inspection {
        scheme: None,
        storage_scheme_type: None,
        known_to_pingdirectory: false,
        kind: ValueKind::Unknown,
        pingone_pre_encoded: PingOneAcceptance::NotAccepted,
        payload: PayloadCheck::not_checked(value),
        findings: vec![Finding::new(FindingCode::ValueEmpty, message)],
    }
}

fn surrounding_whitespace(value: &str) -> Finding {
    let count = |s: &str| s.chars().count();
    let leading = count(value) - count(value.trim_start());
    let trailing = count(value) - count(value.trim_end());
    Finding::new(
        FindingCode::SurroundingWhitespace,
        format!(
            "The value has {leading} leading and {trailing} trailing whitespace characters. They \
             are left out of this inspection, but PingDirectory and PingOne would take them as \
             part of the value."
        ),
    )
    .hint(
        "Trim the value where it is stored or selected; fixed-width CHAR columns pad with spaces.",
    )
}

/// A prefix from the scheme table.
fn known(
    scheme: &'static SchemeFacts,
    written: &str,
    payload: &str,
    mut findings: Vec<Finding>,
) -> Inspection {
    // The lookup matched on the prefix, so there is one; "written" is the safe fallback.
    let name = scheme.prefix.unwrap_or(written);
    if !scheme.prefix_confirmed {
        findings.push(Finding::new(
            FindingCode::SchemePrefixUnconfirmed,
            format!(
                "{{{name}}} is taken to be the prefix of PingDirectory's {} storage scheme, but \
                 the exact prefix that scheme writes is unconfirmed.",
                scheme.dsconfig_type.unwrap_or("matching")
            ),
        ));
    }
    if written != name {
        findings.push(Finding::new(
            FindingCode::SchemeNotUpperCase,
            format!(
                "The prefix is written {{{written}}}; Ping writes {{{name}}}. PingDirectory matches \
                 scheme names regardless of case (LDAP practice, inferred)."
            ),
        ));
    }
    if scheme.dsconfig_type.is_none() {
        findings.push(Finding::new(
            FindingCode::PingoneOnlyScheme,
            format!(
                "PingOne accepts {{{name}}}, but no PingDirectory storage scheme writes it, so \
                 PingDirectory cannot verify it. Ping asks for RDBMS passwords hashed with a scheme \
                 PingDirectory recognizes."
            ),
        ));
    }
    let (check, payload_findings) = payload::check(scheme, name, payload);
    let (acceptance, pingone_finding) =
        pingone::judge(scheme, name, written, &check, &payload_findings);
    findings.extend(payload_findings);
    findings.extend(pingone_finding);
    if scheme.kind == ValueKind::ClearText {
        findings.push(
            Finding::new(
                FindingCode::ClearTextValue,
                format!(
                    "{{{name}}} stores the password as clear text: whoever can read the attribute \
                     can read the password."
                ),
            )
            .hint("Store a one-way hash instead; Salted SHA-256 ({SSHA256}) is one PingOne accepts pre-encoded."),
        );
    }
    Inspection {
        scheme: Some(written.to_owned()),
        storage_scheme_type: scheme.dsconfig_type,
        known_to_pingdirectory: scheme.dsconfig_type.is_some(),
        kind: scheme.kind,
        pingone_pre_encoded: acceptance,
        payload: check,
        findings,
    }
}

/// A scheme-shaped prefix that is not in the table.
fn unknown(name: &str, payload: &str, mut findings: Vec<Finding>) -> Inspection {
    // Unknown is a warning, not an error: third-party storage schemes may write any prefix.
    findings.push(
        Finding::new(
            FindingCode::SchemeUnknown,
            format!(
                "{{{name}}} is not a scheme PingDirectory or PingOne is known to write. It may come \
                 from a third-party storage scheme or another directory, or be a clear-text \
                 password that starts with '{{'. PingOne does not list it."
            ),
        )
        .hint(
            "Store passwords hashed with a scheme PingDirectory recognizes, preferably one PingOne \
             accepts pre-encoded, such as {SSHA256}.",
        ),
    );
    Inspection {
        scheme: Some(name.to_owned()),
        storage_scheme_type: None,
        known_to_pingdirectory: false,
        kind: ValueKind::Unknown,
        pingone_pre_encoded: PingOneAcceptance::NotAccepted,
        payload: PayloadCheck::not_checked(payload),
        findings,
    }
}

/// No usable prefix: clear text, or an unlabelled hash.
fn unprefixed(value: &str, mut findings: Vec<Finding>) -> Inspection {
    let mut check = PayloadCheck::not_checked(value);
    let kind = match unprefixed::hash_shape(value) {
        Some(shape) => {
            check.encoding = Some(shape.encoding());
            check.decoded_length = shape.decoded_length();
            findings.push(
                Finding::new(
                    FindingCode::UnprefixedHashSuspected,
                    format!(
                        "The value has no {{SCHEME}} prefix but looks like {}. PingDirectory cannot \
                         tell which scheme made it, and PingOne takes a value without a prefix as \
                         the clear-text password: the hash text itself would become the password.",
                        shape.describe()
                    ),
                )
                .hint(
                    "Store it with the prefix of the scheme that made it, in the base64 form \
                     PingDirectory writes (for example {SSHA256} for salted SHA-256).",
                ),
            );
            ValueKind::Unknown
        }
        None => {
            findings.push(
                Finding::new(
                    FindingCode::ClearTextValue,
                    "The value has no {SCHEME} prefix, so it is clear text (or an encoding this \
                     inspector does not recognize). PingOne takes it as the clear-text password \
                     and checks it against its password policy.",
                )
                .hint(
                    "Ping asks for stored passwords, RDBMS ones included, to be hashed with a \
                     scheme PingDirectory recognizes, such as {SSHA256}, which PingOne also \
                     accepts pre-encoded.",
                ),
            );
            ValueKind::ClearText
        }
    };
    Inspection {
        scheme: None,
        storage_scheme_type: None,
        known_to_pingdirectory: false,
        kind,
        pingone_pre_encoded: PingOneAcceptance::NotAccepted,
        payload: check,
        findings,
    }
}
