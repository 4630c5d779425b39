//! From the configuration graph to scenarios: what the editor imports, and what the mapping
//! rules of the core check. Each scenario field remembers where in the files it came from, so
//! a diagnostic about the field points at the text.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::catalog::objects::*;
use crate::endpoint::{DestinationKind, SourceKind};
use crate::likely::{is_ibm_password, reads_ibm_password};
use crate::scenario::*;
use crate::version::Version;

use super::graph::{Config, Entry, Prop};
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

    /// What is left of `path` after this pointer, if `path` starts with it and goes on at a
    /// segment's end (`/`, or its own end).
    fn strip<'p>(&self, path: &'p str) -> Option<&'p str> {
        let after_head = path.strip_prefix(self.head)?;
        self.strip_after_index(after_head, index(after_head))
    }

    /// [`strip`](Self::strip) of what follows the head, given the index that starts it.
    fn strip_after_index<'p>(
        &self,
        mut rest: &'p str,
        first: Option<(usize, &'p str)>,
    ) -> Option<&'p str> {
        if let Some(wanted) = self.first {
            rest = first.filter(|(at, _)| *at == wanted)?.1;
        }
        rest = rest.strip_prefix(self.middle)?;
        if let Some(wanted) = self.second {
            rest = index(rest).filter(|(at, _)| *at == wanted)?.1;
        }
        (rest.is_empty() || rest.starts_with('/')).then_some(rest)
    }

    /// Whether `path` is this pointer or lies under it.
    fn covers(&self, path: &str) -> bool {
        self.strip(path).is_some()
    }

    /// Whether `path` is this pointer.
    fn is(&self, path: &str) -> bool {
        self.strip(path).is_some_and(str::is_empty)
    }

    /// The pointer written out.
    fn text(&self) -> String {
        use std::fmt::Write as _;
        let mut text = String::from(self.head);
        // Writing to a `String` cannot fail.
        if let Some(first) = self.first {
            let _ = write!(text, "/{first}");
        }
        text.push_str(self.middle);
        if let Some(second) = self.second {
            let _ = write!(text, "/{second}");
        }
        text
    }
}

/// The index that `rest` starts with as `/index`, and what follows it: the digits are read
/// rather than each pointer's index written out, and a longer number is another index.
fn index(rest: &str) -> Option<(usize, &str)> {
    let rest = rest.strip_prefix('/')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (number, rest) = rest.split_at(digits);
    // Indexes are written without leading zeros: `01` is not 1.
    let canonical = number.len() == 1 || !number.starts_with('0');
    Some((number.parse().ok().filter(|_| canonical)?, rest))
}

/// JSON pointers of scenario fields and where they came from.
#[derive(Debug, Default)]
pub(super) struct Paths {
    entries: Vec<(Pointer, Loc)>,
    fallback: Option<Loc>,
    /// Whether a pointer is `/source`, and whether one is `/destination`: asked for every
    /// diagnostic once every place is recorded, and answered once, where a pass over `entries`
    /// for each (as long as the map) made a map of many mappings, each with a diagnostic,
    /// quadratic.
    defined: std::cell::OnceCell<[bool; 2]>,
    /// The place of each pointer by its text (the last of equals), built when a scenario
    /// with more than [`Paths::SCANNED`] pointers is first asked for one: reading them all
    /// for each diagnostic made a map of many mappings, each with a diagnostic, quadratic.
    by_text: std::cell::OnceCell<rustc_hash::FxHashMap<String, Loc>>,
}

impl Paths {
    /// Room for a scenario of the usual size (endpoints, a map of a dozen mappings, a
    /// class), so that recording places does not grow the list over and over.
    fn new() -> Paths {
        Paths {
            entries: Vec::with_capacity(64),
            ..Paths::default()
        }
    }

    /// The endpoints whose pointers [`Paths::defined`] tells, in its order.
    const ENDPOINTS: [&str; 2] = ["/source", "/destination"];

    /// Up to how many pointers a place is looked for by reading them all: about as fast as
    /// one look-up in [`Paths::by_text`], without building it.
    const SCANNED: usize = 64;
}

impl Paths {
    fn add(&mut self, path: Pointer, loc: Loc) {
        self.entries.push((path, loc));
    }

    /// False for a path into the source or destination when the files do not create it.
    pub fn defines_endpoint_of(&self, path: &str) -> bool {
        let defined = self.defined.get_or_init(|| {
            Self::ENDPOINTS.map(|endpoint| self.entries.iter().any(|(p, _)| p.is(endpoint)))
        });
        Self::ENDPOINTS
            .iter()
            .zip(defined)
            .all(|(endpoint, defined)| *defined || !Pointer::at(endpoint).covers(path))
    }

    /// The place of the longest recorded path that `path` starts with (the last of equals).
    pub fn locate(&self, path: &str) -> Loc {
        let found = if self.entries.len() <= Self::SCANNED {
            self.scan(path)
        } else {
            self.look_up(path)
        };
        found.or(self.fallback).unwrap_or_else(|| start_of(0))
    }

    /// [`locate`](Self::locate) by looking up each of `path`'s leading segments, longest
    /// first: a recorded path that `path` starts with is the text of `path` up to the end of
    /// a segment, as [`Pointer::strip`] reads indexes (no leading zeros, a longer number
    /// another index).
    fn look_up(&self, path: &str) -> Option<Loc> {
        let by_text = self.by_text.get_or_init(|| {
            let mut by_text = rustc_hash::FxHashMap::default();
            for (pointer, loc) in &self.entries {
                // The last of equals stays.
                by_text.insert(pointer.text(), *loc);
            }
            by_text
        });
        let ends = memchr::memrchr_iter(b'/', path.as_bytes());
        std::iter::once(path.len())
            .chain(ends)
            .find_map(|end| by_text.get(&path[..end]).copied())
    }

