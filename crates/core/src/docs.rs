//! Documentation pages that rules and help text cite. One constant per page, so a moved page is
//! fixed in one place. Sources: `shared/domain/REFERENCE.md`, section 0.

/// "Syncing passwords to PingOne": the direct `userPassword` to `password` mapping, the IBM
/// `userPassword;binary` form, the RDBMS hashing rule and the PingOne-source limitation.
pub const SYNC_PASSWORDS_TO_PINGONE: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_server_administration_guide/pd_ds_sync_passwords_p1.html";

/// "About attribute mapping" in the PingDataSync administration guide.
pub const ATTRIBUTE_MAPPING: &str = "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_about_attr_mapping.html";

/// "Syncing changes from PingOne": a PingOne source cannot carry passwords.
pub const SYNC_FROM_PINGONE: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_changes_from_p1.html";

/// "Using dsconfig in non-interactive mode": naming arguments and option syntax.
pub const DSCONFIG_NON_INTERACTIVE: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_use_dsconfig_non_interactive.html";

/// "Using dsconfig batch mode": how a generated batch file is applied.
pub const DSCONFIG_BATCH: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_use_dsconfig_batch.html";

/// The release notes of the PingDirectory suite, PingDataSync among it: which releases exist.
/// `version::RELEASES` cites the page of each release it lists.
pub const RELEASE_NOTES: &str =
    "https://docs.pingidentity.com/pingdirectory/11.1/release_notes/pd_release_notes.html";

/// "Configuration with the dsconfig tool": the tools are in `bin` on UNIX and Linux and in `bat`
/// on Windows, where `dsconfig` is the batch file `dsconfig.bat`; `dsconfig --help-subcommands`
/// lists the subcommands.
pub const DSCONFIG_TOOL: &str = "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_config_with_dsconfig_tool.html";

/// "Creating a tools properties file": `config/tools.properties` holds default arguments, such
/// as the connection's, for every tool.
pub const TOOLS_PROPERTIES: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdirectory_server_administration_guide/pd_ds_create_tools_props_file.html";

/// "Configuration components": external servers, endpoints, pipes, classes and maps.
pub const CONFIG_COMPONENTS: &str = "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_config_components.html";

/// "Syncing changes to a PingOne environment": the `ping-one-customer` destination and its
/// required `resourceType` mapping.
pub const PINGONE_DESTINATION: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_changes_p1_env.html";

/// PingOne considerations and limitations: populations, renames, correlation, auto-mapping.
pub const PINGONE_LIMITATIONS: &str = "https://docs.pingidentity.com/pingdirectory/10.1/pingdatasync_server_administration_guide/pd_sync_consids_lims.html";

/// "Configure the sync pipe, sync classes, and evaluation order": evaluation order, base DNs,
/// and `include-filter`, "an LDAP filter".
pub const SYNC_CLASS_EVALUATION: &str = "https://docs.pingidentity.com/pingdirectory/10.0/pingdatasync_server_administration_guide/pd_sync_config_sync_pipe_classes_eval.html";

/// "Changelog synchronization considerations": the changelog backend and password encryption.
pub const CHANGELOG_CONSIDERATIONS: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_changelog_sync_consids.html";

/// JSON attributes and non-JSON attributes in PingDataSync.
pub const JSON_ATTRIBUTES: &str = "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_field_json_attr_non_json_attr.html";

/// Password storage schemes in PingDirectory.
pub const PASSWORD_STORAGE_SCHEMES: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdirectory_security_guide/pd_sec_password_storage_schemes.html";

/// The sensitive password attribute and the Sync User's connection policy.
pub const SENSITIVE_ATTRIBUTES: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-73/qaz1564011442950";

/// Configuring synchronization from Active Directory: the Password Sync Agent.
pub const ACTIVE_DIRECTORY: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_configure_sync_pipe_ad.html";

/// The `create-sync-pipe-config` tool, which creates endpoints syncmap does not generate.
pub const CREATE_SYNC_PIPE_CONFIG: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_use_create_sync_pipe_tool.html";

/// PingOne's password encoding: which pre-encoded schemes it accepts.
pub const PINGONE_PASSWORD_ENCODING: &str =
    "https://developer.pingidentity.com/pingone-api/platform/reference/password-encoding.html";

/// "Configure the PingDirectory server sync source": the Changelog Password Encryption plugin
/// goes on every directory server that receives password changes.
pub const PINGDIRECTORY_SYNC_SOURCE: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_pd_sync_source.html";

