//! The finding codes: one definition each, with its severity and a one-line summary.
//!
//! Codes are stable (front ends, CI annotations and suppression lists key on them), so a code is
//! never renamed or reused. As in `rules`, a finding that rests on a fact the domain reference only
//! infers (`[I]`) or cannot confirm (`[?]`) is at most a warning; errors are kept for values that
//! break a layout the reference verified or that a standard fixes (base64, digest sizes).

use serde::Serialize;

use crate::diagnostic::Severity;

/// What a [`Finding`] is about; serializes as its kebab-case code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingCode {
    /// The value is empty (or only whitespace).
    ValueEmpty,
    /// The value has leading or trailing whitespace.
    SurroundingWhitespace,
    /// The value starts with `{` but has no usable `{SCHEME}` prefix.
    PrefixMalformed,
    /// The password is stored as clear text.
    ClearTextValue,
    /// No prefix, but the value looks like a hash or digest.
    UnprefixedHashSuspected,
    /// The prefix names no scheme PingDirectory or PingOne is known to write.
    SchemeUnknown,
    /// PingDirectory has the scheme, but the exact prefix it writes is unconfirmed.
    SchemePrefixUnconfirmed,
    /// The prefix is not written in upper case, as Ping writes it.
    SchemeNotUpperCase,
    /// PingOne accepts the scheme, but PingDirectory has no storage scheme for it.
    PingoneOnlyScheme,
    /// PingOne accepts the value pre-encoded.
    PingoneAcceptsPreEncoded,
    /// Whether PingOne accepts the value pre-encoded is unconfirmed.
    PingoneAcceptanceUnconfirmed,
    /// A reversible, encoded or clear scheme that PingOne does not list.
    ReversibleNotAcceptedByPingone,
    /// A one-way hash scheme that PingOne does not list.
    HashNotAcceptedByPingone,
    /// The prefix is followed by nothing.
    PayloadMissing,
    /// The payload is not valid standard base64.
    PayloadNotBase64,
    /// The payload is hexadecimal where PingDirectory writes base64.
    HexInsteadOfBase64,
    /// The decoded payload has the wrong length for the digest.
    PayloadLengthInvalid,
    /// A salted digest with no salt bytes after the digest.
    SaltMissing,
    /// A `{BCRYPT}` payload without the `$2…$cost$…` shape.
    BcryptShapeInvalid,
    /// An `{AES256}` payload too short or misshapen for the LDAP SDK's layout.
    Aes256StructureInvalid,
    /// The scheme is known, but this module does not check its payload layout.
    PayloadNotChecked,
}

impl FindingCode {
    /// Every code, in declaration order.
    pub const ALL: [FindingCode; 21] = [
        FindingCode::ValueEmpty,
        FindingCode::SurroundingWhitespace,
        FindingCode::PrefixMalformed,
        FindingCode::ClearTextValue,
        FindingCode::UnprefixedHashSuspected,
        FindingCode::SchemeUnknown,
        FindingCode::SchemePrefixUnconfirmed,
        FindingCode::SchemeNotUpperCase,
        FindingCode::PingoneOnlyScheme,
        FindingCode::PingoneAcceptsPreEncoded,
        FindingCode::PingoneAcceptanceUnconfirmed,
        FindingCode::ReversibleNotAcceptedByPingone,
        FindingCode::HashNotAcceptedByPingone,
        FindingCode::PayloadMissing,
        FindingCode::PayloadNotBase64,
        FindingCode::HexInsteadOfBase64,
        FindingCode::PayloadLengthInvalid,
        FindingCode::SaltMissing,
        FindingCode::BcryptShapeInvalid,
        FindingCode::Aes256StructureInvalid,
        FindingCode::PayloadNotChecked,
    ];

