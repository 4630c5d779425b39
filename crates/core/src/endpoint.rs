//! The kinds of sync endpoint syncmap knows, and the facts about each. The single place for
//! these facts: the renderer, the rules, the CLI and the web app all read them from here.

use serde::{Deserialize, Serialize};

/// Which attribute holds the password on a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordAttribute {
    /// A fixed, well-known attribute name.
    Fixed(&'static str),
    /// A column or attribute that only the admin knows; there is no default.
    Named,
    /// The source never hands passwords to PingDataSync.
    Unavailable,
    /// The source's kind is not known, so neither is where its passwords are.
    Unknown,
}

/// How syncmap creates an endpoint of some kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndpointTypes {
    /// The `--type` of the sync source or destination.
    pub endpoint: &'static str,
    /// The `--type` of its external servers; `None` where it has none (PingOne).
    pub external_server: Option<&'static str>,
}

/// What the renderer and the rules ask of either kind of endpoint.
pub trait EndpointKind: Copy {
    /// The label shown to people.
    fn label(self) -> &'static str;
    /// How syncmap creates this endpoint, where it can.
    fn generated(self) -> Option<EndpointTypes>;
}

impl EndpointKind for SourceKind {
    fn label(self) -> &'static str {
        self.facts().label
    }

    fn generated(self) -> Option<EndpointTypes> {
        self.facts().generated
    }
}

impl EndpointKind for DestinationKind {
    fn label(self) -> &'static str {
        self.facts().label
    }

    fn generated(self) -> Option<EndpointTypes> {
        self.facts().generated
    }
}

/// Where users, and their passwords, come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// PingDirectory: `userPassword`.
    PingDirectory,
    /// PingDirectoryProxy in front of PingDirectory servers.
    PingDirectoryProxy,
    /// IBM Security Directory / IBM Tivoli Directory: returns `userPassword;binary`.
    IbmDirectory,
    /// Another LDAP server: Oracle/Sun DS, OpenLDAP, OpenDJ, OUD.
    OtherLdap,
    /// Microsoft Active Directory, with the Ping Password Sync Agent.
    ActiveDirectory,
    /// A generic relational database read over JDBC: a column the admin names.
    Rdbms,
    /// PingOne: PingDataSync cannot read passwords out of it.
    PingOne,
    /// Not known: the files an import read name the source without saying what it is. The
    /// rules that need the kind do not run until the admin chooses it.
    Unknown,
}

/// What syncmap knows about one source kind.
#[derive(Clone, Copy, Debug)]
pub struct SourceFacts {
    /// The kind these facts describe.
    pub kind: SourceKind,
    /// The stable identifier used in scenario JSON, permalinks and the CLI.
    pub id: &'static str,
    /// The label shown to people.
    pub label: &'static str,
    /// The name part Ping's examples use in map names (`PingDirectory_to_PingOne_User_Map`).
    pub map_prefix: &'static str,
    /// The password attribute on this source.
    pub password_attribute: PasswordAttribute,
    /// How syncmap creates this endpoint, where it can: for the others the admin runs
    /// `create-sync-pipe-config`, whose menu offers them, and syncmap refers to the result.
    pub generated: Option<EndpointTypes>,
    /// One sentence of guidance about passwords from this source.
    pub password_guidance: &'static str,
}

