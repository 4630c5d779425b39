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

    /// The commands of "Syncing passwords to PingOne", character for character.
    #[test]
    fn seed_presets_give_the_documented_commands() {
        let cases = [
            (
                "pingdirectory-to-pingone",
                "dsconfig create-attribute-mapping --map-name PingDirectory_to_PingOne_User_Map \
                 --mapping-name password --type direct --set from-attribute:userPassword",
            ),
            (
                "rdbms-to-pingone",
                "dsconfig create-attribute-mapping --map-name Generic_RDBMS_to_PingOne_User_Map \
                 --mapping-name password --type direct --set from-attribute:dbPassword",
            ),
        ];
        for (name, seed) in cases {
            let commands = crate::plan::commands(&find(name).unwrap().scenario());
            let lines: Vec<String> = commands.iter().map(|c| c.argv().join(" ")).collect();
            assert!(lines.iter().any(|l| l == seed), "{name}: {lines:#?}");
            // Every token of the seed is plain, so the rendered text carries it unquoted.
            let text = crate::render(&find(name).unwrap().scenario(), crate::Format::Batch);
            assert!(text.contains("--set from-attribute:"), "{text}");
        }
    }

    #[test]
    fn names_are_unique_and_found() {
        for preset in all() {
            assert_eq!(find(preset.name).map(|p| p.name), Some(preset.name));
        }
        assert!(find("nope").is_none());
    }
}
