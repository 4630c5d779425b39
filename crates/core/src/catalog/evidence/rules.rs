//! What each rule of `rules.rs` rests on: the Ping page its `doc_url` names and what that page
//! states, or what nothing found confirms. One entry per rule code; `tests_rules.rs` holds the
//! rules to it.
//!
//! `says` keeps close to the page's own words. Where a rule is an error because syncmap itself
//! could not write the commands otherwise, `says` makes that argument after the page's words.

use super::*;
use crate::docs;

const fn page(code: &'static str, url: &'static str, says: &'static str) -> RuleEvidence {
    RuleEvidence {
        code,
        source: Source::Page(url),
        says,
    }
}

const fn unconfirmed(code: &'static str, says: &'static str) -> RuleEvidence {
    RuleEvidence {
        code,
        source: Source::Unconfirmed,
        says,
    }
}

pub(super) const RULES: &[RuleEvidence] = &[
    page(
        "target-version-unsupported",
        docs::RELEASE_NOTES,
        "The release notes list the releases of the PingDirectory suite, PingDataSync among them, \
         each with its enhancements, known issues and resolved issues. syncmap writes commands \
         only for the releases whose Configuration Reference it has read: for any other it \
         cannot tell which properties exist, hence an error.",
    ),
    page(
        "property-not-in-version",
        docs::DSCONFIG_BATCH,
        "If a dsconfig command has a missing or incorrect argument, the command fails and stops \
         the batch process without applying any changes to the server.",
    ),
    unconfirmed(
        "property-version-unconfirmed",
        "By its nature no page on record says whether the release has the property: the pages \
         of the releases on either side disagree, so syncmap warns rather than refuses.",
    ),
    page(
        "password-from-pingone",
        docs::SYNC_PASSWORDS_TO_PINGONE_81,
        "PingDataSync cannot synchronize passwords between PingOne systems, as PingDataSync \
         cannot retrieve the password from PingOne.",
    ),
    page(
        "password-attribute-missing",
        docs::SYNC_PASSWORDS_TO_PINGONE_81,
        "Passwords are synced to PingOne with a direct attribute mapping from userPassword; from \
         a generic RDBMS the from-attribute is whatever attribute stores the password.",
    ),
    page(
        "rdbms-password-hashing",
        docs::SYNC_PASSWORDS_TO_PINGONE_81,
        "Passwords in the RDBMS cannot be encrypted and should be hashed with a scheme that \
         PingDirectory recognizes.",
    ),
    unconfirmed(
        "ibm-password-binary",
        "The project's copy of 'Syncing passwords to PingOne' (11.0) says IBM Security Directory \
         and IBM Tivoli Directory return the userPassword value as userPassword;binary, but no \
         search showed that page, and the 8.1 copy found does not show the sentence.",
    ),
    page(
        "active-directory-password-sync-agent",
        docs::PASSWORD_SYNC_AGENT_REQUIRED,
        "When synchronizing passwords with Microsoft Active Directory, PingDataSync requires the \
         Ping Identity Password Sync Agent to be installed on all domain controllers in the \
         synchronization topology.",
    ),
    page(
        "password-changelog-encryption",
        docs::PASSWORD_ENCRYPTION,
        "To synchronize clear-text passwords, enable the Changelog Password Encryption component \
         on the PingDirectory server that receives password modifications, which adds the \
         encrypted ds-changelog-encrypted-password to the change log entry, and set the \
         decryption key on PingDataSync.",
    ),
    page(
        "password-sensitive-attribute",
        docs::SENSITIVE_ATTRIBUTES,
        "If userPassword is a global sensitive attribute and the server synchronizes passwords \
         with a Sync Server, a client connection policy for the Sync User must exclude the global \
         sensitive attribute.",
    ),
    page(
        "password-scheme-pingone",
        docs::PINGONE_PASSWORD_ENCODING,
        "PingOne supports PBKDF2, ARGON2, MSCrypto, Scrypt, Scrypt RFC-7914, BCrypt and SSHA for \
         password encoding; pre-encoded passwords must use the LDAP userPassword syntax, and one \
         PingOne does not accept conforms to neither form.",
    ),
    page(
        "password-scheme-unknown",
        docs::PASSWORD_STORAGE_SCHEMES,
        "PingDirectory encodes passwords with a password storage scheme, storing new ones with \
         the password policy's default-password-storage-scheme; the page lists no scheme types, \
         which is one reason this is a warning.",
    ),
    page(
        "password-resync",
        docs::ACTIVE_DIRECTORY_TASKS_92,
        "The Password Encryption component adds the encrypted attribute \
         ds-changelog-encrypted-password to the changelog entry; it appears in the change log \
         but does not appear in the entries.",
    ),
    page(
        "pingone-resource-type-missing",
        docs::PINGONE_DESTINATION_91,
        "When configuring a sync pipe to synchronize users to a PingOne destination, you must \
         include a constructed attribute mapping named resourceType with a value-pattern of user \
         (the 9.1 guide and every later one).",
    ),
    page(
        "pingone-resource-type-invalid",
        docs::PINGONE_DESTINATION_91,
        "The resourceType mapping must be a constructed attribute mapping with a value-pattern \
         of user.",
    ),
    unconfirmed(
        "pingone-resource-type-recommended",
        "The guides before 9.1 ('Synchronize changes to a PingOne environment', 7.3 to 8.3) do \
         not say resourceType is required; from 9.1 on they say a constructed resourceType \
         mapping with value-pattern user must be included.",
    ),
    page(
        "pingone-username-missing",
        docs::PINGONE_USER_RESOURCE_MODEL,
        "The username field is required with the PingOne user resource model; it must be unique \
         within an environment.",
    ),
    unconfirmed(
        "pingone-email-missing",
        "The PingOne user resource model page names username as the required field and says \
         nothing of email; whether an environment requires email was not confirmed.",
    ),
    page(
        "pingone-population-missing",
        docs::PINGONE_LIMITATIONS,
        "All PingOne user resources must exist within a population: with a single population, \
         set default-population-id on the sync destination; with several, use a constructed \
         attribute mapping.",
    ),
    page(
        "pingone-attribute-case",
        docs::JSON_FIELD_NAMES,
        "While LDAP attribute names are not case sensitive, the JSON field names are.",
    ),
    page(
        "pingone-attribute-unknown",
        docs::PINGONE_USER_SCHEMAS,
        "The user schema supports three types of attributes: core, standard, and custom; custom \
         attributes are defined per environment.",
    ),
    page(
        "pingone-attribute-read-only",
        docs::CONSTRUCTED_ATTRIBUTE_MAPPING,
        "Some attributes in the User resource are operational and cannot be modified by \
         synchronizing data.",
    ),
    page(
        "pingone-json-attribute-direct",
        docs::RELEASE_NOTES_9001,
        "When defining attribute mappings for a PingOne destination, you can use direct \
         attribute mappings for string to string or JSON to JSON synchronizations; if a string \
         attribute at the source should be stored as JSON in PingOne, define a constructed \
         attribute mapping.",
    ),
    page(
        "pingone-json-attribute-direct-source-unknown",
        docs::RELEASE_NOTES_9001,
        "When synchronizing JSON data to PingOne, you can use a direct attribute mapping if the \
         data at the source server is JSON; if it should be assembled into JSON form, define a \
         constructed attribute mapping.",
    ),
    page(
        "pingone-json-attribute-missing",
        docs::ATTRIBUTE_MAPPING,
        "If any existing JSON fields of the destination attribute must be preserved, a JSON \
         attribute configuration object must be created for the sync class.",
    ),
    page(
        "pingone-allow-destination-renames",
        docs::PINGONE_LIMITATIONS,
        "As a sync destination, PingOne doesn't allow moddn operations to rename an entry; set \
         allow-destination-renames to false on the sync class to keep PingDataSync from \
         attempting renames and logging errors.",
    ),
    page(
        "pingone-allow-destination-renames-unset",
        docs::PINGONE_LIMITATIONS,
        "When creating a sync class, set the allow-destination-renames option to false to \
         prevent PingDataSync from attempting to rename entries.",
    ),
    page(
        "pingone-auto-mapped-source-attribute",
        docs::PINGONE_LIMITATIONS,
        "The page's example sync class for PingOne sets auto-mapped-source-attribute:-none- and \
         names its attribute map.",
    ),
    page(
        "pingone-correlation-missing",
        docs::PINGONE_CORRELATING_ENTRIES,
        "To ensure that users correlate to the appropriate entry, map entryUUID to PingOne's \
         externalId and configure externalId as a destination-correlation-attribute on the sync \
         class.",
    ),
    page(
        "pingone-environment-missing",
        docs::PINGONE_DESTINATION,
        "Before you create a PingOne sync destination, have the environment ID, OAuth client ID \
         and OAuth client secret ready. syncmap cannot write the destination's create command \
         without them, hence an error.",
    ),
    unconfirmed(
        "secret-not-placeholder",
        "No Ping page states it: Ping's examples write secrets as placeholders \
         ([PING_ONE_OAUTH_CLIENT_SECRET]), and syncmap warns when a secret does not look like one \
         because the commands it writes end up in shell history and saved files.",
    ),
    unconfirmed(
        "endpoint-kind-unknown",
        "No Ping page is about this: it is syncmap's notice that the rules which depend on the \
         kind of a sync source or destination did not run, because the files read do not say \
         which kind it is.",
    ),
    page(
        "endpoint-not-generated",
        docs::CREATE_SYNC_PIPE_CONFIG,
        "You can use the create-sync-pipe-config utility to configure a sync pipe; after the \
         configuration is completed, you can adjust settings using the dsconfig tool.",
    ),
    page(
        "endpoint-servers-missing",
        docs::CONFIG_COMPONENTS,
        "A Sync Source can reference one or more supported external servers, a Sync \
         Destination one or more external servers, each defining a single server of a topology. syncmap creates an LDAP endpoint from its \
         servers: without one it cannot write the external server the endpoint must name, hence \
         an error.",
    ),
    page(
        "mapping-duplicate-destination",
        docs::ATTRIBUTE_MAPPING,
        "Attribute mappings define how the values of a single destination attribute are \
         determined; to-attribute, the attribute whose values the mapping constructs, is \
         required. syncmap names each mapping after its destination attribute, so it cannot \
         write two for one attribute.",
    ),
    page(
        "mapping-empty",
        docs::ATTRIBUTE_MAPPING,
        "Direct and DN attribute mappings: from-attribute is required. A constructed mapping \
         builds its values from value-pattern and conditional-value-pattern, a JSON mapping its \
         fields from JSON attribute mapping field objects.",
    ),
    unconfirmed(
        "json-field-type",
        "The guides show json-type:string ('About attribute mappings', 11.1) but no page found \
         lists the allowed values; syncmap's list (string, number, boolean, object, raw) is not \
         confirmed.",
    ),
    page(
        "dn-map-undefined",
        docs::DN_MAP_DSCONFIG,
        "Create the DN map with dsconfig create-dn-map; after DN mappings are configured, add \
         the new DN map to a new sync class or modify an existing one.",
    ),
    page(
        "value-pattern-syntax",
        docs::NON_JSON_INTO_JSON_FIELD,
        "Double curly brackets ({{ }}) are necessary to represent a single curly bracket in the \
         output, single ones reference attribute values; use the :jsonEscape modifier to escape \
         values that appear within a JSON attribute.",
    ),
    page(
        "value-pattern-json",
        docs::CONSTRUCTED_ATTRIBUTE_MAPPING,
        "To ensure accurate processing when you construct attribute mappings that interact with \
         complex objects, construct valid JSON strings and use jsonEscape.",
    ),
    page(
        "conditional-value-pattern-syntax",
        docs::ATTRIBUTE_MAPPING,
        "The value of conditional-value-pattern has the form LDAP-filter : pattern, the filter \
         being similar to what you can pass to ldapsearch, as in (is-admin=true) : \
         {admin-user-name}.",
    ),
    page(
        "ldap-filter-syntax",
        docs::SYNC_CLASS_EVALUATION,
        "The include-filter property specifies an LDAP filter that tells PingDataSync which \
         entries the sync class includes.",
    ),
    page(
        "dn-pattern-syntax",
        docs::DN_MAPS,
        "A single wildcard (*) matches a single RDN component and can be used any number of \
         times; the double wildcard (**) matches zero or more and can be used only once; {1} in \
         the to-dn-pattern substitutes a wildcard by its index position; a literal * is escaped \
         as \\2A.",
    ),
    unconfirmed(
        "pattern-suspicious",
        "No Ping page states these: they are syncmap's judgement of patterns and filters the \
         server may accept but that probably do not mean what they say.",
    ),
    unconfirmed(
        "attribute-name-syntax",
        "No Ping page found states the LDAP attribute-description syntax syncmap checks (RFC \
         4512 descriptor or OID, options after ';'); PingDirectory can relax it, and JDBC \
         sources name columns freely.",
    ),
    page(
        "name-missing",
        docs::DSCONFIG_BATCH,
        "If a dsconfig command has a missing or incorrect argument, the command fails and stops \
         the batch process. A nameless object leaves its naming argument without a value.",
    ),
    page(
        "name-control-character",
        docs::DSCONFIG_BATCH,
        "The batch file can have blank lines for spacing, lines starting with # for comments, \
         and a \\ line continuation character for long commands that require multiple lines. \
         syncmap cannot write a line break or other control character into a name or value on \
         a command's line, hence an error.",
    ),
    unconfirmed(
        "name-leading-dash",
        "No Ping page says how dsconfig reads a value starting with '-'; its command line is \
         options and their values, so such a name may be taken for an option.",
    ),
    unconfirmed(
        "name-whitespace",
        "No Ping page says whether dsconfig keeps or trims white space around a name.",
    ),
    page(
        "connection-cmd-unsafe",
        docs::DSCONFIG_TOOL,
        "The command-line tools are in the bin directory on UNIX or Linux and in the bat \
         directory on Microsoft Windows. That cmd.exe reads a batch file's arguments again is \
         Windows' behaviour, not Ping's, hence a warning.",
    ),
    page(
        "unknown-subcommand",
        docs::DSCONFIG_BATCH,
        "The batch file's dsconfig invocations are executed sequentially; a command with a \
         missing or incorrect argument fails and stops the batch process.",
    ),
    page(
        "property-typo",
        docs::DSCONFIG_BATCH,
        "If a dsconfig command has a missing or incorrect argument, the command fails and stops \
         the batch process without applying any changes to the server.",
    ),
    unconfirmed(
        "property-unknown",
        "syncmap's catalog holds the properties it needs, not every one dsconfig has; a property \
         it does not list may exist (dsconfig --help lists them), hence a warning.",
    ),
    page(
        "property-value-invalid",
        docs::DSCONFIG_BATCH,
        "If a dsconfig command has a missing or incorrect argument, the command fails and stops \
         the batch process without applying any changes to the server.",
    ),
    page(
        "add-on-create",
        docs::CONFIG_REFERENCE_USAGE,
        "The Configuration Reference's dsconfig Usage updates the configuration of an existing \
         object with set-...-prop (--set|--add|--remove) {propertyName}:{propertyValue}.",
    ),
    page(
        "type-missing",
        docs::DSCONFIG_BATCH,
        "If a dsconfig command has a missing or incorrect argument, the command fails and stops \
         the batch process without applying any changes to the server.",
    ),
    unconfirmed(
        "type-unknown",
        "syncmap's catalog holds the --type values it needs, not every one dsconfig has; a type \
         it does not list may exist, hence a warning.",
    ),
    page(
        "naming-argument-missing",
        docs::DSCONFIG_BATCH,
        "If a dsconfig command has a missing or incorrect argument, the command fails and stops \
         the batch process without applying any changes to the server.",
    ),
    page(
        "duplicate-create",
        docs::DSCONFIG_BATCH,
        "The batch file's invocations are executed sequentially; a command with an incorrect \
         argument fails and stops the batch process, unless --batch-continue-on-error is given.",
    ),
    page(
        "undefined-reference",
        docs::DSCONFIG_BATCH,
        "The batch file's invocations are executed sequentially; a command with an incorrect \
         argument fails and stops the batch process, unless --batch-continue-on-error is given.",
    ),
    page(
        "created-before-parent",
        docs::DSCONFIG_BATCH,
        "The dsconfig tool reads multiple invocations from a file and executes them \
         sequentially; a command with an incorrect argument fails and stops the batch process.",
    ),
    page(
        "changelog-key-mismatch",
        docs::CHANGELOG_DECRYPTION_KEY,
        "If the sync source is a PingDirectory server with the Changelog Password Encryption \
         plugin enabled, configure PingDataSync with the same key so that it can decrypt those \
         passwords.",
    ),
];
