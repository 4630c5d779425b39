//! Password rules: where the password comes from, and what must be true for it to flow.

use crate::diagnostic::Diagnostic;
use crate::endpoint::{PasswordAttribute, SourceKind};
use crate::inspect::{self, PingOneAcceptance, ValueKind};
use crate::rules;
use crate::scenario::{Mapping, Scenario};

use super::mapping_path;

pub(super) fn check(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    // Every password rule needs the source's kind, and the destination's to know which
    // mapping carries the password: `kinds` says they did not run.
    if !scenario.source.kind.is_known() {
        return;
    }
    let Some((index, mapping)) = scenario.password_mapping() else {
        return;
    };
    let source = scenario.source.kind;
    let facts = source.facts();
    let from = match mapping {
        Mapping::Direct { from, .. } => from.trim(),
        // A constructed or other mapping to the password: nothing source-specific to check.
        _ => return,
    };
    let from_path = mapping_path(index, "from");
    match facts.password_attribute {
        PasswordAttribute::Unavailable => {
            out.push(
                Diagnostic::new(
                    &rules::PASSWORD_FROM_PINGONE,
                    "/source/kind",
                    format!(
                        "{} cannot be the source of a password mapping: PingDataSync cannot \
                         retrieve passwords from it",
                        facts.label
                    ),
                )
                .hint("Remove the password mapping; PingOne users keep their PingOne passwords"),
            );
            return;
        }
        PasswordAttribute::Named if from.is_empty() => out.push(
            Diagnostic::new(
                &rules::PASSWORD_ATTRIBUTE_MISSING,
                from_path.clone(),
                "an RDBMS source needs the column that stores the password",
            )
            .hint("Enter the column or attribute name, for example dbPassword"),
        ),
        PasswordAttribute::Fixed(default) if from.is_empty() => out.push(
            Diagnostic::new(
                &rules::PASSWORD_ATTRIBUTE_MISSING,
                from_path.clone(),
                format!(
                    "the password mapping needs a source attribute for {}",
                    facts.label
                ),
            )
            .hint(format!("{} stores passwords in {default}", facts.label)),
        ),
        _ => {}
    }
    match source {
        SourceKind::Rdbms => out.push(
            Diagnostic::new(
                &rules::RDBMS_PASSWORD_HASHING,
                from_path.clone(),
                "the password column must hold values hashed with a scheme PingDirectory \
                 recognizes, such as {SSHA256}..., never encrypted values",
            )
            .hint("Check a stored value with the password value checker"),
        ),
        SourceKind::IbmDirectory if from.eq_ignore_ascii_case("userPassword") => out.push(
            Diagnostic::new(
                &rules::IBM_PASSWORD_BINARY,
                from_path.clone(),
                "IBM Security Directory and IBM Tivoli Directory return the password as \
                 userPassword;binary, so userPassword alone finds no value",
            )
            .hint("Use userPassword;binary"),
        ),
        SourceKind::ActiveDirectory => out.push(
            Diagnostic::new(
                &rules::ACTIVE_DIRECTORY_PSA,
                "/source/kind",
                "Active Directory passwords reach PingDataSync only through the Ping Password Sync \
                 Agent, which must run on every domain controller (AD LDS is not supported)",
            )
            .hint("One agent cannot serve several domain clusters"),
        ),
        _ => {}
    }
    if source.is_ping_directory() {
        if scenario.password.changelog_encryption_key.is_none() {
            out.push(
                Diagnostic::new(
                    &rules::PASSWORD_CHANGELOG_ENCRYPTION,
                    "/password/changelog_encryption_key",
                    "without the Changelog Password Encryption plugin and a shared key, \
                     PingDataSync sends the stored (hashed or encrypted) userPassword value, \
                     which the destination must accept pre-encoded",
                )
                .hint(
                    "Set a changelog encryption key: syncmap then generates the plugin, the \
                       decryption key and the changelog settings",
                ),
            );
        }
        out.push(
            Diagnostic::new(
                &rules::PASSWORD_SENSITIVE_ATTRIBUTE,
                "/source/kind",
                "if userPassword is in a sensitive attribute set, the Sync User cannot read it \
                 and passwords silently do not flow",
            )
            .hint(
                "Give the Sync User a client connection policy that excludes the sensitive \
                   attribute, or confirm userPassword is readable",
            ),
        );
    }
    check_storage_scheme(scenario, out);
    out.push(Diagnostic::new(
        &rules::PASSWORD_RESYNC,
        from_path,
        "resync reads stored entries, so it carries the stored password value, never clear \
         text; only real-time sync from the changelog carries clear-text changes",
    ));
}

fn check_storage_scheme(scenario: &Scenario, out: &mut Vec<Diagnostic>) {
    let Some(scheme) = scenario.password.storage_scheme.as_deref() else {
        return;
    };
    if !scenario.storage_scheme_applies() {
        return;
    }
    let path = "/password/storage_scheme";
    let Some(facts) = inspect::storage_scheme(scheme) else {
        out.push(
            Diagnostic::new(
                &rules::PASSWORD_SCHEME_UNKNOWN,
                path,
                format!("'{scheme}' is not a PingDirectory password storage scheme type"),
            )
            .hint("Use the dsconfig type, such as salted-sha256, pbkdf2 or aes-256"),
        );
        return;
    };
    // With the changelog plugin, real-time changes travel as clear text and the scheme matters
    // only for resync; without it, every value travels as stored.
    // Without the key, every value travels as stored.
    if scenario.password.changelog_encryption_key.is_some() {
        return;
    }
    let message = match (facts.pingone, facts.kind) {
        (PingOneAcceptance::Accepted, _) => return,
        (PingOneAcceptance::NotAccepted, ValueKind::ReversibleEncryption) => format!(
            "{scheme} values are reversible encryption, which PingOne does not accept \
             pre-encoded: every password sent as stored will be rejected"
        ),
        (PingOneAcceptance::NotAccepted, _) => format!(
            "PingOne does not list {scheme} among the schemes it accepts pre-encoded: \
             passwords sent as stored will be rejected"
        ),
        (PingOneAcceptance::Unconfirmed, _) => format!(
            "PingOne lists a scheme of this name, but nothing confirms that PingDirectory's \
             {scheme} encoding matches PingOne's: test with one user first"
        ),
    };
    out.push(Diagnostic::new(&rules::PASSWORD_SCHEME_PINGONE, path, message).hint(
        "Use the Changelog Password Encryption plugin so changes travel as clear text, or add a \
         salted SHA-2 scheme (salted-sha256/384/512) as a default storage scheme",
    ));
}
