//! The PingDataSync objects. Sources: REFERENCE.md §2 (config guide pages, Ping's batch files).

use super::Syntax::*;
use super::{ObjectType, Property as P, Server};
use crate::docs;
use crate::version::Version;

/// The PingOne endpoint properties lost their `ping-one-` prefix between the 7.0.1.4 pages and
/// the 7.2.1.3 ones (no release 7.1 is on record).
const UNPREFIXED: Version = Version::new(7, 2);

const CONNECTION_SECURITY: &[&str] = &["none", "ssl", "starttls"];

/// The LDAP external server types, then `$extra`: the lists below share them.
macro_rules! ldap_servers_and {
    ($($extra:literal),*) => {
        &[
            "ping-identity-ds",
            "ping-identity-proxy-server",
            "active-directory",
            "ldap",
            "nokia-ds",
            "nokia-proxy-server",
            "opendj",
            "oracle-unified-directory",
            $($extra),*
        ]
    };
}

/// `create-external-server --server-name N --type T`.
pub const EXTERNAL_SERVER: ObjectType = ObjectType {
    name: "external-server",
    subcommands: subcommands!("external-server"),
    plural: "external-servers",
    label: "External server",
    naming: &["--server-name"],
    types: &[
        "ping-identity-ds",
        "ping-identity-proxy-server",
        "active-directory",
        "ldap",
        "jdbc",
        "nokia-ds",
        "nokia-proxy-server",
        "opendj",
        "oracle-unified-directory",
        "ping-one-http",
        "http",
        "api",
        "http-proxy",
        "scim",
        "scim2",
        "kafka-cluster",
        "smtp",
        "syslog",
        "amazon-aws",
        "conjur",
        "vault",
    ],
    singleton: false,
    server: Server::Sync,
    properties: &[&[
        P::new("description", Text, "A description of the server"),
        P::new("server-host-name", Text, "The host name or IP address")
            .required()
            .types(HOST_AND_PORT),
        P::new("server-port", Integer, "The port")
            .required()
            .types(HOST_AND_PORT),
        P::new("location", Text, "The location the server is in").types(LDAP_OR_SCIM),
        P::new("bind-dn", Dn, "The DN the sync server binds as").types(LDAP_SERVERS),
        P::new("password", Secret, "The bind password").types(WITH_PASSWORD),
        P::new(
            "passphrase-provider",
            Reference("passphrase-provider"),
            "Where the bind password comes from",
        )
        .types(WITH_PASSWORD),
        P::new(
            "authentication-method",
            Enum(&["none", "simple", "external", "inter-server"]),
            "How to authenticate",
        )
        .default("simple")
        .types(LDAP_SERVERS),
        P::new(
            "connection-security",
            Enum(CONNECTION_SECURITY),
            "Transport security",
        )
        .default("none")
        .types(LDAP_OR_SCIM),
        P::new(
            "key-manager-provider",
            Reference("key-manager-provider"),
            "Client certificate source",
        )
        .types(WITH_TLS),
        P::new(
            "trust-manager-provider",
            Reference("trust-manager-provider"),
            "How server certificates are trusted",
        )
        .types(WITH_TLS),
        P::new(
            "hostname-verification-method",
            Enum(&["allow-all", "strict"]),
            "Certificate host name check",
        )
        .default("strict")
        .types(&["http", "api", "ping-one-http", "scim", "scim2"]),
        P::new(
            "initial-connections",
            Integer,
            "Connections opened at start",
        )
        .types(LDAP_SERVERS),
        P::new("max-connections", Integer, "Connection pool size").types(LDAP_SERVERS),
        P::new(
            "use-administrative-operation-control",
            Boolean,
            "Mark operations as administrative",
        )
        .types(LDAP_SERVERS),
        // Only PingAuthorize's pages and a PingDirectoryProxy profile show it (`syncmap catalog`).
        P::new(
            "health-check",
            Reference("ldap-health-check"),
            "Health checks",
        )
        .multi()
        .types(LDAP_SERVERS),
        P::new(
            "jdbc-driver-type",
            Enum(&[
                "oraclethin",
                "oracleoci",
                "mysql",
                "db2",
                "sqlserver",
                "postgres",
                "other",
            ]),
            "The JDBC driver",
        )
        .types(&["jdbc"]),
        P::new(
            "jdbc-driver-url",
            Text,
            "The JDBC URL, for the driver type other",
        )
        .types(&["jdbc"]),
        P::new("database-name", Text, "The database name").types(&["jdbc"]),
        P::new("user-name", Text, "The user name").types(&["jdbc", "scim"]),
        P::new(
            "jdbc-connection-properties",
            Text,
            "Driver connection properties",
        )
        .multi()
        .types(&["jdbc"]),
        P::new(
            "transaction-isolation-level",
            Text,
            "The transaction isolation level",
        )
        .types(&["jdbc"]),
        P::new("base-url", Url, "The base URL").types(&["http", "api"]),
        P::new("scim-service-url", Url, "The SCIM service's base URL")
            .required()
            .types(&["scim", "scim2"]),
        P::new(
            "http-proxy-external-server",
            Reference("external-server"),
            "An HTTP proxy",
        )
        .types(&["scim2"]),
        // Only two Ping profiles set it (to none, on a ping-identity-ds server): no page lists
        // it or its values.
        P::new(
            "authorization-method",
            Text,
            "How requests to the server are authorized",
        )
        .types(&["ping-identity-ds"]),
    ]],
    doc_url: docs::CONFIG_COMPONENTS,
};