/// "Configure an LDAPv3 Sync Source": IBM Security Directory (Tivoli Directory Server), Oracle
/// Unified Directory, DSEE and OpenDJ are read through a Generic LDAP Sync Source, which needs
/// the server's `cn=changelog` or a Server SDK Change Detector extension.
pub const LDAPV3_SYNC_SOURCE: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_config_ldapv3_sync_source.html";

/// Configuration Reference, "Generic LDAP Sync Source": for LDAPv3 servers without a
/// specialized sync source (IBM Tivoli Directory Server, CA Directory, OpenLDAP); `base-dn`
/// is required.
pub const GENERIC_LDAP_SYNC_SOURCE: &str =
    "https://docs.ping.directory/PingDataSync/latest/config-guide/generic-ldap-sync-source.html";

/// Configuration Reference, "Generic LDAP Sync Destination": `base-dn` is required, and
/// `password-synchronization-format` is `pre-encoded` unless set to `clear-text`, which only
/// a Ping Identity Directory Server source can feed.
pub const GENERIC_LDAP_SYNC_DESTINATION: &str = "https://docs.ping.directory/PingDataSync/latest/config-guide/generic-ldap-sync-destination.html";

/// "Change tracking": PingDirectory's changelog, the retro change log of Oracle/Sun DS, OpenDJ,
/// Oracle Unified Directory and generic LDAP servers, DirSync on Active Directory, and a change
/// log table filled by database triggers on an RDBMS.
pub const CHANGE_TRACKING: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-93/pd_sync_change_track_monitor_log";

/// "Sync user account": where the Sync User lives on each kind of server (under the base DN on
/// Sun DS, OpenDJ, Oracle Unified Directory and generic LDAP servers).
pub const SYNC_USER_ACCOUNT: &str = "https://docs.pingidentity.com/pingdirectory/9.3/pingdatasync_server_administration_guide/pd_sync_user_account.html";

/// "Synchronize with Active Directory": the Active Directory sync source points at the top of
/// the tree, where DirSync detects changes.
pub const ACTIVE_DIRECTORY_SYSTEMS: &str = "https://docs.pingidentity.com/pingdirectory/10.2/pingdatasync_server_administration_guide/pd_sync_ad_systems.html";

/// Active Directory configuration tasks: SSL on the domain controllers for password
/// synchronization, and the Password Sync Agent on an Active Directory source.
pub const ACTIVE_DIRECTORY_TASKS: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-100/pd_sync_overview_config_tasks";

/// "Configuring sync pipes and sync classes" (create-sync-pipe-config, Active Directory): the
/// Ping Identity Password Sync Agent goes on each domain controller.
pub const PASSWORD_SYNC_AGENT: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_sync_pipes_classes.html";

/// "Implementing the JDBC sync source": a database source is a Server SDK extension of the
/// `JDBCSyncSource` class.
pub const JDBC_SYNC_SOURCE: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-92/pd_sync_implement_jdbc_sync_source";

/// Configuration Reference, "Third Party JDBC Sync Source": `server` (a JDBC external server),
/// `database-entry-type` and `extension-class` are required.
pub const THIRD_PARTY_JDBC_SYNC_SOURCE: &str = "https://docs.ping.directory/PingDataSync/8.3.0.3/config-guide/third-party-jdbc-sync-source.html";

// The pages below are the ones the rules rest on (`rules.rs`, and what each states in
// `catalog::evidence::rule_evidence`).

/// "Synchronize changes to a PingOne environment", 9.1: the first guide to say a sync pipe to
/// PingOne must include a constructed `resourceType` mapping with the value-pattern `user`.
pub const PINGONE_DESTINATION_91: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-91/pd_sync_changes_pingone_env";

/// Release notes of the PingDirectory suite 9.0.0.1: direct mappings to PingOne attributes are
/// for string to string or JSON to JSON; a string stored as JSON needs a constructed mapping.
pub const RELEASE_NOTES_9001: &str =
    "https://docs.pingidentity.com/pingdirectory/9.3/release_notes/pd_ds_rn_9001.html";

/// "Syncing passwords to PingOne" (8.1): the direct `userPassword` to `password` mapping, RDBMS
/// passwords hashed and never encrypted, and no passwords out of PingOne.
pub const SYNC_PASSWORDS_TO_PINGONE_81: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-81/lgs1593633024488";

/// "Review the PingOne user resource model": `username` is required.
pub const PINGONE_USER_RESOURCE_MODEL: &str = "https://docs.pingidentity.com/pingdirectory/10.1/pingdatasync_server_administration_guide/pd_sync_p1_user_resource_model.html";

