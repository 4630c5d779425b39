//! Evidence: the mapping objects (sync pipe, sync class, attribute map, attribute mappings and
//! their types, JSON attribute mapping fields, DN map, JSON attribute, global sync configuration).
use super::*;

pub(super) const PAGES: &[PageIndex] = &[
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "sync-pipe.html",
        object: "sync-pipe",
        r#type: None,
        complete: true,
        properties: &[
            // Basic (the flattened two-column index leaves max-rate-per-second's column unclear).
            "description",
            "started",
            "synchronization-mode",
            "sync-source",
            "sync-destination",
            "change-detection-polling-interval",
            "num-worker-threads",
            "max-rate-per-second",
            // Advanced.
            "include-changes-for-unchanged-attributes",
            "changes-queue-size",
            "max-operation-attempts",
            "retry-backoff-initial-wait",
            "retry-backoff-max-wait",
            "retry-backoff-increase-by",
            "retry-backoff-percentage-increase",
            "max-failed-op-background-retries",
            "failed-op-background-retry-delay",
            "plugin",
            "shared-mutex-name",
            "filter-changes-by-user",
        ],
    },
    // The page was found, but its long introduction pushes the index out of every excerpt; see
    // the notes for the property names its introduction uses.
    PageIndex {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "sync-class.html",
        object: "sync-class",
        r#type: None,
        complete: false,
        properties: &[],
    },
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "attribute-map.html",
        object: "attribute-map",
        r#type: None,
        complete: true,
        properties: &["description"],
    },
    PageIndex {
        reference: LATEST,
        product: Product::DataSync,
        file: "attribute-map.html",
        object: "attribute-map",
        r#type: None,
        complete: true,
        properties: &["description"],
    },
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "attribute-mapping.html",
        object: "attribute-mapping",
        r#type: None,
        complete: true,
        properties: &[
            "to-attribute",
            "description",
            "exclude-value",
            "also-depends-on-src-attribute",
            "sync-on-every-update",
        ],
    },
    PageIndex {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "direct-attribute-mapping.html",
        object: "attribute-mapping",
        r#type: Some("direct"),
        complete: true,
        properties: &[
            "to-attribute",
            "description",
            "exclude-value",
            "from-attribute",
            "also-depends-on-src-attribute",
            "sync-on-every-update",
            "scramble-value",
            "base64-encode-value",
            "base64-decode-value",
        ],
    },
    PageIndex {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "constructed-attribute-mapping.html",
        object: "attribute-mapping",
        r#type: Some("constructed"),
        complete: true,
        properties: &[
            "to-attribute",
            "description",
            "exclude-value",
            "value-pattern",
            "conditional-value-pattern",
            "also-depends-on-src-attribute",
            "sync-on-every-update",
        ],
    },
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "constructed-attribute-mapping.html",
        object: "attribute-mapping",
        r#type: Some("constructed"),
        complete: true,
        properties: &[
            "to-attribute",
            "description",
            "exclude-value",
            "value-pattern",
            "conditional-value-pattern",
            "also-depends-on-src-attribute",
            "sync-on-every-update",
        ],
    },
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "dn-attribute-mapping.html",
        object: "attribute-mapping",
        r#type: Some("dn"),
        complete: true,
        properties: &[
            "to-attribute",
            "description",
            "exclude-value",
            "from-attribute",
            "dn-map",
            "also-depends-on-src-attribute",
            "sync-on-every-update",
        ],
    },
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "json-attribute-mapping.html",
        object: "attribute-mapping",
        r#type: Some("json"),
        complete: true,
        properties: &[
            "to-attribute",
            "description",
            "exclude-value",
            "also-depends-on-src-attribute",
            "sync-on-every-update",
        ],
    },
    PageIndex {
        reference: LATEST,
        product: Product::DataSync,
        file: "json-attribute-mapping.html",
        object: "attribute-mapping",
        r#type: Some("json"),
        complete: true,
        properties: &[
            "to-attribute",
            "description",
            "exclude-value",
            "also-depends-on-src-attribute",
            "sync-on-every-update",
        ],
    },
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "json-attribute-mapping-field.html",
        object: "json-attribute-mapping-field",
        r#type: None,
        complete: true,
        properties: &[
            "description",
            "json-field",
            "json-type",
            "from-attribute",
            "value-pattern",
        ],
    },
    PageIndex {
        reference: LATEST,
        product: Product::DataSync,
        file: "json-attribute-mapping-field.html",
        object: "json-attribute-mapping-field",
        r#type: None,
        complete: true,
        properties: &[
            "description",
            "json-field",
            "json-type",
            "from-attribute",
            "value-pattern",
        ],
    },
    PageIndex {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "json-attribute.html",
        object: "json-attribute",
        r#type: None,
        complete: true,
        properties: &[
            "destination-attribute",
            "description",
            "id-field",
            "include-field",
            "exclude-field",
        ],
    },
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "json-attribute.html",
        object: "json-attribute",
        r#type: None,
        complete: true,
        properties: &[
            "destination-attribute",
            "description",
            "id-field",
            "include-field",
            "exclude-field",
        ],
    },
    // No DataSync dn-map page of a release of interest was found; the DN Map object is the same
    // configuration component in the directory server's reference.
    PageIndex {
        reference: V8_0_0_0,
        product: Product::Directory,
        file: "dn-map.html",
        object: "dn-map",
        r#type: None,
        complete: true,
        properties: &["description", "from-dn-pattern", "to-dn-pattern"],
    },
    PageIndex {
        reference: LATEST,
        product: Product::Directory,
        file: "dn-map.html",
        object: "dn-map",
        r#type: None,
        complete: true,
        properties: &["description", "from-dn-pattern", "to-dn-pattern"],
    },
    PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "global-sync-configuration.html",
        object: "global-sync-configuration",
        r#type: None,
        complete: true,
        properties: &[
            "started",
            "changelog-password-decryption-key",
            "changelog-password-decryption-key-passphrase-provider",
            "sync-failover-polling-interval",
            "sync-failover-connection-timeout",
            "sync-failover-response-timeout",
            "log-redaction-regex",
        ],
    },
];

