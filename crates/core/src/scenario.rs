//! The scenario: what an admin asks syncmap to build.

use serde::{Deserialize, Serialize};

use crate::source::SourceKind;

/// The scenario format version written by this build. Readers accept this version only; older
/// versions get migrations when the format changes.
pub const SCHEMA_VERSION: u32 = 1;

/// "Sync passwords to PingOne": the source, its password attribute and the attribute map that
/// carries the direct `password` mapping.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The scenario format version ([`SCHEMA_VERSION`]).
    pub schema: u32,
    /// Where users and passwords come from.
    pub source: SourceKind,
    /// The attribute on the source that holds the password: `from-attribute` of the mapping.
    pub password_attribute: String,
    /// The name of the attribute map (`--map-name`).
    pub attribute_map: String,
}

impl Scenario {
    /// A scenario for the given source with its default password attribute and map name.
    pub fn for_source(source: SourceKind) -> Scenario {
        Scenario {
            schema: SCHEMA_VERSION,
            source,
            password_attribute: source.default_password_attribute().to_owned(),
            attribute_map: source.facts().default_map_name.to_owned(),
        }
    }

    /// Switches to another source. A field the admin left at the old source's default takes the
    /// new source's default; a field the admin edited is kept, so no typing is lost.
    pub fn change_source(&mut self, source: SourceKind) {
        let old = self.source;
        if self.password_attribute == old.default_password_attribute() {
            self.password_attribute = source.default_password_attribute().to_owned();
        }
        if self.attribute_map == old.facts().default_map_name {
            self.attribute_map = source.facts().default_map_name.to_owned();
        }
        self.source = source;
    }
}

impl Default for Scenario {
    fn default() -> Scenario {
        Scenario::for_source(SourceKind::PingDirectory)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changing_source_refills_untouched_defaults() {
        let mut scenario = Scenario::default();
        scenario.change_source(SourceKind::IbmDirectory);
        assert_eq!(scenario.password_attribute, "userPassword;binary");
        assert_eq!(scenario.attribute_map, "IBM_Directory_to_PingOne_User_Map");
    }

    #[test]
    fn changing_source_keeps_what_the_admin_typed() {
        let mut scenario = Scenario::for_source(SourceKind::Rdbms);
        scenario.password_attribute = "PWD_HASH".into();
        scenario.attribute_map = "Accounts".into();
        scenario.change_source(SourceKind::PingDirectory);
        assert_eq!(scenario.password_attribute, "PWD_HASH");
        assert_eq!(scenario.attribute_map, "Accounts");
    }

    #[test]
    fn json_round_trip_and_unknown_fields_are_refused() {
        let scenario = Scenario::for_source(SourceKind::IbmDirectory);
        let json = serde_json::to_string(&scenario).unwrap();
        assert_eq!(serde_json::from_str::<Scenario>(&json).unwrap(), scenario);

        let extra = json.replacen('{', "{\"pasword\":\"x\",", 1);
        let error = serde_json::from_str::<Scenario>(&extra).unwrap_err();
        assert!(
            error.to_string().contains("unknown field `pasword`"),
            "{error}"
        );
    }
}
