//! Payload checks: is the part after `{SCHEME}` shaped the way that scheme writes it?
//!
//! Only lengths, encodings and shapes are examined and reported; the decoded bytes are dropped
//! without ever reaching a message.

use serde::Serialize;

use super::decode::{self, Base64Problem};
use super::findings::{Finding, FindingCode};
use super::schemes::{PayloadFormat, SchemeFacts};

/// The verdict on a payload's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PayloadStatus {
    /// It has the shape the scheme writes.
    WellFormed,
    /// It breaks a layout the reference verified or a standard fixes: it cannot be a valid value.
    Malformed,
    /// It differs from what PingDirectory writes, but the layout it breaks is only inferred, or
    /// another consumer (PingOne's hex example) might read it differently.
    Suspect,
    /// Not checked: clear text, an unknown scheme, or a layout the reference does not pin down.
    NotChecked,
}

/// How a payload is encoded, as far as it could be recognized.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PayloadEncoding {
    /// Standard base64 with padding (what PingDirectory writes).
    Base64,
    /// Hexadecimal digits.
    Hex,
    /// A `$id$…$…` modular-crypt string, such as bcrypt's `$2b$10$…`.
    ModularCrypt,
}

/// Well-formedness of the part after the prefix; lengths only, never content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PayloadCheck {
    /// The verdict.
    pub status: PayloadStatus,
    /// The encoding recognized, if any.
    pub encoding: Option<PayloadEncoding>,
    /// Characters after the prefix (the whole value when there is no prefix).
    pub length: usize,
    /// Bytes the payload decodes to, when it decodes.
    pub decoded_length: Option<usize>,
    /// The digest size in bytes the scheme implies (e.g. 32 for `{SSHA256}`).
    pub digest_length: Option<usize>,
    /// Salt bytes: decoded length minus digest size for salted digests; the 16-byte
    /// key-derivation salt for `{AES256}`.
    pub salt_length: Option<usize>,
}

impl PayloadCheck {
    /// A payload nobody looked into.
    pub(crate) fn not_checked(payload: &str) -> PayloadCheck {
        PayloadCheck {
            status: PayloadStatus::NotChecked,
            encoding: None,
            length: payload.chars().count(),
            decoded_length: None,
            digest_length: None,
            salt_length: None,
        }
    }
}

/// Checks `payload` against what `scheme`, whose prefix is `name` (upper case), writes.
pub(crate) fn check(
    scheme: &SchemeFacts,
    name: &str,
    payload: &str,
) -> (PayloadCheck, Vec<Finding>) {
    let mut check = PayloadCheck::not_checked(payload);
    let mut findings = Vec::new();
    if payload.is_empty() {
        check.status = PayloadStatus::Malformed;
        findings.push(Finding::new(
            FindingCode::PayloadMissing,
            format!("Nothing follows the {{{name}}} prefix: there is no password or hash to sync."),
        ));
        return (check, findings);
    }
    match scheme.payload {
        PayloadFormat::SaltedDigest(digest) | PayloadFormat::Digest(digest) => {
            check.digest_length = Some(digest);
            digest_payload(scheme, name, digest, payload, &mut check, &mut findings);
        }
        PayloadFormat::AnyBase64 => match decode::base64(payload) {
            Ok(bytes) => {
                check.status = PayloadStatus::WellFormed;
                check.encoding = Some(PayloadEncoding::Base64);
                check.decoded_length = Some(bytes.len());
            }
            Err(problem) => not_base64(name, problem, &mut check, &mut findings),
        },
        PayloadFormat::Bcrypt => {
            if is_bcrypt(payload) {
                check.status = PayloadStatus::WellFormed;
                check.encoding = Some(PayloadEncoding::ModularCrypt);
            } else {
                // The OpenBSD shape is inferred for PingDirectory's {BCRYPT}: a warning only.
                check.status = PayloadStatus::Suspect;
                findings.push(Finding::new(
                    FindingCode::BcryptShapeInvalid,
                    format!(
                        "The {{BCRYPT}} payload ({} characters) is not a standard bcrypt string: \
                         '$2', an optional a/b/x/y, '$', a two-digit cost, '$', then 53 characters \
                         from ./A-Za-z0-9 (60 characters in all).",
                        check.length
                    ),
                ));
            }
        }
        PayloadFormat::Aes256 => match decode::base64(payload) {
            Ok(bytes) => {
                check.encoding = Some(PayloadEncoding::Base64);
                check.decoded_length = Some(bytes.len());
                match aes256_problem(&bytes) {
                    None => {
                        check.status = PayloadStatus::WellFormed;
                        check.salt_length = Some(AES256_SALT);
                    }
                    Some(problem) => {
                        check.status = PayloadStatus::Malformed;
                        findings.push(
                            Finding::new(
                                FindingCode::Aes256StructureInvalid,
                                format!("The {{AES256}} payload {problem}."),
                            )
                            .hint(
                                "PingDirectory writes {AES256} as base64 of a version byte, a \
                                 16-byte salt, a 16-byte IV, the encryption-settings ID (length \
                                 byte first) and the AES-GCM ciphertext with its 16-byte tag.",
                            ),
                        );
                    }
                }
            }
            Err(problem) => not_base64(name, problem, &mut check, &mut findings),
        },
        PayloadFormat::ClearText => {}
        PayloadFormat::Unchecked => findings.push(Finding::new(
            FindingCode::PayloadNotChecked,
            format!(
                "The {{{name}}} payload ({} characters) is not checked: the reference does not pin \
                 down how this scheme lays out its parameters.",
                check.length
            ),
        )),
    }
    (check, findings)
}

