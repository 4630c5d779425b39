//! The configuration graph: every command read against the catalog, in the order it runs.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::catalog::{self, ObjectType, Verb};
use crate::dsconfig::{Document, OptionKind, ParsedCommand, Span};
use crate::version::Version;

/// A place in the inputs: the input's index and a byte span in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Loc {
    /// The input's index.
    pub file: usize,
    /// The bytes.
    pub span: Span,
}

/// One property operation of a command: `--set p:v`, `--add`, `--remove`, `--reset p`. A view
/// into the parsed command, made when it is asked for rather than stored.
#[derive(Clone, Debug)]
pub(crate) struct Prop<'d> {
    pub op: OptionKind,
    pub name: &'d str,
    pub value: &'d str,
    pub from_file: bool,
    pub name_loc: Loc,
    pub value_loc: Loc,
}

/// The most naming arguments an object type has (a JSON attribute mapping field's map,
/// mapping and field).
const MAX_NAMING: usize = 3;

/// One command on a catalog object type.
#[derive(Clone, Debug)]
pub(crate) struct Entry<'d> {
    pub object: &'static ObjectType,
    pub verb: Verb,
    /// The naming arguments' values, in the catalog's order; `None` where one is missing. The
    /// first `naming` are used.
    names: [Option<&'d str>; MAX_NAMING],
    naming: usize,
    pub type_name: Option<(&'d str, Loc)>,
    pub loc: Loc,
    pub command: &'d ParsedCommand<'d>,
}

impl<'d> Entry<'d> {
    /// The naming arguments' values, in the catalog's order; `None` where one is missing.
    pub fn names(&self) -> &[Option<&'d str>] {
        &self.names[..self.naming]
    }

    /// The object's own name: the last naming argument.
    pub fn name(&self) -> Option<&'d str> {
        self.names().last().copied().flatten()
    }

    /// Whether it creates `object` named `names`, as the index of creates matches names.
    pub fn creates(&self, object: &'static str, names: &[Option<&str>]) -> bool {
        self.verb == Verb::Create
            && matches!(
                (key_of(false, self), Key::new(object, names)),
                (Some(mine), Some(theirs)) if mine == theirs
            )
    }

    /// The property operations, in order.
    pub fn props(&self) -> impl Iterator<Item = Prop<'d>> + '_ {
        let file = self.loc.file;
        let command: &'d ParsedCommand<'d> = self.command;
        command
            .raw_options()
            .filter_map(move |(kind, value, property)| match kind {
                OptionKind::Set | OptionKind::Add | OptionKind::Remove => {
                    let p = property?;
                    Some(Prop {
                        op: kind,
                        name: p.property,
                        value: p.value,
                        from_file: p.from_file,
                        name_loc: Loc {
                            file,
                            span: p.property_span,
                        },
                        value_loc: Loc {
                            file,
                            span: p.value_span,
                        },
                    })
                }
                OptionKind::Reset => {
                    let value = value?;
                    let here = Loc {
                        file,
                        span: value.span,
                    };
                    Some(Prop {
                        op: OptionKind::Reset,
                        name: value.as_str(),
                        value: "",
                        from_file: false,
                        name_loc: here,
                        value_loc: here,
                    })
                }
                _ => None,
            })
    }

    /// The values of `property` set or added, in order.
    pub fn values<'p>(&self, property: &'p str) -> impl Iterator<Item = &'d str> + use<'p, 'd> {
        let command: &'d ParsedCommand<'d> = self.command;
        command
            .assignments_to(property)
            .filter(|(kind, _)| matches!(kind, OptionKind::Set | OptionKind::Add))
            .map(|(_, value)| value)
    }

    /// The first value of `property`.
    pub fn value(&self, property: &str) -> Option<&'d str> {
        self.values(property).next()
    }
}

/// The naming values of one object, as dsconfig matches them: the object type, then the values
/// ASCII case folded and joined by NUL, a missing value counting as empty. Hashing and
/// comparing it folds case on the fly, so that building and probing the indexes allocates
/// nothing.
#[derive(Clone, Copy, Debug)]
struct Key<'n> {
    object: &'static str,
    names: [Option<&'n str>; MAX_NAMING],
    len: usize,
}

impl<'n> Key<'n> {
    /// The key of `names`; `None` when there are more than any object type has.
    fn new(object: &'static str, names: &[Option<&'n str>]) -> Option<Key<'n>> {
        let mut key = Key {
            object,
            names: [None; MAX_NAMING],
            len: names.len(),
        };
        key.names.get_mut(..names.len())?.copy_from_slice(names);
        Some(key)
    }

    fn names(&self) -> &[Option<&'n str>] {
        &self.names[..self.len]
    }

    /// The folded, joined bytes of the names.
    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        self.names().iter().enumerate().flat_map(|(i, name)| {
            let separator = (i > 0).then_some(0u8);
            separator.into_iter().chain(
                name.unwrap_or_default()
                    .bytes()
                    .map(|b| b.to_ascii_lowercase()),
            )
        })
    }
}

