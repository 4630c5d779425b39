//! The inspector's advice for the source the value comes from. [`super::inspect`] judges the
//! value alone, and its advice on values PingOne would refuse speaks of PingDirectory: its
//! Changelog Password Encryption plugin and its storage schemes. Only PingDirectory (and a
//! PingDirectoryProxy in front of it) has them; from any other source PingDataSync sends the
//! value the source stores, so the advice is to store a hash PingOne accepts.

use crate::endpoint::SourceKind;

use super::Inspection;
use super::findings::FindingCode;

/// The value as a source of `source` stores it, with advice that applies to that source.
pub fn inspect_from(value: &str, source: SourceKind) -> Inspection {
    let mut inspection = super::inspect(value);
    if !source.is_ping_directory() {
        for finding in &mut inspection.findings {
            match finding.code {
                FindingCode::HashNotAcceptedByPingone => {
                    finding.hint = Some(rehash_hint(source));
                }
                FindingCode::ReversibleNotAcceptedByPingone => {
                    // PingDirectory could recover the clear text and send it; this source
                    // sends the value as stored.
                    finding.message = format!(
                        "{} From {}, PingDataSync sends the value as stored, so PingOne will not \
                         take it.",
                        first_sentence(&finding.message),
                        source.facts().label
                    );
                    finding.hint = Some(rehash_hint(source));
                }
                _ => {}
            }
        }
    }
    inspection
}

/// The message's first sentence: what PingOne lists, without what PingDirectory could do.
fn first_sentence(message: &str) -> &str {
    message.find(". ").map_or(message, |end| &message[..=end])
}

/// What makes a value PingOne accepts, on a source that is not PingDirectory.
fn rehash_hint(source: SourceKind) -> &'static str {
    match source {
        SourceKind::ActiveDirectory => {
            "The Ping Password Sync Agent hashes with Salted SHA-256 ({SSHA256}) unless its \
             PASSWORD_HASHING_ALGORITHM registry value says otherwise: keep a scheme PingOne \
             accepts pre-encoded."
        }
        SourceKind::Rdbms => {
            "Store the column's values hashed with a scheme PingOne accepts pre-encoded, such as \
             Salted SHA-256 ({SSHA256}), in the base64 form PingDirectory writes."
        }
        SourceKind::PingOne => {
            "PingDataSync cannot read passwords out of PingOne, so no value from it is synced."
        }
        SourceKind::Unknown => {
            "Choose the source's kind: what can be done depends on it. Outside PingDirectory, \
             the value must be hashed with a scheme PingOne accepts, such as {SSHA256}."
        }
        _ => {
            "This directory hands PingDataSync the value as it stores it: have it store \
             passwords with a scheme PingOne accepts pre-encoded, such as Salted SHA-256 \
             ({SSHA256}), when they are next set."
        }
    }
}
