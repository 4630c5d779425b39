//! The configuration catalog: every object type and property syncmap knows, as data.
//!
//! Rendering asks it for property names at the target version (7.x `ping-one-api-url` against
//! 8.0+ `api-url`), validation and the linter ask it what exists and what values are allowed,
//! and the web app reads labels and help from it. Nothing else restates these facts.

/// The [`Subcommands`] of an object type called `$name`, spelled out at compile time: commands
/// name their subcommand with a static string instead of formatting one each time.
macro_rules! subcommands {
    ($name:literal) => {
        $crate::catalog::Subcommands {
            create: concat!("create-", $name),
            set_prop: concat!("set-", $name, "-prop"),
            delete: concat!("delete-", $name),
        }
    };
}

mod directory;
pub mod evidence;
pub mod report;
mod sync;

use crate::version::Version;

/// Which server an object lives on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Server {
    /// The PingDataSync server.
    Sync,
    /// A PingDirectory source or destination server (prerequisites).
    Directory,
}

/// What a property's values look like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// Free text.
    Text,
    /// `true` or `false`.
    Boolean,
    /// A whole number.
    Integer,
    /// A duration with a unit, such as `500 ms`.
    Duration,
    /// A distinguished name (may hold `${VAR}` templates).
    Dn,
    /// An LDAP search filter.
    Filter,
    /// An LDAP attribute description (`userPassword;binary`).
    AttributeName,
    /// A value pattern (`{givenName:jsonEscape}`).
    ValuePattern,
    /// `(filter):pattern`.
    ConditionalValuePattern,
    /// A DN map pattern (`*`, `**`, `{1}`).
    DnPattern,
    /// An HTTP(S) URL.
    Url,
    /// One of a fixed set of values.
    Enum(&'static [&'static str]),
    /// The name of another configuration object of the given type.
    Reference(&'static str),
    /// A secret: only a placeholder or a passphrase provider is ever generated.
    Secret,
}

/// The versions a property exists in: from `since` up to, not including, `until`, as the
/// Configuration Reference pages show (`evidence`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first version whose page has it.
    pub since: Version,
    /// The first version whose page no longer has it.
    pub until: Option<Version>,
    /// The first version of the releases before `since` that no page on record covers: from
    /// here up to `since`, whether the property exists is unconfirmed.
    pub unconfirmed_from: Option<Version>,
    /// Likewise after `until`: from `until` up to this version, no page on record says.
    pub unconfirmed_until: Option<Version>,
}

impl Span {
    /// Every supported version.
    pub const ALWAYS: Span = Span {
        since: Version::OLDEST,
        until: None,
        unconfirmed_from: None,
        unconfirmed_until: None,
    };

    /// Whether `version` is in the span.
    pub fn contains(self, version: Version) -> bool {
        version >= self.since && self.until.is_none_or(|until| version < until)
    }

    /// Whether the pages show `version` has it, show it lacks it, or do not say.
    pub fn presence(self, version: Version) -> Presence {
        if self.contains(version) {
            Presence::Documented
        } else if self
            .unconfirmed_from
            .is_some_and(|from| from <= version && version < self.since)
            || self
                .until
                .zip(self.unconfirmed_until)
                .is_some_and(|(until, to)| until <= version && version < to)
        {
            Presence::Unconfirmed
        } else {
            Presence::Absent
        }
    }
}

/// Whether a release has a property, as far as the evidence goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// The release's page (or the pages around it) lists it.
    Documented,
    /// No page on record says: a warning, never an error.
    Unconfirmed,
    /// The release's page does not have it.
    Absent,
}

/// One property of an object type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Property {
    /// The name as dsconfig spells it.
    pub name: &'static str,
    /// The values it takes.
    pub syntax: Syntax,
    /// Whether it takes several values (repeated `--set`).
    pub multi: bool,
    /// dsconfig's default, when it has one.
    pub default: Option<&'static str>,
    /// Whether a create command must set it.
    pub required: bool,
    /// The `--type`s that have it; empty means every type of the object.
    pub types: &'static [&'static str],
    /// The versions it exists in.
    pub span: Span,
    /// The property this one replaced or was replaced by under another name, so a name from
    /// one version can be translated to another.
    pub renamed: Option<&'static str>,
    /// Whether any evidence confirms the property at all (`evidence`): an unconfirmed one is
    /// kept and generated, but a check resting on it is a warning.
    pub confirmed: bool,
    /// One line of help.
    pub help: &'static str,
}

