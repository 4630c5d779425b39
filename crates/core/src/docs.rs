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
/// on Windows, where `dsconfig` is the batch file `dsconfig.bat`.
pub const DSCONFIG_TOOL: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_config_with_dsconfig_tool.html";

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

/// "Sync class evaluation": evaluation order, base DNs and filters.
pub const SYNC_CLASS_EVALUATION: &str = "https://docs.pingidentity.com/pingdirectory/11.0/pingdatasync_server_administration_guide/pd_sync_config_sync_pipe_classes_eval.html";

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

/// PingOne's user schema (attribute names, required attributes).
pub const PINGONE_USERS: &str = "https://apidocs.pingidentity.com/pingone/platform/v1/api/#users";
