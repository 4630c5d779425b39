//! The PingDirectory objects a password sync needs on the source server (REFERENCE.md §3.2).

use super::Syntax::*;
use super::{ObjectType, Property as P, Server};
use crate::docs;
use crate::version::Version;

/// The changelog backend's settings: how long changes are kept and what each change records,
/// which notification mode and DataSync's batch reads depend on.
const CHANGELOG: &[P] = &[
    P::new(
        "changelog-maximum-age",
        Duration,
        "How long changelog entries are kept",
    )
    .types(&["changelog"]),
    P::new(
        "target-database-size",
        Text,
        "The size the changelog is trimmed to",
    )
    .types(&["changelog"]),
    P::new(
        "changelog-write-batch-size",
        Integer,
        "Changes written per batch",
    )
    .types(&["changelog"]),
    P::new(
        "index-include-attribute",
        AttributeName,
        "Attributes indexed for changelog batch reads",
    )
    .multi()
    .types(&["changelog"]),
    P::new(
        "index-exclude-attribute",
        AttributeName,
        "Attributes left out of that index",
    )
    .multi()
    .types(&["changelog"]),
    P::new(
        "changelog-include-attribute",
        AttributeName,
        "Only these attributes are recorded in changes",
    )
    .multi()
    .types(&["changelog"]),
    P::new(
        "changelog-exclude-attribute",
        AttributeName,
        "These attributes are not recorded in changes",
    )
    .multi()
    .types(&["changelog"]),
    P::new(
        "changelog-deleted-entry-include-attribute",
        AttributeName,
        "Attributes kept in delete records",
    )
    .multi()
    .types(&["changelog"]),
    P::new(
        "changelog-deleted-entry-exclude-attribute",
        AttributeName,
        "Attributes left out of delete records",
    )
    .multi()
    .types(&["changelog"]),
    P::new(
        "changelog-include-key-attribute",
        AttributeName,
        "Attributes always recorded, changed or not (notification mode needs them)",
    )
    .multi()
    .types(&["changelog"]),
    P::new(
        "changelog-max-before-after-values",
        Integer,
        "Before and after values kept per attribute (notification mode needs them)",
    )
    .types(&["changelog"]),
    P::new(
        "report-excluded-changelog-attributes",
        Text,
        "Whether changes name the attributes left out",
    )
    .types(&["changelog"]),
    P::new(
        "soft-delete-entry-included-operation",
        Enum(&["delete", "modify"]),
        "Soft-delete operations recorded",
    )
    .multi()
    .types(&["changelog"]),
];

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
    properties: &[
        &[
            P::new("description", Text, "A description of the backend"),
            P::new("backend-id", Text, "The backend's identifier"),
            P::new("enabled", Boolean, "Whether the backend is enabled"),
            P::new("base-dn", Dn, "The backend's base DNs").multi(),
            P::new(
                "writability-mode",
                Enum(&["enabled", "disabled", "internal-only"]),
                "Whether the backend accepts writes",
            )
            .types(&["local-db", "config-file-handler"]),
            P::new(
                "db-cache-percent",
                Integer,
                "Share of the JVM heap for the database cache",
            )
            .types(&["changelog", "local-db"]),
        ],
        CHANGELOG,
        &[
            P::new("import-thread-count", Integer, "Threads for LDIF import").types(&["local-db"]),
            P::new("prime-method", Text, "How the database is primed at start")
                .multi()
                .types(&["local-db"]),
        ],
    ],
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
        P::new("description", Text, "A description of the plugin"),
        P::new("enabled", Boolean, "Whether the plugin is enabled"),
        P::new(
            "invoke-for-internal-operations",
            Boolean,
            "Also run for the server's own operations",
        ),
        P::new(
            "changelog-password-encryption-key",
            Secret,
            "The key passwords are encrypted with in the changelog",
        )
        .types(&["changelog-password-encryption"]),
        // Missing from the complete 8.0.0.0 index, listed at latest; no page between is on
        // record.
        P::new(
            "changelog-password-encryption-key-passphrase-provider",
            Reference("passphrase-provider"),
            "Where that key comes from",
        )
        .types(&["changelog-password-encryption"])
        .span(Version::NEWEST, None)
        .unconfirmed_from(Version::new(8, 1)),
        P::new("plugin-type", Text, "When the plugin runs").multi(),
        P::new("server", Text, "Servers to pass binds through to")
            .multi()
            .types(&["pass-through-authentication"]),
        P::new("dn-map", Text, "DN maps from local to remote DNs")
            .multi()
            .types(&["pass-through-authentication"])
            .unconfirmed(),
        P::new("search-base-dn", Dn, "Where remote entries are searched")
            .types(&["pass-through-authentication"]),
        P::new(
            "server-access-mode",
            Enum(&[
                "round-robin",
                "failover-on-unavailable",
                "failover-on-any-failure",
            ]),
            "How the servers are used",
        )
        .default("round-robin")
        .types(&["pass-through-authentication"]),
        P::new(
            "override-local-password",
            Boolean,
            "Replace the local password after a remote bind",
        )
        .types(&[
            "pass-through-authentication",
            "pluggable-pass-through-authentication",
        ])
        .unconfirmed(),
        P::new(
            "update-local-password",
            Boolean,
            "Store the password locally after a remote bind",
        )
        .types(&[
            "pass-through-authentication",
            "pluggable-pass-through-authentication",
        ])
        .unconfirmed(),
        P::new("try-local-bind", Boolean, "Try the local password first").types(&[
            "pass-through-authentication",
            "pluggable-pass-through-authentication",
        ]),
        P::new("pass-through-authentication-handler", Text, "The handler")
            .types(&["pluggable-pass-through-authentication"]),
        P::new(
            "included-local-entry-base-dn",
            Dn,
            "Entries that pass binds through",
        )
        .multi()
        .types(&[
            "pass-through-authentication",
            "pluggable-pass-through-authentication",
        ]),
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

/// `set-password-policy-prop --policy-name "Default Password Policy"`: a PingDirectory
/// destination takes pre-encoded passwords only when its policy allows them.
pub const PASSWORD_POLICY: ObjectType = ObjectType {
    name: "password-policy",
    subcommands: subcommands!("password-policy"),
    plural: "password-policies",
    label: "Password policy",
    naming: &["--policy-name"],
    types: &[],
    singleton: false,
    server: Server::Directory,
    properties: &[&[
        P::new("description", Text, "A description of the policy").unconfirmed(),
        P::new(
            "password-attribute",
            AttributeName,
            "The attribute that holds passwords",
        )
        .default("userPassword"),
        P::new(
            "default-password-storage-scheme",
            Reference("password-storage-scheme"),
            "The schemes new passwords are encoded with",
        )
        .multi(),
        P::new(
            "allow-pre-encoded-passwords",
            Boolean,
            "Accept passwords that arrive already encoded",
        )
        .default("false"),
        // The 10.3.0.0 index lists it, the 9.3.0.0 one does not; neither release's page of
        // the password policy is otherwise on record.
        P::new(
            "re-encode-passwords-on-scheme-config-change",
            Boolean,
            "Re-encode passwords when a scheme's settings change",
        )
        .span(Version::new(10, 3), None)
        .unconfirmed_from(Version::new(10, 0)),
    ]],
    doc_url: docs::CREATE_SYNC_PIPE_CONFIG,
};

/// The PingDirectory objects.
pub(super) const OBJECTS: &[&ObjectType] = &[&BACKEND, &PLUGIN, &PASSWORD_POLICY];