impl std::hash::Hash for Key<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write(self.object.as_bytes());
        // Keys equal as joined text must hash alike, wherever one name ends: the joined text
        // is hashed in one piece, folded in a buffer on the stack when it fits.
        let mut buffer = [0u8; 128];
        let mut len = 0;
        for (i, name) in self.names().iter().enumerate() {
            let name = name.unwrap_or_default().as_bytes();
            let start = len + usize::from(i > 0);
            let Some(slot) = buffer.get_mut(start..start + name.len()) else {
                len = usize::MAX;
                break;
            };
            slot.copy_from_slice(name);
            len = start + name.len();
        }
        if let Some(joined) = buffer.get_mut(..len) {
            joined.make_ascii_lowercase();
            state.write(joined);
            return;
        }
        // Longer text: in words of eight, independent of where one name ends.
        state.write_u8(0xff);
        let mut word = 0u64;
        let mut count = 0usize;
        for b in self.bytes() {
            word = (word << 8) | u64::from(b);
            count += 1;
            if count % 8 == 0 {
                state.write_u64(word);
                word = 0;
            }
        }
        state.write_u64(word);
        state.write_usize(count);
    }
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        if self.object != other.object {
            return false;
        }
        // The common case: as many names, equal one by one, so the joined texts are equal.
        // Unequal names make unequal joined texts unless a NUL in a name moves the joins.
        if self.len == other.len
            && self.names().iter().zip(other.names()).all(|(a, b)| {
                a.unwrap_or_default()
                    .eq_ignore_ascii_case(b.unwrap_or_default())
            })
        {
            return true;
        }
        let has_nul = |names: &[Option<&str>]| names.iter().flatten().any(|n| n.contains('\0'));
        if self.len == other.len && !has_nul(self.names()) && !has_nul(other.names()) {
            return false;
        }
        self.bytes().eq(other.bytes())
    }
}

impl Eq for Key<'_> {}

/// Entries grouped by key, in order: by the key's 64-bit hash, the first and last entry, and
/// from each entry the next one with the same hash. Keys are not stored (they would borrow
/// from the entries beside the index): entries are compared with the key looked up, which also
/// keeps two keys with the same hash apart. No allocation per key, 16 bytes per key: entry
/// numbers are 32-bit, since the table is probed at random and a smaller one misses the cache
/// less (a file of four billion commands would not fit in memory anyway).
struct Index {
    heads: Heads,
    next: Vec<u32>,
    /// Whether an entry is indexed under its parents' names rather than its own.
    parents: bool,
}

const END: u32 = u32::MAX;

/// The places in [`PartRead::hashes`] of the hashes for each index.
const CREATED: usize = 0;
const CHILDREN: usize = 1;
const CHANGES: usize = 2;

/// The hash of the key `entry` is indexed under, if it has one.
fn hash_of(parents: bool, entry: &Entry<'_>) -> Option<u64> {
    key_of(parents, entry).map(|key| hash(&key))
}

/// The key an entry is indexed under: its names, or with `parents` its parents' names.
fn key_of<'e>(parents: bool, entry: &Entry<'e>) -> Option<Key<'e>> {
    let names = entry.names();
    let names = if parents {
        &names[..names.len().saturating_sub(1)]
    } else {
        names
    };
    Key::new(entry.object.name, names)
}

fn hash(key: &Key<'_>) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(key)
}

impl Index {
    fn new(entries: usize, keys: usize, parents: bool) -> Index {
        Index {
            heads: Heads::new(keys),
            next: vec![END; entries],
            parents,
        }
    }

    /// The key an entry is indexed under.
    fn key<'e>(&self, entry: &Entry<'e>) -> Option<Key<'e>> {
        key_of(self.parents, entry)
    }

    /// Adds `entries[i]`, the last of `entries`, whose key hashes to `hashed` (see
    /// [`hash_of`]); whether an earlier entry has its key (always false in an index of
    /// children, where entries share their parents' keys).
    fn push(&mut self, entries: &[&Entry<'_>], i: usize, hashed: Option<u64>) -> bool {
        let (Some(hashed), Ok(at_i)) = (hashed, u32::try_from(i)) else {
            return false;
        };
        let parents = self.parents;
        let group = self.heads.slot(hashed);
        match group.first {
            END => {
                *group = Group {
                    hash: hashed,
                    first: at_i,
                    last: at_i,
                };
                false
            }
            first => {
                self.next[group.last as usize] = at_i;
                group.last = at_i;
                // Children of one parent share a key by design, and nobody asks whether they
                // repeat one another: only objects' own keys are compared, and only made where
                // hashes meet, which they mostly never do.
                if parents {
                    return false;
                }
                let Some(key) = entries.get(i).and_then(|e| key_of(parents, e)) else {
                    return false;
                };
                let i = at_i;
                let mut at = first;
                while at != i {
                    if key_of(parents, entries[at as usize]) == Some(key) {
                        return true;
                    }
                    at = self.next[at as usize];
                }
                false
            }
        }
    }

    /// The entries under `key`, in order; none for no key (see [`Key::new`]).
    fn get<'a, 'n>(
        &'a self,
        entries: &'a [&'a Entry<'_>],
        key: Option<Key<'n>>,
    ) -> impl Iterator<Item = usize> + use<'a, 'n> {
        let mut at = key.as_ref().map_or(END, |key| self.heads.first(hash(key)));
        std::iter::from_fn(move || {
            loop {
                let i = (at != END).then_some(at as usize)?;
                at = self.next[i];
                if self.key(entries[i]) == key {
                    return Some(i);
                }
            }
        })
    }
}

/// The groups of an [`Index`] by their keys' hash, in one array probed from the hash on: a
/// look-up reads one cache line where a general hash map reads two (its control bytes apart
/// from its slots), and the linter looks up tens of thousands of keys at random, each a wait
/// on memory.
struct Heads {
    /// A quarter more than keys at least, a power of two: at most four in five in use, so a
    /// probe ends at an empty group soon, mostly in the cache line it started in.
    groups: Vec<Group>,
}

/// The first and last entries whose key hashes to `hash`; `first` is [`END`] in an empty one.
#[derive(Clone, Copy)]
struct Group {
    hash: u64,
    first: u32,
    last: u32,
}

impl Heads {
    /// Room for `keys` keys.
    fn new(keys: usize) -> Heads {
        // One more than the keys at least, so that there is always an empty group.
        let len = keys.saturating_add(keys / 4 + 1).next_power_of_two();
        Heads {
            groups: vec![
                Group {
                    hash: 0,
                    first: END,
                    last: END,
                };
                len
            ],
        }
    }

