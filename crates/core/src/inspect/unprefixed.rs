//! Values without a `{SCHEME}` prefix: clear text, or a hash someone forgot to label?
//!
//! The difference matters for PingOne: a value without a prefix is taken as the clear-text
//! password (P1-ENC `[V]`), so an unlabelled hash would silently become the user's password.
//! These are heuristics, so they only ever produce warnings.

use super::decode;
use super::payload::PayloadEncoding;

/// Digest sizes worth recognizing: MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512.
const DIGEST_SIZES: [usize; 6] = [16, 20, 28, 32, 48, 64];

/// What an unprefixed value looks like, when it looks like a hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HashShape {
    /// Hex digits encoding exactly one digest of this many bytes.
    HexDigest(usize),
    /// Base64 decoding to exactly one digest of this many bytes.
    Base64Digest(usize),
    /// A `$id$…$…` modular-crypt string (bcrypt, sha512-crypt, argon2, …).
    ModularCrypt,
}

impl HashShape {
    /// How the value is encoded.
    pub(crate) fn encoding(self) -> PayloadEncoding {
        match self {
            HashShape::HexDigest(_) => PayloadEncoding::Hex,
            HashShape::Base64Digest(_) => PayloadEncoding::Base64,
            HashShape::ModularCrypt => PayloadEncoding::ModularCrypt,
        }
    }

    /// The decoded size, for digests.
    pub(crate) fn decoded_length(self) -> Option<usize> {
        match self {
            HashShape::HexDigest(bytes) | HashShape::Base64Digest(bytes) => Some(bytes),
            HashShape::ModularCrypt => None,
        }
    }

    /// A phrase completing "looks like …"; no content, only kind and size.
    pub(crate) fn describe(self) -> String {
        match self {
            HashShape::HexDigest(bytes) => format!("a hex-encoded {bytes}-byte digest"),
            HashShape::Base64Digest(bytes) => format!("a base64-encoded {bytes}-byte digest"),
            HashShape::ModularCrypt => "a modular-crypt hash string ($id$…)".to_owned(),
        }
    }
}

/// Whether `value` (already without surrounding whitespace) looks like a hash.
pub(crate) fn hash_shape(value: &str) -> Option<HashShape> {
    if let Some(bytes) = decode::hex_len(value, 16) {
        return DIGEST_SIZES
            .contains(&bytes)
            .then_some(HashShape::HexDigest(bytes));
    }
    // Bounded so a huge clear-text value is not decoded for nothing: 88 characters is the base64
    // of a 64-byte digest, and 24 that of a 16-byte one.
    if (24..=88).contains(&value.len()) {
        if let Ok(bytes) = decode::base64(value) {
            if DIGEST_SIZES.contains(&bytes.len()) {
                return Some(HashShape::Base64Digest(bytes.len()));
            }
        }
    }
    is_modular_crypt(value).then_some(HashShape::ModularCrypt)
}

/// `$id$…$…`: an id of 1–20 lower-case letters, digits or '-', at least three '$', no spaces.
fn is_modular_crypt(value: &str) -> bool {
    let Some(rest) = value.strip_prefix('$') else {
        return false;
    };
    let id = rest.split('$').next().unwrap_or_default();
    (1..=20).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && value.len() >= 20
        && value.bytes().filter(|&b| b == b'$').count() >= 3
        && value.bytes().all(|b| b.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_hex_digests_by_size() {
        for bytes in DIGEST_SIZES {
            let hex = "ab".repeat(bytes);
            assert_eq!(hash_shape(&hex), Some(HashShape::HexDigest(bytes)));
        }
        assert_eq!(
            hash_shape(&"ab".repeat(24)),
            None,
            "24 bytes is no common digest"
        );
    }

    #[test]
    fn recognizes_base64_digests_by_size() {
        // 32 zero bytes: 43 'A's and one '='.
        let b64 = format!("{}=", "A".repeat(43));
        assert_eq!(hash_shape(&b64), Some(HashShape::Base64Digest(32)));
        // 18 bytes is no digest.
        assert_eq!(hash_shape(&"A".repeat(24)), None);
    }

    #[test]
    fn recognizes_modular_crypt() {
        assert_eq!(
            hash_shape("$6$rounds=5000$saltsalt$0123456789abcdef"),
            Some(HashShape::ModularCrypt)
        );
        assert_eq!(
            hash_shape("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"),
            Some(HashShape::ModularCrypt)
        );
        assert_eq!(hash_shape("$2b$10$short"), None);
        assert_eq!(hash_shape("$ $ $ spaces are not crypt"), None);
        assert_eq!(hash_shape("$$$$$$$$$$$$$$$$$$$$$$"), None);
    }

    #[test]
    fn ordinary_passwords_are_not_hashes() {
        for password in [
            "hunter2",
            "Tr0ub4dor&3",
            "correct horse battery staple",
            "",
            "$",
            "é",
        ] {
            assert_eq!(hash_shape(password), None, "{password}");
        }
    }
}