impl Property {
    /// A single-valued, optional property of every type, in every version. Its help is kept
    /// only with the `help-text` feature: see [`Property::in_editor`].
    pub const fn new(name: &'static str, syntax: Syntax, help: &'static str) -> Property {
        let help = if cfg!(feature = "help-text") {
            help
        } else {
            ""
        };
        Property::in_editor(name, syntax, help)
    }

    /// A property whose help the browser app's editor shows beside its field: kept in every
    /// build.
    pub const fn in_editor(name: &'static str, syntax: Syntax, help: &'static str) -> Property {
        Property {
            name,
            syntax,
            multi: false,
            default: None,
            required: false,
            types: &[],
            span: Span::ALWAYS,
            renamed: None,
            confirmed: true,
            help,
        }
    }

    /// Takes several values.
    pub const fn multi(mut self) -> Property {
        self.multi = true;
        self
    }

    /// Must be set on create.
    pub const fn required(mut self) -> Property {
        self.required = true;
        self
    }

    /// Has this default.
    pub const fn default(mut self, value: &'static str) -> Property {
        self.default = Some(value);
        self
    }

    /// Exists only for these `--type`s.
    pub const fn types(mut self, types: &'static [&'static str]) -> Property {
        self.types = types;
        self
    }

    /// Exists from `since` up to, not including, `until`.
    pub const fn span(mut self, since: Version, until: Option<Version>) -> Property {
        self.span = Span {
            since,
            until,
            unconfirmed_from: None,
            unconfirmed_until: None,
        };
        self
    }

    /// No page on record covers the releases from `from` up to its `since`.
    pub const fn unconfirmed_from(mut self, from: Version) -> Property {
        self.span.unconfirmed_from = Some(from);
        self
    }

    /// No page on record covers the releases from its `until` up to `to`.
    pub const fn unconfirmed_until(mut self, to: Version) -> Property {
        self.span.unconfirmed_until = Some(to);
        self
    }

    /// No evidence confirms it: checks resting on it are warnings.
    pub const fn unconfirmed(mut self) -> Property {
        self.confirmed = false;
        self
    }

    /// Whether `version` has it. A property nothing confirms is never certainly absent.
    pub fn presence(&self, version: Version) -> Presence {
        match self.span.presence(version) {
            Presence::Absent if !self.confirmed => Presence::Unconfirmed,
            Presence::Documented if !self.confirmed => Presence::Unconfirmed,
            presence => presence,
        }
    }

    /// Is the same setting as `other` under another name in other versions.
    pub const fn renamed(mut self, other: &'static str) -> Property {
        self.renamed = Some(other);
        self
    }

    /// Whether `other` is this setting, under this name or the one it has in other releases.
    pub fn is_same_setting(&self, other: &Property) -> bool {
        self.name == other.name
            || self.renamed == Some(other.name)
            || other.renamed == Some(self.name)
    }

    /// Whether objects of `object_type` have it.
    pub fn applies_to_type(&self, object_type: Option<&str>) -> bool {
        self.types.is_empty() || object_type.is_some_and(|t| self.types.contains(&t))
    }
}

/// The subcommands on one object type, as static text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subcommands {
    /// `create-<name>`.
    pub create: &'static str,
    /// `set-<name>-prop`.
    pub set_prop: &'static str,
    /// `delete-<name>`.
    pub delete: &'static str,
}

/// One kind of configuration object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjectType {
    /// The name in subcommands: `create-<name>`, `set-<name>-prop`.
    pub name: &'static str,
    /// `create-<name>`, `set-<name>-prop` and `delete-<name>` (made from `name` by the
    /// `subcommands!` macro; a test checks they agree).
    pub subcommands: Subcommands,
    /// The plural in `list-<plural>`.
    pub plural: &'static str,
    /// A label for people.
    pub label: &'static str,
    /// The naming arguments, parents first (`--map-name`, `--mapping-name`).
    pub naming: &'static [&'static str],
    /// The `--type`s of a polymorphic object; empty when it takes no `--type`.
    pub types: &'static [&'static str],
    /// Whether there is exactly one, changed with `set-<name>-prop` and never created.
    pub singleton: bool,
    /// Where it lives.
    pub server: Server,
    /// Its properties, in groups: several types share a group (the PingOne endpoint settings
    /// of sync sources and destinations), defined once.
    pub properties: &'static [&'static [Property]],
    /// Its configuration reference page.
    pub doc_url: &'static str,
}

