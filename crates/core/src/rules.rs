//! The rules: one definition each, with its code, severity and the page it rests on.
//!
//! What each rule rests on, the page and what it states, is recorded in
//! `catalog::evidence::rule_evidence`: a rule no page confirms is a warning, never an error,
//! unless it is about syncmap's own ability to write the commands.

use crate::diagnostic::Severity::{self, Error, Info, Warning};
use crate::docs;

/// One validation rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable identifier, used in JSON output, CI annotations and suppression lists.
    pub code: &'static str,
    /// The severity of every diagnostic this rule produces.
    pub severity: Severity,
    /// What the rule checks, in one line.
    pub summary: &'static str,
    /// The documentation page the rule rests on.
    pub doc_url: &'static str,
}

/// A rule. Its summary is kept with the `help-text` feature only: the command line and the
/// server print it (SARIF, lint reports), the browser app never does.
const fn rule(
    code: &'static str,
    severity: Severity,
    summary: &'static str,
    doc_url: &'static str,
) -> Rule {
    Rule {
        code,
        severity,
        summary: if cfg!(feature = "help-text") {
            summary
        } else {
            ""
        },
        doc_url,
    }
}

/// The target version is not one of the releases syncmap knows (`version::RELEASES`): syncmap
/// cannot write commands for a release whose Configuration Reference it has not read. The code
/// keeps its first name: suppression lists and CI annotations name it.
pub const TARGET_VERSION_UNSUPPORTED: Rule = rule(
    "target-version-unsupported",
    Error,
    "the target version is a PingDataSync release syncmap knows",
    docs::RELEASE_NOTES,
);
/// A property the generated commands need does not exist in the target version: dsconfig fails
/// on it and stops the batch.
pub const PROPERTY_NOT_IN_VERSION: Rule = rule(
    "property-not-in-version",
    Error,
    "every generated property exists in the target version",
    docs::DSCONFIG_BATCH,
);
/// A generated property whose existence in the target version no page on record confirms or
/// denies: the release between the last page without it and the first with it.
pub const PROPERTY_VERSION_UNCONFIRMED: Rule = rule(
    "property-version-unconfirmed",
    Warning,
    "every generated property is confirmed for the target version by Ping's pages",
    docs::DSCONFIG_BATCH,
);
/// PingOne as the password source.
pub const PASSWORD_FROM_PINGONE: Rule = rule(
    "password-from-pingone",
    Error,
    "PingOne cannot be a password source",
    docs::SYNC_PASSWORDS_TO_PINGONE_81,
);
/// The password mapping needs a source attribute or column.
pub const PASSWORD_ATTRIBUTE_MISSING: Rule = rule(
    "password-attribute-missing",
    Error,
    "the password mapping needs the attribute or column that holds passwords",
    docs::SYNC_PASSWORDS_TO_PINGONE_81,
);
/// RDBMS passwords must be hashed with a PingDirectory scheme, never encrypted; a column's
/// contents cannot be seen from here, hence a warning.
pub const RDBMS_PASSWORD_HASHING: Rule = rule(
    "rdbms-password-hashing",
    Warning,
    "an RDBMS password column must hold values hashed with a scheme PingDirectory recognizes",
    docs::SYNC_PASSWORDS_TO_PINGONE_81,
);
/// IBM directories return the password as `userPassword;binary`: unconfirmed here, so a
/// warning (see its evidence).
pub const IBM_PASSWORD_BINARY: Rule = rule(
    "ibm-password-binary",
    Warning,
    "IBM Security and Tivoli Directory return the password as userPassword;binary",
    docs::SYNC_PASSWORDS_TO_PINGONE_81,
);
/// LDAP attribute-description syntax. A warning: no Ping page states it, PingDirectory can
/// relax it and JDBC columns are named freely.
pub const ATTRIBUTE_NAME_SYNTAX: Rule = rule(
    "attribute-name-syntax",
    Warning,
    "attribute names are an LDAP descriptor or OID, with options after ';'",
    docs::ATTRIBUTE_MAPPING,
);
/// A configuration object needs a name: its naming argument would be missing.
pub const NAME_MISSING: Rule = rule(
    "name-missing",
    Error,
    "a configuration object needs a name",
    docs::DSCONFIG_BATCH,
);
/// Control characters cannot be written into a batch file, whose commands are lines.
pub const NAME_CONTROL_CHARACTER: Rule = rule(
    "name-control-character",
    Error,
    "names and values cannot contain line breaks or other control characters",
    docs::DSCONFIG_BATCH,
);
/// A leading `-` may read as an option. Unconfirmed, so a warning.
pub const NAME_LEADING_DASH: Rule = rule(
    "name-leading-dash",
    Warning,
    "a name that starts with '-' may be taken for an option by dsconfig",
    docs::DSCONFIG_NON_INTERACTIVE,
);
/// Surrounding white space may become part of the name. Unconfirmed, so a warning.
pub const NAME_WHITESPACE: Rule = rule(
    "name-whitespace",
    Warning,
    "a name starts or ends with white space",
    docs::DSCONFIG_NON_INTERACTIVE,
);
/// One mapping per destination attribute, which is also the mapping's name.
pub const MAPPING_DUPLICATE_DESTINATION: Rule = rule(
    "mapping-duplicate-destination",
    Error,
    "a destination attribute is mapped more than once",
    docs::ATTRIBUTE_MAPPING,
);
/// A mapping that produces nothing.
pub const MAPPING_EMPTY: Rule = rule(
    "mapping-empty",
    Error,
    "a direct or DN mapping needs its source attribute, a constructed one a pattern, a JSON one \
     fields, and a field one source",
    docs::ATTRIBUTE_MAPPING,
);
/// A JSON field's `json-type` must be one the catalog knows. The list is unconfirmed, so a
/// warning.
pub const JSON_FIELD_TYPE: Rule = rule(
    "json-field-type",
    Warning,
    "json-type is string, number, boolean, object or raw",
    docs::ATTRIBUTE_MAPPING,
);
/// A DN map referenced but not defined.
pub const DN_MAP_UNDEFINED: Rule = rule(
    "dn-map-undefined",
    Error,
    "a DN map is referenced but not defined",
    docs::DN_MAP_DSCONFIG,
);
/// Value pattern syntax.
pub const VALUE_PATTERN_SYNTAX: Rule = rule(
    "value-pattern-syntax",
    Error,
    "value patterns use {attr}, {{ and }}, {attr:jsonEscape} and {attr:/regex/replacement/flags}",
    docs::NON_JSON_INTO_JSON_FIELD,
);
/// A JSON-valued destination attribute gets invalid JSON.
pub const VALUE_PATTERN_JSON: Rule = rule(
    "value-pattern-json",
    Error,
    "a pattern for a JSON attribute must expand to valid JSON",
    docs::CONSTRUCTED_ATTRIBUTE_MAPPING,
);
/// `(filter):pattern`.
pub const CONDITIONAL_PATTERN_SYNTAX: Rule = rule(
    "conditional-value-pattern-syntax",
    Error,
    "a conditional value pattern is (ldap-filter):pattern",
    docs::ATTRIBUTE_MAPPING,
);
/// LDAP filter syntax (RFC 4515).
pub const LDAP_FILTER_SYNTAX: Rule = rule(
    "ldap-filter-syntax",
    Error,
    "filters follow LDAP filter syntax",
    docs::SYNC_CLASS_EVALUATION,
);
/// A pattern, filter or DN pattern that is probably wrong, though the server may accept it:
/// syncmap's own judgement, so a warning.
pub const PATTERN_SUSPICIOUS: Rule = rule(
    "pattern-suspicious",
    Warning,
    "a pattern or filter that the server may accept but probably does not mean what it says",
    docs::ATTRIBUTE_MAPPING,
);
/// DN map pattern syntax.
pub const DN_PATTERN_SYNTAX: Rule = rule(
    "dn-pattern-syntax",
    Error,
    "DN map patterns use *, at most one ** and {n} references in range",
    docs::DN_MAPS,
);
/// PingOne needs a constructed `resourceType` of `user`: documented from the 9.1 guide on, so
/// an error from 9.1 ([`PINGONE_RESOURCE_TYPE_RECOMMENDED`] before).
pub const PINGONE_RESOURCE_TYPE_MISSING: Rule = rule(
    "pingone-resource-type-missing",
    Error,
    "a PingOne destination needs a constructed resourceType mapping with value-pattern user",
    docs::PINGONE_DESTINATION_91,
);
/// The `resourceType` mapping is there but wrong.
pub const PINGONE_RESOURCE_TYPE_INVALID: Rule = rule(
    "pingone-resource-type-invalid",
    Error,
    "resourceType must be a constructed mapping with value-pattern user",
    docs::PINGONE_DESTINATION_91,
);
/// `username` is required on PingOne users.
pub const PINGONE_USERNAME_MISSING: Rule = rule(
    "pingone-username-missing",
    Error,
    "PingOne users need a username",
    docs::PINGONE_USER_RESOURCE_MODEL,
);
/// `email`: Ping's DataSync pages name only `username` as required, and PingOne environments
/// differ: a warning.
pub const PINGONE_EMAIL_MISSING: Rule = rule(
    "pingone-email-missing",
    Warning,
    "PingOne users normally need an email",
    docs::PINGONE_USER_RESOURCE_MODEL,
);
/// Every PingOne user is in a population. A warning: PingOne's API puts a user created without
/// one in the environment's default population
/// (<https://developer.pingidentity.com/pingone-api/platform/populations.html>).
pub const PINGONE_POPULATION_MISSING: Rule = rule(
    "pingone-population-missing",
    Warning,
    "PingOne users go to the default population unless a default population ID or a population \
     mapping says which",
    docs::PINGONE_LIMITATIONS,
);
/// PingOne attribute names are case-sensitive JSON field names.
pub const PINGONE_ATTRIBUTE_CASE: Rule = rule(
    "pingone-attribute-case",
    Error,
    "PingOne attribute names are case-sensitive",
    docs::JSON_FIELD_NAMES,
);
/// Not a standard PingOne attribute. A warning, since custom attributes exist.
pub const PINGONE_ATTRIBUTE_UNKNOWN: Rule = rule(
    "pingone-attribute-unknown",
    Warning,
    "not a standard PingOne user attribute",
    docs::PINGONE_USER_SCHEMAS,
);
/// PingOne manages these attributes itself.
pub const PINGONE_ATTRIBUTE_READ_ONLY: Rule = rule(
    "pingone-attribute-read-only",
    Warning,
    "PingOne manages this attribute itself",
    docs::CONSTRUCTED_ATTRIBUTE_MAPPING,
);
/// A direct or DN mapping to a JSON-valued PingOne attribute from a source attribute syncmap
/// knows holds no JSON.
pub const PINGONE_JSON_DIRECT: Rule = rule(
    "pingone-json-attribute-direct",
    Error,
    "a direct mapping to a JSON-valued PingOne attribute needs a JSON-valued source attribute",
    docs::RELEASE_NOTES_9001,
);
/// A direct mapping to a JSON-valued PingOne attribute from a source attribute syncmap cannot
/// tell is JSON-valued: fine if it is, hence a warning.
pub const PINGONE_JSON_DIRECT_SOURCE_UNKNOWN: Rule = rule(
    "pingone-json-attribute-direct-source-unknown",
    Warning,
    "a direct mapping to a JSON-valued PingOne attribute works only if the source attribute holds \
     JSON",
    docs::RELEASE_NOTES_9001,
);
/// A mapping writes some of a JSON-valued PingOne attribute's fields, and the class has no
/// json-attribute to keep the others.
pub const PINGONE_JSON_ATTRIBUTE_MISSING: Rule = rule(
    "pingone-json-attribute-missing",
    Warning,
    "to keep the fields of a JSON-valued PingOne attribute that no mapping writes, the sync class \
     needs a json-attribute for it",
    docs::ATTRIBUTE_MAPPING,
);
/// `allow-destination-renames` must be false for PingOne.
pub const PINGONE_RENAMES: Rule = rule(
    "pingone-allow-destination-renames",
    Error,
    "allow-destination-renames must be false for PingOne",
    docs::PINGONE_LIMITATIONS,
);
/// ... and should be set explicitly.
pub const PINGONE_RENAMES_UNSET: Rule = rule(
    "pingone-allow-destination-renames-unset",
    Warning,
    "set allow-destination-renames to false for PingOne",
    docs::PINGONE_LIMITATIONS,
);
/// Auto-mapping pushes every same-named attribute; Ping's PingOne example turns it off.
pub const PINGONE_AUTO_MAPPED: Rule = rule(
    "pingone-auto-mapped-source-attribute",
    Warning,
    "auto-mapped-source-attribute should be -none- for PingOne",
    docs::PINGONE_LIMITATIONS,
);
/// Without correlation attributes PingDataSync cannot find existing PingOne users.
pub const PINGONE_CORRELATION_MISSING: Rule = rule(
    "pingone-correlation-missing",
    Warning,
    "PingOne classes need destination-correlation-attributes, such as username or externalId",
    docs::PINGONE_CORRELATING_ENTRIES,
);
/// A PingOne endpoint to create needs its environment.
pub const PINGONE_ENVIRONMENT_MISSING: Rule = rule(
    "pingone-environment-missing",
    Error,
    "a PingOne endpoint needs its environment, client ID and secret",
    docs::PINGONE_DESTINATION,
);
/// A secret field that looks like a real secret: syncmap's own advice, so a warning.
pub const SECRET_NOT_PLACEHOLDER: Rule = rule(
    "secret-not-placeholder",
    Warning,
    "secrets are written as placeholders such as <CLIENT_SECRET> or ${CLIENT_SECRET}, or passphrase providers",
    docs::PINGONE_DESTINATION,
);
/// The kind of a source or destination is not known (the files an import read do not say),
/// so the rules that need it did not run ([`NEED_SOURCE_KIND`], [`NEED_DESTINATION_KIND`]).
pub const ENDPOINT_KIND_UNKNOWN: Rule = rule(
    "endpoint-kind-unknown",
    Warning,
    "the kind of the sync source and destination must be known for their rules to run",
    docs::CONFIG_COMPONENTS,
);
/// syncmap does not create endpoints of this kind.
pub const ENDPOINT_NOT_GENERATED: Rule = rule(
    "endpoint-not-generated",
    Info,
    "syncmap does not create this kind of endpoint: it must exist first",
    docs::CREATE_SYNC_PIPE_CONFIG,
);
/// An LDAP endpoint to create needs servers: syncmap creates it from them.
pub const ENDPOINT_SERVERS_MISSING: Rule = rule(
    "endpoint-servers-missing",
    Error,
    "an LDAP endpoint needs at least one server",
    docs::CONFIG_COMPONENTS,
);
/// Without the Changelog Password Encryption plugin, no clear-text password reaches the
/// changelog.
pub const PASSWORD_CHANGELOG_ENCRYPTION: Rule = rule(
    "password-changelog-encryption",
    Warning,
    "without the Changelog Password Encryption plugin, PingDataSync sends the stored password value",
    docs::PASSWORD_ENCRYPTION,
);
/// The Sync User must be able to read userPassword.
pub const PASSWORD_SENSITIVE_ATTRIBUTE: Rule = rule(
    "password-sensitive-attribute",
    Warning,
    "the Sync User must be allowed to read the password attribute",
    docs::SENSITIVE_ATTRIBUTES,
);
/// The storage scheme's values are not accepted pre-encoded by PingOne, or not confirmed to be.
pub const PASSWORD_SCHEME_PINGONE: Rule = rule(
    "password-scheme-pingone",
    Warning,
    "PingOne accepts only some password schemes pre-encoded",
    docs::PINGONE_PASSWORD_ENCODING,
);
/// A storage scheme PingDirectory does not have.
pub const PASSWORD_SCHEME_UNKNOWN: Rule = rule(
    "password-scheme-unknown",
    Warning,
    "not a PingDirectory password storage scheme type",
    docs::PASSWORD_STORAGE_SCHEMES,
);
/// Active Directory passwords need the Password Sync Agent on every domain controller.
pub const ACTIVE_DIRECTORY_PSA: Rule = rule(
    "active-directory-password-sync-agent",
    Warning,
    "install the Ping Password Sync Agent on every domain controller",
    docs::PASSWORD_SYNC_AGENT_REQUIRED,
);
/// resync reads the entries, and the encrypted clear-text password is only in the changelog.
pub const PASSWORD_RESYNC: Rule = rule(
    "password-resync",
    Info,
    "resync does not carry clear-text passwords",
    docs::ACTIVE_DIRECTORY_TASKS_92,
);