const SOURCES: [SourceFacts; 8] = [
    SourceFacts {
        kind: SourceKind::PingDirectory,
        id: "ping-directory",
        label: "PingDirectory",
        map_prefix: "PingDirectory",
        password_attribute: PasswordAttribute::Fixed("userPassword"),
        generated: Some(EndpointTypes {
            endpoint: "ping-identity",
            external_server: Some("ping-identity-ds"),
        }),
        password_guidance: "PingDirectory maps userPassword to PingOne's password with a direct \
                            mapping; the value is the encrypted or hashed password, depending on \
                            how PingDirectory stores it.",
    },
    SourceFacts {
        kind: SourceKind::PingDirectoryProxy,
        id: "ping-directory-proxy",
        label: "PingDirectoryProxy",
        map_prefix: "PingDirectoryProxy",
        password_attribute: PasswordAttribute::Fixed("userPassword"),
        generated: Some(EndpointTypes {
            endpoint: "ping-identity",
            external_server: Some("ping-identity-proxy-server"),
        }),
        password_guidance: "Through PingDirectoryProxy the password is userPassword, as on the \
                            PingDirectory servers behind it.",
    },
    SourceFacts {
        kind: SourceKind::IbmDirectory,
        id: "ibm-directory",
        label: "IBM Security Directory / IBM Tivoli Directory",
        map_prefix: "IBM_Directory",
        password_attribute: PasswordAttribute::Fixed("userPassword;binary"),
        generated: None,
        password_guidance: "IBM Security Directory and IBM Tivoli Directory return the password \
                            as userPassword;binary, so that is the attribute to map from.",
    },
    SourceFacts {
        kind: SourceKind::OtherLdap,
        id: "other-ldap",
        label: "Other LDAP directory (Oracle/Sun DS, OpenLDAP, OpenDJ)",
        map_prefix: "LDAP",
        password_attribute: PasswordAttribute::Fixed("userPassword"),
        generated: None,
        password_guidance: "Other LDAP servers hand over userPassword as they store it, so the \
                            value is whatever hash that server uses.",
    },
    SourceFacts {
        kind: SourceKind::ActiveDirectory,
        id: "active-directory",
        label: "Microsoft Active Directory",
        map_prefix: "Active_Directory",
        password_attribute: PasswordAttribute::Fixed("unicodePwd"),
        generated: None,
        password_guidance: "Active Directory never exposes passwords: the Ping Password Sync Agent \
                            on every domain controller captures changes and hands PingDataSync a \
                            salted SHA-256 hash as unicodePwd.",
    },
    SourceFacts {
        kind: SourceKind::Rdbms,
        id: "rdbms",
        label: "Generic RDBMS (JDBC)",
        map_prefix: "Generic_RDBMS",
        password_attribute: PasswordAttribute::Named,
        generated: None,
        password_guidance: "Map from the column that stores the password. Its values must be \
                            hashed with a scheme PingDirectory recognizes, never encrypted.",
    },
    SourceFacts {
        kind: SourceKind::PingOne,
        id: "ping-one",
        label: "PingOne",
        map_prefix: "PingOne",
        password_attribute: PasswordAttribute::Unavailable,
        generated: Some(EndpointTypes {
            endpoint: "ping-one-customer",
            external_server: None,
        }),
        password_guidance: "PingDataSync cannot retrieve passwords from PingOne, so it cannot \
                            synchronize passwords out of it.",
    },
    SourceFacts {
        kind: SourceKind::Unknown,
        id: "unknown",
        label: "Not known: choose the kind",
        map_prefix: "Source",
        password_attribute: PasswordAttribute::Unknown,
        generated: None,
        password_guidance: "Choose the source's kind: where its passwords come from depends on \
                            it.",
    },
];

impl SourceKind {
    /// Every source kind, in the order people are offered them ([`SourceKind::Unknown`] is
    /// never offered: it is what an import could not tell).
    pub const ALL: [SourceKind; 7] = [
        SourceKind::PingDirectory,
        SourceKind::PingDirectoryProxy,
        SourceKind::IbmDirectory,
        SourceKind::OtherLdap,
        SourceKind::ActiveDirectory,
        SourceKind::Rdbms,
        SourceKind::PingOne,
    ];

    /// Every kind a scenario can hold: those offered, then [`SourceKind::Unknown`].
    pub const EVERY: [SourceKind; 8] = {
        let mut every = [SourceKind::Unknown; 8];
        let mut i = 0;
        while i < SourceKind::ALL.len() {
            every[i] = SourceKind::ALL[i];
            i += 1;
        }
        every
    };

    /// The facts about this source kind.
    pub fn facts(self) -> &'static SourceFacts {
        // SOURCES is in declaration order; a test keeps it so.
        &SOURCES[self as usize]
    }

    /// The stable identifier used in scenario JSON, permalinks and the CLI.
    pub fn id(self) -> &'static str {
        self.facts().id
    }

    /// The kind with the given [`id`](Self::id), if any ([`SourceKind::Unknown`] included).
    pub fn from_id(id: &str) -> Option<SourceKind> {
        SourceKind::EVERY.into_iter().find(|kind| kind.id() == id)
    }

    /// Whether the kind is known.
    pub fn is_known(self) -> bool {
        self != SourceKind::Unknown
    }

    /// The password attribute a scenario starts with for this source: the fixed name, or empty
    /// where the admin has to name it (or where there is none).
    pub fn default_password_attribute(self) -> &'static str {
        match self.facts().password_attribute {
            PasswordAttribute::Fixed(name) => name,
            PasswordAttribute::Named
            | PasswordAttribute::Unavailable
            | PasswordAttribute::Unknown => "",
        }
    }

    /// Whether the source is a PingDirectory server or a proxy in front of them: the sources
    /// with a changelog and the Changelog Password Encryption plugin.
    pub fn is_ping_directory(self) -> bool {
        matches!(
            self,
            SourceKind::PingDirectory | SourceKind::PingDirectoryProxy
        )
    }
}

/// Where users go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DestinationKind {
    /// PingOne, through the `ping-one-customer` sync destination.
    PingOne,
    /// PingDirectory.
    PingDirectory,
    /// Another LDAP server.
    OtherLdap,
    /// Not known: the files an import read name the destination without saying what it is.
    /// The rules that need the kind do not run until the admin chooses it.
    Unknown,
}