impl ObjectType {
    /// `create-<name>`.
    pub fn create(&self) -> String {
        self.subcommands.create.to_owned()
    }

    /// `set-<name>-prop`.
    pub fn set_prop(&self) -> String {
        self.subcommands.set_prop.to_owned()
    }

    /// `delete-<name>`.
    pub fn delete(&self) -> String {
        self.subcommands.delete.to_owned()
    }

    /// The property `name` as it exists at `version`: the property itself, or the one it was
    /// renamed to or from, whichever that version has; one the pages show before one they do
    /// not confirm.
    pub fn property(&self, name: &str, version: Version) -> Option<&'static Property> {
        let exact = self.all_properties().find(|p| p.name == name);
        let other = self
            .other_name(name)
            .and_then(|other| self.property_any_version(other));
        [Presence::Documented, Presence::Unconfirmed]
            .into_iter()
            .find_map(|wanted| {
                exact
                    .into_iter()
                    .chain(other)
                    .find(|p| p.presence(version) == wanted)
            })
    }

    /// The name the setting called `name` has in other releases (`ping-one-api-url` for
    /// `api-url` and the reverse): the pair names each other one way, the newer name saying
    /// what it was renamed from.
    pub fn other_name(&self, name: &str) -> Option<&'static str> {
        self.property_any_version(name)
            .and_then(|p| p.renamed)
            .or_else(|| {
                self.all_properties()
                    .find(|p| p.renamed == Some(name))
                    .map(|p| p.name)
            })
    }

    /// The object type this one is a child of: deleting the parent deletes it too, and its
    /// naming arguments start with the parent's. Said here rather than worked out from the
    /// naming arguments, which an attribute map and a DN map share.
    pub fn parent(&self) -> Option<&'static ObjectType> {
        use objects::*;
        [
            (&ATTRIBUTE_MAPPING, &ATTRIBUTE_MAP),
            (&JSON_ATTRIBUTE_MAPPING_FIELD, &ATTRIBUTE_MAPPING),
            (&SYNC_CLASS, &SYNC_PIPE),
            (&JSON_ATTRIBUTE, &SYNC_CLASS),
        ]
        .into_iter()
        .find(|(child, _)| child.name == self.name)
        .map(|(_, parent)| parent)
    }

    /// Every property, in catalog order.
    pub fn all_properties(&self) -> impl Iterator<Item = &'static Property> + use<> {
        self.properties.iter().flat_map(|group| group.iter())
    }

    /// The property called `name` in any version.
    pub fn property_any_version(&self, name: &str) -> Option<&'static Property> {
        self.all_properties().find(|p| p.name == name)
    }
}

/// Every object type syncmap knows.
pub fn object_types() -> impl Iterator<Item = &'static ObjectType> {
    sync::OBJECTS
        .iter()
        .chain(directory::OBJECTS.iter())
        .copied()
}

/// Multi-valued properties that take one value on some `--type`s: (object type, property,
/// those types). The pages show `server` single-valued on a SCIM 2.0 destination and on a
/// third-party JDBC source.
pub const SINGLE_VALUED_ON: &[(&str, &str, &[&str])] = &[
    ("sync-destination", "server", &["scim2"]),
    ("sync-source", "server", &["third-party-jdbc"]),
];

/// Whether `property` of `object` takes several values on objects of `type_name`.
pub fn is_multi_for(object: &ObjectType, property: &Property, type_name: Option<&str>) -> bool {
    property.multi
        && !SINGLE_VALUED_ON.iter().any(|(o, p, types)| {
            *o == object.name
                && *p == property.name
                && type_name.is_some_and(|t| types.contains(&t))
        })
}

