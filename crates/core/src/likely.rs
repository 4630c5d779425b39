//! Which kind an endpoint of unknown kind most likely is, so that the admin who must choose it
//! sees the likely choices first. Only an order: syncmap never picks a kind from these clues.

use crate::endpoint::{DestinationKind, SourceKind};
use crate::scenario::{Mapping, Scenario};

/// The words of a name, lower-cased: split at anything not an ASCII letter or digit, and where
/// a lower-case letter or digit meets an upper-case one (`PingOneDest` is `ping`, `one`,
/// `dest`), plus the whole name with only its letters and digits (`pingonedest`). ASCII only:
/// the clues are ASCII, and Unicode's case tables would weigh on the first load.
fn words(name: &str) -> (Vec<String>, String) {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for b in name.bytes() {
        if !b.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if b.is_ascii_uppercase() && previous_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
        current.push(char::from(b.to_ascii_lowercase()));
    }
    if !current.is_empty() {
        words.push(current);
    }
    let joined = words.concat();
    (words, joined)
}

/// What points at a kind: parts of the name written together (`pingone` in `PingOne_Dest` or
/// `pingone-prod`), and whole words (`ad` in `AD_Source`, never in `Loader`).
struct Clues {
    joined: &'static [&'static str],
    whole_words: &'static [&'static str],
}

impl Clues {
    fn match_name(&self, (words, joined): &(Vec<String>, String)) -> bool {
        self.joined.iter().any(|part| joined.contains(part))
            || words
                .iter()
                .any(|word| self.whole_words.contains(&word.as_str()))
    }
}

fn source_clues(kind: SourceKind) -> Clues {
    let (joined, whole_words): (&[&str], &[&str]) = match kind {
        SourceKind::PingDirectory => (&["pingdirectory", "pingds"], &["pd"]),
        SourceKind::PingDirectoryProxy => (&["proxy"], &[]),
        SourceKind::IbmDirectory => (&["ibm", "tivoli"], &["sds", "isds", "itds"]),
        SourceKind::OtherLdap => (
            &["ldap", "opendj", "oracleds", "sunds", "sunone"],
            &["oud", "dsee"],
        ),
        SourceKind::ActiveDirectory => (&["activedirectory", "msad"], &["ad", "adds"]),
        SourceKind::Rdbms => (
            &[
                "rdbms",
                "jdbc",
                "database",
                "mysql",
                "postgres",
                "sqlserver",
                "oracledb",
            ],
            &["db", "sql"],
        ),
        SourceKind::PingOne => (&["pingone"], &["p1"]),
        SourceKind::Unknown => (&[], &[]),
    };
    Clues {
        joined,
        whole_words,
    }
}

fn destination_clues(kind: DestinationKind) -> Clues {
    let (joined, whole_words): (&[&str], &[&str]) = match kind {
        DestinationKind::PingOne => (&["pingone"], &["p1"]),
        DestinationKind::PingDirectory => (&["pingdirectory", "pingds"], &["pd"]),
        DestinationKind::OtherLdap => (
            &["ldap", "opendj", "oracleds", "sunds", "sunone"],
            &["oud", "dsee"],
        ),
        DestinationKind::Unknown => (&[], &[]),
    };
    Clues {
        joined,
        whole_words,
    }
}

/// The attributes only PingOne has: a map writing one is a map toward PingOne.
const PINGONE_ONLY: [&str; 2] = ["resourceType", "population"];

/// The source kinds offered for a source of unknown kind called `name`, whose map reads IBM's
/// password attribute or not: those the clues point at first, then the others, each in the
/// usual order.
pub fn sources(name: &str, reads_ibm_password: bool) -> Vec<SourceKind> {
    let name = words(name);
    let likely = |kind: SourceKind| {
        source_clues(kind).match_name(&name)
            || (kind == SourceKind::IbmDirectory && reads_ibm_password)
    };
    first_the_likely(SourceKind::ALL, likely)
}

