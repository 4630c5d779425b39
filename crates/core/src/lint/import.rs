//! From the configuration graph to scenarios: what the editor imports, and what the mapping
//! rules of the core check. Each scenario field remembers where in the files it came from, so
//! a diagnostic about the field points at the text.

use rustc_hash::FxHashSet;

use crate::catalog::Verb;

use crate::catalog::objects::*;
use crate::endpoint::{DestinationKind, SourceKind};
use crate::scenario::*;
use crate::version::Version;

use super::graph::{Config, Entry};
use super::{Loc, start_of};

/// A JSON pointer kept in pieces, so that recording one allocates nothing: `head`, then
/// `/first` when there is a first index, then `middle`, then `/second` when there is a second.
#[derive(Clone, Copy, Debug)]
struct Pointer {
    head: &'static str,
    first: Option<usize>,
    middle: &'static str,
    second: Option<usize>,
}

impl Pointer {
    const fn at(path: &'static str) -> Pointer {
        Pointer {
            head: path,
            first: None,
            middle: "",
            second: None,
        }
    }

    /// `head/index` followed by `tail`.
    const fn indexed(head: &'static str, index: usize, tail: &'static str) -> Pointer {
        Pointer {
            head,
            first: Some(index),
            middle: tail,
            second: None,
        }
    }

    /// This pointer followed by `/index`.
    const fn item(self, index: usize) -> Pointer {
        match self.first {
            None => Pointer {
                first: Some(index),
                ..self
            },
            Some(_) => Pointer {
                second: Some(index),
                ..self
            },
        }
    }

    /// What is left of `path` after this pointer, if `path` starts with it.
    fn strip<'p>(&self, path: &'p str) -> Option<&'p str> {
        let mut digits = [0u8; 20];
        let mut rest = path.strip_prefix(self.head)?;
        if let Some(index) = self.first {
            rest = rest
                .strip_prefix('/')?
                .strip_prefix(decimal(index, &mut digits))?;
        }
        rest = rest.strip_prefix(self.middle)?;
        if let Some(index) = self.second {
            rest = rest
                .strip_prefix('/')?
                .strip_prefix(decimal(index, &mut digits))?;
        }
        Some(rest)
    }

    /// Whether `path` is this pointer or lies under it.
    fn covers(&self, path: &str) -> bool {
        self.strip(path)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    /// Whether `path` is this pointer.
    fn is(&self, path: &str) -> bool {
        self.strip(path).is_some_and(str::is_empty)
    }

    /// The length of the pointer's text.
    fn len(&self) -> usize {
        let mut digits = [0u8; 20];
        let mut index = |i: Option<usize>| i.map_or(0, |i| 1 + decimal(i, &mut digits).len());
        self.head.len() + index(self.first) + self.middle.len() + index(self.second)
    }
}