/// Whether `property` of `object` is one of the PingOne settings sync sources and
/// destinations share.
pub fn is_shared_pingone_setting(object: &ObjectType, property: &Property) -> bool {
    matches!(object.name, "sync-source" | "sync-destination")
        && sync::PINGONE_ENDPOINT
            .iter()
            .any(|p| p.name == property.name)
}

/// The object type called `name`.
pub fn object_type(name: &str) -> Option<&'static ObjectType> {
    object_types().find(|object| object.name == name)
}

/// The object type a subcommand acts on, and what it does: `create-sync-class` gives
/// (`sync-class`, [`Verb::Create`]).
pub fn subcommand(subcommand: &str) -> Option<(&'static ObjectType, Verb)> {
    let forms: [(&str, &str, Verb); 5] = [
        ("create-", "", Verb::Create),
        ("delete-", "", Verb::Delete),
        ("set-", "-prop", Verb::Set),
        ("get-", "-prop", Verb::Get),
        ("list-", "", Verb::List),
    ];
    forms.into_iter().find_map(|(prefix, suffix, verb)| {
        let middle = subcommand.strip_prefix(prefix)?.strip_suffix(suffix)?;
        let found = if verb == Verb::List {
            object_types().find(|o| o.plural == middle)
        } else {
            object_type(middle)
        };
        found.map(|object| (object, verb))
    })
}

/// What a subcommand does to its object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    /// `create-…`
    Create,
    /// `delete-…`
    Delete,
    /// `set-…-prop`
    Set,
    /// `get-…-prop`
    Get,
    /// `list-…`
    List,
}

/// Typed handles on the object types the renderer writes, so a misspelt name fails to compile
/// instead of producing a wrong command.
pub mod objects {
    pub use super::directory::{BACKEND, PLUGIN};
    pub use super::sync::{
        ATTRIBUTE_MAP, ATTRIBUTE_MAPPING, DN_MAP, EXTERNAL_SERVER, GLOBAL_SYNC_CONFIGURATION,
        JSON_ATTRIBUTE, JSON_ATTRIBUTE_MAPPING_FIELD, SYNC_CLASS, SYNC_DESTINATION, SYNC_PIPE,
        SYNC_SOURCE,
    };
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn names_are_unique_and_subcommands_resolve() {
        let mut names = HashSet::new();
        for object in object_types() {
            assert!(
                names.insert(object.name),
                "duplicate object {}",
                object.name
            );
            let mut props = HashSet::new();
            for p in object.all_properties() {
                assert!(
                    props.insert(p.name),
                    "{}: duplicate property {}",
                    object.name,
                    p.name
                );
                for t in p.types {
                    assert!(
                        object.types.contains(t),
                        "{}.{}: unknown type {t}",
                        object.name,
                        p.name
                    );
                }
                if let Some(other) = p.renamed {
                    let other = object.property_any_version(other);
                    assert!(
                        other.is_some(),
                        "{}.{} renamed from nothing",
                        object.name,
                        p.name
                    );
                }
            }
            let Subcommands {
                create,
                set_prop,
                delete,
            } = object.subcommands;
            assert_eq!(
                [create, set_prop, delete].map(str::to_owned),
                [
                    format!("create-{}", object.name),
                    format!("set-{}-prop", object.name),
                    format!("delete-{}", object.name)
                ],
                "{}: subcommands! given another name",
                object.name
            );
            assert_eq!(
                subcommand(&object.create()).map(|(o, v)| (o.name, v)),
                Some((object.name, Verb::Create))
            );
            assert_eq!(
                subcommand(&object.set_prop()).map(|(o, v)| (o.name, v)),
                Some((object.name, Verb::Set))
            );
            let list = format!("list-{}", object.plural);
            assert_eq!(
                subcommand(&list).map(|(o, v)| (o.name, v)),
                Some((object.name, Verb::List))
            );
        }
        assert!(subcommand("create-sync-classes").is_none());
    }

    #[test]
    fn a_child_is_named_by_its_parents_naming_arguments_and_one_more() {
        let mut children = 0;
        for object in object_types() {
            if let Some(parent) = object.parent() {
                children += 1;
                assert_eq!(
                    &object.naming[..object.naming.len() - 1],
                    parent.naming,
                    "{}",
                    object.name
                );
            } else {
                assert!(object.naming.len() <= 1, "{} has no parent", object.name);
            }
        }
        assert_eq!(children, 4);
    }