    /// Where `hash`'s group is, or the empty one it would go in: the groups from the hash's
    /// place on, in turn. There is always an empty one, so the probe ends.
    fn slot(&mut self, hash: u64) -> &mut Group {
        let at = self.place(hash);
        &mut self.groups[at]
    }

    /// The first entry whose key hashes to `hash`, [`END`] for none.
    fn first(&self, hash: u64) -> u32 {
        self.groups[self.place(hash)].first
    }

    fn place(&self, hash: u64) -> usize {
        let mask = self.groups.len() - 1;
        // The hasher's low bits are its well-mixed ones (rustc-hash rotates them there).
        let mut at = hash as usize & mask;
        loop {
            let group = &self.groups[at];
            if group.first == END || group.hash == hash {
                return at;
            }
            at = (at + 1) & mask;
        }
    }
}

/// Every command of the inputs, with indexes so that large files stay linear.
pub(crate) struct Config<'d> {
    /// Commands on catalog object types, in order: each where its part's reading put it (see
    /// [`Config::from_parts`]).
    pub entries: Vec<&'d Entry<'d>>,
    /// Commands on other subcommands: (subcommand, location).
    pub others: Vec<(&'d str, Loc, &'d ParsedCommand<'d>)>,
    /// Creates by object type and all naming values (ASCII case folded), in order.
    created: Index,
    /// Creates of objects with parents, by object type and their parents' naming values, in
    /// order.
    children: Index,
    /// The creates that repeat an earlier create of the same object.
    repeated: Vec<bool>,
    /// Whether any does: most files repeat nothing, and need no look-up to tell.
    any_repeated: bool,
    /// Which PingOne property names the commands use.
    naming: VersionNaming,
    /// The entries of each object type, by the type's name, in order: the import and some
    /// checks want one type's few hundred entries, and walking all of them for it was a pass
    /// over megabytes.
    /// Keyed by the address of the type's name (every entry's type comes from the catalog's
    /// table), which is cheaper to hash than the name, once per entry.
    by_type: FxHashMap<usize, (&'static str, Vec<u32>)>,
    /// See [`Config::classes_with_maps`]: read with each part, while its commands are in the
    /// cache, and again when later commands change sync classes ([`Config::class_maps`]).
    classes: Vec<(usize, &'d str)>,
    /// The `set-…-prop` commands by the object they change (its type and naming values), in
    /// order: what a create becomes by the end of the files ([`Config::changes_of`]).
    changes: Index,
    /// The object types of those commands: a few, or none in most files, and the import looks
    /// nothing up for an object of another type.
    changed_types: Vec<&'static ObjectType>,
    /// What the objects whose commands hold more than [`HEAVY`] operations hold, by the
    /// address of their create, kept the first time one is read (see [`Held`]).
    held: FxHashMap<usize, OnceLock<Held<'d>>>,
}

/// How many operations an object's commands may hold before [`Config::each_held`] keeps what
/// they leave it holding: about as many as it takes to hand the kept values over.
const HEAVY: usize = 64;

/// The values an object holds at the end of the files, as [`Config::each_held`] hands them over
/// for one list of properties, and whether its commands set one not in the list. Kept for the
/// objects whose commands are many: a pipe, a map or a source is read for every scenario that
/// shares it, and reading all its commands each time was quadratic in a file that changes one
/// over and over.
struct Held<'d> {
    /// The list: the import reads each object type with one list.
    read: &'static [&'static str],
    values: Vec<(usize, Prop<'d>)>,
    unread: bool,
}

/// The address of an entry, which the entries keep while the graph lives.
fn address(entry: &Entry<'_>) -> usize {
    std::ptr::from_ref(entry) as usize
}

/// Whether `object` is one of `types`, all entries' types: each is an element of the catalog's
/// table, so the addresses tell (a catalog constant named in code has an address of its own).
fn changes_type(types: &[&'static ObjectType], object: &ObjectType) -> bool {
    types.iter().any(|t| std::ptr::eq(*t, object))
}

/// Which PingOne property names a configuration uses, in the order they decide the version:
/// the `ping-one-` prefixed ones are 7.x, the unprefixed ones 8.0 or later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum VersionNaming {
    Neither,
    Unprefixed,
    Prefixed,
}

impl VersionNaming {
    /// The property names that tell.
    const PREFIXED: [&str; 2] = ["ping-one-api-url", "ping-one-environment-id"];
    const UNPREFIXED: [&str; 2] = ["api-url", "environment-id"];

    fn of(command: &ParsedCommand<'_>) -> VersionNaming {
        if command.names_any_of(&Self::PREFIXED) {
            VersionNaming::Prefixed
        } else if command.names_any_of(&Self::UNPREFIXED) {
            VersionNaming::Unprefixed
        } else {
            VersionNaming::Neither
        }
    }

    /// Whether commands on `object` can tell: only the object types that have one of the
    /// properties (PingOne endpoints). Set on another type, they are unknown properties, and
    /// reported as such rather than read as a version.
    fn told_by(object: &ObjectType) -> bool {
        Self::PREFIXED
            .iter()
            .chain(&Self::UNPREFIXED)
            .any(|name| object.property_any_version(name).is_some())
    }
}

/// One parsed part of an input: the input's index and the part's commands. A large input is
/// parsed in several parts at once (see [`crate::dsconfig::parts`]).
pub(crate) struct Parsed<'a> {
    pub file: usize,
    pub document: Document<'a>,
    /// Whether the thread that lints parsed it: its memory is that thread's to free (see
    /// `lint`).
    pub here: bool,
}

