//! Reading a scenario from JSON: the text is parsed by serde_json into a [`Value`], then each
//! part is read from the tree here, by hand.
//!
//! Why not serde's derived `Deserialize`: the derived visitors for the scenario's fifteen types
//! took 19 KB gzip of the browser bundle's 250 KB budget, this reader 7 KB (BENCHMARKS.md). It
//! reads what the derive read (the same fields, defaults and refusals: unknown fields, wrong
//! types, unknown ids; one difference: a field given twice, which the derive refused, counts
//! once, as serde_json's tree keeps the last), and its messages name the field by its JSON
//! pointer, as diagnostics do. Writing stays serde's `Serialize` derive, which is small; the
//! round-trip tests (every preset, and generated scenarios in `tests/properties.rs`) keep the
//! reader and the writer in step.

use std::fmt;

use serde_json::{Map, Value};

use super::{
    AttributeMap, Connection, ConnectionSecurity, DnMap, Endpoint, JsonAttribute, JsonField,
    LdapServer, Mapping, PasswordSync, PingOneEnvironment, Region, Scenario, Secret, SyncClass,
    SyncPipe, default_json_type, default_sync_user,
};
use crate::endpoint::{DestinationKind, SourceKind};
use crate::version::Version;

/// What the readers return: the error boxed, which keeps every result small (the readers move
/// many of them, and the browser bundle pays for each move).
type Read<T> = Result<T, Box<JsonError>>;

/// Why a text is not a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Line and column (from 1) of a syntax error; content errors have a [`path`](Self::path).
    pub position: Option<(usize, usize)>,
    /// The JSON pointer of the field a content error is about (empty for the whole document).
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.position, self.path.as_str()) {
            // serde_json's own form, which callers already know how to take apart.
            (Some((line, column)), _) => {
                write!(f, "{} at line {line} column {column}", self.message)
            }
            (None, "") => f.write_str(&self.message),
            (None, path) => write!(f, "{path}: {}", self.message),
        }
    }
}

impl std::error::Error for JsonError {}

/// The scenario in JSON `text`.
pub fn from_json(text: &str) -> Result<Scenario, JsonError> {
    let tree: Value = serde_json::from_str(text).map_err(|e| JsonError {
        position: Some((e.line(), e.column())),
        path: String::new(),
        message: strip_json_position(&e.to_string()).to_owned(),
    })?;
    scenario(&tree)
}

/// serde_json's message without the " at line L column C" it ends with, for callers that put
/// the position first.
pub fn strip_json_position(message: &str) -> &str {
    message
        .rsplit_once(" at line ")
        .map_or(message, |(head, _)| head)
}

/// The scenario in a parsed JSON tree.
pub fn scenario(value: &Value) -> Result<Scenario, JsonError> {
    read_scenario(value).map_err(|e| *e)
}

fn read_scenario(value: &Value) -> Read<Scenario> {
    let o = Object::new(
        value,
        "",
        &[
            "schema",
            "target_version",
            "source",
            "destination",
            "attribute_map",
            "dn_maps",
            "sync_pipe",
            "password",
            "connection",
        ],
    )?;
    Ok(Scenario {
        schema: o.required("schema", |v, p| number(v, p, u32::MAX.into()))? as u32,
        target_version: o.required("target_version", version)?,
        source: o.required("source", |v, p| {
            endpoint(v, p, &SourceKind::EVERY.map(SourceKind::id))
                .map(|e| e.kind_of(&SourceKind::EVERY))
        })?,
        destination: o.required("destination", |v, p| {
            endpoint(v, p, &DestinationKind::EVERY.map(DestinationKind::id))
                .map(|e| e.kind_of(&DestinationKind::EVERY))
        })?,
        attribute_map: o.required("attribute_map", attribute_map)?,
        dn_maps: o.list("dn_maps", dn_map)?,
        sync_pipe: o.optional("sync_pipe", sync_pipe)?,
        password: o.optional("password", password)?.unwrap_or_default(),
        connection: o.optional("connection", connection)?.unwrap_or_default(),
    })
}

