//! What syncmap does not create, and what it expects to be ready: for every kind of source and
//! destination, how Ping says to make the endpoint when the apply script does not, and what to
//! prepare on the source by hand. One definition, read by the scripts' header and steps, the
//! checks and the web page, so that they all say the same thing.
//!
//! Why some kinds are not generated: Ping's Configuration Reference pages name the objects
//! (Generic LDAP Sync Source and Destination, Active Directory Sync Source, Third Party JDBC
//! Sync Source) and their properties, but not, in any page syncmap could check, the `--type`
//! values `dsconfig` takes for them; and a JDBC source is Java code of the admin's own. A
//! command syncmap cannot verify is a command it does not write: it names the object instead.

use crate::docs;
use crate::endpoint::{DestinationKind, EndpointKind, SourceKind};
use crate::scenario::{Endpoint, Scenario};

/// How to make an endpoint that the apply script does not create.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Creation {
    /// What the object is, in Ping's words, with its article: "a Generic LDAP Sync Source".
    pub object: &'static str,
    /// How Ping says to create it, in a sentence or two.
    pub how: &'static str,
    /// The pages that say so, the most useful first.
    pub pages: &'static [&'static str],
}

/// How to make a source of `kind` that already has to exist.
pub fn source_creation(kind: SourceKind) -> &'static Creation {
    match kind {
        SourceKind::PingDirectory | SourceKind::PingDirectoryProxy => &Creation {
            object: "a sync source of type ping-identity",
            how: GENERATED_HOW,
            pages: &[
                docs::PINGDIRECTORY_SYNC_SOURCE,
                docs::CREATE_SYNC_PIPE_CONFIG,
            ],
        },
        SourceKind::PingOne => &Creation {
            object: "a sync source of type ping-one-customer",
            how: GENERATED_HOW,
            pages: &[docs::SYNC_FROM_PINGONE],
        },
        SourceKind::IbmDirectory => &Creation {
            object: "a Generic LDAP Sync Source, with an external server for each IBM server",
            how: "Ping reads IBM Security Directory (Tivoli Directory Server) this way, \
                  following its cn=changelog. Create it with dsconfig or the administrative \
                  console, as the Configuration Reference describes.",
            pages: &[docs::LDAPV3_SYNC_SOURCE, docs::GENERIC_LDAP_SYNC_SOURCE],
        },
        SourceKind::OtherLdap => &Creation {
            object: "a sync source for the server's type, with an external server for each \
                     server",
            how: "Run bin/create-sync-pipe-config and choose the server's type if its Source \
                  Endpoint Type menu offers it; otherwise (OpenLDAP, OpenDJ, Oracle Unified \
                  Directory) create a Generic LDAP Sync Source with dsconfig or the \
                  administrative console.",
            pages: &[
                docs::LDAPV3_SYNC_SOURCE,
                docs::GENERIC_LDAP_SYNC_SOURCE,
                docs::CREATE_SYNC_PIPE_CONFIG,
            ],
        },
        SourceKind::ActiveDirectory => &Creation {
            object: "an Active Directory Sync Source, with an external server for each domain \
                     controller",
            how: "Run bin/create-sync-pipe-config and choose Microsoft Active Directory as the \
                  Source Endpoint Type; this sync pipe then uses the source by name. Point it at \
                  the top of the domain, where DirSync detects changes.",
            pages: &[docs::ACTIVE_DIRECTORY, docs::ACTIVE_DIRECTORY_SYSTEMS],
        },
        SourceKind::Rdbms => &Creation {
            object: "a JDBC Sync Source (a Server SDK extension), with a JDBC external server",
            how: "It runs a Server SDK extension of your own (Java or Groovy) that reads a \
                  change log table the database's triggers fill. Install the extension, then \
                  create the source with its extension class and database-entry-type.",
            pages: &[docs::JDBC_SYNC_SOURCE, docs::THIRD_PARTY_JDBC_SYNC_SOURCE],
        },
        SourceKind::Unknown => &Creation {
            object: "a sync source of a kind the scenario does not say",
            how: UNKNOWN_HOW,
            pages: &[docs::CONFIG_COMPONENTS],
        },
    }
}

