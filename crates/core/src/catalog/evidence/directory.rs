//! Evidence: the PingDirectory objects (backend, plugin) and the PingDirectory/Proxy types real
//! configurations use that the catalog lacks (password-policy, ldap-health-check).
//!
//! The stored copies of the PingDirectory Configuration Reference hold, for these pages, only the
//! 8.0.0.0 and `latest` releases (besides 3.x–6.x); every other release on record is `MISSING`.
//! Where a two-column index row holds a single name, its column is not visible in the excerpt:
//! it is placed by the same page's older release where one was read, otherwise after the paired
//! names of the column that continues (see directory-report.md).
use super::*;

pub(super) const PAGES: &[PageIndex] = &[
    // Changelog Backend. Four property groups; the 4.5.1.12 page (not a release on record) puts
    // the single-column names of the database group in Advanced and those of the attributes
    // group in Basic, which is how they are placed here.
    PageIndex {
        reference: LATEST,
        product: Product::Directory,
        file: "changelog-backend.html",
        object: "backend",
        r#type: Some("changelog"),
        complete: true,
        properties: &[
            // General Configuration
            "backend-id",
            "description",
            "enabled",
            "base-dn",
            "set-degraded-alert-when-disabled",
            "return-unavailable-when-disabled",
            "notification-manager",
            // Database Configuration
            "db-directory",
            "db-cache-percent",
            "db-directory-permissions",
            "je-property",
            "changelog-write-batch-size",
            "changelog-purge-batch-size",
            "changelog-write-queue-capacity",
            "index-include-attribute",
            "index-exclude-attribute",
            // Changelog Entries To Include
            "changelog-maximum-age",
            "target-database-size",
            "changelog-entry-include-base-dn",
            "changelog-entry-exclude-base-dn",
            "changelog-entry-include-filter",
            "changelog-entry-exclude-filter",
            // Changelog Attributes To Include
            "changelog-include-attribute",
            "changelog-exclude-attribute",
            "changelog-deleted-entry-include-attribute",
            "changelog-deleted-entry-exclude-attribute",
            "write-lastmod-attributes",
            "use-reversible-form",
            "apply-access-controls-to-changelog-entry-contents",
            "report-excluded-changelog-attributes",
            "changelog-include-key-attribute",
            "changelog-max-before-after-values",
            "include-virtual-attributes",
            "soft-delete-entry-included-operation",
        ],
    },
    // Local DB Backend: the excerpt stops inside the Priming group ("system-index-to-prime-inte…");
    // the Import/other groups that follow are not seen.
    PageIndex {
        reference: LATEST,
        product: Product::Directory,
        file: "local-db-backend.html",
        object: "backend",
        r#type: Some("local-db"),
        complete: false,
        properties: &[
            // General Configuration
            "backend-id",
            "description",
            "enabled",
            "base-dn",
            "writability-mode",
            "set-degraded-alert-when-disabled",
            "return-unavailable-when-disabled",
            "notification-manager",
            "is-private-backend",
            // Storage Configuration
            "db-directory",
            "hash-entries",
            "db-directory-permissions",
            "compact-common-parent-dn",
            "compress-entries",
            // Database Configuration (Basic: None)
            "db-num-cleaner-threads",
            "db-cleaner-min-utilization",
            "db-evictor-critical-percentage",
            "db-checkpointer-wakeup-interval",
            "db-background-sync-interval",
            "db-use-thread-local-handles",
            "db-log-file-max",
            "db-logging-level",
            "je-property",
            // Caching Configuration
            "db-cache-percent",
            "default-cache-mode",
            "id2entry-cache-mode",
            "dn2id-cache-mode",
            "id2children-cache-mode",
            "id2subtree-cache-mode",
            "dn2uri-cache-mode",
            "simple-paged-results-id-set-cache-duration",
            "uncached-id2entry-cache-mode",
            "uncached-attribute-criteria",
            "uncached-entry-criteria",
            // Priming Configuration (cut)
            "prime-method",
            "prime-thread-count",
            "prime-time-limit",
            "prime-all-indexes",
            "system-index-to-prime",
        ],
    },
    PageIndex {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "config-file-handler-backend.html",
        object: "backend",
        r#type: Some("config-file-handler"),
        complete: true,
        properties: &[
            // General Configuration
            "description",
            "enabled",
            "insignificant-config-archive-attribute",
            "set-degraded-alert-when-disabled",
            "return-unavailable-when-disabled",
            "backup-file-permissions",
            "notification-manager",
            "backend-id",
            "base-dn",
            "writability-mode",
            // Mirroring Configuration (Basic: None)
            "mirrored-subtree-peer-polling-interval",
            "mirrored-subtree-entry-update-timeout",
            "mirrored-subtree-search-timeout",
        ],
    },
    PageIndex {
        reference: LATEST,
        product: Product::Directory,
        file: "config-file-handler-backend.html",
        object: "backend",
        r#type: Some("config-file-handler"),
        complete: true,
        properties: &[
            // General Configuration
            "description",
            "enabled",
            "backend-id",
            "base-dn",
            "writability-mode",
            "set-degraded-alert-when-disabled",
            "return-unavailable-when-disabled",
            "backup-file-permissions",
            "notification-manager",
            // Config Archive File Configuration (Advanced: None)
            "insignificant-config-archive-attribute",
            "insignificant-config-archive-base-dn",
            "maintain-config-archive",
            "max-config-archive-count",
            // Mirroring Configuration (Basic: None)
            "mirrored-subtree-peer-polling-interval",
            "mirrored-subtree-entry-update-timeout",
            "mirrored-subtree-search-timeout",
        ],
    },
    PageIndex {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "changelog-password-encryption-plugin.html",
        object: "plugin",
        r#type: Some("changelog-password-encryption"),
        complete: true,
        properties: &[
            "description",
            "enabled",
            "changelog-password-encryption-key",
            "plugin-type",
            "invoke-for-internal-operations",
        ],
    },
    PageIndex {
        reference: LATEST,
        product: Product::Directory,
        file: "changelog-password-encryption-plugin.html",
        object: "plugin",
        r#type: Some("changelog-password-encryption"),
        complete: true,
        properties: &[
            "description",
            "enabled",
            "changelog-password-encryption-key",
            "changelog-password-encryption-key-passphrase-provider",
            "plugin-type",
            "invoke-for-internal-operations",
        ],
    },
    // The excerpt stops at "con…" in the Advanced column (connection-criteria on older pages).
    PageIndex {
        reference: LATEST,
        product: Product::Directory,
        file: "pass-through-authentication-plugin.html",
        object: "plugin",
        r#type: Some("pass-through-authentication"),
        complete: false,
        properties: &[
            "description",
            "enabled",
            "server",
            "plugin-type",
            "invoke-for-internal-operations",
        ],
    },
    PageIndex {
        reference: LATEST,
        product: Product::Directory,
        file: "composed-attribute-plugin.html",
        object: "plugin",
        r#type: Some("composed-attribute"),
        complete: true,
        properties: &[
            "description",
            "enabled",
            "attribute-type",
            "value-pattern",
            "multiple-value-pattern-behavior",
            "multi-valued-attribute-behavior",
            "target-attribute-exists-during-initial-population-behavior",
            "update-source-attribute-behavior",
            "source-attribute-removal-behavior",
            "update-target-attribute-behavior",
            "include-base-dn",
            "exclude-base-dn",
            "include-filter",
            "exclude-filter",
            "updated-entry-newly-matches-criteria-behavior",
            "updated-entry-no-longer-matches-criteria-behavior",
            "plugin-type",
            "invoke-for-internal-operations",
        ],
    },
    PageIndex {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "third-party-plugin.html",
        object: "plugin",
        r#type: Some("third-party"),
        complete: true,
        properties: &[
            "description",
            "enabled",
            "plugin-type",
            "extension-class",
            "extension-argument",
            "request-criteria",
            "invoke-for-internal-operations",
        ],
    },
    PageIndex {
        reference: LATEST,
        product: Product::Directory,
        file: "third-party-plugin.html",
        object: "plugin",
        r#type: Some("third-party"),
        complete: true,
        properties: &[
            "description",
            "enabled",
            "plugin-type",
            "extension-class",
            "extension-argument",
            "request-criteria",
            "invoke-for-internal-operations",
        ],
    },
];

