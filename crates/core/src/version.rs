//! PingDataSync versions, as `major.minor`.

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

impl Version {
    /// A version.
    pub const fn new(major: u8, minor: u8) -> Version {
        Version { major, minor }
    }

    /// The oldest version syncmap generates for.
    pub const OLDEST: Version = Version::new(7, 0);
    /// The newest version syncmap knows.
    pub const NEWEST: Version = Version::new(11, 1);
    /// What a new scenario targets.
    pub const DEFAULT: Version = Version::new(10, 2);

    /// Whether syncmap knows this release line (7.x to 11.x).
    pub fn is_supported(self) -> bool {
        (7..=11).contains(&self.major)
    }
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
    fn orders_and_supports() {
        assert!(Version::new(7, 9) < Version::new(8, 0));
        assert!(Version::new(11, 1).is_supported());
        assert!(!Version::new(6, 2).is_supported());
        assert!(!Version::new(12, 0).is_supported());
    }
}