/// What reading one part's commands gives, before the parts are indexed together.
pub(crate) struct PartRead<'d> {
    entries: Vec<Entry<'d>>,
    /// The hashes of each entry's keys in the `created`, `children` and `changes` indexes (at
    /// [`CREATED`], [`CHILDREN`] and [`CHANGES`]), where it is indexed there.
    hashes: Vec<[Option<u64>; 3]>,
    others: Vec<(&'d str, Loc, &'d ParsedCommand<'d>)>,
    naming: VersionNaming,
    /// The sync classes created with an attribute map: their indexes in `entries`, and the
    /// map's name.
    classes: Vec<(usize, &'d str)>,
    /// The indexes in `entries` of each object type's entries: a part holds a few types.
    by_type: Vec<(&'static str, Vec<u32>)>,
    /// The object types of the entries indexed as changes.
    changed_types: Vec<&'static ObjectType>,
}

impl<'d> Config<'d> {
    /// The graph of the parts of the inputs, in order, from what [`read_part`] read in each:
    /// the indexes are built in turn, from hashes already taken. The entries stay in the parts
    /// and the graph lists them: this part of linting runs on one thread, and moving every
    /// entry into one list was a third of it.
    pub fn from_parts(read: &'d [PartRead<'d>], threads: usize) -> Config<'d> {
        let commands = read.iter().map(|p| p.entries.len()).sum();
        let mut entries = Vec::with_capacity(commands);
        let mut others = Vec::new();
        let mut naming = VersionNaming::Neither;
        let mut by_type: FxHashMap<usize, (&'static str, Vec<u32>)> = FxHashMap::default();
        let mut classes = Vec::new();
        let mut changed_types = Vec::new();
        // The commands a later `delete-…` undoes, and the deletes that undid something: out of
        // the graph, as the server holds none of them afterwards.
        let dead = deleted(read);
        let mut kept_hashes: Vec<&[Option<u64>; 3]> = Vec::new();
        let mut at = 0usize;
        for part in read {
            if !dead.is_empty() {
                let alive = &dead[at..at + part.entries.len()];
                at += part.entries.len();
                let first = entries.len();
                let mut remap: Vec<Option<u32>> = Vec::with_capacity(alive.len());
                for ((entry, hashed), gone) in part.entries.iter().zip(&part.hashes).zip(alive) {
                    if *gone {
                        remap.push(None);
                    } else {
                        remap.push(u32::try_from(entries.len() - first).ok());
                        entries.push(entry);
                        kept_hashes.push(hashed);
                    }
                }
                let new = |i: usize| remap.get(i).copied().flatten();
                others.extend_from_slice(&part.others);
                naming = naming.max(part.naming);
                for &object in &part.changed_types {
                    if !changes_type(&changed_types, object) {
                        changed_types.push(object);
                    }
                }
                classes.extend(
                    part.classes
                        .iter()
                        .filter_map(|&(i, map)| Some((first + new(i)? as usize, map))),
                );
                let Ok(offset) = u32::try_from(first) else {
                    continue;
                };
                for (object, indexes) in &part.by_type {
                    by_type
                        .entry(object.as_ptr() as usize)
                        .or_insert_with(|| (object, Vec::new()))
                        .1
                        .extend(
                            indexes
                                .iter()
                                .filter_map(|&i| Some(offset + new(i as usize)?)),
                        );
                }
                continue;
            }
            others.extend_from_slice(&part.others);
            naming = naming.max(part.naming);
            for &object in &part.changed_types {
                if !changes_type(&changed_types, object) {
                    changed_types.push(object);
                }
            }
            let first = entries.len();
            classes.extend(part.classes.iter().map(|&(i, map)| (first + i, map)));
            let Ok(offset) = u32::try_from(first) else {
                continue;
            };
            for (object, indexes) in &part.by_type {
                by_type
                    .entry(object.as_ptr() as usize)
                    .or_insert_with(|| (object, Vec::new()))
                    .1
                    .extend(indexes.iter().map(|&i| offset + i));
            }
            entries.extend(&part.entries);
        }
        let all = || read.iter().flat_map(|part| &part.hashes);
        let hashes = || {
            let kept: Box<dyn Iterator<Item = &[Option<u64>; 3]>> = if dead.is_empty() {
                Box::new(all())
            } else {
                Box::new(kept_hashes.iter().copied())
            };
            kept
        };
        // The three indexes are independent: built side by side, each at the size it needs.
        let build = |which: usize| {
            let keys = hashes().filter(|hashed| hashed[which].is_some()).count();
            let mut index = Index::new(commands, keys, which == CHILDREN);
            let repeated: Vec<bool> = hashes()
                .enumerate()
                .map(|(i, hashed)| index.push(&entries, i, hashed[which]))
                .collect();
            (index, repeated)
        };
        let mut built = super::parallel::map(&[CREATED, CHILDREN, CHANGES], threads, |&which| {
            build(which)
        });
        // One result per job: the fallbacks are never taken.
        let (changes, _) = built.pop().unwrap_or_else(|| build(CHANGES));
        let (children, _) = built.pop().unwrap_or_else(|| build(CHILDREN));
        let (created, repeated) = built.pop().unwrap_or_else(|| build(CREATED));
        let mut config = Config {
            entries,
            others,
            created,
            children,
            any_repeated: repeated.contains(&true),
            repeated,
            naming,
            by_type,
            classes,
            changes,
            changed_types,
            held: FxHashMap::default(),
        };
        // The documentation's create-then-modify style: a class created bare and given its map
        // by a later `set-sync-class-prop`, or given another.
        let sync_class = catalog::objects::SYNC_CLASS.name;
        if config.changed_types.iter().any(|t| t.name == sync_class) {
            config.classes = config.class_maps();
        }
        // A class created again is no class of its own (see `Config::repeats`): each repeat
        // read as a scenario, with the whole map, was quadratic in a file of repeats.
        let repeated = &config.repeated;
        config
            .classes
            .retain(|&(i, _)| !repeated.get(i).copied().unwrap_or(false));
        config.held = config
            .heavy()
            .map(|create| (address(create), OnceLock::new()))
            .collect();
        config
    }

    /// The creates whose commands (the create and the later `set-…-prop` commands on its
    /// object) hold more than [`HEAVY`] operations.
    fn heavy(&self) -> impl Iterator<Item = &'d Entry<'d>> + '_ {
        self.entries.iter().copied().filter(|entry| {
            if entry.verb != Verb::Create {
                return false;
            }
            let mut operations = entry.command.option_count();
            if operations <= HEAVY && self.may_change(entry) {
                let changes = self
                    .changes_of(entry)
                    .map(|change| change.command.option_count());
                operations += changes.sum::<usize>();
            }
            operations > HEAVY
        })
    }

    /// The sync classes' maps as the commands leave them (see [`Config::classes_with_maps`]).
    fn class_maps(&self) -> Vec<(usize, &'d str)> {
        self.created_at(&catalog::objects::SYNC_CLASS)
            .filter(|&(i, _)| !self.repeats_a_create(i))
            .filter_map(|(i, class)| {
                let mut map = None;
                self.each_held(class, &["attribute-map"], &mut |_, held| {
                    map.get_or_insert(held.value);
                });
                Some((i, map?))
            })
            .collect()
    }

    /// Whether a `set-…-prop` command changes objects of `create`'s type: most objects are of
    /// a type none changes, and need no key hashed to look their changes up.
    fn may_change(&self, create: &Entry<'_>) -> bool {
        changes_type(&self.changed_types, create.object)
    }

    /// The `set-…-prop` commands that change the object `create` creates, after it, in order;
    /// none for a create that repeats an earlier one (see [`Config::repeats`]).
    pub fn changes_of<'s>(&'s self, create: &Entry<'d>) -> impl Iterator<Item = &'s Entry<'d>> {
        let after = create.loc;
        let key = Key::new(create.object.name, create.names())
            .filter(|_| self.may_change(create) && !self.repeats(create));
        self.changes
            .get(&self.entries, key)
            .filter_map(|i| self.entries.get(i).copied())
            .filter(move |change| change.loc > after)
    }

    /// Hands each value the object `create` creates holds at the end of the files, for a
    /// property of `read`, to `take`, with the property's place in `read` and the operation
    /// that gave it (so a field points at the command that set it), in order; returns whether
    /// the object's commands set a property not in `read`.
    ///
    /// Later `set-…-prop` commands on the object count, as dsconfig applies them in order: in
    /// each command the first `--set` of a property replaces its values and the next ones add
    /// to them, `--add` adds, `--remove` takes one value out and `--reset` empties it.
    ///
    /// What an object of many operations holds is worked out once (see [`Held`]).
    pub fn each_held(
        &self,
        create: &Entry<'d>,
        read: &'static [&'static str],
        take: &mut dyn FnMut(usize, &Prop<'d>),
    ) -> bool {
        // Most files hold no object of that many operations: nothing to hash for them.
        if let Some(kept) = (!self.held.is_empty())
            .then(|| self.held.get(&address(create)))
            .flatten()
        {
            let held = kept.get_or_init(|| self.hold(create, read));
            // Another list (the sync classes' maps, read while the graph is built) is read
            // from the commands.
            if held.read == read {
                for (slot, prop) in &held.values {
                    take(*slot, prop);
                }
                return held.unread;
            }
        }
        self.read_held(create, read, take)
    }

    /// What [`each_held`](Self::each_held) hands over, kept.
    fn hold(&self, create: &Entry<'d>, read: &'static [&'static str]) -> Held<'d> {
        let mut values = Vec::new();
        let unread = self.read_held(create, read, &mut |slot, prop| {
            values.push((slot, prop.clone()));
        });
        Held {
            read,
            values,
            unread,
        }
    }

    /// [`each_held`](Self::each_held), from the commands.
    fn read_held(
        &self,
        create: &Entry<'d>,
        read: &[&str],
        take: &mut dyn FnMut(usize, &Prop<'d>),
    ) -> bool {
        let changed = self.may_change(create) && self.changes_of(create).next().is_some();
        let mut unread = false;
        if !changed && !create.command.has_removals() {
            // Nearly every object: its create gives every value it holds, in order.
            for prop in create.props() {
                match slot_of(read, create.object, prop.name) {
                    Some(slot) => take(slot, &prop),
                    None => unread = true,
                }
            }
            return unread;
        }
        // The values set or added, numbered by operation in order, and when each property was
        // last emptied and each value last taken out: those set or added after that are held.
        // Taking values out of a list as they went was quadratic in a command that adds and
        // removes many.
        let mut out = TakenOut::new(read.len());
        let mut given: Vec<(usize, Prop<'d>, usize)> = Vec::new();
        let mut at = 0usize;
        for command in std::iter::once(create).chain(self.changes_of(create)) {
            // By slot, a bit: whether this command has replaced the values yet. (The lists are
            // shorter than 64; a slot past that would take every `--set` as the first.)
            let mut replaced = 0u64;
            for prop in command.props() {
                at += 1;
                let Some(slot) = slot_of(read, create.object, prop.name) else {
                    unread = true;
                    continue;
                };
                let bit = 1u64.checked_shl(slot as u32).unwrap_or(0);
                match prop.op {
                    // The first `--set` of a command empties the property before it sets.
                    OptionKind::Set if replaced & bit == 0 => {
                        replaced |= bit;
                        out.emptied(slot, at);
                    }
                    OptionKind::Reset => out.emptied(slot, at),
                    OptionKind::Remove => out.removed(slot, prop.value, at),
                    _ => {}
                }
                if matches!(prop.op, OptionKind::Set | OptionKind::Add) {
                    given.push((slot, prop, at));
                }
            }
        }
        for (slot, prop, at) in &given {
            if out.holds(*slot, prop.value, *at) {
                take(*slot, prop);
            }
        }
        unread
    }

    /// The sync classes with an attribute map at the end of the files, in order: each one's
    /// index in `entries` and the map's name. A create that repeats another makes no class.
    pub fn classes_with_maps(&self) -> &[(usize, &'d str)] {
        &self.classes
    }

    /// The indexes of the creates of `object` named `names`, in order.
    pub fn creates_of<'n>(
        &self,
        object: &ObjectType,
        names: &[Option<&'n str>],
    ) -> impl Iterator<Item = usize> + use<'_, 'n, 'd> {
        self.created
            .get(&self.entries, Key::new(object.name, names))
    }

    /// Whether entry `i` is a create of an object created before.
    pub fn repeats_a_create(&self, i: usize) -> bool {
        self.repeated.get(i).copied().unwrap_or(false)
    }

    /// Whether `create`, one of the entries, creates an object created before. dsconfig
    /// refuses it, so it is read as written and nothing else: the later `set-…-prop` commands
    /// and the children belong to the object the first create made. (Each repeat reading them
    /// all again was quadratic in a file that creates one object over and over.)
    pub fn repeats(&self, create: &Entry<'d>) -> bool {
        self.any_repeated
            && self
                .creates_of(create.object, create.names())
                .next()
                .is_some_and(|first| !std::ptr::eq(self.entries[first], create))
    }

    /// The first create of `object` whose own name is `name`.
    pub fn find(&self, object: &ObjectType, name: &str) -> Option<&Entry<'d>> {
        self.creates_of(object, &[Some(name)])
            .next()
            .map(|i| self.entries[i])
    }

    /// The creates of `object` under the parent named by `parents`, in order.
    pub fn children_of<'n>(
        &self,
        object: &ObjectType,
        parents: &[Option<&'n str>],
    ) -> impl Iterator<Item = &Entry<'d>> + use<'_, 'n, 'd> {
        self.children
            .get(&self.entries, Key::new(object.name, parents))
            .map(|i| self.entries[i])
    }

    /// The creates of `object` whose parent is the object `parent` creates, in order; none
    /// when `parent` repeats an earlier create (see [`Config::repeats`]).
    pub fn children_of_create<'s>(
        &'s self,
        object: &ObjectType,
        parent: &Entry<'d>,
    ) -> impl Iterator<Item = &'s Entry<'d>> + use<'s, 'd> {
        let key = Key::new(object.name, parent.names()).filter(|_| !self.repeats(parent));
        self.children
            .get(&self.entries, key)
            .map(|i| self.entries[i])
    }

    /// The subcommands syncmap does not interpret, counted.
    /// Sorted by name, each name once.
    pub fn other_subcommands(&self) -> Vec<(String, usize)> {
        // Sorted, then counted in runs: a search of the counts for each name was quadratic in
        // the distinct names (80,000 of them took 16 s).
        let mut names: Vec<&str> = self.others.iter().map(|(name, ..)| *name).collect();
        names.sort_unstable();
        names
            .chunk_by(|a, b| a == b)
            .map(|run| (run[0].to_owned(), run.len()))
            .collect()
    }

    /// The entries of the object type named `object`, in order.
    pub fn of_type(&self, object: &str) -> impl Iterator<Item = &Entry<'d>> {
        self.indexes_of_type(object)
            .iter()
            .map(|&i| self.entries[i as usize])
    }

    /// The indexes of the entries of the object type named `object`, in order: a few dozen
    /// types at most to look through, a few times per lint.
    fn indexes_of_type(&self, object: &str) -> &[u32] {
        self.by_type
            .values()
            .find(|(name, _)| *name == object)
            .map_or(&[][..], |(_, indexes)| indexes.as_slice())
    }

    /// The created objects of `object`.
    pub fn created(&self, object: &ObjectType) -> impl Iterator<Item = &Entry<'d>> {
        self.created_at(object).map(|(_, entry)| entry)
    }

    /// The created objects of `object`, each with its index in `entries`.
    pub fn created_at(&self, object: &ObjectType) -> impl Iterator<Item = (usize, &Entry<'d>)> {
        self.indexes_of_type(object.name)
            .iter()
            .map(|&i| (i as usize, self.entries[i as usize]))
            .filter(|(_, e)| e.verb == Verb::Create)
    }

    /// The version the files were written for, as far as their property names tell: the
    /// `ping-one-` prefixed PingOne properties are 7.0's (only the 7.0.1.4 pages have them),
    /// the unprefixed ones 7.2 or later (8.0, the first release whose pages have every PingOne
    /// property of 7.x).
    pub fn inferred_version(&self) -> Version {
        match self.naming {
            VersionNaming::Prefixed => Version::new(7, 0),
            VersionNaming::Unprefixed => Version::new(8, 0),
            VersionNaming::Neither => Version::DEFAULT,
        }
    }
}

