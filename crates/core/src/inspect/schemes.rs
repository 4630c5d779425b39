//! The scheme table: every PingDirectory password storage scheme type (domain reference §4) and
//! every `{PREFIX}` PingOne accepts (§3.4), one row each.
//!
//! Each row says how sure the reference is, because a fact marked `[?]` may only ever produce a
//! warning or an "unconfirmed", never a hard "no".

use serde::Serialize;

use super::{PingOneAcceptance, ValueKind};
use PayloadFormat as F;
use PingOneAcceptance::{Accepted, NotAccepted, Unconfirmed};
use ValueKind::{
    ClearText, Encoding, ExternalReference, OneWayHash, ReversibleEncryption, Unknown,
};

/// How the part after the prefix is laid out, as far as the reference lets us check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PayloadFormat {
    /// base64(digest ‖ salt), salt ≥ 1 byte; the digest has this many bytes. `[V]` layout.
    SaltedDigest(usize),
    /// base64(digest), exactly this many bytes (RFC 2307 style, unsalted).
    Digest(usize),
    /// Any valid base64 (the `{BASE64}` encoding of the clear text).
    AnyBase64,
    /// The OpenBSD `$2…$cost$…` string. `[I]` layout, so a mismatch is only a warning.
    Bcrypt,
    /// LDAP SDK `AES256EncodedPassword`: base64 of version, salt, IV, key ID, ciphertext. `[V]`.
    Aes256,
    /// The clear text itself.
    ClearText,
    /// A layout the reference does not pin down: not checked.
    Unchecked,
}

/// What the domain reference says about one password scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SchemeFacts {
    /// The prefix between the braces, in the upper case Ping writes; `None` when the reference
    /// knows no prefix for it (the vault-type and third-party schemes).
    pub prefix: Option<&'static str>,
    /// Whether the reference confirms the prefix; false for the argon2 variants, whose exact
    /// prefixes are `[?]`.
    pub prefix_confirmed: bool,
    /// PingDirectory's `dsconfig` type for the storage scheme, such as `salted-sha256`; `None`
    /// for schemes only PingOne knows.
    pub dsconfig_type: Option<&'static str>,
    /// What sort of value the scheme stores.
    pub kind: ValueKind,
    /// Whether PingOne accepts values of this scheme pre-encoded, before looking at a payload.
    pub pingone: PingOneAcceptance,
    /// How to check a payload.
    #[serde(skip)]
    pub(crate) payload: PayloadFormat,
}

const fn row(
    prefix: &'static str,
    dsconfig_type: Option<&'static str>,
    kind: ValueKind,
    pingone: PingOneAcceptance,
    payload: PayloadFormat,
) -> SchemeFacts {
    SchemeFacts {
        prefix: Some(prefix),
        prefix_confirmed: true,
        dsconfig_type,
        kind,
        pingone,
        payload,
    }
}

/// A row whose prefix the reference marks `[?]`.
const fn unconfirmed_prefix(facts: SchemeFacts) -> SchemeFacts {
    SchemeFacts {
        prefix_confirmed: false,
        ..facts
    }
}

/// A PingDirectory type the reference gives no prefix for.
const fn no_prefix(
    dsconfig_type: &'static str,
    kind: ValueKind,
    pingone: PingOneAcceptance,
) -> SchemeFacts {
    SchemeFacts {
        prefix: None,
        prefix_confirmed: false,
        dsconfig_type: Some(dsconfig_type),
        kind,
        pingone,
        payload: PayloadFormat::Unchecked,
    }
}

