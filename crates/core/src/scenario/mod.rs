//! The scenario: what an admin asks syncmap to build. Plain data, written as JSON by serde and
//! read back by [`read`]; unknown fields are refused so a misspelt field is an error, not a
//! silent default.

mod read;

use serde::{Serialize, Serializer};

pub use read::{JsonError, strip_json_position};

use crate::endpoint::{DestinationKind, SourceKind, default_map_name};
use crate::version::Version;

/// The scenario format version written by this build.
pub const SCHEMA_VERSION: u32 = 1;

/// One PingDataSync configuration: endpoints, the attribute map, and optionally the pipe and
/// class that use it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Scenario {
    /// The scenario format version ([`SCHEMA_VERSION`]).
    pub schema: u32,
    /// The PingDataSync version the commands are for; property names depend on it.
    pub target_version: Version,
    /// Where users come from.
    pub source: Source,
    /// Where users go.
    pub destination: Destination,
    /// The attribute map and its mappings.
    pub attribute_map: AttributeMap,
    /// DN maps used by DN mappings or the sync class.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dn_maps: Vec<DnMap>,
    /// The sync pipe and its class, when syncmap should create them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync_pipe: Option<SyncPipe>,
    /// How passwords reach the destination.
    #[serde(skip_serializing_if = "PasswordSync::is_default")]
    pub password: PasswordSync,
    /// Options added to the generated dsconfig commands.
    #[serde(skip_serializing_if = "Connection::is_default")]
    pub connection: Connection,
}

/// A sync source or destination: the same fields, kinds of their own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Endpoint<K> {
    /// What kind of system it is.
    pub kind: K,
    /// The sync source's or destination's name (`--source-name`, `--destination-name`).
    pub name: String,
    /// Whether syncmap creates it (where it can); otherwise it already exists.
    pub create: bool,
    /// Where entries are read or written (`base-dn`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub base_dns: Vec<String>,
    /// The LDAP servers, in failover order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<LdapServer>,
    /// The PingOne environment, for a PingOne endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ping_one: Option<PingOneEnvironment>,
}

/// The sync source.
pub type Source = Endpoint<SourceKind>;

/// The sync destination.
pub type Destination = Endpoint<DestinationKind>;

impl<K> Endpoint<K> {
    /// An endpoint of `kind` called `name` that already exists.
    pub fn existing(kind: K, name: impl Into<String>) -> Endpoint<K> {
        Endpoint {
            kind,
            name: name.into(),
            create: false,
            base_dns: Vec::new(),
            servers: Vec::new(),
            ping_one: None,
        }
    }
}

/// An LDAP server PingDataSync connects to (an external server).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LdapServer {
    /// The external server's name (`--server-name`).
    pub name: String,
    /// Host name or address.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Transport security.
    pub security: ConnectionSecurity,
    /// The Sync User's DN.
    pub bind_dn: String,
    /// The Sync User's password: a placeholder or a passphrase provider, never the password.
    pub password: Secret,
}

fn default_sync_user() -> String {
    "cn=Sync User,cn=Root DNs,cn=config".to_owned()
}

/// `connection-security` of an external server; written in JSON by its [`id`](Self::id).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ConnectionSecurity {
    /// LDAPS.
    #[default]
    Ssl,
    /// StartTLS.
    Starttls,
    /// Plain LDAP.
    None,
}

impl ConnectionSecurity {
    /// The dsconfig value.
    pub fn id(self) -> &'static str {
        match self {
            ConnectionSecurity::Ssl => "ssl",
            ConnectionSecurity::Starttls => "starttls",
            ConnectionSecurity::None => "none",
        }
    }
}

impl Serialize for ConnectionSecurity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// A secret the generated commands need. syncmap never holds the secret itself: it writes a
/// placeholder for the admin to replace, or names a passphrase provider that holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Secret {
    /// Text written as the value, such as `<CLIENT_SECRET>` or `${CLIENT_SECRET}`.
    Placeholder(String),
    /// The name of a passphrase provider configured on the server.
    PassphraseProvider(String),
}