/// The LDAP external servers.
const LDAP_SERVERS: &[&str] = ldap_servers_and!();
/// Servers named by host and port: LDAP, JDBC and HTTP proxies.
const HOST_AND_PORT: &[&str] = ldap_servers_and!("jdbc", "http-proxy");
/// LDAP servers and SCIM 1.1 servers.
const LDAP_OR_SCIM: &[&str] = ldap_servers_and!("scim");
/// Servers that take a password: LDAP, JDBC and SCIM 1.1.
const WITH_PASSWORD: &[&str] = ldap_servers_and!("jdbc", "scim");
/// Servers with key and trust managers: LDAP, HTTP and SCIM.
const WITH_TLS: &[&str] = ldap_servers_and!("api", "http", "scim", "scim2");

/// The `--type`s of sync sources. SCIM servers are destinations only ("It is currently not
/// possible to use a SCIM 2.0 server as a source"); Kafka sources are an 11.1 preview.
const SOURCE_TYPES: &[&str] = &[
    "ping-identity",
    "ping-one-customer",
    "active-directory",
    "generic-ldap",
    "third-party",
    "groovy-scripted",
    "third-party-jdbc",
    "kafka",
];

/// The `--type`s of sync destinations.
const DESTINATION_TYPES: &[&str] = &[
    "ping-identity",
    "ping-one-customer",
    "active-directory",
    "generic-ldap",
    "third-party",
    "groovy-scripted",
    "kafka",
    "scim",
    "scim2",
];

/// Directory endpoints: PingDirectory(-Proxy), Active Directory and other LDAP servers.
const LDAP_ENDPOINTS: &[&str] = &["ping-identity", "active-directory", "generic-ldap"];

/// How directory sources and destinations use their servers.
const LDAP_CONNECTION: &[P] = &[
    P::new(
        "response-timeout",
        Duration,
        "How long to wait for a response",
    )
    .types(LDAP_ENDPOINTS),
    P::new(
        "max-failover-error-code-frequency",
        Duration,
        "Failover rate limit",
    )
    .types(LDAP_ENDPOINTS),
];