/// How to make a destination of `kind` that already has to exist.
pub fn destination_creation(kind: DestinationKind) -> &'static Creation {
    match kind {
        DestinationKind::PingOne => &Creation {
            object: "a sync destination of type ping-one-customer",
            how: GENERATED_HOW,
            pages: &[docs::PINGONE_DESTINATION],
        },
        DestinationKind::PingDirectory => &Creation {
            object: "a sync destination of type ping-identity",
            how: GENERATED_HOW,
            pages: &[docs::CREATE_SYNC_PIPE_CONFIG],
        },
        DestinationKind::OtherLdap => &Creation {
            object: "a Generic LDAP Sync Destination, with an external server for each server",
            how: "Create it with bin/create-sync-pipe-config, or with dsconfig as the \
                  Configuration Reference describes. It writes passwords pre-encoded unless \
                  password-synchronization-format is clear-text, which needs a PingDirectory \
                  source.",
            pages: &[
                docs::GENERIC_LDAP_SYNC_DESTINATION,
                docs::CREATE_SYNC_PIPE_CONFIG,
            ],
        },
        DestinationKind::Unknown => &Creation {
            object: "a sync destination of a kind the scenario does not say",
            how: UNKNOWN_HOW,
            pages: &[docs::CONFIG_COMPONENTS],
        },
    }
}

/// For an endpoint whose kind an import could not tell.
const UNKNOWN_HOW: &str = "Choose its kind: how Ping says to create it depends on it.";

/// For the kinds syncmap generates, when the scenario says the endpoint exists already.
const GENERATED_HOW: &str = "Turn on \"Create it\" (\"create\": true) for syncmap to write it with \
                             its external servers, or create it with bin/create-sync-pipe-config.";

/// Which end of the pipe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The sync source.
    Source,
    /// The sync destination.
    Destination,
}

impl Side {
    /// "sync source" or "sync destination".
    pub fn label(self) -> &'static str {
        match self {
            Side::Source => "sync source",
            Side::Destination => "sync destination",
        }
    }

    /// "source" or "destination": the scenario's field and the page's ids.
    pub fn id(self) -> &'static str {
        match self {
            Side::Source => "source",
            Side::Destination => "destination",
        }
    }
}

/// An endpoint the apply script does not create: a sync pipe that uses it needs it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Existing<'a> {
    /// Which end it is.
    pub side: Side,
    /// Its name as the scenario gives it: the admin's text, to be quoted wherever it is written.
    pub name: &'a str,
    /// The label of its kind ("Microsoft Active Directory").
    pub kind: &'static str,
    /// Whether syncmap could create it, had the scenario not said it exists already.
    pub generated: bool,
    /// How Ping says to create it.
    pub creation: &'static Creation,
}

impl Existing<'_> {
    /// Why it must exist first, as one sentence of fixed text.
    pub fn reason(&self) -> String {
        if self.generated {
            format!(
                "It must exist before a sync pipe uses it: the scenario says there is one \
                 already, so syncmap does not create this {}.",
                self.side.label()
            )
        } else {
            format!(
                "It must exist before a sync pipe uses it: syncmap does not create {} {}s.",
                self.kind,
                self.side.label()
            )
        }
    }
}

/// The endpoints of `scenario` that its apply script refers to (by name, from the sync pipe)
/// without creating them: the source first.
pub fn existing(scenario: &Scenario) -> Vec<Existing<'_>> {
    let source = one(Side::Source, &scenario.source, source_creation);
    let destination = one(
        Side::Destination,
        &scenario.destination,
        destination_creation,
    );
    source.into_iter().chain(destination).collect()
}

fn one<K: EndpointKind>(
    side: Side,
    endpoint: &Endpoint<K>,
    creation: fn(K) -> &'static Creation,
) -> Option<Existing<'_>> {
    let generated = endpoint.kind.generated().is_some();
    (!generated || !endpoint.create).then(|| Existing {
        side,
        name: &endpoint.name,
        kind: endpoint.kind.label(),
        generated,
        creation: creation(endpoint.kind),
    })
}