/// The place in `read` of the property `name` of `object`: its own, or that of the same setting
/// under its name in other releases (`ping-one-api-url` is `api-url` renamed), so that files
/// which set one and later change the other change one setting.
fn slot_of(read: &[&str], object: &ObjectType, name: &str) -> Option<usize> {
    read.iter().position(|r| *r == name).or_else(|| {
        let other = object.other_name(name)?;
        read.iter().position(|r| *r == other)
    })
}

/// When an object's commands last took values out of each property the import reads, counted
/// in operations from its create on (see [`Config::each_held`]): a value set or added at
/// operation `at` is still held when its property was not emptied after it and the value was
/// not removed after it.
struct TakenOut<'d> {
    /// By slot: the operation that last emptied the property (a first `--set` empties it just
    /// before it sets, so the values it sets count as after).
    emptied: Vec<usize>,
    /// By slot and value: the last `--remove` of the value. Most objects have none, and
    /// nothing is hashed for them.
    removed: FxHashMap<(usize, &'d str), usize>,
}

impl<'d> TakenOut<'d> {
    fn new(slots: usize) -> TakenOut<'d> {
        TakenOut {
            emptied: vec![0; slots],
            removed: FxHashMap::default(),
        }
    }

    fn emptied(&mut self, slot: usize, at: usize) {
        if let Some(last) = self.emptied.get_mut(slot) {
            *last = at;
        }
    }

    fn removed(&mut self, slot: usize, value: &'d str, at: usize) {
        self.removed.insert((slot, value), at);
    }

    /// Whether the value set or added at operation `at` is held at the end.
    fn holds(&self, slot: usize, value: &str, at: usize) -> bool {
        let emptied = self.emptied.get(slot).copied().unwrap_or(0);
        let removed = || self.removed.get(&(slot, value)).copied().unwrap_or(0);
        at >= emptied && (self.removed.is_empty() || at > removed())
    }
}