    #[test]
    fn every_span_starts_and_ends_at_a_known_release() {
        for object in object_types() {
            for p in object.all_properties() {
                let Span {
                    since,
                    until,
                    unconfirmed_from,
                    unconfirmed_until,
                } = p.span;
                assert!(
                    unconfirmed_until
                        .is_none_or(|to| to.is_known() && until.is_some_and(|until| until < to)),
                    "{}.{}: unconfirmed until {unconfirmed_until:?}, until {until:?}",
                    object.name,
                    p.name
                );
                assert!(
                    unconfirmed_from.is_none_or(|from| from.is_known() && from < since),
                    "{}.{}: unconfirmed from {unconfirmed_from:?}, since {since}",
                    object.name,
                    p.name
                );
                assert!(
                    since.is_known(),
                    "{}.{}: since {since}",
                    object.name,
                    p.name
                );
                assert!(
                    until.is_none_or(Version::is_known),
                    "{}.{}: until {until:?}",
                    object.name,
                    p.name
                );
                // A property no known release has would never be generated or accepted.
                assert!(
                    crate::version::RELEASES.iter().any(|v| p.span.contains(*v)),
                    "{}.{} exists in no known release",
                    object.name,
                    p.name
                );
            }
        }
        // Every property of every known release: ALWAYS covers them all.
        assert!(
            crate::version::RELEASES
                .iter()
                .all(|v| Span::ALWAYS.contains(*v))
        );
    }

    #[test]
    fn pingone_property_names_follow_the_version() {
        let destination = &objects::SYNC_DESTINATION;
        let name = |property: &str, version: Version| {
            destination.property(property, version).map(|p| p.name)
        };
        // 7.0.1.4's page has the prefixed names; 7.2.1.3's and every later one the plain ones.
        for (version, expected) in [
            (Version::new(7, 0), "ping-one-api-url"),
            (Version::new(7, 2), "api-url"),
            (Version::new(7, 3), "api-url"),
            (Version::new(9, 3), "api-url"),
        ] {
            assert_eq!(name("api-url", version), Some(expected), "{version}");
            assert_eq!(
                name("ping-one-api-url", version),
                Some(expected),
                "{version}"
            );
        }
        assert_eq!(
            name("oauth-client-secret", Version::new(7, 0)),
            Some("ping-one-oauth-client-secret")
        );
        assert_eq!(
            name("default-population-id", Version::new(7, 0)),
            Some("ping-one-default-population-id")
        );
        assert_eq!(name("no-such-thing", Version::new(9, 3)), None);
    }

    #[test]
    fn presence_follows_the_pages_and_says_where_they_are_silent() {
        let destination = &objects::SYNC_DESTINATION;
        let presence = |property: &str, version: Version| {
            destination
                .property_any_version(property)
                .unwrap()
                .presence(version)
        };
        let passphrase = "oauth-client-secret-passphrase-provider";
        assert_eq!(presence(passphrase, Version::new(8, 2)), Presence::Absent);
        assert_eq!(
            presence(passphrase, Version::new(8, 3)),
            Presence::Documented
        );
        let proxy = "http-proxy-external-server";
        assert_eq!(presence(proxy, Version::new(8, 3)), Presence::Absent);
        assert_eq!(presence(proxy, Version::new(9, 2)), Presence::Documented);
        assert_eq!(
            presence("default-population-name", Version::new(7, 0)),
            Presence::Absent
        );
        // No destination page of 7.2 or 7.3 is on record.
        assert_eq!(
            presence("default-population-name", Version::new(7, 3)),
            Presence::Unconfirmed
        );
        assert_eq!(
            presence("default-population-name", Version::new(8, 0)),
            Presence::Documented
        );
        // A property nothing confirms is never certainly absent nor present.
        let doubted = Property::new("x", Syntax::Text, "")
            .span(Version::new(9, 0), None)
            .unconfirmed();
        assert_eq!(doubted.presence(Version::new(8, 0)), Presence::Unconfirmed);
        assert_eq!(doubted.presence(Version::new(9, 3)), Presence::Unconfirmed);
    }
}