/// PingOne Platform API, "Schemas": the user schema's core, standard and custom attributes.
pub const PINGONE_USER_SCHEMAS: &str =
    "https://developer.pingidentity.com/pingone-api/platform/schemas/index.html";

/// "Synchronizing a field of a JSON attribute into a non-JSON attribute" (10.3): LDAP attribute
/// names are not case sensitive, JSON field names are.
pub const JSON_FIELD_NAMES: &str = "https://docs.pingidentity.com/pingdirectory/10.3/pingdatasync_server_administration_guide/pd_sync_field_json_attr_non_json_attr.html";

/// "Synchronizing a non-JSON attribute into a field of a JSON attribute" (10.3): `{{ }}` for a
/// literal brace, `:jsonEscape` for values inside JSON.
pub const NON_JSON_INTO_JSON_FIELD: &str = "https://docs.pingidentity.com/pingdirectory/10.3/pingdatasync_server_administration_guide/pd_sync_non_json_attr_field_json_attr.html";

/// "Configuring constructed attribute mappings": valid JSON and `jsonEscape` for PingOne's JSON
/// objects; operational attributes of the PingOne user cannot be modified by synchronizing.
pub const CONSTRUCTED_ATTRIBUTE_MAPPING: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_constructed_attr_mapping.html";

/// "Configure DN maps": `*`, `**` once, `{1}` and `\2A`.
pub const DN_MAPS: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_dn_maps.html";

/// "Configuring a DN map by using dsconfig" (9.3): create the DN map, then name it on a class.
pub const DN_MAP_DSCONFIG: &str = "https://docs.pingidentity.com/pingdirectory/9.3/pingdatasync_server_administration_guide/pd_sync_config_dn_map_dsconfig.html";

/// "Correlating entries" (8.2): map `entryUUID` to PingOne's `externalId` and correlate on it.
pub const PINGONE_CORRELATING_ENTRIES: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-82/jco1579040525676";

/// "Configuring password encryption": the Changelog Password Encryption component for clear-text
/// passwords, and the decryption key on PingDataSync.
pub const PASSWORD_ENCRYPTION: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_password_encryption.html";

/// "Configure the changelog password decryption key in the PingDataSync server": the same key as
/// the source's Changelog Password Encryption plugin.
pub const CHANGELOG_DECRYPTION_KEY: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_config_changelog_password_decrypt_key.html";

/// "Overview of configuration tasks" for Active Directory (9.2): the encrypted password is in
/// the changelog entry, not in the entries.
pub const ACTIVE_DIRECTORY_TASKS_92: &str = "https://docs.pingidentity.com/pingdirectory/9.2/pingdatasync_server_administration_guide/pd_sync_overview_config_tasks.html";

/// "Password Sync Agent": required on all domain controllers to synchronize Active Directory
/// passwords.
pub const PASSWORD_SYNC_AGENT_REQUIRED: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_password_sync_agent.html";

/// Configuration Reference, "DN Identity Mapper" (10.3): its "dsconfig Usage" updates an
/// existing object with `(--set|--add|--remove)`, as every object's page does.
pub const CONFIG_REFERENCE_USAGE: &str = "https://developer.pingidentity.com/reference/pingdirectory/10.3.0.0/config-guide/dn-identity-mapper.html";

/// The Configuration Reference's "dsconfig Usage" for an object: `set-<object>-prop` with
/// `(--set|--add|--remove) {propertyName}:{propertyValue}`, and `delete-<object>` with its naming
/// argument (here `delete-attribute-map --map-name {name}`). `--reset` is not in the usage
/// block: PingDirectory's dsconfig accepts it, which no PingDataSync page states (a change
/// script's header says so).
pub const DSCONFIG_USAGE: &str =
    "https://docs.ping.directory/PingDataSync/8.3.0.3/config-guide/attribute-map.html";

/// Ping's example of `set-sync-class-prop … --add include-base-dn:… --set …`: `--add` gives an
/// existing object one more value of a multi-valued property.
pub const DSCONFIG_ADD_VALUE: &str = "https://docs.pingidentity.com/pingdirectory/11.1/pingdatasync_server_administration_guide/pd_sync_config_sync_pipe_classes_eval.html";

// The pages the go-live runbook rests on (`runbook.rs`): each step cites them in its comment.

/// "Starting the sync pipe" (latest; the same text from 7.3 to 11.1): `realtime-sync
/// set-startpoint --end-of-changelog --pipe-name P` so that changes made before now are
/// ignored, then, "when ready to start synchronization", `realtime-sync start --pipe-name P
/// --no-prompt`.
pub const START_SYNC_PIPE: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_start_sync_pipe.html";