/// A PingOne environment and the worker app PingDataSync uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PingOneEnvironment {
    /// The region, which decides the API and auth hosts.
    pub region: Region,
    /// The environment ID (a UUID, or a placeholder).
    pub environment_id: String,
    /// The worker app's client ID.
    pub client_id: String,
    /// The worker app's client secret.
    pub client_secret: Secret,
    /// The population new users go to, unless a `population` mapping decides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_population_id: Option<String>,
}

/// A PingOne region; written in JSON by its [`id`](Self::id).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Region {
    /// North America: pingone.com.
    #[default]
    NorthAmerica,
    /// Europe: pingone.eu.
    Europe,
    /// Canada: pingone.ca.
    Canada,
    /// Asia-Pacific: pingone.asia.
    AsiaPacific,
    /// Australia: pingone.com.au.
    Australia,
    /// Singapore: pingone.sg.
    Singapore,
}

impl Region {
    /// Every region.
    pub const ALL: [Region; 6] = [
        Region::NorthAmerica,
        Region::Europe,
        Region::Canada,
        Region::AsiaPacific,
        Region::Australia,
        Region::Singapore,
    ];

    /// The identifier in scenario JSON and permalinks.
    pub fn id(self) -> &'static str {
        match self {
            Region::NorthAmerica => "north-america",
            Region::Europe => "europe",
            Region::Canada => "canada",
            Region::AsiaPacific => "asia-pacific",
            Region::Australia => "australia",
            Region::Singapore => "singapore",
        }
    }

    /// The top-level domain of the region's hosts.
    pub fn domain(self) -> &'static str {
        match self {
            Region::NorthAmerica => "pingone.com",
            Region::Europe => "pingone.eu",
            Region::Canada => "pingone.ca",
            Region::AsiaPacific => "pingone.asia",
            Region::Australia => "pingone.com.au",
            Region::Singapore => "pingone.sg",
        }
    }

    /// `https://api.<domain>/v1`.
    pub fn api_url(self) -> String {
        format!("https://api.{}/v1", self.domain())
    }

    /// `https://auth.<domain>/<environment>/as/token`.
    pub fn auth_url(self, environment_id: &str) -> String {
        format!("https://auth.{}/{environment_id}/as/token", self.domain())
    }
}

impl Serialize for Region {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// An attribute map and its mappings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AttributeMap {
    /// The map's name (`--map-name`).
    pub name: String,
    /// One mapping per destination attribute.
    pub mappings: Vec<Mapping>,
}

/// One attribute mapping: how a destination attribute (`to`, the `--mapping-name`) is built.
/// Written with its `type` beside its fields; each type takes its own fields only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Mapping {
    /// Copies a source attribute unchanged.
    Direct {
        /// The destination attribute.
        to: String,
        /// The source attribute (`from-attribute`).
        from: String,
    },
    /// Builds the value from patterns.
    Constructed {
        /// The destination attribute.
        to: String,
        /// `value-pattern` values.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        value_patterns: Vec<String>,
        /// `conditional-value-pattern` values, `(filter):pattern`, first match wins.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        conditional_value_patterns: Vec<String>,
    },
    /// Translates a DN-valued attribute through DN maps.
    Dn {
        /// The destination attribute.
        to: String,
        /// The source attribute.
        from: String,
        /// The DN maps to apply, by name.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        dn_maps: Vec<String>,
    },
    /// Builds a JSON object field by field.
    Json {
        /// The destination attribute.
        to: String,
        /// The object's fields.
        fields: Vec<JsonField>,
    },
}

impl Mapping {
    /// The destination attribute: the mapping's name.
    pub fn to(&self) -> &str {
        match self {
            Mapping::Direct { to, .. }
            | Mapping::Constructed { to, .. }
            | Mapping::Dn { to, .. }
            | Mapping::Json { to, .. } => to,
        }
    }