/// `resourceType` is documented as required from the 9.1 guide on; the earlier guides do not
/// say it, so before 9.1 it is recommended.
pub const PINGONE_RESOURCE_TYPE_RECOMMENDED: Rule = rule(
    "pingone-resource-type-recommended",
    Warning,
    "PingOne destinations need a resourceType mapping from 9.1 on; add one for older versions too",
    docs::PINGONE_DESTINATION_91,
);
/// A subcommand dsconfig does not have.
pub const UNKNOWN_SUBCOMMAND: Rule = rule(
    "unknown-subcommand",
    Error,
    "not a dsconfig subcommand",
    docs::DSCONFIG_BATCH,
);
/// A property the type does not have, close to one it has: a typo.
pub const PROPERTY_TYPO: Rule = rule(
    "property-typo",
    Error,
    "not a property of this type; a known property has a close name",
    docs::DSCONFIG_BATCH,
);
/// A property syncmap's catalog does not list for the type. A warning: the catalog covers the
/// properties syncmap needs, not every property dsconfig has.
pub const PROPERTY_UNKNOWN: Rule = rule(
    "property-unknown",
    Warning,
    "not a property syncmap knows for this type",
    docs::DSCONFIG_TOOL,
);
/// A value outside a property's allowed values.
pub const PROPERTY_VALUE_INVALID: Rule = rule(
    "property-value-invalid",
    Error,
    "the value is not one the property allows",
    docs::DSCONFIG_BATCH,
);
/// `--add` or `--remove` on a create command.
pub const ADD_ON_CREATE: Rule = rule(
    "add-on-create",
    Error,
    "create commands take --set; --add and --remove change existing objects",
    docs::CONFIG_REFERENCE_USAGE,
);
/// A polymorphic object created without `--type`.
pub const TYPE_MISSING: Rule = rule(
    "type-missing",
    Error,
    "creating this kind of object needs --type",
    docs::DSCONFIG_BATCH,
);
/// A `--type` syncmap does not know for the object. A warning, as for properties.
pub const TYPE_UNKNOWN: Rule = rule(
    "type-unknown",
    Warning,
    "not a --type syncmap knows for this object",
    docs::DSCONFIG_TOOL,
);
/// A naming argument missing from a command.
pub const NAMING_ARGUMENT_MISSING: Rule = rule(
    "naming-argument-missing",
    Error,
    "the command lacks a naming argument of its object type",
    docs::DSCONFIG_BATCH,
);
/// The same object created twice: the second create fails and stops the batch.
pub const DUPLICATE_CREATE: Rule = rule(
    "duplicate-create",
    Error,
    "the same object is created twice",
    docs::DSCONFIG_BATCH,
);
/// A reference to an object the files never create (and that is not declared to exist).
pub const UNDEFINED_REFERENCE: Rule = rule(
    "undefined-reference",
    Error,
    "refers to an object the files never create",
    docs::DSCONFIG_BATCH,
);
/// A child created before its parent (a mapping before its map).
pub const CREATED_BEFORE_PARENT: Rule = rule(
    "created-before-parent",
    Error,
    "an object is created before the object it belongs to",
    docs::DSCONFIG_BATCH,
);
/// The source's changelog encryption key differs from the sync server's decryption key.
pub const CHANGELOG_KEY_MISMATCH: Rule = rule(
    "changelog-key-mismatch",
    Error,
    "the changelog encryption and decryption keys differ",
    docs::CHANGELOG_DECRYPTION_KEY,
);
/// A connection option the PowerShell script would pass to `dsconfig.bat` through cmd.exe
/// holds a character [`crate::quote::cmd_argument`] refuses. A warning: the other formats
/// carry it as it is.
pub const CONNECTION_CMD_UNSAFE: Rule = rule(
    "connection-cmd-unsafe",
    Warning,
    "the PowerShell script passes connection options to dsconfig.bat, which cmd.exe reads again",
    docs::DSCONFIG_TOOL,
);

