//! Ready-made scenarios.

use crate::scenario::Scenario;
use crate::source::SourceKind;

/// A named, ready-made scenario.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// The identifier used on the command line and in URLs.
    pub name: &'static str,
    /// One line on what it sets up.
    pub summary: &'static str,
    build: fn() -> Scenario,
}

impl Preset {
    /// The preset's scenario.
    pub fn scenario(&self) -> Scenario {
        (self.build)()
    }
}

const PRESETS: &[Preset] = &[
    Preset {
        name: "pingdirectory-to-pingone",
        summary: "PingDirectory userPassword to PingOne password (the documented example)",
        build: || Scenario::for_source(SourceKind::PingDirectory),
    },
    Preset {
        name: "ibm-directory-to-pingone",
        summary: "IBM Security / Tivoli Directory userPassword;binary to PingOne password",
        build: || Scenario::for_source(SourceKind::IbmDirectory),
    },
    Preset {
        name: "rdbms-to-pingone",
        summary: "A hashed RDBMS column (dbPassword) to PingOne password (the documented example)",
        build: || Scenario {
            password_attribute: "dbPassword".into(),
            ..Scenario::for_source(SourceKind::Rdbms)
        },
    },
];

/// Every preset.
pub fn all() -> &'static [Preset] {
    PRESETS
}

/// The preset called `name`.
pub fn find(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|preset| preset.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found() {
        for preset in all() {
            assert_eq!(find(preset.name).map(|p| p.name), Some(preset.name));
        }
        assert!(find("nope").is_none());
    }
}