/// A source or a destination, its kind as the index of its id in `ids`: one reader for both.
fn endpoint(value: &Value, path: &str, ids: &[&str]) -> Read<Endpoint<usize>> {
    let o = Object::new(
        value,
        path,
        &["kind", "name", "create", "base_dns", "servers", "ping_one"],
    )?;
    Ok(Endpoint {
        kind: o.required("kind", |v, p| id_index(v, p, ids))?,
        name: o.string("name")?,
        create: o.flag("create")?,
        base_dns: o.strings("base_dns")?,
        servers: o.list("servers", ldap_server)?,
        ping_one: o.optional("ping_one", ping_one)?,
    })
}

fn ldap_server(value: &Value, path: &str) -> Read<LdapServer> {
    let o = Object::new(
        value,
        path,
        &["name", "host", "port", "security", "bind_dn", "password"],
    )?;
    Ok(LdapServer {
        name: o.string("name")?,
        host: o.string("host")?,
        port: o.required("port", |v, p| number(v, p, u16::MAX.into()))? as u16,
        security: o
            .optional("security", |v, p| {
                let all = [
                    ConnectionSecurity::Ssl,
                    ConnectionSecurity::Starttls,
                    ConnectionSecurity::None,
                ];
                let i = id_index(v, p, &all.map(ConnectionSecurity::id))?;
                Ok(all[i])
            })?
            .unwrap_or_default(),
        bind_dn: o
            .optional("bind_dn", string)?
            .unwrap_or_else(default_sync_user),
        password: o.required("password", secret)?,
    })
}

fn secret(value: &Value, path: &str) -> Read<Secret> {
    const VARIANTS: [&str; 2] = ["placeholder", "passphrase_provider"];
    let Value::Object(members) = value else {
        return Err(invalid_type(
            path,
            value,
            "an object such as {\"placeholder\": \"...\"}",
        ));
    };
    let mut entries = members.iter();
    let (Some((variant, text)), None) = (entries.next(), entries.next()) else {
        return Err(at(
            path,
            format!(
                "expected an object with exactly one field, {}",
                one_of(&VARIANTS)
            ),
        ));
    };
    let text = string(text, &child(path, variant))?;
    match variant.as_str() {
        "placeholder" => Ok(Secret::Placeholder(text)),
        "passphrase_provider" => Ok(Secret::PassphraseProvider(text)),
        other => Err(unknown_variant(path, other, &VARIANTS)),
    }
}

fn ping_one(value: &Value, path: &str) -> Read<PingOneEnvironment> {
    let o = Object::new(
        value,
        path,
        &[
            "region",
            "environment_id",
            "client_id",
            "client_secret",
            "default_population_id",
        ],
    )?;
    Ok(PingOneEnvironment {
        region: o.required("region", |v, p| {
            Ok(Region::ALL[id_index(v, p, &Region::ALL.map(Region::id))?])
        })?,
        environment_id: o.string("environment_id")?,
        client_id: o.string("client_id")?,
        client_secret: o.required("client_secret", secret)?,
        default_population_id: o.optional("default_population_id", string)?,
    })
}

fn attribute_map(value: &Value, path: &str) -> Read<AttributeMap> {
    let o = Object::new(value, path, &["name", "mappings"])?;
    Ok(AttributeMap {
        name: o.string("name")?,
        mappings: o.list("mappings", mapping)?,
    })
}

