//! dsconfig's global and connection options, and how every option word is classified.
//!
//! The table lists what Ping's documentation and scripts use (REFERENCE.md §1.4). A long name
//! matches whatever its ASCII case (`--bindDN`, `--binddn`); a short one matches exactly.

use super::OptionKind;
use super::OptionKind::{Behaviour as B, Connection as C};

/// One global option of dsconfig.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GlobalOption {
    /// The long name without its dashes, as documented (`bindDN`).
    pub long: &'static str,
    /// The one-letter form, if it has one (`D` for `-D`).
    pub short: Option<char>,
    /// [`OptionKind::Connection`] or [`OptionKind::Behaviour`].
    pub kind: OptionKind,
    /// Whether it takes the next word as its value.
    pub takes_value: bool,
}

const fn global(
    long: &'static str,
    short: Option<char>,
    kind: OptionKind,
    takes_value: bool,
) -> GlobalOption {
    GlobalOption {
        long,
        short,
        kind,
        takes_value,
    }
}

/// Every global option the parser knows.
pub const GLOBAL_OPTIONS: &[GlobalOption] = &[
    global("hostname", Some('h'), C, true),
    global("port", Some('p'), C, true),
    global("bindDN", Some('D'), C, true),
    global("bindPassword", Some('w'), C, true),
    global("bindPasswordFile", Some('j'), C, true),
    global("useSSL", Some('Z'), C, false),
    global("useStartTLS", Some('q'), C, false),
    global("useNoSecurity", None, C, false),
    global("trustAll", Some('X'), C, false),
    global("trustStorePath", Some('P'), C, true),
    global("trustStorePassword", None, C, true),
    global("trustStorePasswordFile", None, C, true),
    global("keyStorePath", Some('K'), C, true),
    global("keyStorePassword", None, C, true),
    global("keyStorePasswordFile", None, C, true),
    global("certNickname", Some('N'), C, true),
    global("saslOption", Some('o'), C, true),
    global("no-prompt", Some('n'), B, false),
    global("quiet", Some('Q'), B, false),
    global("script-friendly", Some('s'), B, false),
    global("batch-file", Some('F'), B, true),
    global("batch-continue-on-error", None, B, false),
    global("applyChangeTo", None, B, true),
    global("offline", None, B, false),
    global("noPropertiesFile", None, B, false),
    global("propertiesFilePath", None, B, true),
    global("advanced", None, B, false),
    global("verbose", None, B, false),
    global("help", Some('H'), B, false),
    global("help-subcommands", None, B, false),
];

/// Flags of subcommands that take no value (documented for `get-…-prop` and `list-properties`).
const SUBCOMMAND_FLAGS: &[&str] = &["tab-delimited", "includeDescription"];

/// The global option an option word names (`--bindDN`, `--binddn`, `-D`), if any.
///
/// Any other `--help-…` word (`--help-sync`) is a help flag too, and is reported as `--help`.
pub fn global_option(word: &str) -> Option<&'static GlobalOption> {
    if let Some(long) = word.strip_prefix("--") {
        let found = GLOBAL_OPTIONS
            .iter()
            .find(|o| o.long.eq_ignore_ascii_case(long));
        if found.is_some() {
            return found;
        }
        if long.len() > 5 && long.as_bytes()[..5].eq_ignore_ascii_case(b"help-") {
            return GLOBAL_OPTIONS.iter().find(|o| o.long == "help");
        }
        return None;
    }
    let short = word.strip_prefix('-')?;
    let mut chars = short.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    GLOBAL_OPTIONS.iter().find(|o| o.short == Some(c))
}

/// Whether `word` has the shape of a dsconfig subcommand:
/// `(create|delete|set|get|list)-[a-z0-9-]+`.
///
/// Every subcommand in Ping's documentation and in the corpus has this shape: `create-…`,
/// `delete-…`, `list-…s`, `get-…-prop` and `set-…-prop` for each object type, and
/// `list-properties`, the one documented subcommand that is not about one object type. Shell
/// words such as `set` (as in `set -x`), `realtime-sync`, `echo` or `wait-for` do not have it.
pub fn is_subcommand(word: &str) -> bool {
    // The first letter tells which verb to try: one comparison instead of five.
    let rest = match word.as_bytes().first() {
        Some(b'c') => word.strip_prefix("create-"),
        Some(b'd') => word.strip_prefix("delete-"),
        Some(b's') => word.strip_prefix("set-"),
        Some(b'g') => word.strip_prefix("get-"),
        Some(b'l') => word.strip_prefix("list-"),
        _ => None,
    };
    rest.is_some_and(|rest| !rest.is_empty() && subcommand_chars(rest.as_bytes()))
}

/// Whether every byte of `bytes` is `a`–`z`, `0`–`9` or `-`: eight at a time (a subcommand is
/// checked for every command, and its name is a few dozen bytes long), then one at a time.
fn subcommand_chars(bytes: &[u8]) -> bool {
    use crate::swar::{HIGHS, at_least, chunk};
    let within = |x: u64, low: u8, high: u8| at_least(x, low) & !at_least(x, high + 1);
    let mut k = 0;
    while let Some(x) = chunk(bytes, k) {
        // ASCII only: `at_least` is exact for bytes below 0x80.
        if x & HIGHS != 0 {
            return false;
        }
        let good = within(x, b'a', b'z') | within(x, b'0', b'9') | within(x, b'-', b'-');
        if good != HIGHS {
            return false;
        }
        k += 8;
    }
    bytes
        .get(k..)
        .unwrap_or(&[])
        .iter()
        .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether an option takes a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Arity {
    /// It does: a missing value is an error.
    Value,
    /// It does not.
    Flag,
    /// Unknown option: it takes the next word unless that word looks like an option.
    Unknown,
}

/// Whether a word is an option word: `-` followed by at least one character.
pub(super) fn is_option(word: &str) -> bool {
    word.len() > 1 && word.starts_with('-')
}

/// What an option word is and whether it takes a value.
#[inline]
pub(super) fn classify(word: &str) -> (OptionKind, Arity) {
    match word {
        "--set" => return (OptionKind::Set, Arity::Value),
        "--add" => return (OptionKind::Add, Arity::Value),
        "--remove" => return (OptionKind::Remove, Arity::Value),
        "--reset" => return (OptionKind::Reset, Arity::Value),
        "--type" => return (OptionKind::Type, Arity::Value),
        _ => {}
    }
    // Naming arguments are the most common after `--set`, and no global option ends so.
    if word.len() > 7 && word.starts_with("--") && word.ends_with("-name") {
        return (OptionKind::Naming, Arity::Value);
    }
    if let Some(global) = global_option(word) {
        let arity = if global.takes_value {
            Arity::Value
        } else {
            Arity::Flag
        };
        return (global.kind, arity);
    }
    let Some(long) = word.strip_prefix("--") else {
        return (OptionKind::Other, Arity::Unknown);
    };
    for (name, kind) in [
        ("set", OptionKind::Set),
        ("add", OptionKind::Add),
        ("remove", OptionKind::Remove),
        ("reset", OptionKind::Reset),
        ("type", OptionKind::Type),
    ] {
        if long.eq_ignore_ascii_case(name) {
            return (kind, Arity::Value);
        }
    }
    if long.is_empty() || long.contains('=') {
        // `--` alone, or `--name=value`: nothing to take from the next word.
        return (OptionKind::Other, Arity::Flag);
    }
    if SUBCOMMAND_FLAGS
        .iter()
        .any(|f| f.eq_ignore_ascii_case(long))
    {
        return (OptionKind::Other, Arity::Flag);
    }
    (OptionKind::Other, Arity::Unknown)
}
