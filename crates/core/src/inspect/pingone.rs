//! Would PingOne take this value as a pre-encoded password?
//!
//! Reference §3.4: PingOne lists the schemes it accepts (P1-PWSET, P1-ENC `[V]`). Absent schemes
//! are "not accepted" by inference `[I]`, so their findings are warnings. Listed schemes whose
//! PingDirectory encoding may differ from PingOne's are "unconfirmed" `[?]`, never "not accepted".

use super::findings::{Finding, FindingCode};
use super::payload::{PayloadCheck, PayloadEncoding, PayloadStatus};
use super::schemes::SchemeFacts;
use super::{PingOneAcceptance, ValueKind};

const CHANGELOG_HINT: &str = "Send clear text instead: enable the Changelog Password Encryption \
    plugin on PingDirectory, with the same key set as changelog-password-decryption-key on \
    PingDataSync, so real-time sync carries the clear-text password (resync still sends the \
    stored value). Or add Salted SHA-256 as a second default storage scheme so passwords get a \
    {SSHA256} value PingOne accepts when they are next set.";

const REHASH_HINT: &str = "Add a scheme PingOne accepts (normally Salted SHA-256, {SSHA256}) as a \
    default storage scheme in PingDirectory so passwords get a compatible hash when next set, or \
    carry clear text on real-time changes with the Changelog Password Encryption plugin.";

const UNCONFIRMED_HINT: &str = "Try one test user before relying on it. Salted SHA-256 \
    ({SSHA256}) is documented by PingOne without extra parameters.";

/// PingOne's verdict on a value with a known `scheme` whose prefix is `name` (upper case) and
/// was written as `written`, whose payload got `check` and the payload `findings` so far.
pub(crate) fn judge(
    scheme: &SchemeFacts,
    name: &str,
    written: &str,
    check: &PayloadCheck,
    payload_findings: &[Finding],
) -> (PingOneAcceptance, Option<Finding>) {
    let unusable = payload_findings.iter().any(|f| {
        matches!(
            f.code,
            FindingCode::PayloadMissing | FindingCode::PayloadNotBase64
        )
    });
    match scheme.pingone {
        PingOneAcceptance::NotAccepted => (
            PingOneAcceptance::NotAccepted,
            Some(not_listed(scheme, name)),
        ),
        // P1-ENC [V]: without "prefix b64-hashandsalt" PingOne reads the value as clear text
        // or rejects it; either way it is not taken as a pre-encoded hash. The payload finding
        // already says what is wrong.
        _ if unusable => (PingOneAcceptance::NotAccepted, None),
        listed => {
            let mut reasons = Vec::new();
            if listed == PingOneAcceptance::Unconfirmed {
                reasons.push(layout_reason(name));
            }
            if written != name {
                reasons.push(format!(
                    "PingOne documents the prefix in upper case, as {{{name}}}; whether it also \
                     matches {{{written}}} is unconfirmed."
                ));
            }
            if check.encoding == Some(PayloadEncoding::Hex) {
                reasons.push(
                    "PingOne's API example shows a hex payload, but its encoding reference asks \
                     for base64; which one PingOne takes is unconfirmed."
                        .to_owned(),
                );
            } else if check.status == PayloadStatus::Malformed {
                reasons.push(
                    "The payload is malformed (see the other findings): PingOne may reject it, \
                     or store a hash that no password matches."
                        .to_owned(),
                );
            }
            if reasons.is_empty() {
                let finding = Finding::new(
                    FindingCode::PingoneAcceptsPreEncoded,
                    format!(
                        "PingOne accepts {{{name}}} values pre-encoded. Pre-encoded passwords skip \
                         PingOne's password policy."
                    ),
                );
                (PingOneAcceptance::Accepted, Some(finding))
            } else {
                let finding =
                    Finding::new(FindingCode::PingoneAcceptanceUnconfirmed, reasons.join(" "))
                        .hint(UNCONFIRMED_HINT);
                (PingOneAcceptance::Unconfirmed, Some(finding))
            }
        }
    }
}

/// Why a scheme PingOne lists might still not take PingDirectory's values (reference §3.4 `[?]`).
fn layout_reason(name: &str) -> String {
    if name.starts_with("ARGON2") && name != "ARGON2" {
        format!(
            "PingOne lists only {{ARGON2}}; whether it takes {{{name}}} values, and in \
             PingDirectory's parameter layout, is unconfirmed."
        )
    } else {
        format!(
            "PingOne lists {{{name}}}, but nothing confirms that PingDirectory encodes its \
             parameters the way PingOne expects."
        )
    }
}

/// The finding for a scheme absent from PingOne's lists `[I]`.
fn not_listed(scheme: &SchemeFacts, name: &str) -> Finding {
    match scheme.kind {
        ValueKind::OneWayHash => Finding::new(
            FindingCode::HashNotAcceptedByPingone,
            format!(
                "PingOne does not list {{{name}}} among the schemes it accepts pre-encoded, and a \
                 one-way hash cannot be turned back into the password: this value cannot carry \
                 the password to PingOne."
            ),
        )
        .hint(REHASH_HINT),
        _ => Finding::new(
            FindingCode::ReversibleNotAcceptedByPingone,
            format!(
                "PingOne does not list {{{name}}} among the schemes it accepts pre-encoded, so the \
                 value cannot be synced to PingOne as stored. PingDirectory can recover the clear \
                 text from it, so the password can travel as clear text instead."
            ),
        )
        .hint(CHANGELOG_HINT),
    }
}
