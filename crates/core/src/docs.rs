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