/// The table. PingOne "not-accepted" rows are schemes absent from both PingOne lists (P1-PWSET,
/// P1-ENC) `[I]`; "unconfirmed" rows are listed by PingOne, but nothing confirms that the
/// PingDirectory encoding of their parameters matches PingOne's `[?]` (reference §3.4).
// Kept as an aligned table: one scheme per line reads and reviews better than rustfmt's layout.
#[rustfmt::skip]
const SCHEMES: &[SchemeFacts] = &[
    // Salted SHA: listed by PingOne, layout verified (reference §4).
    row("SSHA",    Some("salted-sha1"),   OneWayHash, Accepted,    F::SaltedDigest(20)),
    row("SSHA256", Some("salted-sha256"), OneWayHash, Accepted,    F::SaltedDigest(32)),
    row("SSHA384", Some("salted-sha384"), OneWayHash, Accepted,    F::SaltedDigest(48)),
    row("SSHA512", Some("salted-sha512"), OneWayHash, Accepted,    F::SaltedDigest(64)),
    // Legacy digests PingOne does not list.
    row("SMD5",    Some("salted-md5"),    OneWayHash, NotAccepted, F::SaltedDigest(16)),
    row("SHA",     Some("sha1"),          OneWayHash, NotAccepted, F::Digest(20)),
    row("MD5",     Some("md5"),           OneWayHash, NotAccepted, F::Digest(16)),
    // Iterated and memory-hard hashes: PingOne lists the prefix, the layout match is [?].
    row("PBKDF2",  Some("pbkdf2"),        OneWayHash, Unconfirmed, F::Unchecked),
    row("BCRYPT",  Some("bcrypt"),        OneWayHash, Unconfirmed, F::Bcrypt),
    row("SCRYPT",  Some("scrypt"),        OneWayHash, Unconfirmed, F::Unchecked),
    // The prefix each argon2 variant writes is itself [?].
    unconfirmed_prefix(row("ARGON2",   Some("argon2"),   OneWayHash, Unconfirmed, F::Unchecked)),
    unconfirmed_prefix(row("ARGON2I",  Some("argon2i"),  OneWayHash, Unconfirmed, F::Unchecked)),
    unconfirmed_prefix(row("ARGON2D",  Some("argon2d"),  OneWayHash, Unconfirmed, F::Unchecked)),
    unconfirmed_prefix(row("ARGON2ID", Some("argon2id"), OneWayHash, Unconfirmed, F::Unchecked)),
    row("CRYPT",   Some("crypt"),         OneWayHash, NotAccepted, F::Unchecked),
    // Reversible: PingDirectory can recover the password, PingOne lists none of them.
    row("AES256",   Some("aes-256"),    ReversibleEncryption, NotAccepted, F::Aes256),
    row("AES",      Some("aes"),        ReversibleEncryption, NotAccepted, F::Unchecked),
    row("BLOWFISH", Some("blowfish"),   ReversibleEncryption, NotAccepted, F::Unchecked),
    row("RC4",      Some("rc4"),        ReversibleEncryption, NotAccepted, F::Unchecked),
    row("3DES",     Some("triple-des"), ReversibleEncryption, NotAccepted, F::Unchecked),
    row("BASE64",   Some("base64"),     Encoding,             NotAccepted, F::AnyBase64),
    row("CLEAR",    Some("clear"),      ClearText,            NotAccepted, F::ClearText),
    // PingOne-only: listed by PingOne [V], written by no PingDirectory storage scheme.
    row("MSKCC_PBKDF2",   None, OneWayHash, Accepted, F::Unchecked),
    row("SCRYPT_RFC7914", None, OneWayHash, Accepted, F::Unchecked),
    // The password lives in an external store; prefixes [?]. PingOne lists none [I].
    no_prefix("vault",                  ExternalReference, NotAccepted),
    no_prefix("amazon-secrets-manager", ExternalReference, NotAccepted),
    no_prefix("azure-key-vault",        ExternalReference, NotAccepted),
    no_prefix("conjur",                 ExternalReference, NotAccepted),
    // Custom extensions: what they write, and so what PingOne makes of it, depends on the code.
    no_prefix("third-party",          Unknown, Unconfirmed),
    no_prefix("third-party-enhanced", Unknown, Unconfirmed),
];

/// Every scheme in the table: PingDirectory's storage scheme types and PingOne's prefixes.
pub fn schemes() -> &'static [SchemeFacts] {
    SCHEMES
}

/// The facts for a PingDirectory storage scheme `dsconfig` type such as `salted-sha256`
/// (ASCII case ignored); `None` when PingDirectory has no such type.
pub fn storage_scheme(dsconfig_type: &str) -> Option<&'static SchemeFacts> {
    SCHEMES.iter().find(|s| {
        s.dsconfig_type
            .is_some_and(|t| t.eq_ignore_ascii_case(dsconfig_type))
    })
}