    /// The `--type`s syncmap models, in the order the editor offers them.
    pub const TYPES: [&'static str; 4] = ["direct", "constructed", "dn", "json"];

    /// The dsconfig `--type`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Mapping::Direct { .. } => "direct",
            Mapping::Constructed { .. } => "constructed",
            Mapping::Dn { .. } => "dn",
            Mapping::Json { .. } => "json",
        }
    }
}

/// One field of a JSON mapping.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct JsonField {
    /// The field name (top-level only).
    pub name: String,
    /// The source attribute, when the field copies one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// A value pattern, when the field is built.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_pattern: Option<String>,
    /// The JSON type of the value: string, number, boolean, object or raw.
    pub json_type: String,
}

fn default_json_type() -> String {
    "string".to_owned()
}

/// A DN map: a pair of patterns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DnMap {
    /// The map's name (`--map-name`).
    pub name: String,
    /// `from-dn-pattern`.
    pub from_pattern: String,
    /// `to-dn-pattern`.
    pub to_pattern: String,
}

/// A sync pipe and the class it uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SyncPipe {
    /// The pipe's name (`--pipe-name`).
    pub name: String,
    /// Whether to start the pipe once everything is created.
    pub start: bool,
    /// The sync class.
    pub class: SyncClass,
}

/// A sync class.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SyncClass {
    /// The class's name (`--class-name`).
    pub name: String,
    /// `evaluation-order-index`: lower first; the first class that matches wins.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evaluation_order: Option<u32>,
    /// `include-base-dn`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub base_dns: Vec<String>,
    /// `include-filter`: an entry must match one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<String>,
    /// `auto-mapped-source-attribute`; empty leaves dsconfig's default (`-all-`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub auto_mapped_source_attributes: Vec<String>,
    /// `destination-correlation-attributes`: each a comma-separated list, tried in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub destination_correlation_attributes: Vec<String>,
    /// `allow-destination-renames`, when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_destination_renames: Option<bool>,
    /// DN maps applied to entry DNs (`dn-map`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dn_maps: Vec<String>,
    /// JSON attributes of the class.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub json_attributes: Vec<JsonAttribute>,
}

/// A JSON attribute of a sync class: how a JSON-valued destination attribute is compared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct JsonAttribute {
    /// The destination attribute (`--attribute-name`).
    pub name: String,
    /// `include-field`: only these fields are compared.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub include_fields: Vec<String>,
}

/// How passwords travel, and what the source stores.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PasswordSync {
    /// The source's password storage scheme, as a PingDirectory scheme type such as
    /// `salted-sha256` or `aes-256`, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_scheme: Option<String>,
    /// The key shared by the source's Changelog Password Encryption plugin and the sync
    /// server's `changelog-password-decryption-key`. Without it, PingDataSync sends the
    /// stored value, pre-encoded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changelog_encryption_key: Option<Secret>,
}

impl PasswordSync {
    fn is_default(&self) -> bool {
        *self == PasswordSync::default()
    }
}

/// Options added to each generated command (or to the batch-file apply line).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Connection {
    /// `--hostname`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// `--port`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// `--bindDN`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind_dn: Option<String>,
    /// `--bindPasswordFile`: a file holding the password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind_password_file: Option<String>,
    /// `--useSSL`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub use_ssl: bool,
    /// `--trustAll`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub trust_all: bool,
}

impl Connection {
    fn is_default(&self) -> bool {
        *self == Connection::default()
    }
}

/// The name a new scenario gives its source.
fn default_source_name(source: SourceKind) -> &'static str {
    // The name part of Ping's examples, as for the destination: `IBM_Directory`, not `IBM`.
    source.facts().map_prefix
}