/// The destination kinds offered for a destination of unknown kind called `name` whose map
/// writes the attributes `written`: those the clues point at first, then the others.
pub fn destinations<'a>(
    name: &str,
    written: impl IntoIterator<Item = &'a str>,
) -> Vec<DestinationKind> {
    let name = words(name);
    let writes_pingone_only = written.into_iter().any(|to| PINGONE_ONLY.contains(&to));
    let likely = |kind: DestinationKind| {
        destination_clues(kind).match_name(&name)
            || (kind == DestinationKind::PingOne && writes_pingone_only)
    };
    first_the_likely(DestinationKind::ALL, likely)
}

/// [`sources`] for the source of `scenario`, with what its map reads.
pub fn sources_of(scenario: &Scenario) -> Vec<SourceKind> {
    let reads_ibm = scenario
        .attribute_map
        .mappings
        .iter()
        .any(reads_ibm_password);
    sources(&scenario.source.name, reads_ibm)
}

/// [`destinations`] for the destination of `scenario`, with what its map writes.
pub fn destinations_of(scenario: &Scenario) -> Vec<DestinationKind> {
    let written = scenario.attribute_map.mappings.iter().map(Mapping::to);
    destinations(&scenario.destination.name, written)
}

/// Whether a direct mapping reads the password attribute only IBM's directories have
/// (REFERENCE.md: they return the password as `userPassword;binary`).
pub fn reads_ibm_password(mapping: &Mapping) -> bool {
    matches!(mapping, Mapping::Direct { from, .. } if is_ibm_password(from))
}

/// Whether `attribute` is the password attribute only IBM's directories have.
pub fn is_ibm_password(attribute: &str) -> bool {
    attribute == SourceKind::IbmDirectory.default_password_attribute()
}

fn first_the_likely<K: Copy, const N: usize>(all: [K; N], likely: impl Fn(K) -> bool) -> Vec<K> {
    let (mut first, rest): (Vec<K>, Vec<K>) = all.into_iter().partition(|k| likely(*k));
    first.extend(rest);
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_destination_named_like_pingone_comes_first() {
        for name in ["PingOne", "pingone-prod", "P1_Dest", "To PingOne"] {
            assert_eq!(
                destinations(name, [])[0],
                DestinationKind::PingOne,
                "{name}"
            );
        }
        assert_eq!(
            destinations("Cloud", ["resourceType", "username"])[0],
            DestinationKind::PingOne
        );
        assert_eq!(
            destinations("PD_Destination", [])[0],
            DestinationKind::PingDirectory
        );
    }

    #[test]
    fn without_clues_the_usual_order_stays_and_every_kind_is_offered_once() {
        assert_eq!(
            destinations("Target", ["cn"]),
            DestinationKind::ALL.to_vec()
        );
        assert_eq!(sources("Loader", false), SourceKind::ALL.to_vec());
        let mut offered = sources("IBM_Directory", false);
        assert_eq!(offered[0], SourceKind::IbmDirectory);
        offered.sort_by_key(|k| *k as usize);
        assert_eq!(offered, SourceKind::ALL.to_vec());
    }

    #[test]
    fn whole_words_do_not_match_inside_others() {
        // `ad` in Loader, `db` in Feedback, `ds` in Words: not clues.
        assert_eq!(
            sources("Feedback Loader Words", false),
            SourceKind::ALL.to_vec()
        );
        assert_eq!(sources("AD_Source", false)[0], SourceKind::ActiveDirectory);
        assert_eq!(sources("HR-DB", false)[0], SourceKind::Rdbms);
        assert_eq!(sources("corpLDAP", false)[0], SourceKind::OtherLdap);
    }

    #[test]
    fn reading_userpassword_binary_points_at_ibm() {
        assert_eq!(sources("Source", true)[0], SourceKind::IbmDirectory);
    }
}
