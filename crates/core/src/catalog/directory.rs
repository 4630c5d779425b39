//! The PingDirectory objects a password sync needs on the source server (REFERENCE.md §3.2).

use super::Syntax::*;
use super::{ObjectType, Property as P, Server};
use crate::docs;

/// `set-backend-prop --backend-name changelog`.
pub const BACKEND: ObjectType = ObjectType {
    name: "backend",
    plural: "backends",
    label: "Backend",
    naming: &["--backend-name"],
    types: &["changelog", "local-db", "ldif", "config-file-handler"],
    singleton: false,
    server: Server::Directory,
    properties: &[
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
    ],
    doc_url: docs::CHANGELOG_CONSIDERATIONS,
};

/// `set-plugin-prop --plugin-name "Changelog Password Encryption"`.
pub const PLUGIN: ObjectType = ObjectType {
    name: "plugin",
    plural: "plugins",
    label: "Plugin",
    naming: &["--plugin-name"],
    types: &[
        "changelog-password-encryption",
        "pass-through-authentication",
        "pluggable-pass-through-authentication",
        "third-party",
    ],
    singleton: false,
    server: Server::Directory,
    properties: &[
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
    ],
    doc_url: docs::CHANGELOG_CONSIDERATIONS,
};

/// The PingDirectory objects.
pub(super) const OBJECTS: &[&ObjectType] = &[&BACKEND, &PLUGIN];