/// The rules validation applies to scenarios, in the order it reports them.
pub const SCENARIO: &[&Rule] = &[
    &TARGET_VERSION_UNSUPPORTED,
    &PROPERTY_NOT_IN_VERSION,
    &PASSWORD_FROM_PINGONE,
    &PASSWORD_ATTRIBUTE_MISSING,
    &RDBMS_PASSWORD_HASHING,
    &IBM_PASSWORD_BINARY,
    &ACTIVE_DIRECTORY_PSA,
    &PASSWORD_CHANGELOG_ENCRYPTION,
    &PASSWORD_SENSITIVE_ATTRIBUTE,
    &PASSWORD_SCHEME_PINGONE,
    &PASSWORD_SCHEME_UNKNOWN,
    &PASSWORD_RESYNC,
    &PINGONE_RESOURCE_TYPE_MISSING,
    &PINGONE_RESOURCE_TYPE_INVALID,
    &PINGONE_RESOURCE_TYPE_RECOMMENDED,
    &PINGONE_USERNAME_MISSING,
    &PINGONE_EMAIL_MISSING,
    &PINGONE_POPULATION_MISSING,
    &PINGONE_ATTRIBUTE_CASE,
    &PINGONE_ATTRIBUTE_UNKNOWN,
    &PINGONE_ATTRIBUTE_READ_ONLY,
    &PINGONE_JSON_DIRECT,
    &PINGONE_JSON_DIRECT_SOURCE_UNKNOWN,
    &PINGONE_JSON_ATTRIBUTE_MISSING,
    &PINGONE_RENAMES,
    &PINGONE_RENAMES_UNSET,
    &PINGONE_AUTO_MAPPED,
    &PINGONE_CORRELATION_MISSING,
    &PINGONE_ENVIRONMENT_MISSING,
    &ENDPOINT_KIND_UNKNOWN,
    &ENDPOINT_NOT_GENERATED,
    &ENDPOINT_SERVERS_MISSING,
    &SECRET_NOT_PLACEHOLDER,
    &MAPPING_DUPLICATE_DESTINATION,
    &MAPPING_EMPTY,
    &JSON_FIELD_TYPE,
    &DN_MAP_UNDEFINED,
    &VALUE_PATTERN_SYNTAX,
    &VALUE_PATTERN_JSON,
    &CONDITIONAL_PATTERN_SYNTAX,
    &LDAP_FILTER_SYNTAX,
    &DN_PATTERN_SYNTAX,
    &PATTERN_SUSPICIOUS,
    &ATTRIBUTE_NAME_SYNTAX,
    &NAME_MISSING,
    &NAME_CONTROL_CHARACTER,
    &NAME_LEADING_DASH,
    &NAME_WHITESPACE,
    &CONNECTION_CMD_UNSAFE,
];