/// By entry, in the order of the parts: whether a later `delete-…` of its object (or of an
/// object above it, whose children dsconfig deletes with it) undoes it, for creates and
/// `set-…-prop` commands, or whether it is such a delete. Empty when the inputs delete nothing.
fn deleted(read: &[PartRead<'_>]) -> Vec<bool> {
    let all = || read.iter().flat_map(|part| &part.entries);
    if !all().any(|e| e.verb == Verb::Delete && !e.object.singleton) {
        return Vec::new();
    }
    let mut dead = vec![false; all().count()];
    // The creates and changes of each object since its last delete.
    let mut live: FxHashMap<Key<'_>, Vec<usize>> = FxHashMap::default();
    for (i, entry) in all().enumerate() {
        let Some(key) = Key::new(entry.object.name, entry.names()) else {
            continue;
        };
        match entry.verb {
            Verb::Create | Verb::Set if !entry.object.singleton => {
                live.entry(key).or_default().push(i);
            }
            Verb::Delete if !entry.object.singleton => {
                let below = |k: &Key<'_>| {
                    let object = crate::catalog::object_type(k.object);
                    let names: Vec<&str> = k.names().iter().map(|n| n.unwrap_or("")).collect();
                    let parent: Vec<&str> = key.names().iter().map(|n| n.unwrap_or("")).collect();
                    object
                        .is_some_and(|o| crate::change::is_below(o, &names, entry.object, &parent))
                };
                let gone: Vec<Key<'_>> = live
                    .keys()
                    .filter(|k| **k == key || below(k))
                    .copied()
                    .collect();
                let undid = live.contains_key(&key);
                for k in gone {
                    for j in live.remove(&k).unwrap_or_default() {
                        dead[j] = true;
                    }
                }
                // A delete of what the files never created stays, for the checks to report.
                dead[i] = undid;
            }
            _ => {}
        }
    }
    dead
}