/// `scenario` as compact JSON text.
///
/// Every conversion of a scenario to or from JSON in syncmap goes through this function and
/// [`from_json`]: serde compiles the scenario's serialization once per writer, and in the
/// browser bundle each copy costs kilobytes.
pub fn to_json(scenario: &Scenario) -> String {
    // Plain data with string keys: serde_json cannot fail on it.
    serde_json::to_string(scenario).unwrap_or_default()
}

/// The scenario in JSON `text`; the error names the line and column, or the field.
pub fn from_json(text: &str) -> Result<Scenario, JsonError> {
    read::from_json(text)
}

/// The scenario in an already parsed JSON tree; the error names the field.
pub fn from_value(value: &serde_json::Value) -> Result<Scenario, JsonError> {
    read::scenario(value)
}

impl Scenario {
    /// The smallest scenario for a pair of endpoints: the map with only the password mapping
    /// (where the source can give passwords), Ping's map name, the newest common version.
    pub fn new(source: SourceKind, destination: DestinationKind) -> Scenario {
        let mut mappings = Vec::new();
        let from = source.default_password_attribute();
        if source != SourceKind::PingOne {
            mappings.push(Mapping::Direct {
                to: destination.facts().password_attribute.to_owned(),
                from: from.to_owned(),
            });
        }
        Scenario {
            schema: SCHEMA_VERSION,
            target_version: Version::DEFAULT,
            source: Endpoint::existing(source, default_source_name(source)),
            destination: Endpoint::existing(destination, destination.facts().map_prefix),
            attribute_map: AttributeMap {
                name: default_map_name(source, destination),
                mappings,
            },
            dn_maps: Vec::new(),
            sync_pipe: None,
            password: PasswordSync::default(),
            connection: Connection::default(),
        }
    }

    /// The mapping that writes the destination's password attribute, if any.
    pub fn password_mapping(&self) -> Option<(usize, &Mapping)> {
        let to = self.destination.kind.facts().password_attribute;
        // A destination of unknown kind has no known password attribute.
        if to.is_empty() {
            return None;
        }
        self.attribute_map
            .mappings
            .iter()
            .enumerate()
            .find(|(_, m)| m.to() == to)
    }

    /// Whether the changelog password encryption key is used: only PingDirectory (and the
    /// servers behind a PingDirectoryProxy) has the Changelog Password Encryption plugin, and
    /// the key is for the password mapping. Elsewhere the key changes no command and no check.
    pub fn changelog_key_applies(&self) -> bool {
        self.source.kind.is_ping_directory() && crate::plan::has_password_mapping(self)
    }

    /// Whether the source's storage scheme is used: it is a PingDirectory storage scheme, and it
    /// decides whether PingOne takes PingDirectory's stored values pre-encoded.
    pub fn storage_scheme_applies(&self) -> bool {
        self.source.kind.is_ping_directory()
            && self.destination.kind == DestinationKind::PingOne
            && crate::plan::has_password_mapping(self)
    }

    /// Switches to another source. The password mapping's source attribute and the map name
    /// follow the new source when the admin left them at the old source's defaults; anything
    /// the admin typed is kept, so no work is lost.
    pub fn change_source(&mut self, source: SourceKind) {
        let old = self.source.kind;
        let destination = self.destination.kind;
        if self.attribute_map.name == default_map_name(old, destination) {
            self.attribute_map.name = default_map_name(source, destination);
        }
        if self.source.name == default_source_name(old) {
            self.source.name = default_source_name(source).to_owned();
        }
        let old_default = old.default_password_attribute();
        let new_default = source.default_password_attribute();
        let password_to = destination.facts().password_attribute;
        match self.password_mapping().map(|(i, _)| i) {
            Some(index) => {
                if let Mapping::Direct { from, .. } = &mut self.attribute_map.mappings[index]
                    && from.as_str() == old_default
                {
                    *from = new_default.to_owned();
                }
            }
            // A source that can give passwords gets the mapping back, with its default.
            None if old == SourceKind::PingOne && source != SourceKind::PingOne => {
                self.attribute_map.mappings.push(Mapping::Direct {
                    to: password_to.to_owned(),
                    from: new_default.to_owned(),
                });
            }
            None => {}
        }
        self.source.kind = source;
    }