pub(super) const NOTES: &[Note] = &[
    // ---- sync-pipe ----
    Note {
        object: "sync-pipe",
        r#type: None,
        property: Some("retry-backoff-percentage-of-jitter"),
        source: Source::Unconfirmed,
        says: "No page shows this name: the 8.3.0.3 sync-pipe index (and the 3.0.5.3 one) lists retry-backoff-percentage-increase in its place; no 9.x or latest sync-pipe page was found to say whether a jitter property replaced it.",
    },
    Note {
        object: "sync-pipe",
        r#type: None,
        property: Some("retry-backoff-percentage-increase"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/3.0.5.3/config-guide/sync-pipe.html",
        ),
        says: "The 3.0.5.3 sync-pipe index already lists retry-backoff-percentage-increase among the retry properties, with no synchronization-mode, max-rate-per-second, include-changes-for-unchanged-attributes, changes-queue-size, shared-mutex-name or filter-changes-by-user.",
    },
    Note {
        object: "sync-pipe",
        r#type: None,
        property: Some("synchronization-mode"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_modes.html",
        ),
        says: "PingDataSync has two synchronization modes, standard and notification; the 8.3.0.3 reference excerpt ends before the property's allowed values and default.",
    },
    Note {
        object: "sync-pipe",
        r#type: None,
        property: Some("max-operation-attempts"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_max_operation_attempts.html",
        ),
        says: "max-operation-attempts is part of the Sync Pipe configuration; its default is five (the example changes it to four with set-sync-pipe-prop).",
    },
    Note {
        object: "sync-pipe",
        r#type: None,
        property: Some("failed-op-background-retry-delay"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/9.3/pingdatasync_server_administration_guide/pd_sync_retry_mechanism.html",
        ),
        says: "Operations in the delayed-retry queue are retried after the failed-op-background-retry-delay (default 1 minute); max-failed-op-background-retries defaults to 0, no background retry.",
    },
    Note {
        object: "sync-pipe",
        r#type: None,
        property: Some("include-changes-for-unchanged-attributes"),
        source: Source::Profile(
            "pingidentity__pingidentity-cdr-sandbox/server_profiles__pingdatasync__pd.profile__dsconfig__30-ADRRevokeConsent.dsconfig",
        ),
        says: "A Ping profile sets include-changes-for-unchanged-attributes:true on create-sync-pipe.",
    },
    // ---- sync-class ----
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("evaluation-order-index"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/9.0.0.0/config-guide/sync-class.html",
        ),
        says: "The 9.0.0.0 Sync Class page's introduction names evaluation-order-index, include-base-dn, include-filter, synchronize-creates, synchronize-modifies, synchronize-deletes and excluded-auto-mapped-source-attributes as Sync Class properties; its index was not in the excerpt.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("include-base-dn"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/9.0.0.0/config-guide/sync-class.html",
        ),
        says: "The 9.0.0.0 Sync Class introduction: the inclusion criteria are include-base-dn and include-filter.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("include-filter"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/9.0.0.0/config-guide/sync-class.html",
        ),
        says: "The 9.0.0.0 Sync Class introduction: the inclusion criteria are include-base-dn and include-filter.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("synchronize-creates"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/9.0.0.0/config-guide/sync-class.html",
        ),
        says: "The 9.0.0.0 Sync Class introduction: setting synchronize-creates, synchronize-modifies and synchronize-deletes to false excludes a type of entry; the defaults were not in the excerpt.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("synchronize-modifies"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/9.0.0.0/config-guide/sync-class.html",
        ),
        says: "Named in the 9.0.0.0 Sync Class introduction; default not shown.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("synchronize-deletes"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/9.0.0.0/config-guide/sync-class.html",
        ),
        says: "Named in the 9.0.0.0 Sync Class introduction; default not shown.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("excluded-auto-mapped-source-attributes"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/9.0.0.0/config-guide/sync-class.html",
        ),
        says: "The 9.0.0.0 Sync Class introduction: operational attributes can be kept out of the default -all- group by adding them to the excluded-auto-mapped-source-attributes list.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("auto-mapped-source-attribute"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_configure_sync_classes.html",
        ),
        says: "Configure sync classes lists evaluation-order-index (default 9999), include-base-dn, include-filter, attribute-map and auto-mapped-source-attribute among the most important sync class properties.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("attribute-map"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_configure_sync_classes.html",
        ),
        says: "attribute-map is an optional attribute map used to identify and convert source attributes for the destination entry.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("destination-create-only-attribute"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_consids_config_sync_classes.html",
        ),
        says: "destination-create-only-attribute is an advanced Sync Class property: attributes included on CREATE operations only.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("replace-all-attr-values"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_consids_config_sync_classes.html",
        ),
        says: "replace-all-attr-values is an advanced Sync Class property choosing ADD and DELETE modifications or REPLACE (same text in the 8.3 guide, r/en-us/pingdirectory-83/aei1564011502999).",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("destination-correlation-attributes"),
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles-playground/pingone-cloud__pingdatasync-pingonecloud__dsconfig__30-azuread-to-pingone-sync-pipe.dsconfig.subst",
        ),
        says: "Ping's Azure AD to PingOne profile sets destination-correlation-attributes on create-sync-class.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("destination-correlation-attributes-on-delete"),
        source: Source::Profile(
            "pingidentity__pingidentity-cdr-sandbox/server_profiles__pingdatasync__pd.profile__dsconfig__33-ADRCache-CleanupClients.dsconfig",
        ),
        says: "A Ping profile sets destination-correlation-attributes-on-delete (pf-oauth-client-id, entryUUID) on two sync classes; no reference page excerpt shows it.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("allow-destination-renames"),
        source: Source::Profile(
            "pingidentity__pingidentity-cdr-sandbox/server_profiles__pingdatasync__pd.profile__dsconfig__33-ADRCache-CleanupClients.dsconfig",
        ),
        says: "A Ping profile sets allow-destination-renames:false (and synchronize-creates:false) on create-sync-class; no reference page excerpt shows it.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("attribute-synchronization-mode"),
        source: Source::Profile(
            "pingidentity__pingidentity-cdr-sandbox/server_profiles__pingdatasync__pd.profile__dsconfig__34-CDRCounter.dsconfig",
        ),
        says: "Ping profiles set attribute-synchronization-mode:modified-attributes-only (34-CDRCounter) and :all-attributes (30-ADRRevokeConsent, 32, 35); whether the enumeration has other values was not seen.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("creates-as-modifies"),
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles/simple-sync__pingdatasync__pd.profile__dsconfig__20-sync-pipe-build.dsconfig.subst",
        ),
        says: "Ping's simple-sync profile sets dn-map, ignore-zero-length-values:true, modifies-as-creates:true and creates-as-modifies:true on create-sync-class.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("ignore-zero-length-values"),
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles/simple-sync__pingdatasync__pd.profile__dsconfig__20-sync-pipe-build.dsconfig.subst",
        ),
        says: "Ping's simple-sync profile sets ignore-zero-length-values:true on create-sync-class.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("dn-map"),
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles/simple-sync__pingdatasync__pd.profile__dsconfig__20-sync-pipe-build.dsconfig.subst",
        ),
        says: "Ping's simple-sync profile sets dn-map:source_to_destination on create-sync-class.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("modifies-as-creates"),
        source: Source::Profile(
            "pingidentity__pingidentity-cdr-sandbox/server_profiles__pingdatasync__pd.profile__dsconfig__30-ADRRevokeConsent.dsconfig",
        ),
        says: "A Ping profile sets modifies-as-creates:false and creates-as-modifies:false on create-sync-class; the default was not seen on a page.",
    },
    Note {
        object: "sync-class",
        r#type: None,
        property: Some("use-pessimistic-synchronization"),
        source: Source::Unconfirmed,
        says: "No page, admin guide or profile seen in this research names use-pessimistic-synchronization; no sync-class index was readable in any release.",
    },
    // ---- attribute-map ----
    Note {
        object: "attribute-map",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/8.3.0.3/config-guide/attribute-map.html",
        ),
        says: "dsconfig Usage: create-attribute-map --map-name {name} [--set {propertyName}:{propertyValue}]; no --type (same in latest).",
    },
    // ---- attribute-mapping: object and --types ----
    Note {
        object: "attribute-mapping",
        r#type: None,
        property: Some("to-attribute"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/8.3.0.3/config-guide/attribute-mapping.html",
        ),
        says: "Every attribute mapping has to-attribute (Read-Only, required, the destination attribute's name); the 11.1 admin guide calls it required on all mapping types. The catalog has no to-attribute: it is the --mapping-name.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("direct"),
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_attribute_mapping.html",
        ),
        says: "create-attribute-mapping --map-name \"SunDS>DS Attr Map\" --mapping-name mail --type direct.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("direct"),
        property: None,
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles-playground/austin-training__pingdatasync__labs__pingone-sync-lab.dsconfig",
        ),
        says: "Ping's PingOne lab creates attribute mappings with --type direct and --type constructed.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("constructed"),
        property: None,
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/8.3.0.3/config-guide/constructed-attribute-mapping.html",
        ),
        says: "The page's own example: dsconfig create-attribute-mapping --map-name ObjectClass-Map --mapping-name objectClass --type constructed --set value-pattern:... (same example in 7.0.1.4).",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("dn"),
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/9.3/pingdatasync_server_administration_guide/pd_configure_group_maps.html",
        ),
        says: "Configuring a group mapping uses create-attribute-mapping ... --type dn --set from-attribute:... (the example also passes --dn-map and sets to-attribute, and omits --map-name).",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("json"),
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_about_attr_mapping.html",
        ),
        says: "create-attribute-mapping --map-name PingDirectory_to_PingOne_User_Map --mapping-name name --type json, then create-json-attribute-mapping-field ... --field-name formatted --set from-attribute:cn --set json-type:string.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("json"),
        property: None,
        source: Source::Unconfirmed,
        says: "The json type may not exist in 7.0: the 7.0.1.4 constructed and json-attribute pages lack the sentences that point to JSON Attribute Mapping in 8.3.0.3, and no json-attribute-mapping page before 8.3.0.3 was found. An inference, not a page statement.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("reference"),
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_about_attr_mapping.html",
        ),
        says: "Reference attribute mapping is a Preview feature (not supported, not for production); example create-attribute-mapping --map-name ... --mapping-name member --type reference --set source-entry-value:attribute:member ... No reference-attribute-mapping config-guide page was found.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("third-party"),
        property: None,
        source: Source::Unconfirmed,
        says: "No page shows a third-party attribute mapping: no third-party-attribute-mapping config-guide page was found, and the 11.1 admin guide lists only json, constructed, direct, dn and reference. The Server SDK's --type third-party example is for create-scim2-attribute-mapping.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("third-party"),
        property: Some("extension-class"),
        source: Source::Unconfirmed,
        says: "extension-class and extension-argument on an attribute mapping were not seen on any page (the 3.6.0.1 and 5.2.5.0 abstract attribute-mapping pages had a java-class property instead).",
    },
    Note {
        object: "attribute-mapping",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/latest/config-guide/scim2-attribute-mapping.html",
        ),
        says: "A separate abstract object SCIM2 Attribute Mapping exists (description, scim-attribute-name, attribute-usage, failed-mapping-behavior, always-patch-with-replace); string-scim2-attribute-mapping adds ldap-attribute-name, single-valued, default-value. It is not an attribute-mapping --type.",
    },
    Note {
        object: "attribute-mapping",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/9.2/pingdatasync_server_administration_guide/pd_sync_boolean_scim2_attr_maps.html",
        ),
        says: "dsconfig create-scim2-attribute-mapping --mapping-name \"Account Enabled\" --type boolean --set scim-attribute-name:active --set ldap-attribute-name:accountEnabled --set attribute-usage:... --set single-valued:true (no --map-name; string and number types too).",
    },
    Note {
        object: "attribute-mapping",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://docs.ping.directory/server-sdk/9.2.0.1/javadoc/com/unboundid/directory/sdk/sync/api/SCIM2AttributeMapping.html",
        ),
        says: "The Server SDK's example is dsconfig create-scim2-attribute-mapping --sync-mapping-name \"{name}\" --type third-party --set extension-class:... --set extension-argument:...; the naming argument differs from the admin guide's --mapping-name.",
    },
    // ---- attribute-mapping: properties ----
    Note {
        object: "attribute-mapping",
        r#type: Some("direct"),
        property: Some("base64-decode-value"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_about_attr_mapping.html",
        ),
        says: "The 11.1 admin guide lists direct mapping properties from-attribute (required), base64-encode-value and base-64-decode-value; the 9.0.0.0 reference index spells it base64-decode-value, which the reference wins on.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("direct"),
        property: Some("scramble-value"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/3.6.0.1/config-guide/direct-attribute-mapping.html",
        ),
        says: "scramble-value is an advanced direct-mapping property as early as 3.6.0.1, whose index lacks base64-encode-value and base64-decode-value.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("dn"),
        property: Some("dn-map"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/3.6.0.1/config-guide/dn-attribute-mapping.html",
        ),
        says: "In 3.6.0.1 dn-map on a DN attribute mapping is multi-valued, Required: Yes, default \"No dn map is used.\"; the 11.1 admin guide calls it optional. The 8.3.0.3 excerpt stops before its Required line.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("reference"),
        property: Some("source-entry-value"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_about_attr_mapping.html",
        ),
        says: "Reference mappings use source-entry-value, source-referenced-entry-key, source-referenced-entry-value, destination-referenced-entry-key and destination-referenced-entry-value, each attribute:<name>, dn or mapping:<map>:<mapping> (mappings not allowed in key properties).",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("reference"),
        property: Some("maximum-reference-mappings-to-cache"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_about_attr_mapping.html",
        ),
        says: "maximum-reference-mappings-to-cache defaults to 10,000.",
    },
    Note {
        object: "attribute-mapping",
        r#type: Some("reference"),
        property: Some("reference-mapping-cache-duration"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_about_attr_mapping.html",
        ),
        says: "reference-mapping-cache-duration defaults to 24 hours (86,400 seconds).",
    },
    // ---- json-attribute-mapping-field ----
    Note {
        object: "json-attribute-mapping-field",
        r#type: None,
        property: Some("json-field"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/8.3.0.3/config-guide/json-attribute-mapping-field.html",
        ),
        says: "json-field is Read-Only and required: the top-level JSON field the object builds, given on create as --field-name (the catalog rightly has no json-field property).",
    },
    Note {
        object: "json-attribute-mapping-field",
        r#type: None,
        property: None,
        source: Source::Page(
            "https://docs.pingidentity.com/r/en-us/pingdirectory-100/pd_sync_non-json_attr_field_json_attr",
        ),
        says: "create-json-attribute-mapping-field --map-name \"Attr Map\" --mapping-name ubidEmailJSON --field-name \"value\" --from-attribute mail (this guide passes from-attribute as an option; the 11.1 guide uses --set from-attribute:cn).",
    },
    // ---- dn-map ----
    Note {
        object: "dn-map",
        r#type: None,
        property: None,
        source: Source::Profile(
            "pingidentity__pingidentity-server-profiles/simple-sync__pingdatasync__pd.profile__dsconfig__20-sync-pipe-build.dsconfig.subst",
        ),
        says: "Ping's simple-sync profile runs create-dn-map --map-name with from-dn-pattern and to-dn-pattern on the Sync server; no DataSync dn-map reference page of a release of interest was found (5.2.5.0 lists description, from-dn-pattern, to-dn-pattern).",
    },
    // ---- json-attribute ----
    Note {
        object: "json-attribute",
        r#type: None,
        property: Some("destination-attribute"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/8.3.0.3/config-guide/json-attribute.html",
        ),
        says: "destination-attribute is Read-Only and required: the destination attribute, given on create as --attribute-name (the catalog rightly has no such property).",
    },
    Note {
        object: "json-attribute",
        r#type: None,
        property: Some("id-field"),
        source: Source::Page(
            "https://docs.pingidentity.com/r/en-us/pingdirectory-100/pd_sync_non-json_attr_field_json_attr",
        ),
        says: "create-json-attribute --pipe-name \"A to B\" --class-name Users --attribute-name ubidEmailJSON --set id-field:value --set include-field:value.",
    },
    // ---- global-sync-configuration ----
    Note {
        object: "global-sync-configuration",
        r#type: None,
        property: Some("changelog-password-decryption-key-passphrase-provider"),
        source: Source::Page(
            "https://docs.ping.directory/PingDataSync/3.6.0.1/config-guide/global-sync-configuration.html",
        ),
        says: "The 3.6.0.1 index has started, changelog-password-decryption-key and sync-failover-polling-interval only; the passphrase provider is in the 8.3.0.3 index. Its multi-valued flag was not in any excerpt.",
    },
    Note {
        object: "global-sync-configuration",
        r#type: None,
        property: Some("changelog-password-decryption-key"),
        source: Source::Page(
            "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_changelog_password_decrypt_key.html",
        ),
        says: "dsconfig set-global-sync-configuration-prop --set changelog-password-decryption-key:<key>, the same key as the source's Changelog Password Encryption plugin.",
    },
];