/// The settings of custom sync sources and destinations: Java (`third-party`) or Groovy. No
/// page of a Groovy Scripted Sync Destination is on record, so its `script-class` is only
/// known from the source's page.
const fn custom_endpoint(
    extension_types: &'static [&'static str],
    script_class_confirmed: bool,
) -> [P; 4] {
    let script_class = P::new("script-class", Text, "The Groovy class").types(&["groovy-scripted"]);
    [
        P::new("extension-class", Text, "The Java class").types(extension_types),
        P::new("extension-argument", Text, "name=value arguments")
            .multi()
            .types(extension_types),
        if script_class_confirmed {
            script_class
        } else {
            script_class.unconfirmed()
        },
        P::new("script-argument", Text, "name=value arguments")
            .multi()
            .types(&["groovy-scripted"]),
    ]
}

/// The PingOne environment settings of `ping-one-customer` sync sources and destinations: the
/// 7.0 `ping-one-` names and the 7.2+ ones, each pointing at the other. One group: a page of
/// either object documents it (`evidence`).
pub(super) const PINGONE_ENDPOINT: &[P] = &[
    P::new("api-url", Url, "The PingOne API URL")
        .types(PINGONE)
        .span(UNPREFIXED, None)
        .renamed("ping-one-api-url"),
    P::new("ping-one-api-url", Url, "The PingOne API URL")
        .types(PINGONE)
        .span(Version::OLDEST, Some(UNPREFIXED)),
    P::new("auth-url", Url, "The PingOne token URL")
        .types(PINGONE)
        .span(UNPREFIXED, None)
        .renamed("ping-one-auth-url"),
    P::new("ping-one-auth-url", Url, "The PingOne token URL")
        .types(PINGONE)
        .span(Version::OLDEST, Some(UNPREFIXED)),
    P::new("environment-id", Text, "The PingOne environment ID")
        .types(PINGONE)
        .span(UNPREFIXED, None)
        .renamed("ping-one-environment-id"),
    P::new(
        "ping-one-environment-id",
        Text,
        "The PingOne environment ID",
    )
    .types(PINGONE)
    .span(Version::OLDEST, Some(UNPREFIXED)),
    P::new("oauth-client-id", Text, "The worker app's client ID")
        .types(PINGONE)
        .span(UNPREFIXED, None)
        .renamed("ping-one-oauth-client-id"),
    P::new(
        "ping-one-oauth-client-id",
        Text,
        "The worker app's client ID",
    )
    .types(PINGONE)
    .span(Version::OLDEST, Some(UNPREFIXED)),
    P::new(
        "oauth-client-secret",
        Secret,
        "The worker app's client secret",
    )
    .types(PINGONE)
    .span(UNPREFIXED, None)
    .renamed("ping-one-oauth-client-secret"),
    P::new(
        "ping-one-oauth-client-secret",
        Secret,
        "The worker app's client secret",
    )
    .types(PINGONE)
    .span(Version::OLDEST, Some(UNPREFIXED)),
    P::new(
        "oauth-client-secret-passphrase-provider",
        Reference("passphrase-provider"),
        "Where the client secret comes from",
    )
    .types(PINGONE)
    .span(Version::new(8, 3), None),
    P::new(
        "http-proxy-external-server",
        Reference("external-server"),
        "An HTTP proxy",
    )
    .types(PINGONE)
    .span(Version::new(9, 2), None)
    .unconfirmed_from(Version::new(9, 0)),
];

const PINGONE: &[&str] = &["ping-one-customer"];