/// The scheme whose prefix is `name` (without braces), ignoring ASCII case as LDAP practice
/// does `[I]`.
pub fn scheme_by_prefix(name: &str) -> Option<&'static SchemeFacts> {
    SCHEMES
        .iter()
        .find(|s| s.prefix.is_some_and(|p| p.eq_ignore_ascii_case(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_by_prefix_ignores_case_and_rejects_unknown() {
        assert_eq!(
            scheme_by_prefix("ssha256").and_then(|s| s.prefix),
            Some("SSHA256")
        );
        assert_eq!(
            scheme_by_prefix("Aes256").and_then(|s| s.dsconfig_type),
            Some("aes-256")
        );
        assert_eq!(scheme_by_prefix("SSHA1"), None);
        assert_eq!(scheme_by_prefix(""), None);
        // Non-ASCII never matches, even where Unicode case folding would.
        assert_eq!(scheme_by_prefix("ſsha"), None);
    }

    #[test]
    fn lookup_by_type_covers_every_reference_type() {
        // Reference §4: the 28 object types of create-password-storage-scheme.
        let types = "salted-sha1, salted-sha256, salted-sha384, salted-sha512, salted-md5, sha1, \
                     md5, pbkdf2, bcrypt, scrypt, argon2, argon2i, argon2d, argon2id, crypt, aes, \
                     aes-256, blowfish, rc4, triple-des, base64, clear, vault, \
                     amazon-secrets-manager, azure-key-vault, conjur, third-party, \
                     third-party-enhanced";
        let types: Vec<&str> = types.split(", ").collect();
        assert_eq!(types.len(), 28);
        for t in &types {
            assert_eq!(storage_scheme(t).and_then(|s| s.dsconfig_type), Some(*t));
        }
        let in_table = SCHEMES.iter().filter(|s| s.dsconfig_type.is_some()).count();
        assert_eq!(in_table, types.len());
        assert_eq!(
            storage_scheme("SALTED-SHA256").and_then(|s| s.prefix),
            Some("SSHA256")
        );
        assert_eq!(storage_scheme("ssha256"), None);
        assert_eq!(storage_scheme(""), None);
    }

    #[test]
    fn rows_are_unique() {
        for (i, s) in SCHEMES.iter().enumerate() {
            assert!(s.prefix.is_some() || s.dsconfig_type.is_some());
            if let Some(p) = s.prefix {
                assert_eq!(p, p.to_ascii_uppercase());
                assert!(SCHEMES[..i].iter().all(|t| t.prefix != Some(p)), "{p}");
            }
            if let Some(d) = s.dsconfig_type {
                assert!(
                    SCHEMES[..i].iter().all(|t| t.dsconfig_type != Some(d)),
                    "{d}"
                );
            }
        }
    }

    #[test]
    fn unconfirmed_prefixes_are_argon2_or_absent() {
        for s in SCHEMES {
            let argon2 = s.prefix.is_some_and(|p| p.starts_with("ARGON2"));
            assert_eq!(!s.prefix_confirmed, argon2 || s.prefix.is_none(), "{s:?}");
        }
    }

    #[test]
    fn pingone_facts() {
        let accepted: Vec<&str> = SCHEMES
            .iter()
            .filter(|s| s.pingone == Accepted)
            .filter_map(|s| s.prefix)
            .collect();
        assert_eq!(
            accepted,
            [
                "SSHA",
                "SSHA256",
                "SSHA384",
                "SSHA512",
                "MSKCC_PBKDF2",
                "SCRYPT_RFC7914"
            ]
        );
        assert_eq!(
            storage_scheme("pbkdf2").map(|s| s.pingone),
            Some(Unconfirmed)
        );
        assert_eq!(
            storage_scheme("aes-256").map(|s| s.pingone),
            Some(NotAccepted)
        );
        assert_eq!(
            storage_scheme("vault").map(|s| s.kind),
            Some(ExternalReference)
        );
    }
}