/// A mapping: its `type` says which fields it takes; any other type's field is refused.
fn mapping(value: &Value, path: &str) -> Read<Mapping> {
    const FIELDS: [&str; 7] = [
        "type",
        "to",
        "from",
        "value_patterns",
        "conditional_value_patterns",
        "dn_maps",
        "fields",
    ];
    let o = Object::new(value, path, &FIELDS)?;
    let kind = o.string("type")?;
    let allowed: &[&str] = match kind.as_str() {
        "direct" => &["from"],
        "constructed" => &["value_patterns", "conditional_value_patterns"],
        "dn" => &["from", "dn_maps"],
        "json" => &["fields"],
        other => {
            let message = format!(
                "unknown mapping type `{other}`, expected {}",
                one_of(&Mapping::TYPES)
            );
            return Err(at(&child(path, "type"), message));
        }
    };
    if let Some(field) = FIELDS[2..]
        .iter()
        .find(|field| o.has(field) && !allowed.contains(field))
    {
        return Err(at(path, format!("a {kind} mapping has no field `{field}`")));
    }
    let to = o.string("to")?;
    // A field only some types take: say which type needs it.
    let from = || match o.has("from") {
        true => o.string("from"),
        false => Err(at(
            path,
            format!("missing field `from` of a {kind} mapping"),
        )),
    };
    Ok(match kind.as_str() {
        "direct" => Mapping::Direct { to, from: from()? },
        "constructed" => Mapping::Constructed {
            to,
            value_patterns: o.strings("value_patterns")?,
            conditional_value_patterns: o.strings("conditional_value_patterns")?,
        },
        "dn" => Mapping::Dn {
            to,
            from: from()?,
            dn_maps: o.strings("dn_maps")?,
        },
        _ => match o.has("fields") {
            true => Mapping::Json {
                to,
                fields: o.required("fields", |v, p| list(v, p, json_field))?,
            },
            false => return Err(at(path, "missing field `fields` of a json mapping")),
        },
    })
}

fn json_field(value: &Value, path: &str) -> Read<JsonField> {
    let o = Object::new(value, path, &["name", "from", "value_pattern", "json_type"])?;
    Ok(JsonField {
        name: o.string("name")?,
        from: o.optional("from", string)?,
        value_pattern: o.optional("value_pattern", string)?,
        json_type: o
            .optional("json_type", string)?
            .unwrap_or_else(default_json_type),
    })
}

fn dn_map(value: &Value, path: &str) -> Read<DnMap> {
    let o = Object::new(value, path, &["name", "from_pattern", "to_pattern"])?;
    Ok(DnMap {
        name: o.string("name")?,
        from_pattern: o.string("from_pattern")?,
        to_pattern: o.string("to_pattern")?,
    })
}

fn sync_pipe(value: &Value, path: &str) -> Read<SyncPipe> {
    let o = Object::new(value, path, &["name", "start", "class"])?;
    Ok(SyncPipe {
        name: o.string("name")?,
        start: o.flag("start")?,
        class: o.required("class", sync_class)?,
    })
}

fn sync_class(value: &Value, path: &str) -> Read<SyncClass> {
    let o = Object::new(
        value,
        path,
        &[
            "name",
            "evaluation_order",
            "base_dns",
            "filters",
            "auto_mapped_source_attributes",
            "destination_correlation_attributes",
            "allow_destination_renames",
            "dn_maps",
            "json_attributes",
        ],
    )?;
    Ok(SyncClass {
        name: o.string("name")?,
        evaluation_order: o
            .optional("evaluation_order", |v, p| number(v, p, u32::MAX.into()))?
            .map(|n| n as u32),
        base_dns: o.strings("base_dns")?,
        filters: o.strings("filters")?,
        auto_mapped_source_attributes: o.strings("auto_mapped_source_attributes")?,
        destination_correlation_attributes: o.strings("destination_correlation_attributes")?,
        allow_destination_renames: o.optional("allow_destination_renames", boolean)?,
        dn_maps: o.strings("dn_maps")?,
        json_attributes: o.list("json_attributes", json_attribute)?,
    })
}

fn json_attribute(value: &Value, path: &str) -> Read<JsonAttribute> {
    let o = Object::new(value, path, &["name", "include_fields"])?;
    Ok(JsonAttribute {
        name: o.string("name")?,
        include_fields: o.strings("include_fields")?,
    })
}

fn password(value: &Value, path: &str) -> Read<PasswordSync> {
    let o = Object::new(value, path, &["storage_scheme", "changelog_encryption_key"])?;
    Ok(PasswordSync {
        storage_scheme: o.optional("storage_scheme", string)?,
        changelog_encryption_key: o.optional("changelog_encryption_key", secret)?,
    })
}