/// A group of rules that needs something known about a scenario, named for people.
#[derive(Clone, Copy, Debug)]
pub struct Group {
    /// What the group is called in a sentence: "the password rules".
    pub name: &'static str,
    /// Its rules.
    pub rules: &'static [&'static Rule],
}

/// The rules about passwords: where they come from depends on the source's kind, and which
/// mapping carries them on the destination's.
pub const PASSWORD_RULES: Group = Group {
    name: "the password rules",
    rules: &[
        &PASSWORD_FROM_PINGONE,
        &PASSWORD_ATTRIBUTE_MISSING,
        &RDBMS_PASSWORD_HASHING,
        &IBM_PASSWORD_BINARY,
        &ACTIVE_DIRECTORY_PSA,
        &PASSWORD_CHANGELOG_ENCRYPTION,
        &PASSWORD_SENSITIVE_ATTRIBUTE,
        &PASSWORD_SCHEME_PINGONE,
        &PASSWORD_SCHEME_UNKNOWN,
        &PASSWORD_RESYNC,
    ],
};

/// The rules a PingOne destination brings: its required attributes, its attribute names and
/// JSON values, its settings of the class.
pub const PINGONE_RULES: Group = Group {
    name: "PingOne's rules (resourceType, username, population, attribute names, JSON values)",
    rules: &[
        &PINGONE_RESOURCE_TYPE_MISSING,
        &PINGONE_RESOURCE_TYPE_INVALID,
        &PINGONE_RESOURCE_TYPE_RECOMMENDED,
        &PINGONE_USERNAME_MISSING,
        &PINGONE_EMAIL_MISSING,
        &PINGONE_POPULATION_MISSING,
        &PINGONE_ATTRIBUTE_CASE,
        &PINGONE_ATTRIBUTE_UNKNOWN,
        &PINGONE_ATTRIBUTE_READ_ONLY,
        &PINGONE_JSON_DIRECT,
        &PINGONE_JSON_DIRECT_SOURCE_UNKNOWN,
        &PINGONE_JSON_ATTRIBUTE_MISSING,
        &PINGONE_RENAMES,
        &PINGONE_RENAMES_UNSET,
        &PINGONE_AUTO_MAPPED,
        &PINGONE_CORRELATION_MISSING,
        &PINGONE_ENVIRONMENT_MISSING,
        &VALUE_PATTERN_JSON,
    ],
};