/// "Set the changelog startpoint for the sync source" (latest): for a PingDirectory source,
/// record the end of its changelog; `realtime-sync set-startpoint` with `--hostname`, `--port`,
/// `--useSSL`, `--trustStorePath`, `--bindDN`, `--bindPasswordFile` and `--no-prompt`.
pub const SET_CHANGELOG_STARTPOINT: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_set_changelog_startpoint.html";

/// "Set startpoints" (latest): "If started, stop the synchronization topology" with
/// `realtime-sync stop --pipe-name P`, then set the start point; it "should be run before
/// initializing the data in the Sync Destination".
pub const SET_STARTPOINTS: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_set_startpoints.html";

/// Server SDK javadoc, `SetStartpointOptions`: "Not all Sync Source implementations will
/// support all the startpoint types."
pub const SET_STARTPOINT_OPTIONS: &str = "https://docs.ping.directory/server-sdk/latest/javadoc/com/unboundid/directory/sdk/sync/types/SetStartpointOptions.html";

/// "Start or Pause synchronization" (9.3): the `start` and `stop` subcommands, for one pipe
/// with `--pipe-name`.
pub const START_PAUSE_SYNC: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-93/pd_sync_start_pause_sync";

/// Real-time synchronization operations (latest): "After a synchronization topology is
/// configured, run resync to synchronize the endpoints, and then run realtime-sync to start
/// global synchronization."
pub const SYNC_OPERATIONS: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_pds_operations.html";

/// "Test attribute and DN maps" (latest): `resync --pipe-name P --sourceSearchFilter
/// "(uid=user.0)" --dry-run --logLevel debug` synchronizes a single entry; its logging is in
/// `logs/tools/resync.log`.
pub const TEST_ATTRIBUTE_DN_MAPS: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_test_attr_dn_maps.html";

/// "The resync command" (9.2): `--dry-run` commits nothing; "Logging is located in
/// logs/tools/resync.log and in logs/tools/resync-errors.log"; for large data sets, export,
/// `translate-ldif` and import instead.
pub const RESYNC_TOOL: &str = "https://docs.pingidentity.com/pingdirectory/9.2/pingdatasync_server_administration_guide/pd_sync_resync_tool.html";

/// "Verify the synchronization configuration" (9.3): the summary a resync prints ("Source
/// entries retrieved", "Entries missing", "Entries out-of-sync", and "N entries were in-sync,
/// ... could not be processed due to an error").
pub const VERIFY_SYNC_CONFIG: &str =
    "https://docs.pingidentity.com/r/en-us/pingdirectory-93/pd_sync_verify_sync_config";

/// CLI reference, `resync` (9.0.0.0): a JDBC sync source needs `--entryType` or
/// `--sourceInputFile`.
pub const RESYNC_CLI: &str = "https://docs.ping.directory/PingDataSync/9.0.0.0/cli/resync.html";

/// "Synchronizing a field of a JSON attribute into a non-JSON attribute" (latest): "By default,
/// errors related to attribute mapping are not logged": enable the "File-Based Debug Logger"
/// and create the debug target `com.unboundid.directory.sync.mapping` at `debug-level:warning`.
pub const MAPPING_DEBUG_LOGGER: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_field_json_attr_non_json_attr.html";

/// "Enabling or disabling default log publishers" (PingDirectory 11.1): the File-Based Debug
/// Logger is disabled by default and "should only be enabled when troubleshooting".
pub const DEFAULT_LOG_PUBLISHERS: &str = "https://docs.pingidentity.com/pingdirectory/11.1/pingdirectory_server_administration_guide/pd_ds_enable_disable_default_log_pub.html";

/// PingDS Configuration Reference, `delete-debug-target`: the subcommand and its options, for
/// PingDS, a different product; no PingDataSync page shows it.
pub const PINGDS_DELETE_DEBUG_TARGET: &str =
    "https://docs.pingidentity.com/pingds/7.3/configref/subcommands-delete-debug-target.html";

/// "Synchronization-specific status" (latest): the `status` tool's "Summary for Sync Pipe"
/// (Started, Source Unretrieved Changes, Failed Op Attempts, ...).
pub const SYNC_STATUS: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_specific_status.html";

/// "Synchronization flow examples" (latest): in standard mode, for each change detected, the
/// Sync Pipe fetches the source entry, performs the mappings, fetches the destination entry,
/// diffs them and applies the changes.
pub const SYNC_FLOW: &str = "https://docs.pingidentity.com/pingdirectory/latest/pingdatasync_server_administration_guide/pd_sync_flow_examples.html";
