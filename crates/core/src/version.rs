//! PingDataSync versions, as `major.minor`, and the releases syncmap knows.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A PingDataSync release line such as 9.3. Patch levels never change property names, so
/// they are not modelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    /// The major version, such as 9.
    pub major: u8,
    /// The minor version, such as 3.
    pub minor: u8,
}

/// The PingDataSync releases syncmap knows, newest first: the one list that the target version
/// is checked against and the editor offers. Each is confirmed by Ping's documentation for that
/// release; 7.1 is left out, as no page of Ping's found names it:
///
/// - 11.1, 11.0, 10.3, 10.2: the PingDataSync administration guide of each,
///   `https://docs.pingidentity.com/pingdirectory/<VERSION>/pingdatasync_server_administration_guide/pd_sync_admin_guide.html`;
///   release notes of 10.3.0.5 and 10.2.0.9,
///   <https://docs.pingidentity.com/pingdirectory/10.3/release_notes/pd_release_notes.html>,
///   <https://docs.pingidentity.com/pingdirectory/10.2/release_notes/pd_release_notes.html>.
/// - 10.1: <https://docs.pingidentity.com/pingdirectory/10.1/pingdatasync_server_administration_guide/pd_sync_consids_lims.html>
///   (release notes 10.1.0.0, `pd_ds_rn_10100`).
/// - 10.0: "What's new in the PingDirectory 10.0 suite of products?",
///   <https://docs.pingidentity.com/r/en-us/pingdirectory-100/pd_suite_rn_100>.
/// - 9.3: <https://docs.pingidentity.com/pingdirectory/9.3/pingdatasync_server_administration_guide/pd_sync_changes_from_p1.html>.
/// - 9.2: <https://docs.pingidentity.com/pingdirectory/9.2/pingdatasync_server_administration_guide/pd_sync_changes_p1_env.html>.
/// - 9.1: <https://docs.pingidentity.com/r/en-us/pingdirectory-91/pd_sync_config_components>.
/// - 9.0: "PingDirectory suite of products 9.0.0.0 (December 2021)",
///   <https://docs.pingidentity.com/pingdirectory/9.3/release_notes/pd_ds_rn_9000.html>, and
///   <https://docs.pingidentity.com/r/en-us/pingdirectory-90/pd_sync_config_components>.
/// - 8.3, 8.2, 8.0: the Configuration Reference,
///   <https://docs.ping.directory/PingDataSync/8.3.0.3/config-guide/ping-one-sync-destination.html>,
///   <https://docs.ping.directory/PingDataSync/8.2.0.7/config-guide/ping-one-sync-destination.html>,
///   <https://docs.ping.directory/PingDataSync/8.0.0.0/config-guide/ping-one-customer-sync-destination.html>.
/// - 8.1: the PingDataSync Server guide of 8.1,
///   <https://docs.pingidentity.com/r/en-us/pingdirectory-81/ibr1564011503384>.
/// - 7.3: the PingDataSync Server guide of 7.3,
///   <https://docs.pingidentity.com/r/en-us/pingdirectory-73/hfr1564011494765>.
/// - 7.2, 7.0: the Configuration Reference,
///   <https://docs.ping.directory/PingDataSync/7.2.1.3/config-guide/ping-one-customer-sync-source.html>,
///   <https://docs.ping.directory/PingDataSync/7.0.1.4/config-guide/ping-one-customer-sync-destination.html>.
pub const RELEASES: &[Version] = &[
    Version::new(11, 1),
    Version::new(11, 0),
    Version::new(10, 3),
    Version::new(10, 2),
    Version::new(10, 1),
    Version::new(10, 0),
    Version::new(9, 3),
    Version::new(9, 2),
    Version::new(9, 1),
    Version::new(9, 0),
    Version::new(8, 3),
    Version::new(8, 2),
    Version::new(8, 1),
    Version::new(8, 0),
    Version::new(7, 3),
    Version::new(7, 2),
    Version::new(7, 0),
];