/// What does not run while the source's kind is unknown.
pub const NEED_SOURCE_KIND: &[Group] = &[PASSWORD_RULES];

/// What does not run while the destination's kind is unknown: which mapping is the password
/// mapping depends on it, and whether PingOne's rules apply.
pub const NEED_DESTINATION_KIND: &[Group] = &[PASSWORD_RULES, PINGONE_RULES];

/// The rules only the linter applies (to parsed batch files, not to scenarios).
pub const LINT_ONLY: &[&Rule] = &[
    // Validation raises it too, for a generated property in such a release; no property the
    // editor writes has an unconfirmed release today.
    &PROPERTY_VERSION_UNCONFIRMED,
    &UNKNOWN_SUBCOMMAND,
    &PROPERTY_TYPO,
    &PROPERTY_UNKNOWN,
    &PROPERTY_VALUE_INVALID,
    &ADD_ON_CREATE,
    &TYPE_MISSING,
    &TYPE_UNKNOWN,
    &NAMING_ARGUMENT_MISSING,
    &DUPLICATE_CREATE,
    &UNDEFINED_REFERENCE,
    &CREATED_BEFORE_PARENT,
    &CHANGELOG_KEY_MISMATCH,
];

/// Every rule: the scenario rules, then the linter's.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    SCENARIO.iter().chain(LINT_ONLY).copied()
}

/// The rule with the given code.
pub fn find(code: &str) -> Option<&'static Rule> {
    all().find(|rule| rule.code == code)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn codes_are_unique_kebab_case_and_documented() {
        let mut seen = HashSet::new();
        for rule in all() {
            assert!(seen.insert(rule.code), "duplicate code {}", rule.code);
            assert!(
                rule.code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                rule.code
            );
            assert!(rule.doc_url.starts_with("https://"), "{}", rule.code);
            assert_eq!(find(rule.code), Some(rule));
        }
    }
}