/// Salted and unsalted digests: base64(digest ‖ salt) or base64(digest).
fn digest_payload(
    scheme: &SchemeFacts,
    name: &str,
    digest: usize,
    payload: &str,
    check: &mut PayloadCheck,
    findings: &mut Vec<Finding>,
) {
    let salted = matches!(scheme.payload, PayloadFormat::SaltedDigest(_));
    // Hex is checked first: a long hex string is also valid base64, and would then be mistaken
    // for a longer salt. A real base64 payload of this length being all hex digits is
    // vanishingly unlikely.
    if let Some(bytes) = decode::hex_len(payload, digest) {
        check.status = PayloadStatus::Suspect;
        check.encoding = Some(PayloadEncoding::Hex);
        check.decoded_length = Some(bytes);
        findings.push(
            Finding::new(
                FindingCode::HexInsteadOfBase64,
                format!(
                    "The {{{name}}} payload is {} hexadecimal digits ({bytes} bytes as hex; the \
                     digest alone is {digest}), where PingDirectory writes base64. PingOne's \
                     API example shows {{SSHA512}} with 128 hex digits, but its password-encoding \
                     reference asks for base64.",
                    check.length
                ),
            )
            .hint(
                "PingDirectory cannot verify a hex payload. Re-encode it (hex-decode the bytes, \
                 then base64-encode them) before it is stored or synced.",
            ),
        );
        return;
    }
    let bytes = match decode::base64(payload) {
        Ok(bytes) => bytes.len(),
        Err(problem) => return not_base64(name, problem, check, findings),
    };
    check.encoding = Some(PayloadEncoding::Base64);
    check.decoded_length = Some(bytes);
    check.status = PayloadStatus::Malformed;
    if salted {
        if bytes > digest {
            check.status = PayloadStatus::WellFormed;
            check.salt_length = Some(bytes - digest);
        } else if bytes == digest {
            check.salt_length = Some(0);
            findings.push(
                Finding::new(
                    FindingCode::SaltMissing,
                    format!(
                        "The {{{name}}} payload decodes to exactly the {digest}-byte digest: no \
                         salt follows it, and a salted value needs at least 1 salt byte."
                    ),
                )
                .hint(
                    "A salted value is base64 of the digest followed by its salt \
                     (salt-length-bytes: default 8, minimum 1). Check that the salt was not \
                     dropped when the value was copied or converted.",
                ),
            );
        } else {
            findings.push(Finding::new(
                FindingCode::PayloadLengthInvalid,
                format!(
                    "The {{{name}}} payload decodes to {bytes} bytes, fewer than the {digest}-byte \
                     digest it must start with."
                ),
            ));
        }
    } else if bytes == digest {
        check.status = PayloadStatus::WellFormed;
    } else {
        let mut finding = Finding::new(
            FindingCode::PayloadLengthInvalid,
            format!(
                "The {{{name}}} payload decodes to {bytes} bytes; an unsalted {{{name}}} value is \
                 exactly the {digest}-byte digest."
            ),
        );
        if bytes > digest {
            finding = finding.hint(salted_hint(name));
        }
        findings.push(finding);
    }
}

/// What to suggest when an unsalted prefix holds more than a digest.
fn salted_hint(name: &str) -> &'static str {
    match name {
        "MD5" => "If the value is salted, its prefix should be {SMD5}.",
        _ => "If the value is salted, its prefix should be {SSHA}.",
    }
}

fn not_base64(
    name: &str,
    problem: Base64Problem,
    check: &mut PayloadCheck,
    findings: &mut Vec<Finding>,
) {
    check.status = PayloadStatus::Malformed;
    findings.push(Finding::new(
        FindingCode::PayloadNotBase64,
        format!(
            "The {{{name}}} payload ({} characters) {}, so it is not the standard base64 \
             PingDirectory writes and PingOne requires.",
            check.length,
            problem.describe()
        ),
    ));
}

/// `$2[abxy]?$NN$` followed by 53 characters of `[./A-Za-z0-9]`, checked by hand (no regex crate).
fn is_bcrypt(payload: &str) -> bool {
    let Some(rest) = payload.as_bytes().strip_prefix(b"$2") else {
        return false;
    };
    let rest = match rest {
        [b'a' | b'b' | b'x' | b'y', tail @ ..] => tail,
        _ => rest,
    };
    match rest {
        [b'$', d1, d2, b'$', hash @ ..] => {
            d1.is_ascii_digit()
                && d2.is_ascii_digit()
                && hash.len() == 53
                && hash
                    .iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/')
        }
        _ => false,
    }
}