/// `n` in decimal, written into `buffer`.
fn decimal(mut n: usize, buffer: &mut [u8; 20]) -> &str {
    let mut at = buffer.len();
    loop {
        at -= 1;
        buffer[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buffer[at..]).unwrap_or_default()
}

/// JSON pointers of scenario fields and where they came from.
#[derive(Debug, Default)]
pub(super) struct Paths {
    entries: Vec<(Pointer, Loc)>,
    fallback: Option<Loc>,
}

impl Paths {
    /// Room for a scenario of the usual size (endpoints, a map of a dozen mappings, a
    /// class), so that recording places does not grow the list over and over.
    fn new() -> Paths {
        Paths {
            entries: Vec::with_capacity(64),
            fallback: None,
        }
    }
}

impl Paths {
    fn add(&mut self, path: Pointer, loc: Loc) {
        self.entries.push((path, loc));
    }

    /// False for a path into the source or destination when the files do not create it.
    pub fn defines_endpoint_of(&self, path: &str) -> bool {
        ["/source", "/destination"].iter().all(|endpoint| {
            !Pointer::at(endpoint).covers(path) || self.entries.iter().any(|(p, _)| p.is(endpoint))
        })
    }

    /// The place of the longest recorded path that `path` starts with.
    pub fn locate(&self, path: &str) -> Loc {
        self.entries
            .iter()
            .filter(|(p, _)| p.covers(path))
            .max_by_key(|(p, _)| p.len())
            .map(|(_, loc)| *loc)
            .or(self.fallback)
            .unwrap_or_else(|| start_of(0))
    }
}

/// The properties the import reads into a scenario, by object type. A property a file sets on
/// an object the scenario comes from, and that is not here, does not reach the editor: the
/// import says so rather than drop it silently.
const READ: &[(&str, &[&str])] = &[
    ("sync-source", ENDPOINT_READ),
    ("sync-destination", ENDPOINT_READ),
    (
        "external-server",
        &[
            "server-host-name",
            "server-port",
            "connection-security",
            "bind-dn",
            "password",
            "passphrase-provider",
        ],
    ),
    ("attribute-map", &[]),
    (
        "attribute-mapping",
        &[
            "from-attribute",
            "value-pattern",
            "conditional-value-pattern",
            "dn-map",
        ],
    ),
    (
        "json-attribute-mapping-field",
        &["from-attribute", "value-pattern", "json-type"],
    ),
    ("sync-pipe", &["sync-source", "sync-destination", "started"]),
    (
        "sync-class",
        &[
            "attribute-map",
            "evaluation-order-index",
            "include-base-dn",
            "include-filter",
            "auto-mapped-source-attribute",
            "destination-correlation-attributes",
            "allow-destination-renames",
            "dn-map",
        ],
    ),
    ("json-attribute", &["include-field"]),
    ("dn-map", &["from-dn-pattern", "to-dn-pattern"]),
];

/// What the import reads from a sync source or destination. The PingOne URLs are rebuilt from
/// the region, so they are checked separately (see [`ping_one`]); `use-changelog-batch-request`
/// is what generated files set and syncmap writes again.
const ENDPOINT_READ: &[&str] = &[
    "base-dn",
    "server",
    "environment-id",
    "ping-one-environment-id",
    "api-url",
    "ping-one-api-url",
    "auth-url",
    "ping-one-auth-url",
    "oauth-client-id",
    "ping-one-oauth-client-id",
    "oauth-client-secret",
    "ping-one-oauth-client-secret",
    "oauth-client-secret-passphrase-provider",
    "default-population-id",
    "use-changelog-batch-request",
];

/// Adds to `not_imported` every property `entry` sets that the import does not read.
fn unread(entry: &Entry<'_>, not_imported: &mut NotImported) {
    let read = READ
        .iter()
        .find(|(object, _)| *object == entry.object.name)
        .map_or(&[][..], |(_, read)| *read);
    for prop in entry.props() {
        if !read.contains(&prop.name) {
            let line = format!(
                "{} {}: {}:{}",
                entry.object.label.to_ascii_lowercase(),
                entry.name().unwrap_or_default(),
                prop.name,
                prop.value
            );
            not_imported.once(line);
        }
    }
}

/// Facts of the whole configuration, read once rather than per scenario.
struct Shared {
    /// Pipes started by a later `set-sync-pipe-prop --set started:true`, case folded.
    started: FxHashSet<String>,
    /// The sync server's changelog password decryption key.
    key: Option<Secret>,
    /// The connection options of the first command.
    connection: Connection,
    /// Whether one scenario covers the configuration, so it shows every DN map.
    single: bool,
}

/// What could not be read into scenarios, for people, in order. A property left unread is said
/// once however many scenarios share its object; other lines are said each time.
#[derive(Debug, Default)]
pub(super) struct NotImported {
    /// Each line, and whether it is said only once.
    lines: Vec<(String, bool)>,
}

impl NotImported {
    fn push(&mut self, line: String) {
        self.lines.push((line, false));
    }

    fn once(&mut self, line: String) {
        if !self.lines.iter().any(|(said, _)| *said == line) {
            self.lines.push((line, true));
        }
    }

    /// Adds these lines, read after every line of `lines`, to it: `said` holds those lines.
    pub fn join_into(self, lines: &mut Vec<String>, said: &mut FxHashSet<String>) {
        for (line, once) in self.lines {
            if once && said.contains(&line) {
                continue;
            }
            said.insert(line.clone());
            lines.push(line);
        }
    }
}

/// The scenarios of a configuration, to be read one by one: one per sync class with an
/// attribute map, then one per attribute map no such class uses. Reading one only reads the
/// configuration, so several threads can read different ones.
pub(super) struct Plan<'c, 'd> {
    config: &'c Config<'d>,
    version: Version,
    /// The sync classes with attribute maps, with their indexes in the entries and their maps'
    /// names.
    classes: Vec<(usize, &'c Entry<'d>, &'d str)>,
    orphan_maps: Vec<&'d str>,
    shared: Shared,
}

impl<'c, 'd> Plan<'c, 'd> {
    pub fn new(config: &'c Config<'d>, version: Version) -> Plan<'c, 'd> {
        let classes: Vec<(usize, &Entry<'_>, &str)> = config
            .classes_with_maps()
            .iter()
            .map(|&(i, map)| (i, &config.entries[i], map))
            .collect();
        // The maps the classes use, as dsconfig matches names (ASCII case folded): the index
        // of creates already knows.
        let mut used = vec![false; config.entries.len()];
        for &(_, map) in config.classes_with_maps() {
            for i in config.creates_of(&ATTRIBUTE_MAP, &[Some(map)]) {
                used[i] = true;
            }
        }
        let orphan_maps: Vec<&str> = config
            .created_at(&ATTRIBUTE_MAP)
            .filter(|(i, _)| !used[*i])
            .filter_map(|(_, m)| m.name())
            .collect();
        let shared = Shared {
            started: config
                .of_type(SYNC_PIPE.name)
                .filter(|e| e.verb == Verb::Set && e.value("started") == Some("true"))
                .filter_map(|e| e.name().map(str::to_ascii_lowercase))
                .collect(),
            key: config
                .of_type(GLOBAL_SYNC_CONFIGURATION.name)
                .find_map(|e| {
                    e.value("changelog-password-decryption-key")
                        .map(|k| Secret::Placeholder(k.to_owned()))
                        .or_else(|| {
                            e.value("changelog-password-decryption-key-passphrase-provider")
                                .map(|p| Secret::PassphraseProvider(p.to_owned()))
                        })
                }),
            connection: connection(config),
            single: classes.len() + orphan_maps.len() == 1,
        };
        Plan {
            config,
            version,
            classes,
            orphan_maps,
            shared,
        }
    }

    /// The configuration the scenarios are read from.
    pub fn config(&self) -> &'c Config<'d> {
        self.config
    }

    /// How many scenarios there are.
    pub fn len(&self) -> usize {
        self.classes.len() + self.orphan_maps.len()
    }

    /// The index of the entry scenario `i`'s commands end at, roughly: a scenario's commands
    /// come just before its class, and its JSON attributes just after. `None` for a map no
    /// class uses.
    pub fn commands_end(&self, i: usize) -> Option<usize> {
        self.classes.get(i).map(|&(at, ..)| at + AFTER_CLASS)
    }

    /// Reads scenario `i` (of [`len`](Self::len)) and the places its fields came from.
    pub fn read(&self, i: usize, not_imported: &mut NotImported) -> (Scenario, Paths) {
        let config = self.config;
        match self.classes.get(i) {
            Some(&(_, class, map)) => {
                let pipe_name = class.names().first().copied().flatten().unwrap_or_default();
                let pipe = config.find(&SYNC_PIPE, pipe_name);
                let pipe = Some((pipe, class));
                scenario(config, &self.shared, self.version, map, pipe, not_imported)
            }
            None => {
                let map = self.orphan_maps[i - self.classes.len()];
                scenario(config, &self.shared, self.version, map, None, not_imported)
            }
        }
    }

    /// What the configuration holds besides scenarios: the subcommands syncmap does not
    /// interpret.
    pub fn others(&self) -> Vec<String> {
        self.config
            .other_subcommands()
            .into_iter()
            .map(|(subcommand, count)| match count {
                1 => format!("the {subcommand} command"),
                n => format!("{n} {subcommand} commands"),
            })
            .collect()
    }
}

/// Reads every scenario of the configuration and hands each to `each` with the places its
/// fields came from, as soon as it is read (so that the places of one scenario at a time are
/// kept); returns what could not be read. Before reading a sync class's scenario it calls
/// `ahead` with the index of the entry its commands end at, roughly: the linter checks those
/// commands then, while they are in the cache.
pub(super) fn scenarios(
    plan: &Plan<'_, '_>,
    mut ahead: impl FnMut(usize),
    mut each: impl FnMut(Scenario, Paths),
) -> Vec<String> {
    let mut not_imported = NotImported::default();
    for i in 0..plan.len() {
        if let Some(end) = plan.commands_end(i) {
            ahead(end);
        }
        let (scenario, paths) = plan.read(i, &mut not_imported);
        each(scenario, paths);
    }
    let mut lines = Vec::new();
    not_imported.join_into(&mut lines, &mut FxHashSet::default());
    lines.extend(plan.others());
    lines
}

/// The kind of a source whose `--type` says nothing syncmap models (or that the files do not
/// create): a `jdbc` external server means a database, and only IBM's directories hand the
/// password over as `userPassword;binary` (REFERENCE.md), so a map reading it reads one of
/// them. Anything else stays another LDAP directory.
fn inferred_source_kind(servers: &[&Entry<'_>], map: &AttributeMap) -> SourceKind {
    let server_type = |wanted: &str| {
        servers
            .iter()
            .any(|s| s.type_name.as_ref().is_some_and(|(t, _)| *t == wanted))
    };
    let reads_ibm_password = map.mappings.iter().any(|m| match m {
        Mapping::Direct { from, .. } => {
            from == SourceKind::IbmDirectory.default_password_attribute()
        }
        _ => false,
    });
    if server_type("jdbc") {
        SourceKind::Rdbms
    } else if server_type("active-directory") {
        SourceKind::ActiveDirectory
    } else if reads_ibm_password {
        SourceKind::IbmDirectory
    } else {
        SourceKind::OtherLdap
    }
}

/// How many commands after a sync class its scenario is read from (its JSON attributes).
const AFTER_CLASS: usize = 16;

type PipeAndClass<'a, 'd> = (Option<&'a Entry<'d>>, &'a Entry<'d>);

fn scenario(
    config: &Config<'_>,
    shared: &Shared,
    version: Version,
    map: &str,
    pipe: Option<PipeAndClass<'_, '_>>,
    not_imported: &mut NotImported,
) -> (Scenario, Paths) {
    let mut paths = Paths::new();
    let source_name = pipe
        .and_then(|(p, _)| p.and_then(|p| p.value("sync-source")))
        .unwrap_or_default();
    let destination_name = pipe
        .and_then(|(p, _)| p.and_then(|p| p.value("sync-destination")))
        .unwrap_or_default();
    let source = config.find(&SYNC_SOURCE, source_name);
    let destination = config.find(&SYNC_DESTINATION, destination_name);
    let source_servers = servers_of(config, source);
    let destination_servers = servers_of(config, destination);

    let source_kind = match source.and_then(|s| s.type_name.as_ref()).map(|(t, _)| *t) {
        Some("ping-identity")
            if source_servers.iter().any(|s| {
                s.type_name
                    .as_ref()
                    .is_some_and(|(t, _)| *t == "ping-identity-proxy-server")
            }) =>
        {
            SourceKind::PingDirectoryProxy
        }
        Some("ping-identity") => SourceKind::PingDirectory,
        Some("ping-one-customer") => SourceKind::PingOne,
        Some("active-directory") => SourceKind::ActiveDirectory,
        _ => SourceKind::OtherLdap,
    };
    let destination_kind = match destination
        .and_then(|d| d.type_name.as_ref())
        .map(|(t, _)| *t)
    {
        Some("ping-one-customer") => DestinationKind::PingOne,
        Some("ping-identity") => DestinationKind::PingDirectory,
        _ => DestinationKind::OtherLdap,
    };
    let mut scenario = Scenario::new(source_kind, destination_kind);
    scenario.target_version = version;
    scenario.attribute_map.mappings.clear();
    scenario.attribute_map.name = map.to_owned();

    for server in source_servers.iter().chain(&destination_servers) {
        unread(server, not_imported);
    }
    for endpoint in [source, destination].into_iter().flatten() {
        unread(endpoint, not_imported);
    }
    scenario.source.name = source_name.to_owned();
    if let Some(source) = source {
        scenario.source.create = true;
        paths.add(Pointer::at("/source"), source.loc);
        paths.add(
            Pointer::at("/source/kind"),
            source.type_name.as_ref().map_or(source.loc, |(_, l)| *l),
        );
        scenario.source.base_dns = strings(source.values("base-dn"));
        scenario.source.servers = source_servers.iter().map(|s| ldap_server(s)).collect();
        scenario.source.ping_one = ping_one(source, not_imported);
    }
    scenario.destination.name = destination_name.to_owned();
    if let Some(destination) = destination {
        scenario.destination.create = true;
        paths.add(Pointer::at("/destination"), destination.loc);
        paths.add(Pointer::at("/destination/ping_one"), destination.loc);
        paths.add(
            Pointer::at("/destination/ping_one/default_population_id"),
            destination.loc,
        );
        scenario.destination.base_dns = strings(destination.values("base-dn"));
        scenario.destination.servers = destination_servers.iter().map(|s| ldap_server(s)).collect();
        scenario.destination.ping_one = ping_one(destination, not_imported);
    }

    if let Some(map_entry) = config.find(&ATTRIBUTE_MAP, map) {
        unread(map_entry, not_imported);
        paths.add(Pointer::at("/attribute_map"), map_entry.loc);
        paths.fallback = Some(map_entry.loc);
    }
    for mapping in config.children_of(&ATTRIBUTE_MAPPING, &[Some(map)]) {
        let Some(to) = mapping.name() else { continue };
        let index = scenario.attribute_map.mappings.len();
        let base = |tail| Pointer::indexed("/attribute_map/mappings", index, tail);
        let type_name = mapping
            .type_name
            .as_ref()
            .map(|(t, _)| *t)
            .unwrap_or_default();
        let imported = match type_name {
            "direct" => Mapping::Direct {
                to: to.to_owned(),
                from: mapping
                    .value("from-attribute")
                    .unwrap_or_default()
                    .to_owned(),
            },
            "constructed" => Mapping::Constructed {
                to: to.to_owned(),
                value_patterns: strings(mapping.values("value-pattern")),
                conditional_value_patterns: strings(mapping.values("conditional-value-pattern")),
            },
            "dn" => Mapping::Dn {
                to: to.to_owned(),
                from: mapping
                    .value("from-attribute")
                    .unwrap_or_default()
                    .to_owned(),
                dn_maps: strings(mapping.values("dn-map")),
            },
            "json" => Mapping::Json {
                to: to.to_owned(),
                fields: json_fields(config, map, to),
            },
            other => {
                not_imported.push(format!("the {other} mapping {to} of {map}: syncmap edits direct, constructed, dn and json mappings"));
                continue;
            }
        };
        unread(mapping, not_imported);
        if let Mapping::Json { .. } = &imported {
            for field in config.children_of(&JSON_ATTRIBUTE_MAPPING_FIELD, &[Some(map), Some(to)]) {
                unread(field, not_imported);
            }
        }
        paths.add(base(""), mapping.loc);
        paths.add(
            base("/type"),
            mapping.type_name.as_ref().map_or(mapping.loc, |(_, l)| *l),
        );
        paths.add(base("/from"), mapping.loc_of("from-attribute"));
        for (k, p) in mapping
            .props()
            .filter(|p| p.name == "value-pattern")
            .enumerate()
        {
            paths.add(base("/value_patterns").item(k), p.value_loc);
        }
        for (k, p) in mapping
            .props()
            .filter(|p| p.name == "conditional-value-pattern")
            .enumerate()
        {
            paths.add(base("/conditional_value_patterns").item(k), p.value_loc);
        }
        scenario.attribute_map.mappings.push(imported);
    }
    if scenario.source.kind == SourceKind::OtherLdap {
        scenario.source.kind = inferred_source_kind(&source_servers, &scenario.attribute_map);
    }

    if let Some((pipe_entry, class)) = pipe {
        for entry in pipe_entry.into_iter().chain([class]) {
            unread(entry, not_imported);
        }
        let pipe_name = class.names().first().copied().flatten().unwrap_or_default();
        let class_name = class.name().unwrap_or_default();
        paths.add(
            Pointer::at("/sync_pipe"),
            pipe_entry.map_or(class.loc, |p| p.loc),
        );
        paths.add(Pointer::at("/sync_pipe/class"), class.loc);
        for (field, property) in [
            (
                "/sync_pipe/class/allow_destination_renames",
                "allow-destination-renames",
            ),
            (
                "/sync_pipe/class/auto_mapped_source_attributes",
                "auto-mapped-source-attribute",
            ),
            (
                "/sync_pipe/class/destination_correlation_attributes",
                "destination-correlation-attributes",
            ),
            ("/sync_pipe/class/json_attributes", "attribute-map"),
        ] {
            paths.add(Pointer::at(field), class.loc_of(property));
        }
        for (k, p) in class
            .props()
            .filter(|p| p.name == "include-filter")
            .enumerate()
        {
            paths.add(Pointer::at("/sync_pipe/class/filters").item(k), p.value_loc);
        }
        let start = pipe_entry.is_some_and(|e| e.value("started") == Some("true"))
            || shared.started.contains(&pipe_name.to_ascii_lowercase());
        let json_attributes = config
            .children_of(&JSON_ATTRIBUTE, &[Some(pipe_name), Some(class_name)])
            .filter_map(|e| {
                unread(e, not_imported);
                Some(JsonAttribute {
                    name: e.name()?.to_owned(),
                    include_fields: strings(e.values("include-field")),
                })
            })
            .collect();
        scenario.sync_pipe = Some(SyncPipe {
            name: pipe_name.to_owned(),
            start,
            class: SyncClass {
                name: class_name.to_owned(),
                evaluation_order: class
                    .value("evaluation-order-index")
                    .and_then(|v| v.parse().ok()),
                base_dns: strings(class.values("include-base-dn")),
                filters: strings(class.values("include-filter")),
                auto_mapped_source_attributes: strings(
                    class.values("auto-mapped-source-attribute"),
                ),
                destination_correlation_attributes: strings(
                    class.values("destination-correlation-attributes"),
                ),
                allow_destination_renames: class
                    .value("allow-destination-renames")
                    .and_then(|v| v.parse().ok()),
                dn_maps: strings(class.values("dn-map")),
                json_attributes,
            },
        });
    }
    // The DN maps the scenario uses; when it is the whole configuration, every DN map the
    // files create, so the editor shows them all.
    let mut dn_maps: Vec<&Entry<'_>> = if shared.single {
        config.created(&DN_MAP).collect()
    } else {
        let mut names: Vec<&str> = Vec::new();
        for mapping in &scenario.attribute_map.mappings {
            if let Mapping::Dn { dn_maps, .. } = mapping {
                names.extend(dn_maps.iter().map(String::as_str));
            }
        }
        if let Some(pipe) = &scenario.sync_pipe {
            names.extend(pipe.class.dn_maps.iter().map(String::as_str));
        }
        names
            .iter()
            .filter_map(|name| config.find(&DN_MAP, name))
            .collect()
    };
    dn_maps.dedup_by_key(|e| e.loc);
    for entry in dn_maps {
        unread(entry, not_imported);
        let Some(name) = entry.name() else { continue };
        let i = scenario.dn_maps.len();
        paths.add(
            Pointer::indexed("/dn_maps", i, "/from_pattern"),
            entry.loc_of("from-dn-pattern"),
        );
        paths.add(
            Pointer::indexed("/dn_maps", i, "/to_pattern"),
            entry.loc_of("to-dn-pattern"),
        );
        scenario.dn_maps.push(DnMap {
            name: name.to_owned(),
            from_pattern: entry
                .value("from-dn-pattern")
                .unwrap_or_default()
                .to_owned(),
            to_pattern: entry.value("to-dn-pattern").unwrap_or_default().to_owned(),
        });
    }
    scenario.password.changelog_encryption_key = shared.key.clone();
    scenario.connection = shared.connection.clone();
    (scenario, paths)
}

/// The connection options of the first command: generated files repeat them on every command.
fn connection(config: &Config<'_>) -> Connection {
    let Some(first) = config.entries.first() else {
        return Connection::default();
    };
    let value = |name: &str| first.command.option_value(name).map(str::to_owned);
    let flag = |name: &str| first.command.options().any(|o| o.name.text == name);
    Connection {
        hostname: value("--hostname"),
        port: value("--port").and_then(|p| p.parse().ok()),
        bind_dn: value("--bindDN"),
        bind_password_file: value("--bindPasswordFile"),
        use_ssl: flag("--useSSL"),
        trust_all: flag("--trustAll"),
    }
}

fn strings<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    values.map(str::to_owned).collect()
}

fn servers_of<'a, 'd>(config: &'a Config<'d>, endpoint: Option<&Entry<'_>>) -> Vec<&'a Entry<'d>> {
    let Some(endpoint) = endpoint else {
        return Vec::new();
    };
    endpoint
        .values("server")
        .filter_map(|name| config.find(&EXTERNAL_SERVER, name))
        .collect()
}

fn ldap_server(server: &Entry<'_>) -> LdapServer {
    let password = match (
        server.value("password"),
        server.value("passphrase-provider"),
    ) {
        (Some(text), _) => Secret::Placeholder(text.to_owned()),
        (None, Some(provider)) => Secret::PassphraseProvider(provider.to_owned()),
        (None, None) => Secret::Placeholder(String::new()),
    };
    LdapServer {
        name: server.name().unwrap_or_default().to_owned(),
        host: server
            .value("server-host-name")
            .unwrap_or_default()
            .to_owned(),
        port: server
            .value("server-port")
            .and_then(|p| p.parse().ok())
            .unwrap_or(0),
        security: match server.value("connection-security") {
            Some("none") => ConnectionSecurity::None,
            Some("starttls") => ConnectionSecurity::Starttls,
            _ => ConnectionSecurity::Ssl,
        },
        bind_dn: server.value("bind-dn").unwrap_or_default().to_owned(),
        password,
    }
}

fn ping_one(endpoint: &Entry<'_>, not_imported: &mut NotImported) -> Option<PingOneEnvironment> {
    let get = |new: &str, old: &str| endpoint.value(new).or_else(|| endpoint.value(old));
    let environment_id = get("environment-id", "ping-one-environment-id")?;
    let api_url = get("api-url", "ping-one-api-url").unwrap_or_default();
    let region = Region::ALL
        .into_iter()
        .find(|r| serves(api_url, r.domain()))
        .unwrap_or_default();
    // The editor keeps a region, and the URLs follow it: say so when the file's differ.
    let written = [
        (
            "api-url",
            get("api-url", "ping-one-api-url"),
            region.api_url(),
        ),
        (
            "auth-url",
            get("auth-url", "ping-one-auth-url"),
            region.auth_url(environment_id),
        ),
    ];
    for (property, file, rebuilt) in written {
        if let Some(file) = file.filter(|file| *file != rebuilt) {
            not_imported.push(format!(
                "{} {}: {property}:{file} (syncmap writes the {} region's {rebuilt})",
                endpoint.object.label.to_ascii_lowercase(),
                endpoint.name().unwrap_or_default(),
                region.domain()
            ));
        }
    }
    let client_secret = match (
        get("oauth-client-secret", "ping-one-oauth-client-secret"),
        endpoint.value("oauth-client-secret-passphrase-provider"),
    ) {
        (Some(text), _) => Secret::Placeholder(text.to_owned()),
        (None, Some(provider)) => Secret::PassphraseProvider(provider.to_owned()),
        (None, None) => Secret::Placeholder(String::new()),
    };
    Some(PingOneEnvironment {
        region,
        environment_id: environment_id.to_owned(),
        client_id: get("oauth-client-id", "ping-one-oauth-client-id")
            .unwrap_or_default()
            .to_owned(),
        client_secret,
        default_population_id: endpoint.value("default-population-id").map(str::to_owned),
    })
}

/// Whether `api_url` holds `api.<domain>` followed by `/` or by its end: the region's API host.
/// Matched in place rather than by formatting the host for each region and endpoint.
fn serves(api_url: &str, domain: &str) -> bool {
    // "api." cannot overlap itself, so every occurrence is one of these matches.
    api_url.match_indices("api.").any(|(at, host)| {
        api_url
            .get(at + host.len()..)
            .and_then(|rest| rest.strip_prefix(domain))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

fn json_fields(config: &Config<'_>, map: &str, to: &str) -> Vec<JsonField> {
    config
        .children_of(&JSON_ATTRIBUTE_MAPPING_FIELD, &[Some(map), Some(to)])
        .filter_map(|e| {
            Some(JsonField {
                name: e.name()?.to_owned(),
                from: e.value("from-attribute").map(str::to_owned),
                value_pattern: e.value("value-pattern").map(str::to_owned),
                json_type: e.value("json-type").unwrap_or("string").to_owned(),
            })
        })
        .collect()
}