/// One thing to do by hand on the source, with the page that asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// What to do, and why.
    pub text: &'static str,
    /// Ping's page.
    pub page: &'static str,
}

/// What the prerequisites script is about for one kind of source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preparation {
    /// The servers it concerns: "every Active Directory domain controller".
    pub server: &'static str,
    /// What to do there by hand, which no dsconfig command of syncmap's can do.
    pub steps: &'static [Step],
}

/// Where the source's Sync User lives on Sun DS, OpenDJ, Oracle Unified Directory and generic
/// LDAP servers.
const SYNC_USER_UNDER_BASE_DN: Step = Step {
    text: "The Sync User that PingDataSync binds as lives under the base DN (such as cn=Sync \
           User,dc=example,dc=com), not under cn=config.",
    page: docs::SYNC_USER_ACCOUNT,
};

/// What to prepare on a source of `kind`.
pub fn preparation(kind: SourceKind) -> &'static Preparation {
    match kind {
        // The dsconfig commands (changelog, Changelog Password Encryption plugin) are the plan's.
        SourceKind::PingDirectory => &Preparation {
            server: "every source PingDirectory server that receives password changes",
            steps: &[],
        },
        SourceKind::PingDirectoryProxy => &Preparation {
            server: "every PingDirectory server behind the source PingDirectoryProxy that \
                     receives password changes",
            steps: &[],
        },
        SourceKind::IbmDirectory => &Preparation {
            server: "the source IBM Security Directory / IBM Tivoli Directory servers",
            steps: &[
                Step {
                    text: "PingDataSync follows the server's cn=changelog: keep one on every \
                           source server, or give the Generic LDAP Sync Source a Server SDK \
                           Change Detector extension.",
                    page: docs::LDAPV3_SYNC_SOURCE,
                },
                SYNC_USER_UNDER_BASE_DN,
            ],
        },
        SourceKind::OtherLdap => &Preparation {
            server: "the source LDAP servers",
            steps: &[
                Step {
                    text: "PingDataSync reads the changes of Oracle/Sun DS, OpenDJ, Oracle \
                           Unified Directory and other LDAP servers from their retro change \
                           log: every source server must keep one.",
                    page: docs::CHANGE_TRACKING,
                },
                SYNC_USER_UNDER_BASE_DN,
            ],
        },
        SourceKind::ActiveDirectory => &Preparation {
            server: "every Active Directory domain controller",
            steps: &[
                Step {
                    text: "Install the Ping Identity Password Sync Agent on every domain \
                           controller: Active Directory never hands out passwords, and the \
                           agent captures each change. One agent cannot serve several domain \
                           clusters, and AD LDS passwords cannot be synchronized.",
                    page: docs::PASSWORD_SYNC_AGENT,
                },
                Step {
                    text: "Enable SSL on the domain controllers: Active Directory requires it \
                           to synchronize passwords.",
                    page: docs::ACTIVE_DIRECTORY_TASKS,
                },
            ],
        },
        SourceKind::Rdbms => &Preparation {
            server: "the source database",
            steps: &[
                Step {
                    text: "The password column must already hold values hashed with a scheme \
                           PingDirectory recognizes: database passwords cannot be encrypted.",
                    page: docs::SYNC_PASSWORDS_TO_PINGONE,
                },
                Step {
                    text: "PingDataSync finds the database's changes in a change log table that \
                           triggers on each synchronized table fill: create the table and the \
                           triggers your JDBC sync source extension reads.",
                    page: docs::CHANGE_TRACKING,
                },
            ],
        },
        SourceKind::PingOne => &Preparation {
            server: "the source PingOne environment",
            steps: &[],
        },
        SourceKind::Unknown => &Preparation {
            server: "the source servers",
            steps: &[Step {
                text: "Choose the source's kind: what to prepare on it depends on the kind.",
                page: docs::CONFIG_COMPONENTS,
            }],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::EndpointKind;

    fn every_creation() -> Vec<(&'static str, &'static Creation)> {
        let sources = SourceKind::ALL.map(|k| (k.facts().label, source_creation(k)));
        let destinations = DestinationKind::ALL.map(|k| (k.facts().label, destination_creation(k)));
        sources.into_iter().chain(destinations).collect()
    }

    #[test]
    fn every_fact_cites_pings_pages() {
        let mut pages: Vec<&str> = every_creation()
            .iter()
            .flat_map(|(_, c)| c.pages.iter().copied())
            .collect();
        pages.extend(
            SourceKind::ALL
                .iter()
                .flat_map(|k| preparation(*k).steps.iter().map(|s| s.page)),
        );
        for page in pages {
            assert!(
                page.starts_with("https://docs.pingidentity.com/")
                    || page.starts_with("https://docs.ping.directory/"),
                "{page}"
            );
        }
        for (label, creation) in every_creation() {
            assert!(!creation.pages.is_empty(), "{label}");
            assert!(
                creation.object.starts_with("a"),
                "{label}: {}",
                creation.object
            );
        }
    }

    /// The kinds syncmap generates name the type it would create them with, so the notice
    /// and the commands agree.
    #[test]
    fn generated_kinds_name_their_generated_type() {
        for kind in SourceKind::ALL {
            if let Some(types) = kind.generated() {
                let object = source_creation(kind).object;
                assert!(object.ends_with(types.endpoint), "{kind:?}: {object}");
            }
        }
        for kind in DestinationKind::ALL {
            if let Some(types) = kind.generated() {
                let object = destination_creation(kind).object;
                assert!(object.ends_with(types.endpoint), "{kind:?}: {object}");
            }
        }
    }

    #[test]
    fn the_ibm_preset_needs_its_source_and_nothing_else() {
        let scenario = crate::presets::find("ibm-directory-to-pingone")
            .unwrap()
            .scenario();
        let existing = existing(&scenario);
        assert_eq!(existing.len(), 1, "{existing:#?}");
        let source = existing[0];
        assert_eq!(source.side, Side::Source);
        assert_eq!(source.name, "IBM_Directory");
        assert!(!source.generated);
        assert!(source.creation.object.contains("Generic LDAP Sync Source"));
        assert!(source.creation.pages.contains(&docs::LDAPV3_SYNC_SOURCE));
        assert_eq!(
            source.reason(),
            "It must exist before a sync pipe uses it: syncmap does not create IBM Security \
             Directory / IBM Tivoli Directory sync sources."
        );
    }

    #[test]
    fn an_endpoint_syncmap_could_create_is_listed_only_when_the_scenario_keeps_it() {
        let mut scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        let sides: Vec<Side> = existing(&scenario).iter().map(|e| e.side).collect();
        assert_eq!(sides, [Side::Source, Side::Destination]);
        assert!(
            existing(&scenario)[0]
                .reason()
                .contains("says there is one already")
        );
        scenario.source.create = true;
        scenario.destination.create = true;
        assert!(existing(&scenario).is_empty());
        // A kind syncmap does not generate is listed even when the scenario asks to create it.
        scenario.change_destination(DestinationKind::OtherLdap);
        let listed = existing(&scenario);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].side, Side::Destination);
        assert!(!listed[0].generated);
    }

    #[test]
    fn active_directory_is_prepared_on_every_domain_controller() {
        let preparation = preparation(SourceKind::ActiveDirectory);
        assert_eq!(
            preparation.server,
            "every Active Directory domain controller"
        );
        assert!(
            preparation.steps[0]
                .text
                .starts_with("Install the Ping Identity Password Sync Agent on every domain")
        );
        for kind in SourceKind::ALL {
            let server = super::preparation(kind).server;
            assert_eq!(
                server.contains("PingDirectory"),
                kind.is_ping_directory(),
                "{kind:?}: {server}"
            );
        }
    }
}