fn connection(value: &Value, path: &str) -> Read<Connection> {
    let o = Object::new(
        value,
        path,
        &[
            "hostname",
            "port",
            "bind_dn",
            "bind_password_file",
            "use_ssl",
            "trust_all",
        ],
    )?;
    Ok(Connection {
        hostname: o.optional("hostname", string)?,
        port: o
            .optional("port", |v, p| number(v, p, u16::MAX.into()))?
            .map(|n| n as u16),
        bind_dn: o.optional("bind_dn", string)?,
        bind_password_file: o.optional("bind_password_file", string)?,
        use_ssl: o.flag("use_ssl")?,
        trust_all: o.flag("trust_all")?,
    })
}

impl Endpoint<usize> {
    /// The endpoint with its kind: `kinds` in the order of the ids it was read with.
    fn kind_of<K: Copy>(self, kinds: &[K]) -> Endpoint<K> {
        Endpoint {
            kind: kinds[self.kind],
            name: self.name,
            create: self.create,
            base_dns: self.base_dns,
            servers: self.servers,
            ping_one: self.ping_one,
        }
    }
}

/// One JSON object of the scenario, with its place for messages.
struct Object<'v> {
    members: &'v Map<String, Value>,
    path: &'v str,
}

impl<'v> Object<'v> {
    /// `value` as an object holding no field but the `known` ones.
    fn new(value: &'v Value, path: &'v str, known: &[&str]) -> Read<Object<'v>> {
        let Value::Object(members) = value else {
            return Err(invalid_type(path, value, "an object"));
        };
        if let Some(key) = members.keys().find(|key| !known.contains(&key.as_str())) {
            let message = format!("unknown field `{key}`, expected {}", one_of(known));
            return Err(at(path, message));
        }
        Ok(Object { members, path })
    }

    fn has(&self, key: &str) -> bool {
        self.members.contains_key(key)
    }

    /// The field `key`, read by `read`; an error when it is missing.
    fn required<T>(&self, key: &str, read: impl FnOnce(&Value, &str) -> Read<T>) -> Read<T> {
        match self.members.get(key) {
            Some(value) => read(value, &child(self.path, key)),
            None => Err(at(self.path, format!("missing field `{key}`"))),
        }
    }

    /// The field `key` read by `read`, or `None` when it is missing or null.
    fn optional<T>(
        &self,
        key: &str,
        read: impl FnOnce(&Value, &str) -> Read<T>,
    ) -> Read<Option<T>> {
        match self.members.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => read(value, &child(self.path, key)).map(Some),
        }
    }

    fn string(&self, key: &str) -> Read<String> {
        self.required(key, string)
    }

    /// A list of texts; missing is empty.
    fn strings(&self, key: &str) -> Read<Vec<String>> {
        self.list(key, string)
    }

    /// A list; missing is empty.
    fn list<T>(&self, key: &str, item: fn(&Value, &str) -> Read<T>) -> Read<Vec<T>> {
        match self.members.get(key) {
            None => Ok(Vec::new()),
            Some(value) => list(value, &child(self.path, key), item),
        }
    }

    /// A boolean; missing is false.
    fn flag(&self, key: &str) -> Read<bool> {
        match self.members.get(key) {
            None => Ok(false),
            Some(value) => boolean(value, &child(self.path, key)),
        }
    }
}

fn list<T>(value: &Value, path: &str, item: fn(&Value, &str) -> Read<T>) -> Read<Vec<T>> {
    let Value::Array(items) = value else {
        return Err(invalid_type(path, value, "a list"));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, value)| item(value, &child(path, &i.to_string())))
        .collect()
}

fn string(value: &Value, path: &str) -> Read<String> {
    match value {
        Value::String(text) => Ok(text.clone()),
        other => Err(invalid_type(path, other, "a string")),
    }
}

fn boolean(value: &Value, path: &str) -> Read<bool> {
    match value {
        Value::Bool(b) => Ok(*b),
        other => Err(invalid_type(path, other, "true or false")),
    }
}