/// The key-derivation salt size of LDAP SDK `AES256EncodedPassword`, encoding version 0.
const AES256_SALT: usize = 16;

/// Why `bytes` cannot be an `AES256EncodedPassword` (LDAP SDK, encoding version 0) `[V]`, or `None`.
///
/// Layout: 1 byte (version in the high nibble, padding count in the low), 16-byte salt, 16-byte
/// IV, 1-byte ID length, the ID, then AES-GCM of the password zero-padded to a multiple of 16,
/// which adds a 16-byte tag.
fn aes256_problem(bytes: &[u8]) -> Option<String> {
    const IV: usize = 16;
    const ID_LENGTH_AT: usize = 1 + AES256_SALT + IV;
    const TAG: usize = 16;
    const BLOCK: usize = 16;
    // The LDAP SDK's own first sanity check.
    const MINIMUM: usize = 36;
    if bytes.len() < MINIMUM {
        return Some(format!(
            "decodes to {} bytes, fewer than the {MINIMUM} the LDAP SDK requires",
            bytes.len()
        ));
    }
    let (Some(&first), Some(&id_length)) = (bytes.first(), bytes.get(ID_LENGTH_AT)) else {
        return Some("is too short".to_owned());
    };
    if first >> 4 != 0 {
        return Some("declares an encoding version other than 0, the only one defined".to_owned());
    }
    let id_length = usize::from(id_length);
    if id_length == 0 {
        return Some("declares an empty encryption-settings definition ID".to_owned());
    }
    let Some(ciphertext) = bytes.len().checked_sub(ID_LENGTH_AT + 1 + id_length) else {
        return Some(format!(
            "decodes to {} bytes, too few for the {id_length}-byte encryption-settings ID it \
             declares",
            bytes.len()
        ));
    };
    if ciphertext < BLOCK + TAG || ciphertext % BLOCK != 0 {
        return Some(format!(
            "has {ciphertext} bytes of ciphertext; AES256 writes the password zero-padded to a \
             multiple of {BLOCK} bytes (at least one block) plus a {TAG}-byte tag"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const BCRYPT_TAIL: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0";

    #[test]
    fn bcrypt_shape() {
        assert_eq!(BCRYPT_TAIL.len(), 53);
        for variant in ["$2a$", "$2b$", "$2x$", "$2y$", "$2$"] {
            assert!(
                is_bcrypt(&format!("{variant}10${BCRYPT_TAIL}")),
                "{variant}"
            );
        }
        assert!(is_bcrypt(&format!("$2b$04$./{}", &BCRYPT_TAIL[2..])));
        assert!(!is_bcrypt(&format!("$2c$10${BCRYPT_TAIL}")));
        assert!(!is_bcrypt(&format!("$2b$1${BCRYPT_TAIL}")));
        assert!(!is_bcrypt(&format!("$2b$100${BCRYPT_TAIL}")));
        assert!(!is_bcrypt(&format!("$2b$1a${BCRYPT_TAIL}")));
        assert!(!is_bcrypt(&format!("$2b$10${}", &BCRYPT_TAIL[1..])));
        assert!(!is_bcrypt(&format!("$2b$10${BCRYPT_TAIL}x")));
        assert!(!is_bcrypt(&format!("$2b$10${}+", &BCRYPT_TAIL[1..])));
        assert!(!is_bcrypt(&format!("$2b$10${}é", &BCRYPT_TAIL[2..])));
        assert!(!is_bcrypt(&format!("$2b$١٠${BCRYPT_TAIL}")));
        for short in ["", "$", "$2", "$2b", "$2b$", "$2b$10", "$2b$10$"] {
            assert!(!is_bcrypt(short), "{short:?}");
        }
    }

    fn aes(id_length: u8, id: usize, ciphertext: usize) -> Vec<u8> {
        let mut bytes = vec![0x03];
        bytes.extend([7; 32]);
        bytes.push(id_length);
        bytes.extend(vec![9; id]);
        bytes.extend(vec![5; ciphertext]);
        bytes
    }

    #[test]
    fn aes256_layout() {
        assert_eq!(aes256_problem(&aes(32, 32, 32)), None);
        assert_eq!(aes256_problem(&aes(1, 1, 48)), None);
        assert!(
            aes256_problem(&aes(32, 32, 16)).is_some(),
            "no room for a block and a tag"
        );
        assert!(
            aes256_problem(&aes(32, 32, 40)).is_some(),
            "not whole blocks"
        );
        assert!(aes256_problem(&aes(0, 0, 32)).is_some(), "empty ID");
        assert!(
            aes256_problem(&aes(200, 32, 32)).is_some(),
            "ID longer than the value"
        );
        assert!(aes256_problem(&[0; 35]).is_some());
        assert!(aes256_problem(&[]).is_some());
        let mut future = aes(32, 32, 32);
        future[0] = 0x10;
        assert!(aes256_problem(&future).is_some(), "version 1");
    }
}