    /// [`locate`](Self::locate) by reading every recorded path.
    fn scan(&self, path: &str) -> Option<Loc> {
        // Pointers come in runs with one head (a mapping's fields): the head, and the index
        // after it, are matched once per run.
        type Head<'p> = Option<(&'p str, Option<(usize, &'p str)>)>;
        let mut head: Option<(&'static str, Head<'_>)> = None;
        let mut best: Option<(usize, Loc)> = None;
        for (pointer, loc) in &self.entries {
            let after_head = match head {
                Some((text, after)) if std::ptr::eq(text, pointer.head) => after,
                _ => {
                    // Heads mostly differ in their first letter: compared before the rest.
                    let after = (path.as_bytes().get(1) == pointer.head.as_bytes().get(1))
                        .then(|| path.strip_prefix(pointer.head))
                        .flatten()
                        .map(|after| (after, index(after)));
                    head = Some((pointer.head, after));
                    after
                }
            };
            let Some(rest) =
                after_head.and_then(|(after, first)| pointer.strip_after_index(after, first))
            else {
                continue;
            };
            // The pointer's text is what it matched of `path`.
            let len = path.len() - rest.len();
            if best.is_none_or(|(longest, _)| len >= longest) {
                best = Some((len, *loc));
            }
        }
        best.map(|(_, loc)| loc)
    }
}

/// The properties the import reads into a scenario, by object type. A property a file sets on
/// an object the scenario comes from, and that is not here, does not reach the editor: the
/// import says so rather than drop it silently. Each list is handed to [`each_prop`], whose
/// readers tell the properties apart by their places in it: the order matters.
const SERVER_READ: &[&str] = &[
    "server-host-name",
    "server-port",
    "connection-security",
    "bind-dn",
    "password",
    "passphrase-provider",
];
const MAP_READ: &[&str] = &[];
const MAPPING_READ: &[&str] = &[
    "from-attribute",
    "value-pattern",
    "conditional-value-pattern",
    "dn-map",
];
const FIELD_READ: &[&str] = &["from-attribute", "value-pattern", "json-type"];
const PIPE_READ: &[&str] = &["sync-source", "sync-destination", "started"];
const CLASS_READ: &[&str] = &[
    "attribute-map",
    "evaluation-order-index",
    "include-base-dn",
    "include-filter",
    "auto-mapped-source-attribute",
    "destination-correlation-attributes",
    "allow-destination-renames",
    "dn-map",
];
const JSON_ATTRIBUTE_READ: &[&str] = &["include-field"];
const DN_MAP_READ: &[&str] = &["from-dn-pattern", "to-dn-pattern"];

/// What the import reads from a sync source or destination. The PingOne URLs are rebuilt from
/// the region, so they are checked separately (see [`ping_one`]); `use-changelog-batch-request`
/// is what generated files set and syncmap writes again.
const ENDPOINT_READ: &[&str] = &[
    "base-dn",
    "server",
    // 7.0's `ping-one-` names come to the same places (their catalog entries say which).
    "environment-id",
    "api-url",
    "auth-url",
    "oauth-client-id",
    "oauth-client-secret",
    "oauth-client-secret-passphrase-provider",
    "default-population-id",
    "use-changelog-batch-request",
];

/// Hands each value the object `create` creates holds at the end of the files, for a property
/// of `read`, to `take`, with the property's place in `read` (see [`Config::each_held`]);
/// returns whether the object's commands set a property not in `read` (then [`unread`] says
/// which). One pass over a command's options for everything the import wants of it, where a
/// scan per property took a fifth of the lint; and places rather than names to tell properties
/// apart, which keeps the browser's code small.
fn each_prop<'d>(
    config: &Config<'d>,
    create: &Entry<'d>,
    read: &'static [&'static str],
    mut take: impl FnMut(usize, &Prop<'d>),
) -> bool {
    // `take` behind a pointer: the work is compiled once rather than once per caller, which
    // in the browser's code was 4 KB more for following the later commands.
    config.each_held(create, read, &mut take)
}

/// Keeps the first value, in `values[slot]`.
fn first<'d>(values: &mut [Option<&'d str>], slot: usize, prop: &Prop<'d>) {
    if let Some(value @ None) = values.get_mut(slot) {
        *value = Some(prop.value);
    }
}

/// Keeps where the first value of a property was given, in `places[slot]`: a scenario field
/// points there, or at the command when there is none.
fn place(places: &mut [Option<Loc>], slot: usize, prop: &Prop<'_>) {
    if let Some(place @ None) = places.get_mut(slot) {
        *place = Some(prop.value_loc);
    }
}

/// Adds each value.
fn push(values: &mut Vec<String>, prop: &Prop<'_>) {
    values.push(prop.value.to_owned());
}

/// Notes in `not_imported` that the commands on the object `create` creates set properties
/// not in `read`, the import's list for its object type (see [`unread_lines`]).
fn unread<'c, 'd>(
    create: &'c Entry<'d>,
    read: &'static [&'static str],
    not_imported: &mut NotImported<'c, 'd>,
) {
    not_imported.unread(create, read);
}

/// A line for each property the commands on the object `create` creates set that is not in
/// `read`, in order.
fn unread_lines<'a, 'd>(
    config: &'a Config<'d>,
    create: &'a Entry<'d>,
    read: &'a [&str],
) -> impl Iterator<Item = String> + 'a {
    std::iter::once(create)
        .chain(config.changes_of(create))
        .flat_map(Entry::props)
        .filter(|prop| !read.contains(&prop.name))
        .map(|prop| {
            format!(
                "{} {}: {}:{}",
                create.object.label.to_ascii_lowercase(),
                create.name().unwrap_or_default(),
                prop.name,
                prop.value
            )
        })
}

/// Facts of the whole configuration, read once rather than per scenario.
struct Shared {
    /// The sync server's changelog password decryption key.
    key: Option<Secret>,
    /// The connection options of the first command.
    connection: Connection,
    /// Whether one scenario covers the configuration, so it shows every DN map.
    single: bool,
    /// The kinds declared for endpoints the files do not create.
    declared: Declared,
}

/// The kinds declared for sync sources and destinations that exist on the server already
/// ([`super::Existing::kind`]): an endpoint the files do not create is of its declared kind,
/// or of none known ([`SourceKind::Unknown`]), never of a guessed one.
#[derive(Debug, Default)]
pub(super) struct Declared {
    sources: Vec<(String, SourceKind)>,
    destinations: Vec<(String, DestinationKind)>,
}

impl Declared {
    pub(super) fn new(existing: &[super::Existing]) -> Declared {
        let mut declared = Declared::default();
        for e in existing {
            match e.kind {
                Some(super::DeclaredKind::Source(kind)) => {
                    declared.sources.push((e.name.clone(), kind));
                }
                Some(super::DeclaredKind::Destination(kind)) => {
                    declared.destinations.push((e.name.clone(), kind));
                }
                None => {}
            }
        }
        declared
    }

    /// The kind declared for the source `name`, as dsconfig matches names (the last
    /// declaration wins, as the last flag does).
    fn source(&self, name: &str) -> SourceKind {
        Self::find(&self.sources, name).unwrap_or(SourceKind::Unknown)
    }

    /// The kind declared for the destination `name`.
    fn destination(&self, name: &str) -> DestinationKind {
        Self::find(&self.destinations, name).unwrap_or(DestinationKind::Unknown)
    }

    fn find<K: Copy>(declared: &[(String, K)], name: &str) -> Option<K> {
        // Declarations are a handful of flags: read through.
        declared
            .iter()
            .rev()
            .find(|(n, _)| !name.is_empty() && n.eq_ignore_ascii_case(name))
            .map(|(_, kind)| *kind)
    }
}

