//! The kinds of password source syncmap knows, and the facts about each.

use serde::{Deserialize, Serialize};

/// Where the synchronized users, and their passwords, come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// PingDirectory (or PingDirectoryProxy): `userPassword`.
    PingDirectory,
    /// IBM Security Directory / IBM Tivoli Directory: returns `userPassword;binary`.
    IbmDirectory,
    /// A generic relational database read over JDBC: a column the admin names.
    Rdbms,
    /// PingOne: PingDataSync cannot read passwords out of it.
    PingOne,
}

/// Which attribute holds the password on a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordAttribute {
    /// A fixed, well-known attribute name.
    Fixed(&'static str),
    /// A column or attribute that only the admin knows; there is no default.
    Named,
    /// The source never hands passwords to PingDataSync.
    Unavailable,
}

/// What syncmap knows about one source kind. The single place for these facts: the renderer,
/// the rules, the CLI and the web app all read them from here.
#[derive(Clone, Copy, Debug)]
pub struct SourceFacts {
    /// The kind these facts describe.
    pub kind: SourceKind,
    /// The label shown to people.
    pub label: &'static str,
    /// The password attribute on this source.
    pub password_attribute: PasswordAttribute,
    /// The attribute map name Ping's own examples use for this source, where there is one.
    pub default_map_name: &'static str,
    /// One sentence of guidance about passwords from this source.
    pub password_guidance: &'static str,
}

const FACTS: [SourceFacts; 4] = [
    SourceFacts {
        kind: SourceKind::PingDirectory,
        label: "PingDirectory",
        password_attribute: PasswordAttribute::Fixed("userPassword"),
        default_map_name: "PingDirectory_to_PingOne_User_Map",
        password_guidance: "PingDirectory maps userPassword to PingOne's password with a direct \
                            mapping; the value is the encrypted or hashed password, depending on \
                            how PingDirectory stores it.",
    },
    SourceFacts {
        kind: SourceKind::IbmDirectory,
        label: "IBM Security Directory / IBM Tivoli Directory",
        password_attribute: PasswordAttribute::Fixed("userPassword;binary"),
        default_map_name: "IBM_Directory_to_PingOne_User_Map",
        password_guidance: "IBM Security Directory and IBM Tivoli Directory return the password \
                            as userPassword;binary, so that is the attribute to map from.",
    },
    SourceFacts {
        kind: SourceKind::Rdbms,
        label: "Generic RDBMS (JDBC)",
        password_attribute: PasswordAttribute::Named,
        default_map_name: "Generic_RDBMS_to_PingOne_User_Map",
        password_guidance: "Map from the column that stores the password. Its values must be \
                            hashed with a scheme PingDirectory recognizes, never encrypted.",
    },
    SourceFacts {
        kind: SourceKind::PingOne,
        label: "PingOne",
        password_attribute: PasswordAttribute::Unavailable,
        default_map_name: "PingOne_User_Map",
        password_guidance: "PingDataSync cannot retrieve passwords from PingOne, so it cannot \
                            synchronize passwords out of it.",
    },
];

impl SourceKind {
    /// Every source kind, in the order people are offered them.
    pub const ALL: [SourceKind; 4] = [
        SourceKind::PingDirectory,
        SourceKind::IbmDirectory,
        SourceKind::Rdbms,
        SourceKind::PingOne,
    ];

    /// The facts about this source kind.
    pub fn facts(self) -> &'static SourceFacts {
        // FACTS is in declaration order; the test below keeps it so.
        &FACTS[self as usize]
    }

    /// The stable identifier used in scenario JSON, permalinks and the CLI.
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::PingDirectory => "ping-directory",
            SourceKind::IbmDirectory => "ibm-directory",
            SourceKind::Rdbms => "rdbms",
            SourceKind::PingOne => "ping-one",
        }
    }

    /// The kind with the given [`id`](Self::id), if any.
    pub fn from_id(id: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// The password attribute a scenario starts with for this source: the fixed name, or empty
    /// where the admin has to name it (or where there is none).
    pub fn default_password_attribute(self) -> &'static str {
        match self.facts().password_attribute {
            PasswordAttribute::Fixed(name) => name,
            PasswordAttribute::Named | PasswordAttribute::Unavailable => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_indexed_by_kind() {
        for kind in SourceKind::ALL {
            assert_eq!(kind.facts().kind, kind);
        }
    }

    #[test]
    fn ids_round_trip_and_match_serde() {
        for kind in SourceKind::ALL {
            assert_eq!(SourceKind::from_id(kind.id()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.id()));
        }
        assert_eq!(SourceKind::from_id("pingone"), None);
    }

    #[test]
    fn default_password_attributes_follow_the_seed() {
        assert_eq!(
            SourceKind::PingDirectory.default_password_attribute(),
            "userPassword"
        );
        assert_eq!(
            SourceKind::IbmDirectory.default_password_attribute(),
            "userPassword;binary"
        );
        assert_eq!(SourceKind::Rdbms.default_password_attribute(), "");
        assert_eq!(SourceKind::PingOne.default_password_attribute(), "");
    }
}