/// A whole number from 0 to `max`.
fn number(value: &Value, path: &str, max: u64) -> Read<u64> {
    let expected = || format!("a whole number from 0 to {max}");
    match value {
        Value::Number(n) if n.is_u64() || n.is_i64() => match n.as_u64() {
            Some(n) if n <= max => Ok(n),
            _ => Err(at(
                path,
                format!("invalid value: integer `{n}`, expected {}", expected()),
            )),
        },
        other => Err(invalid_type(path, other, &expected())),
    }
}

fn version(value: &Value, path: &str) -> Read<Version> {
    match value {
        Value::String(text) => text.parse().map_err(|message| at(path, message)),
        other => Err(invalid_type(path, other, "a version such as \"10.2\"")),
    }
}

/// Which of `ids` the string `value` is.
fn id_index(value: &Value, path: &str, ids: &[&str]) -> Read<usize> {
    let id = string(value, path)?;
    ids.iter()
        .position(|known| *known == id)
        .ok_or_else(|| unknown_variant(path, &id, ids))
}

fn at(path: &str, message: impl Into<String>) -> Box<JsonError> {
    Box::new(JsonError {
        position: None,
        path: path.to_owned(),
        message: message.into(),
    })
}

/// The pointer of `key` (a field name or an index) under `path`. The scenario's field names
/// hold no `~` or `/`, so nothing needs escaping.
fn child(path: &str, key: &str) -> String {
    format!("{path}/{key}")
}

/// serde's wording, which the command line's and the API's users already see elsewhere.
fn invalid_type(path: &str, value: &Value, expected: &str) -> Box<JsonError> {
    let found = match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(text) => format!("string \"{text}\""),
        Value::Array(_) => "sequence".to_owned(),
        Value::Object(_) => "map".to_owned(),
    };
    at(path, format!("invalid type: {found}, expected {expected}"))
}

fn unknown_variant(path: &str, found: &str, ids: &[&str]) -> Box<JsonError> {
    at(
        path,
        format!("unknown variant `{found}`, expected {}", one_of(ids)),
    )
}