/// What could not be read into scenarios, for people, in order. A property left unread is said
/// once however many scenarios share its object; other lines are said each time.
#[derive(Default)]
pub(super) struct NotImported<'c, 'd> {
    said: Vec<Said<'c, 'd>>,
    /// The objects whose unread properties are noted already, by place.
    objects: FxHashSet<Loc>,
}

/// One thing [`NotImported`] says.
enum Said<'c, 'd> {
    /// A line said each time.
    Line(String),
    /// The properties an object's commands set that the import does not read (its type's list):
    /// spelled out when the scenarios' notes are joined, the first time any scenario notes the
    /// object. Spelling them out for each scenario that shares the object (a pipe, a map) was
    /// quadratic when its commands are many.
    Unread(&'c Entry<'d>, &'static [&'static str]),
}

impl<'c, 'd> NotImported<'c, 'd> {
    fn push(&mut self, line: String) {
        self.said.push(Said::Line(line));
    }

    fn unread(&mut self, create: &'c Entry<'d>, read: &'static [&'static str]) {
        if self.objects.insert(create.loc) {
            self.said.push(Said::Unread(create, read));
        }
    }

    /// Adds these notes, made after every note `joined` holds, to it.
    pub fn join_into(self, config: &Config<'d>, joined: &mut Joined) {
        for said in self.said {
            match said {
                Said::Line(line) => {
                    joined.said.insert(line.clone());
                    joined.lines.push(line);
                }
                Said::Unread(create, read) => {
                    if !joined.objects.insert(create.loc) {
                        continue;
                    }
                    for line in unread_lines(config, create, read) {
                        // The hash set finds a repeat without reading `lines` through: one
                        // command setting 200,000 properties the import does not read took
                        // 30 s that way.
                        if joined.said.insert(line.clone()) {
                            joined.lines.push(line);
                        }
                    }
                }
            }
        }
    }
}

/// The notes of the scenarios read so far, joined in order (see [`NotImported::join_into`]).
#[derive(Default)]
pub(super) struct Joined {
    /// The lines, in order.
    pub lines: Vec<String>,
    /// Every line in `lines`.
    said: FxHashSet<String>,
    /// The objects whose unread properties are in `lines`, by place.
    objects: FxHashSet<Loc>,
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
    /// By class, how a lint that keeps no scenario checks its (empty when every scenario is
    /// read whole).
    checks: Vec<Check>,
    shared_maps: Vec<SharedMap<'c, 'd>>,
    orphan_maps: Vec<&'d str>,
    shared: Shared,
}

/// How a lint that keeps no scenario checks a class's scenario (see [`validate::Rules`]); the
/// index is that of the map's [`SharedMap`].
///
/// [`validate::Rules`]: crate::validate::Rules
#[derive(Clone, Copy, Debug)]
pub(super) enum Check {
    /// Whole: the first scenario of its map toward its kind of destination.
    Whole,
    /// All but the map's own rules, with the map's [`SharedMap::mappings`] alone: the first of
    /// its map between its source and destination.
    ButMap(usize),
    /// The pipe and the class alone: the others.
    Class(usize),
}

/// What the rules other than the map's own look at of a map that several classes use, toward
/// one kind of destination (see [`validate::Rules::AllButMap`]).
///
/// [`validate::Rules::AllButMap`]: crate::validate::Rules::AllButMap
struct SharedMap<'c, 'd> {
    destination: DestinationKind,
    /// The first mapping to each of the destination's password attribute, the attributes a
    /// PingOne destination requires and the JSON-valued ones, in order.
    mappings: Vec<&'c Entry<'d>>,
    /// Those that write JSON-valued PingOne attributes, read: whether the class needs a
    /// json-attribute for one depends on the fields it writes.
    json_valued: Vec<Mapping>,
    /// Whether a direct mapping reads the password attribute only IBM's directories have:
    /// then a source of no known type is one of theirs.
    reads_ibm_password: bool,
    /// Where the map is created: the place of a field a scenario records nowhere.
    map: Option<Loc>,
}

impl<'c, 'd> SharedMap<'c, 'd> {
    fn new(config: &'c Config<'d>, destination: DestinationKind, map: &str) -> SharedMap<'c, 'd> {
        let to_pingone = destination == DestinationKind::PingOne;
        let mut shared = SharedMap {
            destination,
            mappings: Vec::new(),
            json_valued: Vec::new(),
            reads_ibm_password: false,
            map: config.find(&ATTRIBUTE_MAP, map).map(|m| m.loc),
        };
        let mut taken: Vec<&str> = Vec::new();
        for mapping in config.children_of(&ATTRIBUTE_MAPPING, &[Some(map)]) {
            // The mappings a scenario holds (see `scenario`).
            let type_name = mapping.type_name.as_ref().map(|(t, _)| *t);
            let Some(to) = mapping.name() else { continue };
            if !type_name.is_some_and(|t| Mapping::TYPES.contains(&t)) {
                continue;
            }
            if type_name == Some("direct") && !shared.reads_ibm_password {
                let mut from = [None];
                each_prop(config, mapping, MAPPING_READ, |slot, p| {
                    if slot == 0 {
                        first(&mut from, 0, p);
                    }
                });
                shared.reads_ibm_password = is_ibm_password(from[0].unwrap_or_default());
            }
            let looked_at = crate::validate::looked_at_beyond_map(to, destination);
            if looked_at && !taken.contains(&to) {
                taken.push(to);
                shared.mappings.push(mapping);
                if to_pingone
                    && crate::validate::json_valued(to)
                    && let Some(type_name) = type_name
                {
                    let (read, _) = read_mapping(config, mapping, to, type_name, &mut |_, _| {});
                    shared.json_valued.push(read);
                }
            }
        }
        shared
    }
}