pub(super) const NOTES: &[Note] = &[
    // ---- backend: the object, its types ----
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("enabled"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_security_guide/pd_sec_change_logging.html",
        ),
        release: None,
        says: "The changelog is disabled by default and is enabled with dsconfig set-backend-prop --backend-name changelog --set enabled:true.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-maximum-age"),
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles/simple-sync__pingdirectory__pd.profile__dsconfig__10-changelog.dsconfig",
        ),
        release: None,
        says: "Ping's simple-sync profile enables the changelog backend with set-backend-prop --backend-name changelog --set enabled:true --set \"changelog-maximum-age:2 h\".",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-maximum-age"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_server_administration_guide/pd_ds_view_ldap_changelog_props.html",
        ),
        release: None,
        says: "get-backend-prop --backend-name changelog on a fresh server shows enabled false, base-dn cn=changelog, changelog-maximum-age 2 d, db-cache-percent 1, changelog-max-before-after-values 0, changelog-write-batch-size 100, changelog-purge-batch-size 1000, changelog-write-queue-capacity 100, write-lastmod-attributes true, use-reversible-form false.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-maximum-age"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/1742202e911aabb6506f3ced8285b05d9b0a874a/docs/resources/changelog_backend.md",
        ),
        release: None,
        says: "Changes are guaranteed to be kept for at least changelog-maximum-age; target-database-size lets the database grow up to that size on disk even when changes are older (single-valued duration).",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-deleted-entry-include-attribute"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_ds_backend_sync_deletes.html",
        ),
        release: None,
        says: "changelog-deleted-entry-include-attribute names the attributes recorded for DELETE operations; when a Sync Class filters on objectClass, objectClass must be recorded: set-backend-prop --backend-name changelog --set changelog-deleted-entry-include-attribute:objectClass.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-deleted-entry-include-attribute"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/9.2/pingdatasync_server_administration_guide/pd_sync_changelog_sync_consids.html",
        ),
        release: None,
        says: "With use-changelog-batch-request, DELETE changelog entries are only returned when a deletedEntryAttrs value matches the selection criteria, so at least one mapped source attribute should be recorded with changelog-deleted-entry-include-attribute.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-deleted-entry-include-attribute"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/1742202e911aabb6506f3ced8285b05d9b0a874a/docs/resources/changelog_backend.md",
        ),
        release: None,
        says: "changelog_deleted_entry_include_attribute is a set of strings (multi-valued), as are changelog-include-attribute, changelog-exclude-attribute, changelog-include-key-attribute, changelog-deleted-entry-exclude-attribute and base-dn.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-include-key-attribute"),
        source: Source::Page(
            "https://docs.pingidentity.com/r/en-us/pingdirectory-92/pd_sync_ldap_change_log_req_notif",
        ),
        release: None,
        says: "Notification mode requires the advanced changelog properties changelog-max-before-after-values and changelog-include-key-attribute; key attributes (e.g. objectclass used in a Sync Class filter) are always recorded and override the include/exclude attribute settings.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-max-before-after-values"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/10.1/pingdirectory_server_administration_guide/pd_ds_useful_changelog_features.html",
        ),
        release: None,
        says: "A non-zero changelog-max-before-after-values stores old and new values of changed attributes (ds-changelog-before-values / ds-changelog-after-values) up to that maximum.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("changelog-include-attribute"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_security_guide/pd_sec_change_logging.html",
        ),
        release: None,
        says: "changelog-include-attribute limits which attributes ADD/MODIFY changelog entries carry; changelog-exclude-attribute removes attributes, and by default the changelog excludes several attributes that might hold sensitive information.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("soft-delete-entry-included-operation"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/9.3/pingdirectory_server_administration_guide/pd_ds_changelog.html",
        ),
        release: None,
        says: "soft-delete-entry-included-operation takes delete and/or modify (set with two --set) and is disabled by default.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: Some("index-include-attribute"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_server_administration_guide/pd_ds_index_ldap_changelog.html",
        ),
        release: None,
        says: "index-include-attribute and index-exclude-attribute on the Changelog Backend index attributes for Get Changelog Batch requests; they accept attribute names or * and +.",
    },
    Note {
        object: "backend",
        r#type: Some("changelog"),
        property: None,
        source: Source::Page(
            "https://docs.ping.directory/PingDirectory/8.0.0.0/config-guide/changelog-backend.html",
        ),
        release: None,
        says: "The 8.0.0.0 Changelog Backend page exists, but its stored copy shows no property index (only property sections without names), so 8.0.0.0 is recorded as missing.",
    },
    Note {
        object: "backend",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/0198aadeb3f1eadf5f4ef050a2f7d40cf8c51fcf/docs/resources/backend.md",
        ),
        release: None,
        says: "Ping's Terraform provider (product_version 9.3.0.0 example) lists the Backend types schema, backup, encryption-settings, ldif, trust-store, custom, changelog, monitor, local-db, config-file-handler, task, alert, alarm, metrics.",
    },
    Note {
        object: "backend",
        r#type: Some("ldif"),
        property: None,
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/0198aadeb3f1eadf5f4ef050a2f7d40cf8c51fcf/docs/resources/backend.md",
        ),
        release: None,
        says: "ldif is a Backend type in Ping's Terraform provider; no PingDirectory ldif-backend.html page was found (only PingAuthorize 8.3.0.3's, with ldif-file, is-private-backend, backup-file-permissions).",
    },
    Note {
        object: "backend",
        r#type: Some("local-db"),
        property: Some("import-thread-count"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/1e476cf2f896510437944d8804f0f0acee71866e/docs/resources/local_db_backend.md",
        ),
        release: None,
        says: "The Local DB Backend also has import-thread-count, import-temp-directory, db-import-cache-percent, export-thread-count, index-entry-limit, composite-index-entry-limit, id2children/id2subtree-index-entry-limit, db-txn-write-no-sync, background-prime, system-index-to-prime-internal-nodes-only, offline-process-database-open-timeout, num-recent-changes, deadlock-retry-limit, subtree-delete-size-limit and others not in the cut config-guide excerpt.",
    },
    Note {
        object: "backend",
        r#type: Some("local-db"),
        property: Some("db-cache-percent"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/0198aadeb3f1eadf5f4ef050a2f7d40cf8c51fcf/docs/resources/backend.md",
        ),
        release: None,
        says: "db-cache-percent exists on both changelog (percentage of JVM memory for the changelog database cache) and local-db (percentage for the database cache) backends.",
    },
    Note {
        object: "backend",
        r#type: Some("local-db"),
        property: Some("base-dn"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/1e476cf2f896510437944d8804f0f0acee71866e/docs/resources/local_db_backend.md",
        ),
        release: None,
        says: "backend_id, base_dn (set of strings) and enabled are required for a Local DB Backend.",
    },
    // ---- plugin ----
    Note {
        object: "plugin",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/3553e7e9673dba670e745f3e73dcb6b0830f57af/docs/resources/plugin.md",
        ),
        release: None,
        says: "Ping's Terraform provider (product_version 9.3.0.0) lists Plugin types including changelog-password-encryption, pass-through-authentication, pluggable-pass-through-authentication, ping-one-pass-through-authentication, composed-attribute, third-party, groovy-scripted.",
    },
    Note {
        object: "plugin",
        r#type: Some("changelog-password-encryption"),
        property: Some("changelog-password-encryption-key"),
        source: Source::Page(
            "https://docs.pingidentity.com/r/en-us/pingdirectory-100/pd_sync_config_password_encryption",
        ),
        release: None,
        says: "On the PingDirectory server that receives password changes: dsconfig set-plugin-prop --plugin-name \"Changelog Password Encryption\" --set enabled:true --set changelog-password-encryption-key:<key>; the plugin adds ds-changelog-encrypted-password to changelog entries.",
    },
    Note {
        object: "plugin",
        r#type: Some("changelog-password-encryption"),
        property: Some("changelog-password-encryption-key"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_changelog_password_decrypt_key.html",
        ),
        release: None,
        says: "When the source PingDirectory has the Changelog Password Encryption plugin enabled, PingDataSync needs the same key: set-global-sync-configuration-prop --set changelog-password-decryption-key:<key>.",
    },
    Note {
        object: "plugin",
        r#type: Some("changelog-password-encryption"),
        property: Some("changelog-password-encryption-key-passphrase-provider"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/cd852f246f4bbc5487476e6e217e6cdf5b76207e/docs/resources/changelog_password_encryption_plugin.md",
        ),
        release: None,
        says: "changelog-password-encryption-key-passphrase-provider is a passphrase provider giving the same passphrase, which must also be set on the Data Sync Server's Global Sync Configuration (changelog-password-decryption-key or its passphrase provider).",
    },
    Note {
        object: "plugin",
        r#type: Some("pass-through-authentication"),
        property: None,
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles-playground/austin-training__pingdirectory__labs__11-pta-plugin-lab.dsconfig",
        ),
        release: None,
        says: "Ping's lab creates create-plugin --plugin-name pta-instructor --type pass-through-authentication with enabled:true, server:instructor-server, override-local-password:true, dn-map:student-to-instructor, search-base-dn:o=student.",
    },
    Note {
        object: "plugin",
        r#type: Some("pass-through-authentication"),
        property: Some("try-local-bind"),
        source: Source::Page(
            "https://docs.ping.directory/PingDirectory/6.0.1.7/config-guide/pass-through-authentication-plugin.html",
        ),
        release: None,
        says: "The LDAP Pass Through Authentication Plugin's basic properties include server, try-local-bind, override-local-password, update-local-password, allow-lax-pass-through-authentication-passwords, server-access-mode, dn-map, search-base-dn, search-filter-pattern (6.0.1.7, not a release on record).",
    },
    Note {
        object: "plugin",
        r#type: Some("pass-through-authentication"),
        property: Some("search-base-dn"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/3553e7e9673dba670e745f3e73dcb6b0830f57af/docs/resources/plugin.md",
        ),
        release: None,
        says: "search_base_dn is a single string (the base DN for the search built from search-filter-pattern); server and dn_map are sets (multi-valued).",
    },
    Note {
        object: "plugin",
        r#type: Some("pass-through-authentication"),
        property: Some("included-local-entry-base-dn"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/3553e7e9673dba670e745f3e73dcb6b0830f57af/docs/resources/plugin.md",
        ),
        release: None,
        says: "included_local_entry_base_dn applies to ping-one-pass-through-authentication, pass-through-authentication and pluggable-pass-through-authentication plugins (set of strings).",
    },
    Note {
        object: "plugin",
        r#type: Some("pass-through-authentication"),
        property: Some("server-access-mode"),
        source: Source::Page(
            "https://docs.pingidentity.com/r/en-us/pingdirectory-82/nqh1564011428461",
        ),
        release: None,
        says: "server-access-mode is round-robin, failover-on-unavailable or failover-on-any-failure, default round-robin; update-local-password needs an existing local entry.",
    },
    Note {
        object: "plugin",
        r#type: Some("pluggable-pass-through-authentication"),
        property: None,
        source: Source::Page(
            "https://docs.ping.directory/PingDirectory/latest/config-guide/pluggable-pass-through-authentication-plugin.html",
        ),
        release: None,
        says: "The latest Pluggable Pass Through Authentication Plugin page exists (only one pass-through plugin may be active at a time); its stored excerpt stops before the property index.",
    },
    Note {
        object: "plugin",
        r#type: Some("pluggable-pass-through-authentication"),
        property: Some("pass-through-authentication-handler"),
        source: Source::Page(
            "https://github.com/pingidentity/terraform-provider-pingdirectory/blob/2107b2e77237bac788f6405b30a4e07d8bc38a42/docs/resources/pluggable_pass_through_authentication_plugin.md",
        ),
        release: None,
        says: "Required: enabled, pass-through-authentication-handler; optional: allow-lax-pass-through-authentication-passwords, connection-criteria, description, ignored-password-policy-state-error-condition, included-local-entry-base-dn (set), invoke-for-internal-operations, override-local-password, request-criteria, try-local-bind, update-local-password, update-local-password-dn.",
    },
    Note {
        object: "plugin",
        r#type: Some("pluggable-pass-through-authentication"),
        property: Some("included-local-entry-base-dn"),
        source: Source::Page(
            "https://docs.ping.directory/PingDirectory/latest/config-guide/pass-through-authentication-handler.html",
        ),
        release: None,
        says: "Pass-through authentication handlers also have included-local-entry-base-dn (multi-valued DN); with none set, the plugin's own included local entry base DNs are used.",
    },
    Note {
        object: "plugin",
        r#type: Some("pluggable-pass-through-authentication"),
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/r/en-us/pingdirectory-92/pd_sec_pass-thru-authn",
        ),
        release: None,
        says: "The 9.2 guide names only two pass-through mechanisms, the pass-through authentication plugin (LDAP) and the PingOne pass-through authentication plugin; the pluggable plugin is not mentioned there.",
    },
    Note {
        object: "plugin",
        r#type: Some("composed-attribute"),
        property: None,
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles/baseline__pingdirectory__pd.profile__dsconfig__50-delegated-admin.dsconfig",
        ),
        release: None,
        says: "Ping's baseline profile creates --type composed-attribute plugins with attribute-type, value-pattern, target-attribute-exists-during-initial-population-behavior:merge-existing-and-composed-values, include-base-dn, include-filter.",
    },
    Note {
        object: "plugin",
        r#type: Some("composed-attribute"),
        property: Some("plugin-type"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/10.0/pingdirectory_server_administration_guide/pd_ds_composed_attribute_plugin_config_props.html",
        ),
        release: None,
        says: "plugin-type is mandatory and multi-valued with default ldifimport, preoperationadd, preoperationmodify, preoperationmodifydn; attribute-type is mandatory single-valued; value-pattern is mandatory multi-valued with order preserved.",
    },
    Note {
        object: "plugin",
        r#type: Some("composed-attribute"),
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/r/en-us/pingdirectory-81/qpa1591306912173",
        ),
        release: None,
        says: "The composed attribute plugin is documented in the 8.1 admin guide; no 8.0.0.0 composed-attribute-plugin.html page was found.",
    },
    // ---- password-policy (not in the catalog) ----
    Note {
        object: "password-policy",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_server_administration_guide/pd_ds_create_password_policies.html",
        ),
        release: None,
        says: "dsconfig create-password-policy --policy-name \"Demo Password Policy\" --set password-attribute:userpassword --set \"default-password-storage-scheme:Salted SHA-256\" …: the naming argument is --policy-name and the example gives no --type.",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: None,
        source: Source::Unconfirmed,
        release: None,
        says: "Whether PingDirectory's create-password-policy takes a --type (PingDS, a different product, takes --type password-policy|ldap-pass-through) is unconfirmed; the page's dsconfig Usage section was not in any excerpt.",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: Some("allow-pre-encoded-passwords"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_use_create_sync_pipe_tool.html",
        ),
        release: None,
        says: "When synchronizing pre-encoded passwords to a PingDirectory destination, allow them in the default password policy (set-password-policy-prop --policy-name \"Default Password Policy\" --set allow-pre-encoded-passwords:true) and use a scheme both servers support.",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: Some("allow-pre-encoded-passwords"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_security_guide/pd_sec_pre_encoded_passwords.html",
        ),
        release: None,
        says: "By default PingDirectory does not accept pre-encoded passwords; allow-pre-encoded-passwords lifts this but is discouraged, the bypass-pw-policy privilege for the syncing account being a better alternative.",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: Some("default-password-storage-scheme"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_security_guide/pd_sec_password_storage_schemes.html",
        ),
        release: None,
        says: "default-password-storage-scheme decides the scheme new passwords are encoded with; several defaults at once only when encoded passwords go to systems needing different encodings (so it is multi-valued).",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: Some("password-attribute"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_security_guide/pd_sec_other_pw_policy_config_props.html",
        ),
        release: None,
        says: "password-attribute is userPassword by default and may be authPassword (RFC 3112).",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: Some("default-password-storage-scheme"),
        source: Source::Page(
            "https://docs.pingidentity.com/r/l3zYEQEOiqvH55dPO7iIcA/1vIAH~ccMUblC3s2GPqFVQ",
        ),
        release: None,
        says: "In the 8.0 guide, get-password-policy-prop --policy-name \"Default Password Policy\" shows password-attribute userpassword and default-password-storage-scheme Salted SHA-1.",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: Some("allow-pre-encoded-passwords"),
        source: Source::Page(
            "https://developer.pingidentity.com/reference/pingdirectory/9.3.0.0/config-guide/password-policy.html",
        ),
        release: None,
        says: "9.3.0.0 index (cut after Password Expiration): Password Storage group, Basic password-attribute, default-password-storage-scheme, deprecated-password-storage-scheme; Advanced allow-multiple-password-values, allow-pre-encoded-passwords; General Basic description, require-secure-authentication, require-secure-password-changes, account-status-notification-handler.",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: Some("re-encode-passwords-on-scheme-config-change"),
        source: Source::Page(
            "https://developer.pingidentity.com/reference/pingdirectory/10.3.0.0/config-guide/password-policy.html",
        ),
        release: None,
        says: "The 10.3.0.0 index adds re-encode-passwords-on-scheme-config-change to the Password Storage group (absent from the 9.3.0.0 index); the other Password Storage names are unchanged.",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/10.3/pingdirectory_server_administration_guide/pd_ds_p1_pass_through_authn_plugin.html",
        ),
        release: None,
        says: "PingDataSync cannot sync password changes from PingOne to PingDirectory; the PingOne Pass-Through Authentication plugin authenticates against PingOne and can update the PingDirectory password instead.",
    },
    Note {
        object: "password-policy",
        r#type: None,
        property: Some("allow-pre-encoded-passwords"),
        source: Source::Unconfirmed,
        release: None,
        says: "No page found says a PingOne-to-PingDirectory password path needs allow-pre-encoded-passwords and default-password-storage-scheme; the pages say only the PD-destination pre-encoded path needs allow-pre-encoded-passwords.",
    },
    // ---- ldap-health-check (not in the catalog) ----
];

