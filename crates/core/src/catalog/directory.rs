//! The PingDirectory objects a password sync needs on the source server (REFERENCE.md §3.2).

use super::Syntax::*;
use super::{ObjectType, Property as P, Server};
use crate::docs;

/// `set-backend-prop --backend-name changelog`.
pub const BACKEND: ObjectType = ObjectType {
    name: "backend",
    subcommands: subcommands!("backend"),
    plural: "backends",
    label: "Backend",
    naming: &["--backend-name"],
    types: &["changelog", "local-db", "ldif", "config-file-handler"],
    singleton: false,
    server: Server::Directory,
    properties: &[&[
        P::new("enabled", Boolean, "Whether the backend is enabled"),
        P::new(
            "changelog-maximum-age",
            Duration,
            "How long changelog entries are kept",
        )
        .types(&["changelog"]),
        P::new(
            "changelog-deleted-entry-include-attribute",
            AttributeName,
            "Attributes kept in delete records",
        )
        .multi()
        .types(&["changelog"]),
        P::new("base-dn", Dn, "The backend's base DNs").multi(),
    ]],
    doc_url: docs::CHANGELOG_CONSIDERATIONS,
};

/// `set-plugin-prop --plugin-name "Changelog Password Encryption"`.
pub const PLUGIN: ObjectType = ObjectType {
    name: "plugin",
    subcommands: subcommands!("plugin"),
    plural: "plugins",
    label: "Plugin",
    naming: &["--plugin-name"],
    types: &[
        "changelog-password-encryption",
        "pass-through-authentication",
        "pluggable-pass-through-authentication",
        "composed-attribute",
        "third-party",
    ],
    singleton: false,
    server: Server::Directory,
    properties: &[&[
        P::new("enabled", Boolean, "Whether the plugin is enabled"),
        P::new(
            "changelog-password-encryption-key",
            Secret,
            "The key passwords are encrypted with in the changelog",
        )
        .types(&["changelog-password-encryption"]),
        P::new(
            "changelog-password-encryption-key-passphrase-provider",
            Reference("passphrase-provider"),
            "Where that key comes from",
        )
        .types(&["changelog-password-encryption"]),
        P::new("plugin-type", Text, "When the plugin runs").multi(),
        P::new("server", Text, "Servers to pass binds through to")
            .multi()
            .types(&["pass-through-authentication"]),
        P::new("dn-map", Text, "DN maps from local to remote DNs")
            .multi()
            .types(&["pass-through-authentication"]),
        P::new("search-base-dn", Dn, "Where remote entries are searched")
            .multi()
            .types(&["pass-through-authentication"]),
        P::new(
            "override-local-password",
            Boolean,
            "Replace the local password after a remote bind",
        )
        .types(&[
            "pass-through-authentication",
            "pluggable-pass-through-authentication",
        ]),
        P::new(
            "update-local-password",
            Boolean,
            "Store the password locally after a remote bind",
        )
        .types(&["pluggable-pass-through-authentication"]),
        P::new("try-local-bind", Boolean, "Try the local password first")
            .types(&["pluggable-pass-through-authentication"]),
        P::new("pass-through-authentication-handler", Text, "The handler")
            .types(&["pluggable-pass-through-authentication"]),
        P::new(
            "included-local-entry-base-dn",
            Dn,
            "Entries that pass binds through",
        )
        .multi()
        .types(&["pluggable-pass-through-authentication"]),
        P::new(
            "attribute-type",
            AttributeName,
            "The attribute the plugin builds",
        )
        .types(&["composed-attribute"]),
        P::new("value-pattern", ValuePattern, "Patterns for its values")
            .multi()
            .types(&["composed-attribute"]),
        P::new("include-base-dn", Dn, "Entries under these DNs")
            .multi()
            .types(&["composed-attribute"]),
        P::new("include-filter", Filter, "Entries matching these filters")
            .multi()
            .types(&["composed-attribute"]),
        P::new(
            "target-attribute-exists-during-initial-population-behavior",
            Text,
            "What to do when the attribute exists",
        )
        .types(&["composed-attribute"]),
        P::new("extension-class", Text, "The Java class").types(&["third-party"]),
        P::new("extension-argument", Text, "name=value arguments")
            .multi()
            .types(&["third-party"]),
    ]],
    doc_url: docs::CHANGELOG_CONSIDERATIONS,
};

/// The PingDirectory objects.
pub(super) const OBJECTS: &[&ObjectType] = &[&BACKEND, &PLUGIN];