impl Version {
    /// A version.
    pub const fn new(major: u8, minor: u8) -> Version {
        Version { major, minor }
    }

    /// The oldest release syncmap knows: the last of [`RELEASES`].
    pub const OLDEST: Version = RELEASES[RELEASES.len() - 1];
    /// The newest release syncmap knows: the first of [`RELEASES`].
    pub const NEWEST: Version = RELEASES[0];
    /// What a new scenario targets.
    pub const DEFAULT: Version = Version::new(10, 2);

    /// Whether this is one of the [`RELEASES`] syncmap knows.
    pub fn is_known(self) -> bool {
        RELEASES.contains(&self)
    }
}

/// The [`RELEASES`] as people read them, newest first: "11.1, 11.0, ..., 7.0".
pub fn releases_text() -> String {
    let mut text = String::new();
    for (i, release) in RELEASES.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(&release.to_string());
    }
    text
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

impl FromStr for Version {
    type Err = String;

    fn from_str(text: &str) -> Result<Version, String> {
        let expected = || format!("'{text}' is not a version: expected major.minor, such as 9.3");
        let (major, minor) = text.split_once('.').ok_or_else(expected)?;
        // "9.3.0.1" is accepted as 9.3: patch levels do not change the configuration model.
        let minor = minor.split('.').next().unwrap_or_default();
        let number = |part: &str| {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(expected());
            }
            part.parse::<u8>().map_err(|_| expected())
        };
        Ok(Version::new(number(major)?, number(minor)?))
    }
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Version, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        assert_eq!("9.3".parse(), Ok(Version::new(9, 3)));
        assert_eq!("10.2.0.1".parse(), Ok(Version::new(10, 2)));
        assert_eq!(Version::new(7, 0).to_string(), "7.0");
        for bad in ["", "9", "9.", ".3", "a.b", "9.-1", "300.1", "9 .3"] {
            let error = bad.parse::<Version>().unwrap_err();
            assert!(error.contains("expected major.minor"), "{bad}: {error}");
        }
    }

    #[test]
    fn orders() {
        assert!(Version::new(7, 9) < Version::new(8, 0));
        assert!(Version::new(10, 3) < Version::new(11, 0));
    }

    #[test]
    fn releases_are_newest_first_and_bound_the_constants() {
        assert!(
            RELEASES.windows(2).all(|pair| pair[0] > pair[1]),
            "{RELEASES:?}"
        );
        assert_eq!(Version::NEWEST, Version::new(11, 1));
        assert_eq!(Version::OLDEST, Version::new(7, 0));
        assert_eq!(RELEASES.first(), Some(&Version::NEWEST));
        assert_eq!(RELEASES.last(), Some(&Version::OLDEST));
        assert!(Version::DEFAULT.is_known());
        assert_eq!(RELEASES.len(), 17);
    }

    #[test]
    fn only_confirmed_releases_are_known() {
        for known in [
            "11.1", "11.0", "10.3", "10.0", "9.3", "8.0", "7.3", "7.2", "7.0",
        ] {
            assert!(known.parse::<Version>().unwrap().is_known(), "{known}");
        }
        // Patch levels read as their release line.
        assert!("9.3.0.1".parse::<Version>().unwrap().is_known());
        // No release of Ping's documentation: 7.1, 10.4, 11.2; outside the lines: 6.2, 12.0.
        for unknown in ["7.1", "10.4", "11.2", "6.2", "12.0", "8.9"] {
            assert!(!unknown.parse::<Version>().unwrap().is_known(), "{unknown}");
        }
    }

    #[test]
    fn releases_read_newest_first() {
        let text = releases_text();
        assert!(text.starts_with("11.1, 11.0, 10.3, 10.2, 10.1"), "{text}");
        assert!(text.ends_with("8.0, 7.3, 7.2, 7.0"), "{text}");
    }
}