/// `create-sync-source --source-name N --type T`.
pub const SYNC_SOURCE: ObjectType = ObjectType {
    name: "sync-source",
    subcommands: subcommands!("sync-source"),
    plural: "sync-sources",
    label: "Sync source",
    naming: &["--source-name"],
    types: SOURCE_TYPES,
    singleton: false,
    server: Server::Sync,
    properties: &[
        &[
            P::new("description", Text, "A description of the source"),
            P::new("base-dn", Dn, "Where entries are read")
                .multi()
                .types(LDAP_ENDPOINTS),
            P::new(
                "server",
                Reference("external-server"),
                "The servers, in failover order",
            )
            .multi()
            .types(&[
                "ping-identity",
                "active-directory",
                "generic-ldap",
                "third-party-jdbc",
            ]),
            P::new(
                "use-changelog-batch-request",
                Boolean,
                "Read the changelog in batches",
            )
            .types(&["ping-identity"]),
            P::new(
                "ignore-changes-by-dn",
                Dn,
                "Changes made by these DNs are ignored",
            )
            .multi()
            .types(&["ping-identity", "generic-ldap"]),
            P::new(
                "ignore-changes-by-user",
                Text,
                "Changes made by these users are ignored",
            )
            .multi()
            .types(&["third-party", "groovy-scripted", "third-party-jdbc"]),
            P::new(
                "proxy-server",
                Reference("external-server"),
                "Proxy in front of the source",
            )
            .multi()
            .types(&["ping-identity"]),
            P::new(
                "max-backtrack-replication-latency",
                Duration,
                "How far back to look on failover",
            )
            .default("2 h")
            .types(&["ping-identity"]),
            P::new(
                "sync-backlog-alert-threshold",
                Integer,
                "Backlog size that raises an alert",
            )
            .types(&["ping-identity", "generic-ldap"]),
            P::new("plugin", Reference("sync-source-plugin"), "Source plugins")
                .multi()
                .types(LDAP_ENDPOINTS),
            P::new(
                "change-detector",
                Text,
                "The Server SDK change detector of an LDAP server without a changelog",
            )
            .types(&["generic-ldap"]),
            P::new(
                "unique-id-attribute",
                AttributeName,
                "The attribute that identifies an entry for good",
            )
            .types(&["generic-ldap"]),
            P::new(
                "failover-changelog-replay-duration",
                Duration,
                "How much changelog to replay after a failover",
            )
            .types(&["generic-ldap"]),
            P::new(
                "changelog-search-type",
                Text,
                "How the changelog is searched",
            )
            .types(&["generic-ldap"]),
            P::new(
                "database-entry-type",
                Text,
                "The entry types the database source reads",
            )
            .multi()
            .types(&["third-party-jdbc"]),
            P::new(
                "changelog-maximum-age",
                Duration,
                "How long change log table rows are kept",
            )
            .types(&["third-party-jdbc"]),
            P::new("max-open-connections", Integer, "Database connections")
                .types(&["third-party-jdbc"]),
            P::new("population-to-synchronize", Text, "Populations to read")
                .multi()
                .types(PINGONE),
            P::new(
                "actor-id-to-ignore",
                Text,
                "Changes by these actors are ignored",
            )
            .multi()
            .types(PINGONE),
            P::new("realtime-sync-polling-offset", Duration, "Polling delay").types(PINGONE),
        ],
        LDAP_CONNECTION,
        &custom_endpoint(&["third-party", "third-party-jdbc"], true),
        PINGONE_ENDPOINT,
    ],
    doc_url: docs::SYNC_FROM_PINGONE,
};

