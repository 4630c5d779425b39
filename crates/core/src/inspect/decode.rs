//! Decoding payloads far enough to measure them, and saying why one does not decode.
//!
//! Problems are described by kind and position only: the `base64` crate's own error messages
//! quote the offending byte, which would put part of the payload into the output.

use base64::DecodeError;
use base64::Engine as _;
use base64::alphabet;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};

/// Why a payload is not standard, padded base64 (what PingDirectory writes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Base64Problem {
    /// It decodes with `-` and `_` in place of `+` and `/` (base64url).
    UrlSafeAlphabet,
    /// It decodes once the missing `=` padding is allowed.
    MissingPadding,
    /// A byte outside the alphabet (or misplaced `=`) at this byte offset into the payload.
    InvalidCharacter(usize),
    /// Not a whole number of base64 symbols.
    InvalidLength,
    /// The last symbol carries bits that decode to nothing: truncated or corrupted.
    TrailingBits,
    /// Wrong `=` padding.
    InvalidPadding,
}

impl Base64Problem {
    /// A clause completing "the payload …"; it names positions, never content.
    pub(crate) fn describe(self) -> String {
        match self {
            Base64Problem::UrlSafeAlphabet => {
                "uses the URL-safe alphabet ('-' and '_') instead of standard base64 ('+' and '/')"
                    .to_owned()
            }
            Base64Problem::MissingPadding => "is missing its '=' padding".to_owned(),
            Base64Problem::InvalidCharacter(at) => {
                format!("has a character that is not base64 at byte {}", at + 1)
            }
            Base64Problem::InvalidLength => "does not have a valid base64 length".to_owned(),
            Base64Problem::TrailingBits => {
                "ends in a symbol with stray bits (truncated or corrupted)".to_owned()
            }
            Base64Problem::InvalidPadding => "has misplaced '=' padding".to_owned(),
        }
    }
}

const INDIFFERENT: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const STANDARD_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, INDIFFERENT);
const URL_SAFE_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, INDIFFERENT);

/// Decodes standard base64 with canonical padding, the form PingDirectory writes.
///
/// On failure, tries the two common near-misses so the message can say what is wrong.
pub(crate) fn base64(payload: &str) -> Result<Vec<u8>, Base64Problem> {
    let error = match STANDARD.decode(payload) {
        Ok(bytes) => return Ok(bytes),
        Err(error) => error,
    };
    // Only blame the alphabet when a URL-safe symbol is there: the alphabets share the rest.
    if payload.contains(['-', '_']) && URL_SAFE_ANY_PADDING.decode(payload).is_ok() {
        return Err(Base64Problem::UrlSafeAlphabet);
    }
    if STANDARD_ANY_PADDING.decode(payload).is_ok() {
        return Err(Base64Problem::MissingPadding);
    }
    Err(match error {
        DecodeError::InvalidByte(at, _) => Base64Problem::InvalidCharacter(at),
        DecodeError::InvalidLength(_) => Base64Problem::InvalidLength,
        DecodeError::InvalidLastSymbol(_, _) => Base64Problem::TrailingBits,
        DecodeError::InvalidPadding => Base64Problem::InvalidPadding,
    })
}

/// The number of bytes `payload` encodes if it is hexadecimal (an even number of hex digits,
/// at least `min_bytes` of them), else `None`.
pub(crate) fn hex_len(payload: &str, min_bytes: usize) -> Option<usize> {
    let digits = payload.len();
    let is_hex = digits % 2 == 0 && payload.bytes().all(|b| b.is_ascii_hexdigit());
    (is_hex && digits / 2 >= min_bytes.max(1)).then_some(digits / 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_standard_base64() {
        assert_eq!(base64("AAEC").unwrap(), vec![0, 1, 2]);
        assert_eq!(base64("AA==").unwrap(), vec![0]);
        assert_eq!(base64("").unwrap(), Vec::<u8>::new());
    }

    #[test]
    fn names_the_problem() {
        assert_eq!(base64("AA"), Err(Base64Problem::MissingPadding));
        assert_eq!(base64("-_-_"), Err(Base64Problem::UrlSafeAlphabet));
        assert_eq!(base64("AA*A"), Err(Base64Problem::InvalidCharacter(2)));
        assert_eq!(base64("AAAAA"), Err(Base64Problem::InvalidLength));
        assert_eq!(base64("AB=="), Err(Base64Problem::TrailingBits));
        assert!(base64("A===").is_err());
        assert!(base64("ünï").is_err());
        assert!(base64("AA== ").is_err());
    }

    #[test]
    fn descriptions_never_quote_the_payload() {
        let payload = "QUJD*XYZ";
        let Err(problem) = base64(payload) else {
            panic!("should fail")
        };
        let text = problem.describe();
        assert!(!text.contains('*') && !text.contains("XYZ"), "{text}");
    }

    #[test]
    fn hex_len_needs_even_hex_digits() {
        assert_eq!(hex_len("00ff", 2), Some(2));
        assert_eq!(hex_len("00ff", 3), None);
        assert_eq!(hex_len("0ff", 1), None);
        assert_eq!(hex_len("00fg", 1), None);
        assert_eq!(hex_len("", 0), None);
    }
}