pub(super) const MISSING: &[Missing] = &[
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "sync-pipe.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "sync-pipe.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "sync-pipe.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "sync-pipe.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "sync-pipe.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "sync-pipe.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "sync-pipe.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "sync-class.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "sync-class.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "sync-class.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "sync-class.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "sync-class.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "sync-class.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "sync-class.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "attribute-map.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "attribute-map.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "attribute-map.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "attribute-map.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "attribute-map.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "attribute-map.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "attribute-mapping.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "attribute-mapping.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "attribute-mapping.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "attribute-mapping.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "attribute-mapping.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "attribute-mapping.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "attribute-mapping.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "direct-attribute-mapping.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "direct-attribute-mapping.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "direct-attribute-mapping.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "direct-attribute-mapping.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "direct-attribute-mapping.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "direct-attribute-mapping.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "direct-attribute-mapping.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "constructed-attribute-mapping.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "constructed-attribute-mapping.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "constructed-attribute-mapping.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "constructed-attribute-mapping.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "constructed-attribute-mapping.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "constructed-attribute-mapping.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "dn-attribute-mapping.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "dn-attribute-mapping.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "dn-attribute-mapping.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "dn-attribute-mapping.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "dn-attribute-mapping.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "dn-attribute-mapping.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "dn-attribute-mapping.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "json-attribute-mapping.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "json-attribute-mapping.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "json-attribute-mapping.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "json-attribute-mapping.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "json-attribute-mapping.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "json-attribute-mapping.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "reference-attribute-mapping.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "reference-attribute-mapping.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "reference-attribute-mapping.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "reference-attribute-mapping.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "reference-attribute-mapping.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "reference-attribute-mapping.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "reference-attribute-mapping.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "reference-attribute-mapping.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "third-party-attribute-mapping.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "third-party-attribute-mapping.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "third-party-attribute-mapping.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "third-party-attribute-mapping.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "third-party-attribute-mapping.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "third-party-attribute-mapping.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "third-party-attribute-mapping.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "third-party-attribute-mapping.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "json-attribute-mapping-field.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "json-attribute-mapping-field.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "json-attribute-mapping-field.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "json-attribute-mapping-field.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "json-attribute-mapping-field.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "json-attribute-mapping-field.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "dn-map.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "dn-map.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "dn-map.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "dn-map.html",
    },
    Missing {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "dn-map.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "dn-map.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "dn-map.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "dn-map.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "json-attribute.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "json-attribute.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "json-attribute.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "json-attribute.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "json-attribute.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "json-attribute.html",
    },
    Missing {
        reference: V7_0_1_4,
        product: Product::DataSync,
        file: "global-sync-configuration.html",
    },
    Missing {
        reference: V7_2_1_3,
        product: Product::DataSync,
        file: "global-sync-configuration.html",
    },
    Missing {
        reference: V8_0_0_0,
        product: Product::DataSync,
        file: "global-sync-configuration.html",
    },
    Missing {
        reference: V8_2_0_7,
        product: Product::DataSync,
        file: "global-sync-configuration.html",
    },
    Missing {
        reference: V9_0_0_0,
        product: Product::DataSync,
        file: "global-sync-configuration.html",
    },
    Missing {
        reference: V9_2_0_0,
        product: Product::DataSync,
        file: "global-sync-configuration.html",
    },
    Missing {
        reference: LATEST,
        product: Product::DataSync,
        file: "global-sync-configuration.html",
    },
];