/// `create-sync-destination --destination-name N --type T`.
pub const SYNC_DESTINATION: ObjectType = ObjectType {
    name: "sync-destination",
    subcommands: subcommands!("sync-destination"),
    plural: "sync-destinations",
    label: "Sync destination",
    naming: &["--destination-name"],
    types: DESTINATION_TYPES,
    singleton: false,
    server: Server::Sync,
    properties: &[
        &[
            P::new("description", Text, "A description of the destination"),
            P::new("base-dn", Dn, "Where entries are written")
                .multi()
                .types(LDAP_ENDPOINTS),
            P::new(
                "server",
                Reference("external-server"),
                "The servers, in failover order",
            )
            .multi()
            .types(&[
                "ping-identity",
                "active-directory",
                "generic-ldap",
                "scim",
                "scim2",
            ]),
            P::new(
                "plugin",
                Reference("sync-destination-plugin"),
                "Destination plugins",
            )
            .multi()
            .types(&["ping-identity", "active-directory", "generic-ldap", "kafka"]),
            P::new(
                "password-synchronization-format",
                Enum(&["pre-encoded", "clear-text"]),
                "How passwords are written",
            )
            .default("pre-encoded")
            .types(&["ping-identity", "generic-ldap"]),
            P::new(
                "require-secure-connection-for-clear-text-passwords",
                Boolean,
                "Refuse clear-text passwords over insecure connections",
            )
            .default("true")
            .types(&["ping-identity", "generic-ldap"]),
            P::new(
                "endpoint-mapping",
                Reference("scim2-endpoint-mapping"),
                "The SCIM 2.0 endpoint mappings",
            )
            .multi()
            .types(&["scim2"]),
            P::new(
                "query-method",
                Enum(&["get", "post"]),
                "How SCIM 2.0 resources are searched",
            )
            .default("get")
            .types(&["scim2"]),
            P::new(
                "update-method",
                Enum(&["put", "patch"]),
                "How SCIM 2.0 resources are changed",
            )
            .default("patch")
            .types(&["scim2"]),
            P::new("topic", Text, "The Kafka topic").types(&["kafka"]),
            P::new(
                "cluster",
                Reference("external-server"),
                "The Kafka cluster external server",
            )
            .types(&["kafka"]),
            P::new(
                "message-key-attribute",
                AttributeName,
                "The attribute whose value keys each message",
            )
            .types(&["kafka"]),
            // 7.0.1.4's page has the prefixed name, the 7.3 guide and 8.0.0.0's page the plain
            // one; no destination page of 7.2 is on record.
            P::new(
                "default-population-id",
                Text,
                "The population new users go to",
            )
            .types(PINGONE)
            .span(Version::new(7, 3), None)
            .unconfirmed_from(UNPREFIXED)
            .renamed("ping-one-default-population-id"),
            P::new(
                "ping-one-default-population-id",
                Text,
                "The population new users go to",
            )
            .types(PINGONE)
            .span(Version::OLDEST, Some(UNPREFIXED))
            .unconfirmed_until(Version::new(8, 0)),
            P::new(
                "default-population-name",
                Text,
                "The population new users go to, by name",
            )
            .types(PINGONE)
            .span(Version::new(8, 0), None)
            .unconfirmed_from(UNPREFIXED),
        ],
        LDAP_CONNECTION,
        &custom_endpoint(&["third-party"], false),
        PINGONE_ENDPOINT,
    ],
    doc_url: docs::PINGONE_DESTINATION,
};

/// `create-sync-pipe --pipe-name P`.
pub const SYNC_PIPE: ObjectType = ObjectType {
    name: "sync-pipe",
    subcommands: subcommands!("sync-pipe"),
    plural: "sync-pipes",
    label: "Sync pipe",
    naming: &["--pipe-name"],
    types: &[],
    singleton: false,
    server: Server::Sync,
    properties: &[&[
        P::new("description", Text, "A description of the pipe"),
        P::in_editor("started", Boolean, "Whether the pipe runs").default("false"),
        P::new(
            "synchronization-mode",
            Enum(&["standard", "notification"]),
            "Standard or notification mode",
        )
        .default("standard"),
        P::new(
            "sync-source",
            Reference("sync-source"),
            "Where changes come from",
        )
        .required(),
        P::new(
            "sync-destination",
            Reference("sync-destination"),
            "Where changes go",
        )
        .required(),
        P::new(
            "change-detection-polling-interval",
            Duration,
            "How often to poll the source",
        ),
        P::new("num-worker-threads", Integer, "Worker threads"),
        P::new("max-rate-per-second", Integer, "Rate limit"),
        P::new(
            "include-changes-for-unchanged-attributes",
            Boolean,
            "Also sync attributes that did not change",
        ),
        P::new("changes-queue-size", Integer, "Queue size"),
        P::new("max-operation-attempts", Integer, "Retries per change"),
        P::new("retry-backoff-initial-wait", Duration, "First retry delay"),
        P::new("retry-backoff-max-wait", Duration, "Longest retry delay"),
        P::new("retry-backoff-increase-by", Duration, "Retry delay step"),
        P::new(
            "retry-backoff-percentage-increase",
            Integer,
            "How much each retry delay grows, in percent",
        ),
        // No page on record names it (8.3.0.3 has retry-backoff-percentage-increase): kept so
        // that files using it get a warning, not an unknown-property error.
        P::new(
            "retry-backoff-percentage-of-jitter",
            Integer,
            "Retry jitter",
        )
        .unconfirmed(),
        P::new(
            "max-failed-op-background-retries",
            Integer,
            "Background retries",
        ),
        P::new(
            "failed-op-background-retry-delay",
            Duration,
            "Background retry delay",
        ),
        P::new("plugin", Reference("sync-pipe-plugin"), "Sync pipe plugins").multi(),
        P::new(
            "shared-mutex-name",
            Text,
            "Pairs the two pipes of a bidirectional setup",
        ),
        P::new(
            "filter-changes-by-user",
            Text,
            "Notification mode user filter",
        ),
    ]],
    doc_url: docs::CONFIG_COMPONENTS,
};