    /// The stable kebab-case code, as serialized.
    pub fn as_str(self) -> &'static str {
        self.definition().0
    }

    /// The severity every finding with this code has.
    pub fn severity(self) -> Severity {
        self.definition().1
    }

    /// What the code means, in one line.
    pub fn summary(self) -> &'static str {
        self.definition().2
    }

    // One table, so a code's text, severity and summary cannot drift apart.
    fn definition(self) -> (&'static str, Severity, &'static str) {
        use FindingCode as C;
        use Severity::{Error, Info, Warning};
        match self {
            C::ValueEmpty => (
                "value-empty",
                Warning,
                "the value is empty: there is no password to sync",
            ),
            C::SurroundingWhitespace => (
                "surrounding-whitespace",
                Warning,
                "the value has leading or trailing whitespace (a padded CHAR column?)",
            ),
            C::PrefixMalformed => (
                "prefix-malformed",
                Warning,
                "the value starts with '{' but has no usable {SCHEME} prefix",
            ),
            C::ClearTextValue => (
                "clear-text-value",
                Warning,
                "the password is stored as clear text",
            ),
            C::UnprefixedHashSuspected => (
                "unprefixed-hash-suspected",
                Warning,
                "no {SCHEME} prefix, but the value looks like a hash",
            ),
            C::SchemeUnknown => (
                "scheme-unknown",
                Warning,
                "the prefix names no scheme PingDirectory or PingOne is known to write",
            ),
            C::SchemePrefixUnconfirmed => (
                "scheme-prefix-unconfirmed",
                Warning,
                "PingDirectory has this scheme, but the prefix it writes is unconfirmed",
            ),
            C::SchemeNotUpperCase => (
                "scheme-not-upper-case",
                Info,
                "the prefix is not in upper case, as Ping writes it",
            ),
            C::PingoneOnlyScheme => (
                "pingone-only-scheme",
                Info,
                "PingOne accepts this scheme, but PingDirectory has no storage scheme for it",
            ),
            C::PingoneAcceptsPreEncoded => (
                "pingone-accepts-pre-encoded",
                Info,
                "PingOne accepts this value pre-encoded (its password policy is skipped)",
            ),
            C::PingoneAcceptanceUnconfirmed => (
                "pingone-acceptance-unconfirmed",
                Warning,
                "whether PingOne accepts this value pre-encoded is unconfirmed",
            ),
            C::ReversibleNotAcceptedByPingone => (
                "reversible-not-accepted-by-pingone",
                Warning,
                "PingOne does not list this reversible, encoded or clear scheme",
            ),
            C::HashNotAcceptedByPingone => (
                "hash-not-accepted-by-pingone",
                Warning,
                "PingOne does not list this hash scheme",
            ),
            C::PayloadMissing => (
                "payload-missing",
                Error,
                "nothing follows the {SCHEME} prefix",
            ),
            C::PayloadNotBase64 => (
                "payload-not-base64",
                Error,
                "the payload is not valid standard base64",
            ),
            C::HexInsteadOfBase64 => (
                "hex-instead-of-base64",
                Warning,
                "the payload is hexadecimal where PingDirectory writes base64",
            ),
            C::PayloadLengthInvalid => (
                "payload-length-invalid",
                Error,
                "the decoded payload has the wrong length for the scheme's digest",
            ),
            C::SaltMissing => (
                "salt-missing",
                Error,
                "a salted digest with no salt after the digest",
            ),
            C::BcryptShapeInvalid => (
                "bcrypt-shape-invalid",
                Warning,
                "the {BCRYPT} payload does not have the $2x$NN$<53 characters> shape",
            ),
            C::Aes256StructureInvalid => (
                "aes256-structure-invalid",
                Error,
                "the {AES256} payload does not fit the LDAP SDK's AES256EncodedPassword layout",
            ),
            C::PayloadNotChecked => (
                "payload-not-checked",
                Info,
                "the scheme is known, but its payload layout is not checked",
            ),
        }
    }
}

/// One thing the inspector noticed about a value.
///
/// Messages name only the scheme, lengths and kinds: never the value or any part of its payload,
/// since the value may be a real password or a crackable hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The stable code, such as `salt-missing`.
    pub code: FindingCode,
    /// How bad it is (always `code.severity()`).
    pub severity: Severity,
    /// What was found, about this value.
    pub message: String,
    /// What to do about it, when there is something to do.
    pub hint: Option<&'static str>,
}

impl Finding {
    /// A finding with `code`'s severity.
    pub fn new(code: FindingCode, message: impl Into<String>) -> Finding {
        Finding {
            code,
            severity: code.severity(),
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a hint. Hints are fixed text, so they cannot carry any part of the value.
    pub fn hint(mut self, hint: &'static str) -> Finding {
        self.hint = Some(hint);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_match_serde() {
        let mut seen = std::collections::BTreeSet::new();
        for code in FindingCode::ALL {
            assert!(
                seen.insert(code.as_str()),
                "duplicate code {}",
                code.as_str()
            );
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert!(!code.summary().is_empty());
        }
    }

    #[test]
    fn finding_takes_the_code_severity() {
        for code in FindingCode::ALL {
            assert_eq!(Finding::new(code, "m").severity, code.severity());
        }
    }
}