impl<'c, 'd> Plan<'c, 'd> {
    /// The plan of `config`'s scenarios. `used_maps` are the entries of the maps the classes
    /// use: [`maps_used`] of every class, which the linter looks up on several threads. With
    /// `share`, it finds what the classes' scenarios share with earlier ones (see
    /// [`Plan::check`]), for a lint that keeps no scenario; what reads the scenarios whole has
    /// no use for it.
    pub fn new(
        config: &'c Config<'d>,
        version: Version,
        used_maps: impl IntoIterator<Item = usize>,
        share: bool,
        declared: Declared,
    ) -> Plan<'c, 'd> {
        let classes: Vec<(usize, &Entry<'_>, &str)> = config
            .classes_with_maps()
            .iter()
            .map(|&(i, map)| (i, config.entries[i], map))
            .collect();
        let mut used = vec![false; config.entries.len()];
        for i in used_maps {
            if let Some(used) = used.get_mut(i) {
                *used = true;
            }
        }
        // A map created again is the same map, read by name: one scenario is enough.
        let orphan_maps: Vec<&str> = config
            .created_at(&ATTRIBUTE_MAP)
            .filter(|(i, _)| !used[*i] && !config.repeats_a_create(*i))
            .filter_map(|(_, m)| m.name())
            .collect();
        let shared = Shared {
            // The last command that sets it wins, as dsconfig applies them in order.
            key: config
                .of_type(GLOBAL_SYNC_CONFIGURATION.name)
                .filter_map(|e| {
                    e.value("changelog-password-decryption-key")
                        .map(|k| Secret::Placeholder(k.to_owned()))
                        .or_else(|| {
                            e.value("changelog-password-decryption-key-passphrase-provider")
                                .map(|p| Secret::PassphraseProvider(p.to_owned()))
                        })
                })
                .last(),
            connection: connection(config),
            single: classes.len() + orphan_maps.len() == 1,
            declared,
        };
        let (checks, shared_maps) = if share {
            checks(config, &classes, &shared.declared)
        } else {
            (Vec::new(), Vec::new())
        };
        Plan {
            config,
            version,
            classes,
            checks,
            shared_maps,
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
    pub fn read(&self, i: usize, not_imported: &mut NotImported<'c, 'd>) -> (Scenario, Paths) {
        let config = self.config;
        match self.classes.get(i) {
            Some(&(_, class, map)) => {
                let pipe_name = class.names().first().copied().flatten().unwrap_or_default();
                let pipe = config.find(&SYNC_PIPE, pipe_name);
                let pipe = Some((pipe, class));
                scenario(
                    config,
                    &self.shared,
                    self.version,
                    map,
                    pipe,
                    None,
                    not_imported,
                )
            }
            None => {
                let map = self.orphan_maps[i - self.classes.len()];
                scenario(
                    config,
                    &self.shared,
                    self.version,
                    map,
                    None,
                    None,
                    not_imported,
                )
            }
        }
    }

    /// How a lint that keeps no scenario checks scenario `i` (see [`Check`]).
    pub fn check(&self, i: usize) -> Check {
        match self.checks.get(i) {
            Some(&check) if !self.shared.single => check,
            _ => Check::Whole,
        }
    }

    /// Class `i`, the name of its map, and shared map `shared_map`, when both are known.
    fn on_shared_map(
        &self,
        i: usize,
        shared_map: usize,
    ) -> Option<(&'c Entry<'d>, &'d str, &SharedMap<'c, 'd>)> {
        let &(_, class, map) = self.classes.get(i)?;
        Some((class, map, self.shared_maps.get(shared_map)?))
    }

    /// Reads scenario `i`, with the map holding only what the rules other than its own look at
    /// (see [`SharedMap`]), for [`Check::ButMap`].
    pub fn read_but_map(
        &self,
        i: usize,
        shared_map: usize,
        not_imported: &mut NotImported<'c, 'd>,
    ) -> (Scenario, Paths) {
        let config = self.config;
        let Some((class, map, shared_map)) = self.on_shared_map(i, shared_map) else {
            return self.read(i, not_imported);
        };
        let pipe_name = class.names().first().copied().flatten().unwrap_or_default();
        let pipe = Some((config.find(&SYNC_PIPE, pipe_name), class));
        let (shared, version) = (&self.shared, self.version);
        scenario(
            config,
            shared,
            version,
            map,
            pipe,
            Some(shared_map),
            not_imported,
        )
    }

    /// Reads what the rules of a class look at in scenario `i`, for [`Check::Class`] (see
    /// [`validate::Rules::OfClass`]): the pipe's name, the class, the DN maps it names and, of
    /// the map, the first mapping to each JSON-valued PingOne attribute it writes. Reading the
    /// whole map for every class that shares it was quadratic in a file of many classes on one
    /// large map.
    ///
    /// [`validate::Rules::OfClass`]: crate::validate::Rules::OfClass
    pub fn read_class(
        &self,
        i: usize,
        shared_map: usize,
        not_imported: &mut NotImported<'c, 'd>,
    ) -> (Scenario, Paths) {
        let config = self.config;
        let Some((class, map, shared_map)) = self.on_shared_map(i, shared_map) else {
            return self.read(i, not_imported);
        };
        let mut paths = Paths::new();
        paths.fallback = shared_map.map;
        let mut scenario = Scenario {
            schema: SCHEMA_VERSION,
            target_version: self.version,
            source: Endpoint::existing(SourceKind::OtherLdap, ""),
            destination: Endpoint::existing(shared_map.destination, ""),
            attribute_map: AttributeMap {
                name: map.to_owned(),
                mappings: shared_map.json_valued.clone(),
            },
            dn_maps: Vec::new(),
            sync_pipe: None,
            password: PasswordSync {
                storage_scheme: None,
                changelog_encryption_key: None,
            },
            connection: Connection::default(),
        };
        let pipe_name = class.names().first().copied().flatten().unwrap_or_default();
        let pipe = (config.find(&SYNC_PIPE, pipe_name), class);
        scenario.sync_pipe = Some(sync_pipe(config, pipe, false, &mut paths, not_imported));
        read_dn_maps(config, false, &mut scenario, &mut paths, not_imported);
        (scenario, paths)
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

/// By class, how a lint that keeps no scenario checks its (see [`Check`]), and the maps the
/// classes share.
fn checks<'c, 'd>(
    config: &'c Config<'d>,
    classes: &[(usize, &Entry<'d>, &'d str)],
    declared: &Declared,
) -> (Vec<Check>, Vec<SharedMap<'c, 'd>>) {
    use std::collections::hash_map::Entry::{Occupied, Vacant};
    // Most maps have one class: their pipes need not be read.
    let mut uses: FxHashMap<&str, usize> = FxHashMap::default();
    for &(_, _, map) in classes {
        *uses.entry(map).or_default() += 1;
    }
    let mut endpoints: FxHashMap<&str, [&str; 2]> = FxHashMap::default();
    let mut maps: FxHashMap<(&str, DestinationKind), Option<usize>> = FxHashMap::default();
    let mut around: FxHashSet<(&str, &str, &str)> = FxHashSet::default();
    let mut shared_maps = Vec::new();
    let checks = classes
        .iter()
        .map(|&(_, class, map)| {
            if uses.get(map).is_none_or(|&n| n < 2) {
                return Check::Whole;
            }
            let pipe_name = class.names().first().copied().flatten().unwrap_or_default();
            let [source, destination] = *endpoints
                .entry(pipe_name)
                .or_insert_with(|| pipe_endpoints(config, pipe_name));
            let kind = destination_kind(config.find(&SYNC_DESTINATION, destination))
                .unwrap_or_else(|| declared.destination(destination));
            let first_around = around.insert((source, destination, map));
            match maps.entry((map, kind)) {
                Vacant(first) => {
                    first.insert(None);
                    Check::Whole
                }
                Occupied(mut earlier) => {
                    let shared_map = *earlier.get_mut().get_or_insert_with(|| {
                        shared_maps.push(SharedMap::new(config, kind, map));
                        shared_maps.len() - 1
                    });
                    if first_around {
                        Check::ButMap(shared_map)
                    } else {
                        Check::Class(shared_map)
                    }
                }
            }
        })
        .collect();
    (checks, shared_maps)
}

/// The source and destination the pipe called `pipe_name` names, as a scenario reads them
/// (empty for none).
fn pipe_endpoints<'d>(config: &Config<'d>, pipe_name: &str) -> [&'d str; 2] {
    let mut values = [None; 2];
    if let Some(pipe) = config.find(&SYNC_PIPE, pipe_name) {
        each_prop(config, pipe, PIPE_READ, |slot, p| {
            first(&mut values, slot, p)
        });
    }
    values.map(Option::unwrap_or_default)
}

/// The first creates of the maps that `classes` (some of [`Config::classes_with_maps`]) use,
/// as dsconfig matches names (ASCII case folded): the index of creates already knows. (Maps
/// created again are never read on their own, see [`Plan::new`].)
pub(super) fn maps_used<'a>(
    config: &'a Config<'_>,
    classes: &'a [(usize, &str)],
) -> impl Iterator<Item = usize> + 'a {
    classes
        .iter()
        .filter_map(|&(_, map)| config.creates_of(&ATTRIBUTE_MAP, &[Some(map)]).next())
}

/// Reads every scenario of the configuration, in order, and what could not be read: the
/// editor's import (the linter reads them in runs, see `lint::check`).
pub(super) fn scenarios(plan: &Plan<'_, '_>) -> (Vec<Scenario>, Vec<String>) {
    let mut not_imported = NotImported::default();
    let scenarios = (0..plan.len())
        .map(|i| plan.read(i, &mut not_imported).0)
        .collect();
    let mut joined = Joined::default();
    not_imported.join_into(plan.config, &mut joined);
    joined.lines.extend(plan.others());
    (scenarios, joined.lines)
}

/// The kind of the destination `destination` creates; `None` when the files do not create it.
/// A destination of a type syncmap does not model is another LDAP directory.
fn destination_kind(destination: Option<&Entry<'_>>) -> Option<DestinationKind> {
    let destination = destination?;
    Some(match destination.type_name.as_ref().map(|(t, _)| *t) {
        Some("ping-one-customer") => DestinationKind::PingOne,
        Some("ping-identity") => DestinationKind::PingDirectory,
        _ => DestinationKind::OtherLdap,
    })
}

/// The kind of a source whose `--type` says nothing syncmap models (or that the files do not
/// create): a `jdbc` external server means a database, and only IBM's directories hand the
/// password over as `userPassword;binary` (REFERENCE.md), so a map reading it reads one of
/// them. Anything else stays another LDAP directory.
fn inferred_source_kind(servers: &[&Entry<'_>], reads_ibm_password: bool) -> SourceKind {
    let server_type = |wanted: &str| {
        servers
            .iter()
            .any(|s| s.type_name.as_ref().is_some_and(|(t, _)| *t == wanted))
    };
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

/// What the import reads from a sync source or destination, in one pass over its command.
struct EndpointRead<'c, 'd> {
    entry: &'c Entry<'d>,
    base_dns: Vec<String>,
    /// The external servers it names that the files create, in order.
    servers: Vec<&'c Entry<'d>>,
    /// The first value of each property of [`ENDPOINT_READ`], by its place there: a table
    /// rather than a field each, which took a kilobyte of the browser's code to fill.
    values: [Option<&'d str>; ENDPOINT_READ.len()],
    unread: bool,
}

impl<'c, 'd> EndpointRead<'c, 'd> {
    fn new(config: &'c Config<'d>, entry: &'c Entry<'d>) -> EndpointRead<'c, 'd> {
        let mut read = EndpointRead {
            entry,
            base_dns: Vec::new(),
            servers: Vec::new(),
            values: [None; ENDPOINT_READ.len()],
            unread: false,
        };
        // base-dn and server are lists; the rest are read once.
        read.unread = each_prop(config, entry, ENDPOINT_READ, |slot, p| match slot {
            0 => push(&mut read.base_dns, p),
            1 => read.servers.extend(config.find(&EXTERNAL_SERVER, p.value)),
            _ => first(&mut read.values, slot, p),
        });
        read
    }

    /// The first value of `property`, one of [`ENDPOINT_READ`].
    fn value(&self, property: &str) -> Option<&'d str> {
        let i = ENDPOINT_READ.iter().position(|read| *read == property)?;
        self.values[i]
    }
}

/// The scenario of `map` and of the class of `pipe`, with the places of its fields: with
/// `shared_map`, of the map's mappings only those [`SharedMap::mappings`] holds.
fn scenario<'c, 'd>(
    config: &'c Config<'d>,
    shared: &Shared,
    version: Version,
    map: &str,
    pipe: Option<PipeAndClass<'c, 'd>>,
    shared_map: Option<&SharedMap<'c, 'd>>,
    not_imported: &mut NotImported<'c, 'd>,
) -> (Scenario, Paths) {
    let mut paths = Paths::new();
    let mut pipe_values = [None; PIPE_READ.len()];
    let mut pipe_places = [None; PIPE_READ.len()];
    let pipe_unread = match pipe {
        Some((Some(pipe_entry), _)) => each_prop(config, pipe_entry, PIPE_READ, |slot, p| {
            first(&mut pipe_values, slot, p);
            place(&mut pipe_places, slot, p);
        }),
        _ => false,
    };
    let [source_name, destination_name, started] = pipe_values;
    let source_name = source_name.unwrap_or_default();
    let destination_name = destination_name.unwrap_or_default();
    let mut source = config
        .find(&SYNC_SOURCE, source_name)
        .map(|e| EndpointRead::new(config, e));
    let mut destination = config
        .find(&SYNC_DESTINATION, destination_name)
        .map(|e| EndpointRead::new(config, e));
    let source_servers = source
        .as_mut()
        .map(|e| std::mem::take(&mut e.servers))
        .unwrap_or_default();
    let destination_servers = destination
        .as_mut()
        .map(|e| std::mem::take(&mut e.servers))
        .unwrap_or_default();

    let source_kind = match source
        .as_ref()
        .map(|s| s.entry.type_name.as_ref().map(|(t, _)| *t))
    {
        // Not in the files: declared, or not known.
        None => shared.declared.source(source_name),
        Some(Some("ping-identity"))
            if source_servers.iter().any(|s| {
                s.type_name
                    .as_ref()
                    .is_some_and(|(t, _)| *t == "ping-identity-proxy-server")
            }) =>
        {
            SourceKind::PingDirectoryProxy
        }
        Some(Some("ping-identity")) => SourceKind::PingDirectory,
        Some(Some("ping-one-customer")) => SourceKind::PingOne,
        Some(Some("active-directory")) => SourceKind::ActiveDirectory,
        // A type syncmap does not model: see `inferred_source_kind` below.
        Some(_) => SourceKind::OtherLdap,
    };
    let destination_kind = destination_kind(destination.as_ref().map(|d| d.entry))
        .unwrap_or_else(|| shared.declared.destination(destination_name));
    // Where an endpoint the files do not create is named: the pipe's property, which is
    // where its kind would be declared or its create added.
    let [source_at, destination_at, _] = pipe_places;
    // Built field by field rather than from `Scenario::new`, whose defaults (names, the
    // password mapping) the files replace.
    let mut scenario = Scenario {
        schema: SCHEMA_VERSION,
        target_version: version,
        source: Endpoint::existing(source_kind, source_name),
        destination: Endpoint::existing(destination_kind, destination_name),
        attribute_map: AttributeMap {
            name: map.to_owned(),
            // Room for the handful of mappings most maps hold, so that reading them does
            // not grow the list several times over.
            mappings: Vec::with_capacity(8),
        },
        dn_maps: Vec::new(),
        sync_pipe: None,
        password: PasswordSync {
            storage_scheme: None,
            changelog_encryption_key: shared.key.clone(),
        },
        connection: shared.connection.clone(),
    };

    // The servers are read before anything is said about them, so that what is said keeps
    // its order: the servers' unread properties, then the endpoints'.
    let mut servers = |servers: &[&'c Entry<'d>]| -> Vec<LdapServer> {
        servers
            .iter()
            .map(|s| {
                let (server, unread_props) = ldap_server(config, s);
                if unread_props {
                    unread(s, SERVER_READ, not_imported);
                }
                server
            })
            .collect()
    };
    let source_ldap = servers(&source_servers);
    let destination_ldap = servers(&destination_servers);
    for endpoint in [&source, &destination].into_iter().flatten() {
        if endpoint.unread {
            unread(endpoint.entry, ENDPOINT_READ, not_imported);
        }
    }
    if source.is_none()
        && let Some(at) = source_at
    {
        paths.add(Pointer::at("/source/kind"), at);
    }
    if destination.is_none()
        && let Some(at) = destination_at
    {
        paths.add(Pointer::at("/destination/kind"), at);
    }
    if let Some(source) = source {
        scenario.source.create = true;
        paths.add(Pointer::at("/source"), source.entry.loc);
        paths.add(
            Pointer::at("/source/kind"),
            source
                .entry
                .type_name
                .as_ref()
                .map_or(source.entry.loc, |(_, l)| *l),
        );
        scenario.source.servers = source_ldap;
        scenario.source.ping_one = ping_one(&source, not_imported);
        scenario.source.base_dns = source.base_dns;
    }
    if let Some(destination) = destination {
        scenario.destination.create = true;
        let loc = destination.entry.loc;
        paths.add(Pointer::at("/destination"), loc);
        paths.add(Pointer::at("/destination/ping_one"), loc);
        paths.add(
            Pointer::at("/destination/ping_one/default_population_id"),
            loc,
        );
        scenario.destination.servers = destination_ldap;
        scenario.destination.ping_one = ping_one(&destination, not_imported);
        scenario.destination.base_dns = destination.base_dns;
    }

    if let Some(map_entry) = config.find(&ATTRIBUTE_MAP, map) {
        if each_prop(config, map_entry, MAP_READ, |_, _| {}) {
            unread(map_entry, MAP_READ, not_imported);
        }
        paths.add(Pointer::at("/attribute_map"), map_entry.loc);
        paths.fallback = Some(map_entry.loc);
    }
    let (mut only, mut every);
    let mappings: &mut dyn Iterator<Item = &'c Entry<'d>> = match shared_map {
        Some(shared_map) => {
            only = shared_map.mappings.iter().copied();
            &mut only
        }
        None => {
            every = config.children_of(&ATTRIBUTE_MAPPING, &[Some(map)]);
            &mut every
        }
    };
    for mapping in mappings {
        let Some(to) = mapping.name() else { continue };
        let index = scenario.attribute_map.mappings.len();
        let base = |tail| Pointer::indexed("/attribute_map/mappings", index, tail);
        let type_name = mapping
            .type_name
            .as_ref()
            .map(|(t, _)| *t)
            .unwrap_or_default();
        if !Mapping::TYPES.contains(&type_name) {
            not_imported.push(format!("the {type_name} mapping {to} of {map}: syncmap edits direct, constructed, dn and json mappings"));
            continue;
        }
        let (mut from_at, mut value_k, mut condition_k) = ([None], 0, 0);
        // Every pattern is placed, whatever the mapping's type.
        let (imported, unread_props) =
            read_mapping(config, mapping, to, type_name, &mut |slot, p| {
                match slot {
                    // from-attribute
                    0 => place(&mut from_at, 0, p),
                    // value-pattern
                    1 => {
                        paths.add(base("/value_patterns").item(value_k), p.value_loc);
                        value_k += 1;
                    }
                    // conditional-value-pattern
                    2 => {
                        paths.add(
                            base("/conditional_value_patterns").item(condition_k),
                            p.value_loc,
                        );
                        condition_k += 1;
                    }
                    _ => {}
                }
            });
        if unread_props {
            unread(mapping, MAPPING_READ, not_imported);
        }
        if let Mapping::Json { .. } = &imported {
            for field in config.children_of_create(&JSON_ATTRIBUTE_MAPPING_FIELD, mapping) {
                unread(field, FIELD_READ, not_imported);
            }
        }
        paths.add(base(""), mapping.loc);
        paths.add(
            base("/type"),
            mapping.type_name.as_ref().map_or(mapping.loc, |(_, l)| *l),
        );
        paths.add(base("/from"), from_at[0].unwrap_or(mapping.loc));
        scenario.attribute_map.mappings.push(imported);
    }
    // Only a source the files create with a type syncmap does not model: one they do not
    // create is of the kind declared for it, or of none known.
    if scenario.source.create && scenario.source.kind == SourceKind::OtherLdap {
        let reads_ibm = shared_map.map_or_else(
            || {
                scenario
                    .attribute_map
                    .mappings
                    .iter()
                    .any(reads_ibm_password)
            },
            |shared_map| shared_map.reads_ibm_password,
        );
        scenario.source.kind = inferred_source_kind(&source_servers, reads_ibm);
    }

    if let Some(pipe) = pipe {
        if pipe_unread && let Some(pipe_entry) = pipe.0 {
            unread(pipe_entry, PIPE_READ, not_imported);
        }
        // Set by the pipe's create or, as syncmap writes it, a later `set-sync-pipe-prop`.
        let start = started == Some("true");
        scenario.sync_pipe = Some(sync_pipe(config, pipe, start, &mut paths, not_imported));
    }
    read_dn_maps(
        config,
        shared.single,
        &mut scenario,
        &mut paths,
        not_imported,
    );
    (scenario, paths)
}

/// The sync pipe and class of a scenario, `start` as the pipe's commands leave it, with the
/// places of the class's fields.
fn sync_pipe<'c, 'd>(
    config: &'c Config<'d>,
    (pipe_entry, class): PipeAndClass<'c, 'd>,
    start: bool,
    paths: &mut Paths,
    not_imported: &mut NotImported<'c, 'd>,
) -> SyncPipe {
    let pipe_name = class.names().first().copied().flatten().unwrap_or_default();
    let class_name = class.name().unwrap_or_default();
    paths.add(
        Pointer::at("/sync_pipe"),
        pipe_entry.map_or(class.loc, |p| p.loc),
    );
    paths.add(Pointer::at("/sync_pipe/class"), class.loc);
    let mut read = SyncClass {
        name: class_name.to_owned(),
        evaluation_order: None,
        base_dns: Vec::new(),
        filters: Vec::new(),
        auto_mapped_source_attributes: Vec::new(),
        destination_correlation_attributes: Vec::new(),
        allow_destination_renames: None,
        dn_maps: Vec::new(),
        json_attributes: Vec::new(),
    };
    let mut values = [None; CLASS_READ.len()];
    let mut places = [None; CLASS_READ.len()];
    // Every include-filter operation is placed, as the filters' indexes count them.
    let mut filters = 0;
    let unread_props = each_prop(config, class, CLASS_READ, |slot, p| {
        first(&mut values, slot, p);
        place(&mut places, slot, p);
        // The lists, by their places in CLASS_READ.
        let list = match slot {
            2 => &mut read.base_dns,
            3 => {
                paths.add(
                    Pointer::at("/sync_pipe/class/filters").item(filters),
                    p.value_loc,
                );
                filters += 1;
                &mut read.filters
            }
            4 => &mut read.auto_mapped_source_attributes,
            5 => &mut read.destination_correlation_attributes,
            7 => &mut read.dn_maps,
            _ => return,
        };
        push(list, p);
    });
    if unread_props {
        unread(class, CLASS_READ, not_imported);
    }
    for (field, slot) in [
        ("/sync_pipe/class/allow_destination_renames", 6),
        ("/sync_pipe/class/auto_mapped_source_attributes", 4),
        ("/sync_pipe/class/destination_correlation_attributes", 5),
        ("/sync_pipe/class/json_attributes", 0),
    ] {
        paths.add(Pointer::at(field), places[slot].unwrap_or(class.loc));
    }
    // evaluation-order-index and allow-destination-renames.
    read.evaluation_order = values[1].and_then(|v| v.parse().ok());
    read.allow_destination_renames = values[6].and_then(|v| v.parse().ok());
    read.json_attributes = config
        .children_of_create(&JSON_ATTRIBUTE, class)
        .filter_map(|e| {
            let mut include_fields = Vec::new();
            if each_prop(config, e, JSON_ATTRIBUTE_READ, |_, p| {
                push(&mut include_fields, p)
            }) {
                unread(e, JSON_ATTRIBUTE_READ, not_imported);
            }
            Some(JsonAttribute {
                name: e.name()?.to_owned(),
                include_fields,
            })
        })
        .collect();
    SyncPipe {
        name: pipe_name.to_owned(),
        start,
        class: read,
    }
}

/// The DN maps a scenario uses, with their places: when it is the whole configuration
/// (`single`), every DN map the files create, so the editor shows them all.
fn read_dn_maps<'c, 'd>(
    config: &'c Config<'d>,
    single: bool,
    scenario: &mut Scenario,
    paths: &mut Paths,
    not_imported: &mut NotImported<'c, 'd>,
) {
    let mut dn_maps: Vec<&Entry<'d>> = if single {
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
        let (mut values, mut places) = ([None; 2], [None; 2]);
        if each_prop(config, entry, DN_MAP_READ, |slot, p| {
            first(&mut values, slot, p);
            place(&mut places, slot, p);
        }) {
            unread(entry, DN_MAP_READ, not_imported);
        }
        let Some(name) = entry.name() else { continue };
        let i = scenario.dn_maps.len();
        paths.add(
            Pointer::indexed("/dn_maps", i, "/from_pattern"),
            places[0].unwrap_or(entry.loc),
        );
        paths.add(
            Pointer::indexed("/dn_maps", i, "/to_pattern"),
            places[1].unwrap_or(entry.loc),
        );
        scenario.dn_maps.push(DnMap {
            name: name.to_owned(),
            from_pattern: values[0].unwrap_or_default().to_owned(),
            to_pattern: values[1].unwrap_or_default().to_owned(),
        });
    }
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

/// The server `server` creates, and whether it sets a property the import does not read.
fn ldap_server<'d>(config: &Config<'d>, server: &Entry<'d>) -> (LdapServer, bool) {
    let mut values = [None; SERVER_READ.len()];
    let unread_props = each_prop(config, server, SERVER_READ, |slot, p| {
        first(&mut values, slot, p)
    });
    let [host, port, security, bind_dn, password, provider] = values;
    let password = match (password, provider) {
        (Some(text), _) => Secret::Placeholder(text.to_owned()),
        (None, Some(provider)) => Secret::PassphraseProvider(provider.to_owned()),
        (None, None) => Secret::Placeholder(String::new()),
    };
    let server = LdapServer {
        name: server.name().unwrap_or_default().to_owned(),
        host: host.unwrap_or_default().to_owned(),
        port: port.and_then(|p| p.parse().ok()).unwrap_or(0),
        security: match security {
            Some("none") => ConnectionSecurity::None,
            Some("starttls") => ConnectionSecurity::Starttls,
            _ => ConnectionSecurity::Ssl,
        },
        bind_dn: bind_dn.unwrap_or_default().to_owned(),
        password,
    };
    (server, unread_props)
}

fn ping_one<'d>(
    endpoint: &EndpointRead<'_, 'd>,
    not_imported: &mut NotImported<'_, 'd>,
) -> Option<PingOneEnvironment> {
    let get = |name: &str| endpoint.value(name);
    let environment_id = get("environment-id")?;
    let api_url = get("api-url").unwrap_or_default();
    let region = Region::ALL
        .into_iter()
        .find(|r| serves(api_url, r.domain()))
        .unwrap_or_default();
    // The editor keeps a region, and the URLs follow it: say so when the file's differ.
    let written = [
        ("api-url", get("api-url"), region.api_url()),
        ("auth-url", get("auth-url"), region.auth_url(environment_id)),
    ];
    for (property, file, rebuilt) in written {
        if let Some(file) = file.filter(|file| *file != rebuilt) {
            not_imported.push(format!(
                "{} {}: {property}:{file} (syncmap writes the {} region's {rebuilt})",
                endpoint.entry.object.label.to_ascii_lowercase(),
                endpoint.entry.name().unwrap_or_default(),
                region.domain()
            ));
        }
    }
    let client_secret = match (
        get("oauth-client-secret"),
        endpoint.value("oauth-client-secret-passphrase-provider"),
    ) {
        (Some(text), _) => Secret::Placeholder(text.to_owned()),
        (None, Some(provider)) => Secret::PassphraseProvider(provider.to_owned()),
        (None, None) => Secret::Placeholder(String::new()),
    };
    Some(PingOneEnvironment {
        region,
        environment_id: environment_id.to_owned(),
        client_id: get("oauth-client-id").unwrap_or_default().to_owned(),
        client_secret,
        default_population_id: get("default-population-id").map(str::to_owned),
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

/// The mapping the entry `mapping` creates, to `to` and of `type_name` (one of
/// [`Mapping::TYPES`]), as a scenario holds it, and whether its commands set properties the
/// import does not read. `seen` gets each value read, with its place in [`MAPPING_READ`], for
/// the places of the scenario's fields; only the lists the mapping's type holds are kept.
fn read_mapping<'d>(
    config: &Config<'d>,
    mapping: &Entry<'d>,
    to: &str,
    type_name: &str,
    seen: &mut dyn FnMut(usize, &Prop<'d>),
) -> (Mapping, bool) {
    let constructed = type_name == "constructed";
    let mut from = [None];
    let (mut values, mut conditions, mut dn_maps) = (Vec::new(), Vec::new(), Vec::new());
    let unread_props = each_prop(config, mapping, MAPPING_READ, |slot, p| {
        seen(slot, p);
        match slot {
            0 => first(&mut from, 0, p),
            1 if constructed => push(&mut values, p),
            2 if constructed => push(&mut conditions, p),
            3 if type_name == "dn" => push(&mut dn_maps, p),
            _ => {}
        }
    });
    let from_attribute = || from[0].unwrap_or_default().to_owned();
    let read = match type_name {
        "direct" => Mapping::Direct {
            to: to.to_owned(),
            from: from_attribute(),
        },
        "constructed" => Mapping::Constructed {
            to: to.to_owned(),
            value_patterns: values,
            conditional_value_patterns: conditions,
        },
        "dn" => Mapping::Dn {
            to: to.to_owned(),
            from: from_attribute(),
            dn_maps,
        },
        _ => Mapping::Json {
            to: to.to_owned(),
            fields: json_fields(config, mapping),
        },
    };
    (read, unread_props)
}

/// The fields of the JSON mapping `mapping` creates.
fn json_fields<'d>(config: &Config<'d>, mapping: &Entry<'d>) -> Vec<JsonField> {
    config
        .children_of_create(&JSON_ATTRIBUTE_MAPPING_FIELD, mapping)
        .filter_map(|e| {
            let mut values = [None; FIELD_READ.len()];
            each_prop(config, e, FIELD_READ, |slot, p| first(&mut values, slot, p));
            let [from, value_pattern, json_type] = values;
            Some(JsonField {
                name: e.name()?.to_owned(),
                from: from.map(str::to_owned),
                value_pattern: value_pattern.map(str::to_owned),
                json_type: json_type.unwrap_or("string").to_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dsconfig::Span;

    /// Paths of many pointers, some recorded twice, and their places (each distinct).
    fn many_paths() -> Paths {
        let mut paths = Paths::new();
        let mut at = 0;
        let mut add = |paths: &mut Paths, pointer: Pointer| {
            at += 1;
            let loc = Loc {
                file: 0,
                span: Span::new(at, at + 1),
            };
            paths.add(pointer, loc);
        };
        for endpoint in ["/source", "/source/kind", "/attribute_map"] {
            add(&mut paths, Pointer::at(endpoint));
        }
        for i in 0..40 {
            let base = |tail| Pointer::indexed("/attribute_map/mappings", i, tail);
            add(&mut paths, base(""));
            add(&mut paths, base("/type"));
            for k in 0..3 {
                add(&mut paths, base("/value_patterns").item(k));
            }
            add(&mut paths, Pointer::at("/sync_pipe/class/filters").item(i));
        }
        // Recorded again: the last of equals is the one found.
        add(
            &mut paths,
            Pointer::indexed("/attribute_map/mappings", 7, "/type"),
        );
        add(&mut paths, Pointer::at("/source"));
        paths
    }

    #[test]
    fn looking_places_up_finds_what_reading_every_pointer_finds() {
        let paths = many_paths();
        assert!(paths.entries.len() > Paths::SCANNED);
        let mut asked: Vec<String> = paths.entries.iter().map(|(p, _)| p.text()).collect();
        asked.extend(
            [
                "",
                "/",
                "/source/",
                "/sourcex",
                "/source/servers/0/name",
                "/destination/name",
                "/attribute_map/name",
                "/attribute_map/mappings",
                "/attribute_map/mappings/1",
                "/attribute_map/mappings/12/from",
                "/attribute_map/mappings/012/to",
                "/attribute_map/mappings/7/type",
                "/attribute_map/mappings/99999999999999999999999/to",
                "/attribute_map/mappings/3/value_patterns/2/x",
                "/attribute_map/mappings/3/value_patterns/02",
                "/attribute_map/mappings/3/value_patterns/21",
                "/sync_pipe/class/filters/39",
                "/sync_pipe/class/filters/40",
            ]
            .map(String::from),
        );
        for path in &asked {
            assert_eq!(paths.look_up(path), paths.scan(path), "{path}");
        }
        assert_eq!(
            paths.look_up("/attribute_map/mappings/3/value_patterns/2/x"),
            paths.look_up("/attribute_map/mappings/3/value_patterns/2")
        );
        assert_eq!(paths.look_up("/destination/name"), None);
    }

    #[test]
    fn an_endpoint_is_defined_by_its_own_pointer_only() {
        let paths = |pointers: &[Pointer]| {
            let mut paths = Paths::new();
            for pointer in pointers {
                paths.add(*pointer, start_of(0));
            }
            paths
        };
        let kind = paths(&[Pointer::at("/source/kind")]);
        assert!(!kind.defines_endpoint_of("/source/name"));
        assert!(kind.defines_endpoint_of("/attribute_map/name"));
        let source = paths(&[Pointer::at("/source/kind"), Pointer::at("/source")]);
        assert!(source.defines_endpoint_of("/source/name"));
        assert!(!source.defines_endpoint_of("/destination"));
    }
}