/// `create-sync-class --pipe-name P --class-name C`.
pub const SYNC_CLASS: ObjectType = ObjectType {
    name: "sync-class",
    subcommands: subcommands!("sync-class"),
    plural: "sync-classes",
    label: "Sync class",
    naming: &["--pipe-name", "--class-name"],
    types: &[],
    singleton: false,
    server: Server::Sync,
    properties: &[&[
        P::new("description", Text, "A description of the class").unconfirmed(),
        P::in_editor(
            "evaluation-order-index",
            Integer,
            "Lower is evaluated first; the first match wins",
        )
        .default("9999"),
        P::in_editor("include-base-dn", Dn, "Entries under these DNs match").multi(),
        P::in_editor(
            "include-filter",
            Filter,
            "Entries matching one of these filters match",
        )
        .multi(),
        P::new(
            "attribute-map",
            Reference("attribute-map"),
            "Attribute maps applied",
        )
        .multi(),
        P::in_editor("dn-map", Reference("dn-map"), "DN maps applied").multi(),
        P::in_editor(
            "auto-mapped-source-attribute",
            AttributeName,
            "Source attributes copied by name (-all-, -none- or names)",
        )
        .multi()
        .default("-all-"),
        P::new(
            "excluded-auto-mapped-source-attributes",
            AttributeName,
            "Left out of auto-mapping",
        )
        .multi(),
        P::new("synchronize-creates", Boolean, "Sync adds").default("true"),
        P::new("synchronize-modifies", Boolean, "Sync modifies").default("true"),
        P::new("synchronize-deletes", Boolean, "Sync deletes").default("true"),
        P::in_editor(
            "destination-correlation-attributes",
            Text,
            "Comma-separated attribute lists tried in order to find the destination entry",
        )
        .multi(),
        P::new(
            "destination-correlation-attributes-on-delete",
            Text,
            "Correlation used for deletes",
        )
        .multi(),
        P::new(
            "destination-create-only-attribute",
            AttributeName,
            "Set on create only",
        )
        .multi(),
        P::new(
            "replace-all-attr-values",
            Boolean,
            "Replace all values on modify",
        ),
        P::new(
            "creates-as-modifies",
            Boolean,
            "Treat creates as modifies when the entry exists",
        ),
        P::new(
            "modifies-as-creates",
            Boolean,
            "Create the entry when a modified one is missing",
        )
        .default("false"),
        P::in_editor(
            "allow-destination-renames",
            Boolean,
            "Rename destination entries when the DN changes",
        ),
        P::new("ignore-zero-length-values", Boolean, "Drop empty values"),
        P::new(
            "attribute-synchronization-mode",
            Enum(&["modified-attributes-only", "all-attributes"]),
            "Which attributes are compared",
        ),
        P::new(
            "use-pessimistic-synchronization",
            Boolean,
            "Fetch the destination entry before each change",
        )
        .unconfirmed(),
    ]],
    doc_url: docs::SYNC_CLASS_EVALUATION,
};