    /// Switches to another destination. As with [`Scenario::change_source`], what still holds
    /// the old destination's defaults follows the new one (the map name, the destination's
    /// name, the attribute the password mapping writes); what the admin typed is kept.
    pub fn change_destination(&mut self, destination: DestinationKind) {
        let old = self.destination.kind;
        let source = self.source.kind;
        if self.attribute_map.name == default_map_name(source, old) {
            self.attribute_map.name = default_map_name(source, destination);
        }
        if self.destination.name == old.facts().map_prefix {
            self.destination.name = destination.facts().map_prefix.to_owned();
        }
        let old_password = old.facts().password_attribute;
        let new_password = destination.facts().password_attribute;
        // From or to a destination of unknown kind, no mapping is known to be the password's.
        let known = !old_password.is_empty() && !new_password.is_empty();
        for mapping in self.attribute_map.mappings.iter_mut().filter(|_| known) {
            if let Mapping::Direct { to, .. } = mapping
                && to.as_str() == old_password
            {
                *to = new_password.to_owned();
            }
        }
        self.destination.kind = destination;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn password_from(scenario: &Scenario) -> Option<&str> {
        match scenario.password_mapping() {
            Some((_, Mapping::Direct { from, .. })) => Some(from),
            _ => None,
        }
    }

    #[test]
    fn changing_source_refills_untouched_defaults() {
        let mut scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        scenario.change_source(SourceKind::IbmDirectory);
        assert_eq!(password_from(&scenario), Some("userPassword;binary"));
        assert_eq!(scenario.source.name, "IBM_Directory");
        assert_eq!(
            scenario.attribute_map.name,
            "IBM_Directory_to_PingOne_User_Map"
        );
    }

    #[test]
    fn changing_source_keeps_what_the_admin_typed() {
        let mut scenario = Scenario::new(SourceKind::Rdbms, DestinationKind::PingOne);
        if let Mapping::Direct { from, .. } = &mut scenario.attribute_map.mappings[0] {
            *from = "PWD_HASH".into();
        }
        scenario.attribute_map.name = "Accounts".into();
        scenario.change_source(SourceKind::PingDirectory);
        assert_eq!(password_from(&scenario), Some("PWD_HASH"));
        assert_eq!(scenario.attribute_map.name, "Accounts");
    }

    #[test]
    fn changing_destination_moves_the_password_mapping_and_defaults() {
        let mut scenario = Scenario::new(SourceKind::PingDirectory, DestinationKind::PingOne);
        scenario.change_destination(DestinationKind::PingDirectory);
        assert_eq!(scenario.destination.kind, DestinationKind::PingDirectory);
        assert_eq!(scenario.destination.name, "PingDirectory");
        assert_eq!(
            scenario.attribute_map.name,
            "PingDirectory_to_PingDirectory_User_Map"
        );
        let (_, mapping) = scenario.password_mapping().unwrap();
        assert_eq!(mapping.to(), "userPassword");

        scenario.attribute_map.name = "Mine".into();
        scenario.destination.name = "DS2".into();
        scenario.change_destination(DestinationKind::PingOne);
        assert_eq!(scenario.attribute_map.name, "Mine");
        assert_eq!(scenario.destination.name, "DS2");
        assert_eq!(scenario.password_mapping().unwrap().1.to(), "password");
    }

    #[test]
    fn regions_build_pingone_urls() {
        assert_eq!(Region::Europe.api_url(), "https://api.pingone.eu/v1");
        assert_eq!(
            Region::NorthAmerica.auth_url("E"),
            "https://auth.pingone.com/E/as/token"
        );
    }
}