pub(super) const DETAILS: &[Detail] = &[
    Detail {
        reference: V8_3_0_3,
        file: "sync-pipe.html",
        object: "sync-pipe",
        property: "description",
        multi: Some(false),
        default: None,
        allowed: "A string",
    },
    Detail {
        reference: V8_3_0_3,
        file: "sync-pipe.html",
        object: "sync-pipe",
        property: "started",
        multi: Some(false),
        default: Some("false"),
        allowed: "true false",
    },
    Detail {
        reference: V8_3_0_3,
        file: "attribute-map.html",
        object: "attribute-map",
        property: "description",
        multi: Some(false),
        default: None,
        allowed: "A string",
    },
    Detail {
        reference: LATEST,
        file: "json-attribute-mapping.html",
        object: "attribute-mapping",
        property: "description",
        multi: Some(false),
        default: None,
        allowed: "A string",
    },
    Detail {
        reference: LATEST,
        file: "json-attribute-mapping.html",
        object: "attribute-mapping",
        property: "exclude-value",
        multi: Some(true),
        default: None,
        allowed: "A string",
    },
    Detail {
        reference: V9_0_0_0,
        file: "direct-attribute-mapping.html",
        object: "attribute-mapping",
        property: "from-attribute",
        multi: Some(false),
        default: None,
        allowed: "The name of the source attribute",
    },
    Detail {
        reference: LATEST,
        file: "json-attribute-mapping-field.html",
        object: "json-attribute-mapping-field",
        property: "description",
        multi: Some(false),
        default: None,
        allowed: "A string",
    },
    Detail {
        reference: LATEST,
        file: "json-attribute-mapping-field.html",
        object: "json-attribute-mapping-field",
        property: "json-type",
        multi: None,
        default: None,
        allowed: "boolean number object raw string",
    },
    Detail {
        reference: V8_3_0_3,
        file: "json-attribute.html",
        object: "json-attribute",
        property: "description",
        multi: Some(false),
        default: None,
        allowed: "A string",
    },
    Detail {
        reference: V8_3_0_3,
        file: "global-sync-configuration.html",
        object: "global-sync-configuration",
        property: "changelog-password-decryption-key",
        multi: Some(true),
        default: None,
        allowed: "A string",
    },
];