/// `create-attribute-map --map-name M`.
pub const ATTRIBUTE_MAP: ObjectType = ObjectType {
    name: "attribute-map",
    subcommands: subcommands!("attribute-map"),
    plural: "attribute-maps",
    label: "Attribute map",
    naming: &["--map-name"],
    types: &[],
    singleton: false,
    server: Server::Sync,
    properties: &[&[P::new("description", Text, "A description of the map")]],
    doc_url: docs::ATTRIBUTE_MAPPING,
};

/// `create-attribute-mapping --map-name M --mapping-name <destination attribute> --type T`.
pub const ATTRIBUTE_MAPPING: ObjectType = ObjectType {
    name: "attribute-mapping",
    subcommands: subcommands!("attribute-mapping"),
    plural: "attribute-mappings",
    label: "Attribute mapping",
    naming: &["--map-name", "--mapping-name"],
    types: &[
        "direct",
        "constructed",
        "dn",
        "json",
        "reference",
        "third-party",
    ],
    singleton: false,
    server: Server::Sync,
    properties: &[&[
        P::new("description", Text, "A description of the mapping"),
        P::new(
            "to-attribute",
            AttributeName,
            "The destination attribute (read-only: --mapping-name sets it)",
        ),
        P::new("exclude-value", Text, "Values removed from the result").multi(),
        P::new(
            "also-depends-on-src-attribute",
            AttributeName,
            "Extra source attributes that trigger it",
        )
        .multi(),
        P::new(
            "sync-on-every-update",
            Boolean,
            "Always re-sync this attribute",
        ),
        P::in_editor("from-attribute", AttributeName, "The source attribute")
            .types(&["direct", "dn"]),
        P::new("base64-encode-value", Boolean, "Base64-encode values").types(&["direct"]),
        P::new("base64-decode-value", Boolean, "Base64-decode values").types(&["direct"]),
        P::new("scramble-value", Boolean, "Scramble values").types(&["direct"]),
        P::in_editor(
            "value-pattern",
            ValuePattern,
            "Patterns that build the value",
        )
        .multi()
        .types(&["constructed"]),
        P::in_editor(
            "conditional-value-pattern",
            ConditionalValuePattern,
            "(filter):pattern, first match wins",
        )
        .multi()
        .types(&["constructed"]),
        P::in_editor("dn-map", Reference("dn-map"), "DN maps for DN values")
            .multi()
            .types(&["dn"]),
        P::new(
            "source-entry-value",
            Text,
            "attribute:<name>, dn or mapping:<map>:<mapping>",
        )
        .types(&["reference"]),
        P::new(
            "source-referenced-entry-key",
            Text,
            "Key on the referenced source entry",
        )
        .types(&["reference"])
        .unconfirmed(),
        P::new(
            "source-referenced-entry-value",
            Text,
            "Value on the referenced source entry",
        )
        .types(&["reference"])
        .unconfirmed(),
        P::new(
            "destination-referenced-entry-key",
            Text,
            "Key on the referenced destination entry",
        )
        .types(&["reference"])
        .unconfirmed(),
        P::new(
            "destination-referenced-entry-value",
            Text,
            "Value on the referenced destination entry",
        )
        .types(&["reference"])
        .unconfirmed(),
        P::new("maximum-reference-mappings-to-cache", Integer, "Cache size").types(&["reference"]),
        P::new(
            "reference-mapping-cache-duration",
            Duration,
            "Cache lifetime",
        )
        .types(&["reference"]),
        P::new("extension-class", Text, "The Java class")
            .types(&["third-party"])
            .unconfirmed(),
        P::new("extension-argument", Text, "name=value arguments")
            .multi()
            .types(&["third-party"])
            .unconfirmed(),
    ]],
    doc_url: docs::ATTRIBUTE_MAPPING,
};