/// What syncmap knows about one destination kind.
#[derive(Clone, Copy, Debug)]
pub struct DestinationFacts {
    /// The kind these facts describe.
    pub kind: DestinationKind,
    /// The stable identifier.
    pub id: &'static str,
    /// The label shown to people.
    pub label: &'static str,
    /// The name part Ping's examples use in map names.
    pub map_prefix: &'static str,
    /// The destination attribute that receives passwords; empty where the kind is unknown.
    pub password_attribute: &'static str,
    /// How syncmap creates this endpoint, where it can.
    pub generated: Option<EndpointTypes>,
}

const DESTINATIONS: [DestinationFacts; 4] = [
    DestinationFacts {
        kind: DestinationKind::PingOne,
        id: "ping-one",
        label: "PingOne",
        map_prefix: "PingOne",
        password_attribute: "password",
        generated: Some(EndpointTypes {
            endpoint: "ping-one-customer",
            external_server: None,
        }),
    },
    DestinationFacts {
        kind: DestinationKind::PingDirectory,
        id: "ping-directory",
        label: "PingDirectory",
        map_prefix: "PingDirectory",
        password_attribute: "userPassword",
        generated: Some(EndpointTypes {
            endpoint: "ping-identity",
            external_server: Some("ping-identity-ds"),
        }),
    },
    DestinationFacts {
        kind: DestinationKind::OtherLdap,
        id: "other-ldap",
        label: "Other LDAP directory",
        map_prefix: "LDAP",
        password_attribute: "userPassword",
        generated: None,
    },
    DestinationFacts {
        kind: DestinationKind::Unknown,
        id: "unknown",
        label: "Not known: choose the kind",
        map_prefix: "Destination",
        password_attribute: "",
        generated: None,
    },
];

impl DestinationKind {
    /// Every destination kind people are offered ([`DestinationKind::Unknown`] is never
    /// offered: it is what an import could not tell).
    pub const ALL: [DestinationKind; 3] = [
        DestinationKind::PingOne,
        DestinationKind::PingDirectory,
        DestinationKind::OtherLdap,
    ];

    /// Every kind a scenario can hold: those offered, then [`DestinationKind::Unknown`].
    pub const EVERY: [DestinationKind; 4] = {
        let mut every = [DestinationKind::Unknown; 4];
        let mut i = 0;
        while i < DestinationKind::ALL.len() {
            every[i] = DestinationKind::ALL[i];
            i += 1;
        }
        every
    };

    /// The facts about this destination kind.
    pub fn facts(self) -> &'static DestinationFacts {
        &DESTINATIONS[self as usize]
    }

    /// The stable identifier.
    pub fn id(self) -> &'static str {
        self.facts().id
    }

    /// The kind with the given identifier ([`DestinationKind::Unknown`] included).
    pub fn from_id(id: &str) -> Option<DestinationKind> {
        DestinationKind::EVERY
            .into_iter()
            .find(|kind| kind.id() == id)
    }

    /// Whether the kind is known.
    pub fn is_known(self) -> bool {
        self != DestinationKind::Unknown
    }
}

/// The attribute map name Ping's examples would use for this pair.
pub fn default_map_name(source: SourceKind, destination: DestinationKind) -> String {
    format!(
        "{}_to_{}_User_Map",
        source.facts().map_prefix,
        destination.facts().map_prefix
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_indexed_by_kind_and_ids_match_serde() {
        assert_eq!(SourceKind::EVERY[..SourceKind::ALL.len()], SourceKind::ALL);
        assert_eq!(
            DestinationKind::EVERY[..DestinationKind::ALL.len()],
            DestinationKind::ALL
        );
        for kind in SourceKind::EVERY {
            assert_eq!(kind.facts().kind, kind);
            assert_eq!(SourceKind::from_id(kind.id()), Some(kind));
            assert_eq!(
                serde_json::to_string(&kind).unwrap(),
                format!("\"{}\"", kind.id())
            );
        }
        for kind in DestinationKind::EVERY {
            assert_eq!(kind.facts().kind, kind);
            assert_eq!(DestinationKind::from_id(kind.id()), Some(kind));
            assert_eq!(
                serde_json::to_string(&kind).unwrap(),
                format!("\"{}\"", kind.id())
            );
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

    #[test]
    fn map_names_follow_pings_examples() {
        assert_eq!(
            default_map_name(SourceKind::PingDirectory, DestinationKind::PingOne),
            "PingDirectory_to_PingOne_User_Map"
        );
        assert_eq!(
            default_map_name(SourceKind::Rdbms, DestinationKind::PingOne),
            "Generic_RDBMS_to_PingOne_User_Map"
        );
    }
}