pub(super) const MISSING: &[Missing] = &[
    // changelog-backend.html: 8.0.0.0 found but without a readable index (see NOTES).
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "changelog-backend.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "changelog-backend.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "changelog-backend.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "changelog-backend.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "changelog-backend.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "changelog-backend.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "changelog-backend.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "local-db-backend.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "local-db-backend.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "local-db-backend.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "local-db-backend.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "local-db-backend.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "local-db-backend.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "local-db-backend.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "ldif-backend.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "ldif-backend.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "ldif-backend.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "ldif-backend.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "ldif-backend.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "ldif-backend.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "ldif-backend.html",
    },
    Missing {
        reference: LATEST,
        product: Product::Directory,
        file: "ldif-backend.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "config-file-handler-backend.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "config-file-handler-backend.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "config-file-handler-backend.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "config-file-handler-backend.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "config-file-handler-backend.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "config-file-handler-backend.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "changelog-password-encryption-plugin.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "changelog-password-encryption-plugin.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "changelog-password-encryption-plugin.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "changelog-password-encryption-plugin.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "changelog-password-encryption-plugin.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "changelog-password-encryption-plugin.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "pass-through-authentication-plugin.html",
    },
    // pluggable: latest found without an index (see NOTES).
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "pluggable-pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "pluggable-pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "pluggable-pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "pluggable-pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "pluggable-pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "pluggable-pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "pluggable-pass-through-authentication-plugin.html",
    },
    Missing {
        reference: LATEST,
        product: Product::Directory,
        file: "pluggable-pass-through-authentication-plugin.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "composed-attribute-plugin.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "composed-attribute-plugin.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "composed-attribute-plugin.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "composed-attribute-plugin.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "composed-attribute-plugin.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "composed-attribute-plugin.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "composed-attribute-plugin.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "third-party-plugin.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "third-party-plugin.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "third-party-plugin.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "third-party-plugin.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "third-party-plugin.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "third-party-plugin.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::Directory,
        file: "password-policy.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::Directory,
        file: "password-policy.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "password-policy.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::Directory,
        file: "password-policy.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::Directory,
        file: "password-policy.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::Directory,
        file: "password-policy.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::Directory,
        file: "password-policy.html",
    },
    Missing {
        reference: LATEST,
        product: Product::Directory,
        file: "password-policy.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "ldap-health-check.html",
    },
];

pub(super) const DETAILS: &[Detail] = &[
    Detail {
        reference: LATEST,
        file: "config-file-handler-backend.html",
        object: "backend",
        property: "enabled",
        multi: Some(false),
        default: None,
        allowed: "true false",
    },
    Detail {
        reference: LATEST,
        file: "changelog-password-encryption-plugin.html",
        object: "plugin",
        property: "enabled",
        multi: Some(false),
        default: None,
        allowed: "true false",
    },
    Detail {
        reference: LATEST,
        file: "composed-attribute-plugin.html",
        object: "plugin",
        property: "attribute-type",
        multi: Some(false),
        default: None,
        allowed: "The name or OID of an attribute type defined in the server schema.",
    },
];