fn one_of(names: &[&str]) -> String {
    match names {
        [one] => format!("`{one}`"),
        _ => format!("one of `{}`", names.join("`, `")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;
    use crate::scenario::to_json;

    fn error(text: &str) -> JsonError {
        from_json(text).unwrap_err()
    }

    /// A preset's JSON with `edit` applied to its tree.
    fn edited(edit: impl FnOnce(&mut Value)) -> String {
        let mut tree: Value =
            serde_json::from_str(&to_json(&presets::all()[0].scenario())).unwrap();
        edit(&mut tree);
        tree.to_string()
    }

    #[test]
    fn reads_back_what_serde_writes() {
        for preset in presets::all() {
            let scenario = preset.scenario();
            assert_eq!(
                from_json(&to_json(&scenario)),
                Ok(scenario),
                "{}",
                preset.name
            );
        }
        for source in SourceKind::EVERY {
            for destination in DestinationKind::EVERY {
                let scenario = Scenario::new(source, destination);
                assert_eq!(from_json(&to_json(&scenario)), Ok(scenario));
            }
        }
    }

    #[test]
    fn defaults_fill_what_is_left_out_and_null_means_not_set() {
        let text = edited(|tree| {
            let server = &mut tree["source"]["servers"][0];
            server.as_object_mut().unwrap().remove("security");
            server.as_object_mut().unwrap().remove("bind_dn");
            tree["sync_pipe"] = Value::Null;
        });
        let scenario = from_json(&text).unwrap();
        let server = &scenario.source.servers[0];
        assert_eq!(server.security, ConnectionSecurity::Ssl);
        assert_eq!(server.bind_dn, default_sync_user());
        assert_eq!(scenario.sync_pipe, None);
    }

    #[test]
    fn syntax_errors_have_a_line_and_column() {
        let e = error("{\n  \"schema\": 1,\n  oops\n}");
        assert_eq!(e.position, Some((3, 3)));
        assert_eq!(e.to_string(), "key must be a string at line 3 column 3");
    }

    #[test]
    fn content_errors_name_the_field_and_what_was_expected() {
        type Edit = Box<dyn FnOnce(&mut Value)>;
        let cases: [(Edit, &str, &str); 10] = [
            (
                Box::new(|t| t["pasword"] = "x".into()),
                "",
                "unknown field `pasword`, expected one of `schema`, `target_version`",
            ),
            (
                Box::new(|t| {
                    t.as_object_mut().unwrap().remove("schema");
                }),
                "",
                "missing field `schema`",
            ),
            (
                Box::new(|t| t["source"]["servers"][0]["port"] = "389".into()),
                "/source/servers/0/port",
                "invalid type: string \"389\", expected a whole number from 0 to 65535",
            ),
            (
                Box::new(|t| t["source"]["servers"][0]["port"] = 70000.into()),
                "/source/servers/0/port",
                "invalid value: integer `70000`, expected a whole number from 0 to 65535",
            ),
            (
                Box::new(|t| t["source"]["kind"] = "pingdirectory".into()),
                "/source/kind",
                "unknown variant `pingdirectory`, expected one of `ping-directory`, ",
            ),
            (
                Box::new(|t| t["target_version"] = 10.into()),
                "/target_version",
                "invalid type: integer `10`, expected a version such as \"10.2\"",
            ),
            (
                Box::new(|t| t["target_version"] = "nine".into()),
                "/target_version",
                "'nine' is not a version",
            ),
            (
                Box::new(|t| t["source"]["create"] = Value::Null),
                "/source/create",
                "invalid type: null, expected true or false",
            ),
            (
                Box::new(|t| {
                    t["source"]["servers"][0]["password"] =
                        serde_json::json!({"placeholder": "a", "passphrase_provider": "b"})
                }),
                "/source/servers/0/password",
                "expected an object with exactly one field, one of `placeholder`, `passphrase_provider`",
            ),
            (
                Box::new(|t| t["attribute_map"]["mappings"][0]["form"] = "uid".into()),
                "/attribute_map/mappings/0",
                "unknown field `form`",
            ),
        ];
        for (edit, path, message) in cases {
            let e = error(&edited(edit));
            assert_eq!(e.position, None, "{e}");
            assert_eq!(e.path, path, "{e}");
            assert!(e.message.starts_with(message), "{e}");
        }
    }

    #[test]
    fn mappings_read_each_type_and_refuse_other_types_fields() {
        let read = |json: &str| {
            mapping(&serde_json::from_str(json).unwrap(), "/m").map_err(|e| e.to_string())
        };
        assert_eq!(
            read(r#"{"type":"direct","to":"password","from":"userPassword"}"#),
            Ok(Mapping::Direct {
                to: "password".into(),
                from: "userPassword".into()
            })
        );
        assert_eq!(
            read(r#"{"type":"constructed","to":"resourceType","value_patterns":["user"]}"#),
            Ok(Mapping::Constructed {
                to: "resourceType".into(),
                value_patterns: vec!["user".into()],
                conditional_value_patterns: vec![],
            })
        );
        let refused = [
            (
                r#"{"type":"constructed","to":"x","from":"uid"}"#,
                "/m: a constructed mapping has no field `from`",
            ),
            (
                r#"{"type":"dn","to":"manager"}"#,
                "/m: missing field `from` of a dn mapping",
            ),
            (
                r#"{"type":"json","to":"name"}"#,
                "/m: missing field `fields` of a json mapping",
            ),
            (
                r#"{"type":"reference","to":"x"}"#,
                "/m/type: unknown mapping type `reference`, expected one of `direct`, ",
            ),
            (
                r#"{"type":"direct","to":"x","from":"y","form":"z"}"#,
                "/m: unknown field `form`",
            ),
        ];
        for (json, message) in refused {
            let error = read(json).unwrap_err();
            assert!(error.starts_with(message), "{error}");
        }
    }
}