/// One part's commands read against the catalog, with the hashes of their index keys: the
/// work of reading a configuration that needs no other part, done on the part's thread just
/// after parsing it, while its commands are in the cache.
pub(crate) fn read_part<'d>(part: &'d Parsed<'d>) -> PartRead<'d> {
    let commands = &part.document.commands;
    let mut read = PartRead {
        entries: Vec::with_capacity(commands.len()),
        hashes: Vec::with_capacity(commands.len()),
        others: Vec::new(),
        naming: VersionNaming::Neither,
        classes: Vec::new(),
        by_type: Vec::new(),
        changed_types: Vec::new(),
    };
    // Commands of one subcommand come in runs in real files: look the catalog up once per
    // distinct subcommand.
    let mut known: FxHashMap<&'d str, Option<(&'static ObjectType, Verb, bool)>> =
        FxHashMap::default();
    for command in commands {
        let loc = Loc {
            file: part.file,
            span: command.span,
        };
        let Some(subcommand) = command.subcommand_name() else {
            continue;
        };
        let found = *known.entry(subcommand).or_insert_with(|| {
            catalog::subcommand(subcommand)
                .map(|(object, verb)| (object, verb, VersionNaming::told_by(object)))
        });
        let Some((object, verb, tells_version)) = found else {
            read.others.push((subcommand, loc, command));
            continue;
        };
        // Read here too, rather than in a pass of its own over every option.
        if tells_version && read.naming != VersionNaming::Prefixed {
            read.naming = read.naming.max(VersionNaming::of(command));
        }
        let entry = entry(object, verb, command, part.file, loc);
        // Only creates are indexed, only objects with parents are ever looked up as children,
        // and changes are `set-…-prop` commands on objects that can be created (not the global
        // configurations).
        let creates = verb == Verb::Create;
        let hashes = [
            creates.then(|| hash_of(false, &entry)).flatten(),
            (creates && entry.naming > 1)
                .then(|| hash_of(true, &entry))
                .flatten(),
            (verb == Verb::Set && !object.singleton)
                .then(|| hash_of(false, &entry))
                .flatten(),
        ];
        if hashes[CHANGES].is_some() && !changes_type(&read.changed_types, object) {
            read.changed_types.push(object);
        }
        if creates && object.name == catalog::objects::SYNC_CLASS.name {
            if let Some(map) = entry.value("attribute-map") {
                read.classes.push((read.entries.len(), map));
            }
        }
        let name = entry.object.name;
        let at = u32::try_from(read.entries.len()).unwrap_or(u32::MAX);
        // Commands of one type come in runs: the last type is the likeliest.
        match read
            .by_type
            .iter_mut()
            .rev()
            .find(|(n, _)| std::ptr::eq(*n, name))
        {
            Some((_, indexes)) => indexes.push(at),
            None => read.by_type.push((name, vec![at])),
        }
        read.entries.push(entry);
        read.hashes.push(hashes);
    }
    read
}

