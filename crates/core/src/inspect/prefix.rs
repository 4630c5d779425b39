//! Splitting `{SCHEME}payload`.
//!
//! Only a brace pair holding something shaped like a scheme name counts as a prefix. Anything
//! else is left to be clear text: that is also how PingOne reads a value that does not follow
//! the userPassword syntax (P1-ENC `[V]`). It also keeps a clear-text password that merely starts
//! with '{' from being echoed back as a "scheme".

/// The longest scheme name accepted; Ping's longest is `SCRYPT_RFC7914` (14).
const MAX_SCHEME_LENGTH: usize = 32;

/// How a value begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Prefix<'a> {
    /// No leading '{'.
    Absent,
    /// `{name}` followed by the payload.
    Scheme {
        /// Between the braces, as written.
        name: &'a str,
        /// Everything after the closing brace.
        payload: &'a str,
    },
    /// A leading '{' that does not open a usable prefix.
    Malformed(PrefixProblem),
}

/// Why a leading '{' is not a prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PrefixProblem {
    /// No '}' follows.
    Unterminated,
    /// `{}`.
    Empty,
    /// The braces hold something other than 1–32 ASCII letters, digits, '-' or '_'.
    NotASchemeName,
}

impl PrefixProblem {
    /// A sentence about the problem; it never quotes the value.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            PrefixProblem::Unterminated => "The value starts with '{' but no '}' closes it.",
            PrefixProblem::Empty => "The value starts with '{}': the scheme name is empty.",
            PrefixProblem::NotASchemeName => {
                "The value starts with '{', but what the braces hold is not a scheme name (1 to \
                 32 ASCII letters, digits, '-' or '_')."
            }
        }
    }
}

/// Splits `value` into its prefix and payload.
pub(crate) fn split(value: &str) -> Prefix<'_> {
    let Some(rest) = value.strip_prefix('{') else {
        return Prefix::Absent;
    };
    // '}' is ASCII, so the index is a char boundary and both slices are safe.
    let Some(close) = rest.find('}') else {
        return Prefix::Malformed(PrefixProblem::Unterminated);
    };
    let (name, payload) = (&rest[..close], &rest[close + 1..]);
    if name.is_empty() {
        Prefix::Malformed(PrefixProblem::Empty)
    } else if name.len() > MAX_SCHEME_LENGTH
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        Prefix::Malformed(PrefixProblem::NotASchemeName)
    } else {
        Prefix::Scheme { name, payload }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_scheme_and_payload() {
        assert_eq!(
            split("{SSHA}abc"),
            Prefix::Scheme {
                name: "SSHA",
                payload: "abc"
            }
        );
        assert_eq!(
            split("{x}"),
            Prefix::Scheme {
                name: "x",
                payload: ""
            }
        );
        assert_eq!(
            split("{A}}b"),
            Prefix::Scheme {
                name: "A",
                payload: "}b"
            }
        );
        assert_eq!(
            split("{MSKCC_PBKDF2}p"),
            Prefix::Scheme {
                name: "MSKCC_PBKDF2",
                payload: "p"
            }
        );
    }

    #[test]
    fn no_leading_brace_is_no_prefix() {
        for value in ["", "abc", " {SSHA}x", "}", "x{SSHA}"] {
            assert_eq!(split(value), Prefix::Absent, "{value:?}");
        }
    }

    #[test]
    fn malformed_prefixes() {
        use PrefixProblem::*;
        assert_eq!(split("{"), Prefix::Malformed(Unterminated));
        assert_eq!(split("{SSHA"), Prefix::Malformed(Unterminated));
        assert_eq!(split("{}"), Prefix::Malformed(Empty));
        assert_eq!(split("{}abc"), Prefix::Malformed(Empty));
        assert_eq!(split("{my secret}x"), Prefix::Malformed(NotASchemeName));
        assert_eq!(split("{ßHA}x"), Prefix::Malformed(NotASchemeName));
        assert_eq!(split("{🦀}"), Prefix::Malformed(NotASchemeName));
        let long = format!("{{{}}}x", "A".repeat(33));
        assert_eq!(split(&long), Prefix::Malformed(NotASchemeName));
        let longest = format!("{{{}}}x", "A".repeat(32));
        assert!(matches!(split(&longest), Prefix::Scheme { .. }));
    }
}