/// `create-json-attribute-mapping-field --map-name M --mapping-name N --field-name F`.
pub const JSON_ATTRIBUTE_MAPPING_FIELD: ObjectType = ObjectType {
    name: "json-attribute-mapping-field",
    subcommands: subcommands!("json-attribute-mapping-field"),
    plural: "json-attribute-mapping-fields",
    label: "JSON mapping field",
    naming: &["--map-name", "--mapping-name", "--field-name"],
    types: &[],
    singleton: false,
    server: Server::Sync,
    properties: &[&[
        P::new("description", Text, "A description of the field"),
        P::new(
            "json-field",
            Text,
            "The JSON field (read-only: --field-name sets it)",
        ),
        P::new("from-attribute", AttributeName, "The source attribute"),
        P::new(
            "value-pattern",
            ValuePattern,
            "A pattern that builds the value",
        )
        .multi(),
        P::new(
            "json-type",
            Enum(&["string", "number", "boolean", "object", "raw"]),
            "The JSON type of the value",
        ),
    ]],
    doc_url: docs::JSON_ATTRIBUTES,
};

/// `create-dn-map --map-name M`.
pub const DN_MAP: ObjectType = ObjectType {
    name: "dn-map",
    subcommands: subcommands!("dn-map"),
    plural: "dn-maps",
    label: "DN map",
    naming: &["--map-name"],
    types: &[],
    singleton: false,
    server: Server::Sync,
    properties: &[&[
        P::new("description", Text, "A description of the map"),
        P::in_editor(
            "from-dn-pattern",
            DnPattern,
            "The source DN pattern: * is one RDN, ** any number",
        )
        .required(),
        P::in_editor(
            "to-dn-pattern",
            DnPattern,
            "The destination DN: {1} is the first wildcard's match",
        )
        .required(),
    ]],
    doc_url: docs::ATTRIBUTE_MAPPING,
};

/// `create-json-attribute --pipe-name P --class-name C --attribute-name A`.
pub const JSON_ATTRIBUTE: ObjectType = ObjectType {
    name: "json-attribute",
    subcommands: subcommands!("json-attribute"),
    plural: "json-attributes",
    label: "JSON attribute",
    naming: &["--pipe-name", "--class-name", "--attribute-name"],
    types: &[],
    singleton: false,
    server: Server::Sync,
    properties: &[&[
        P::new("description", Text, "A description"),
        P::new(
            "destination-attribute",
            AttributeName,
            "The destination attribute (read-only: --attribute-name sets it)",
        ),
        P::new(
            "id-field",
            Text,
            "Fields that identify an object in an array",
        )
        .multi(),
        P::new("include-field", Text, "Only these fields are compared").multi(),
        P::new("exclude-field", Text, "These fields are not compared").multi(),
    ]],
    doc_url: docs::JSON_ATTRIBUTES,
};

/// `set-global-sync-configuration-prop`.
pub const GLOBAL_SYNC_CONFIGURATION: ObjectType = ObjectType {
    name: "global-sync-configuration",
    subcommands: subcommands!("global-sync-configuration"),
    plural: "global-sync-configurations",
    label: "Global sync configuration",
    naming: &[],
    types: &[],
    singleton: true,
    server: Server::Sync,
    properties: &[&[
        P::new(
            "changelog-password-decryption-key",
            Secret,
            "The key the source's Changelog Password Encryption plugin uses",
        )
        .multi(),
        P::new(
            "changelog-password-decryption-key-passphrase-provider",
            Reference("passphrase-provider"),
            "Where that key comes from",
        )
        .multi(),
    ]],
    doc_url: docs::CHANGELOG_CONSIDERATIONS,
};

/// The Sync server's objects.
pub(super) const OBJECTS: &[&ObjectType] = &[
    &EXTERNAL_SERVER,
    &SYNC_SOURCE,
    &SYNC_DESTINATION,
    &SYNC_PIPE,
    &SYNC_CLASS,
    &ATTRIBUTE_MAP,
    &ATTRIBUTE_MAPPING,
    &JSON_ATTRIBUTE_MAPPING_FIELD,
    &DN_MAP,
    &JSON_ATTRIBUTE,
    &GLOBAL_SYNC_CONFIGURATION,
];