fn entry<'d>(
    object: &'static ObjectType,
    verb: Verb,
    command: &'d ParsedCommand<'d>,
    file: usize,
    loc: Loc,
) -> Entry<'d> {
    let mut names = [None; MAX_NAMING];
    let naming = object.naming.len().min(MAX_NAMING);
    for (slot, flag) in names.iter_mut().zip(object.naming) {
        *slot = command.option_value(flag);
    }
    let mut type_name = None;
    for option in command.options_of(OptionKind::Type) {
        if let Some(value) = option.value {
            type_name = Some((
                value.as_str(),
                Loc {
                    file,
                    span: value.span,
                },
            ));
        }
    }
    Entry {
        object,
        verb,
        names,
        naming,
        type_name,
        loc,
        command,
    }
}

/// Whether a name holds a template a deployment fills in (`${VAR}`, `[X]`, `<x>`): such names
/// cannot be resolved here and are never reported as undefined.
pub(crate) fn is_template(text: &str) -> bool {
    // Every property value is asked this: memchr skips the many values without a `$` in one
    // vectorised pass, where a byte-pair window walked each byte.
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'$', bytes).any(|at| bytes.get(at + 1) == Some(&b'{'))
        || (text.starts_with('[') && text.ends_with(']'))
        || (text.starts_with('<') && text.ends_with('>'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the graph of `text` has a `set-…-prop` command that may change a create.
    fn has_changes(text: &str) -> bool {
        let parsed = Parsed {
            file: 0,
            document: crate::dsconfig::parse(text),
            here: true,
        };
        let read = [read_part(&parsed)];
        !Config::from_parts(&read, 1).changed_types.is_empty()
    }

    #[test]
    fn inferred_versions_are_known_releases() {
        let inferred = |text: &str| {
            let parsed = Parsed {
                file: 0,
                document: crate::dsconfig::parse(text),
                here: true,
            };
            let read = [read_part(&parsed)];
            Config::from_parts(&read, 1).inferred_version()
        };
        let destination =
            "dsconfig create-sync-destination --destination-name P --type ping-one-customer --set ";
        let prefixed = inferred(&format!("{destination}ping-one-api-url:https://a\n"));
        let unprefixed = inferred(&format!("{destination}api-url:https://a\n"));
        let neither = inferred("dsconfig create-attribute-map --map-name m\n");
        assert!(prefixed < unprefixed, "{prefixed} {unprefixed}");
        // Only 7.0's pages have the prefixed names: read as any other release, they would not
        // be the properties they name.
        assert_eq!(prefixed, Version::new(7, 0));
        for version in [prefixed, unprefixed, neither] {
            assert!(version.is_known(), "{version}");
        }
    }

    #[test]
    fn only_set_commands_on_objects_that_can_be_created_are_changes() {
        let create = "dsconfig create-attribute-map --map-name m\n";
        assert!(!has_changes(create));
        // The global configurations are never created: nothing to look up for them.
        assert!(!has_changes(&format!(
            "{create}dsconfig set-global-sync-configuration-prop --set sync-pipe-plugin:p\n"
        )));
        assert!(has_changes(&format!(
            "{create}dsconfig set-attribute-map-prop --map-name m --set description:d\n"
        )));
    }

    #[test]
    fn heads_find_every_group_and_no_other_whatever_their_places() {
        // Hashes that share their low bits, so that they probe past each other, beside spread
        // ones, and hashes that wrap round the end of the array.
        let hashes: Vec<u64> = (0..40u64)
            .map(|i| (i << 40) | 5)
            .chain((0..40u64).map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15)))
            .chain((0..8u64).map(|i| (i << 50) | 255))
            .collect();
        let mut heads = Heads::new(hashes.len());
        for (i, &hash) in (0u32..).zip(&hashes) {
            let group = heads.slot(hash);
            assert_eq!(group.first, END, "{hash:x} placed twice");
            *group = Group {
                hash,
                first: i,
                last: i,
            };
        }
        for (i, &hash) in (0u32..).zip(&hashes) {
            assert_eq!(heads.first(hash), i, "{hash:x}");
            assert_eq!(heads.slot(hash).last, i);
        }
        for absent in [6u64, 1 << 40 | 6, u64::MAX, (41u64 << 40) | 5] {
            assert_eq!(heads.first(absent), END, "{absent:x}");
        }
        // Indexes of no key and of a few, full up, still answer.
        assert_eq!(Heads::new(0).first(7), END);
        for keys in 1..6u32 {
            let mut heads = Heads::new(keys as usize);
            for k in 0..keys {
                *heads.slot(u64::from(k) << 8) = Group {
                    hash: u64::from(k) << 8,
                    first: k,
                    last: k,
                };
            }
            assert_eq!(heads.first(1 << 20), END, "{keys}");
            assert_eq!(heads.first(u64::from(keys - 1) << 8), keys - 1);
        }
    }

    #[test]
    fn keys_equal_as_dsconfig_matches_them_hash_alike() {
        let key = |names: &[&'static str]| {
            let names: Vec<Option<&str>> = names.iter().map(|n| Some(*n)).collect();
            Key::new("json-attribute-mapping-field", &names).unwrap()
        };
        let pairs = [
            (
                key(&["Users_Map_With_A_Long_Name"]),
                key(&["users_map_with_a_long_NAME"]),
            ),
            // Unaligned after the separator, UTF-8 left as it is.
            (
                key(&["Map", "Ä-Mapping-Über-Eight"]),
                key(&["mAP", "Ä-mapping-Über-EIGHT"]),
            ),
            // The same joined text, cut elsewhere: a NUL inside a name.
            (key(&["ab\0cdefghijkl", "m"]), key(&["ab", "cdefghijkl\0m"])),
        ];
        for (a, b) in pairs {
            assert_eq!(a, b);
            assert_eq!(hash(&a), hash(&b), "{a:?} {b:?}");
        }
        assert_ne!(key(&["Ä"]), key(&["ä"]));
        assert_ne!(hash(&key(&["a", "b"])), hash(&key(&["ab"])));
    }
}
