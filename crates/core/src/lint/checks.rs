//! The linter's own rules: subcommands, properties and values against the catalog, and the
//! order and references between commands.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::catalog::{self, ObjectType, Presence, Property, Syntax, Verb};
use crate::dsconfig::OptionKind;
use crate::names::{CharSet, Folded, Histogram, edit_distance_within};
use crate::rules;
use crate::version::Version;

use super::graph::{Config, Entry, is_template};
use super::{Finding, Options};

/// Objects every server has, which files change without creating.
const BUILT_IN: &[(&str, &str)] = &[
    ("backend", "changelog"),
    ("plugin", "Changelog Password Encryption"),
];

/// The linter's own checks of one configuration, run command by command in order, a run of
/// entries at a time ([`Checks::range`]), so that the linter can check the commands a scenario
/// is read from just before reading it, while they are in the cache: each pass over a large
/// file's parsed commands reads tens of megabytes. The findings of the runs, joined in order
/// between [`unknown_subcommands`] and [`whole`], come out in the order of one pass.
pub(super) struct Checks<'c, 'd, 'l> {
    config: &'c Config<'d>,
    options: &'c Options,
    declared: &'c Declared<'c>,
    version: Version,
    lookups: &'l mut Lookups<'d>,
    /// The first entry not checked yet.
    next: usize,
    out: Vec<Finding>,
}

impl<'c, 'd, 'l> Checks<'c, 'd, 'l> {
    /// The findings of the entries in `range` alone: what the checks find between
    /// [`unknown_subcommands`] and [`whole`], a range at a time, so that ranges can be checked
    /// on several threads and their findings joined in order. `lookups` can be kept from one
    /// range to the next.
    pub(super) fn range(
        config: &'c Config<'d>,
        (options, declared): (&'c Options, &'c Declared<'c>),
        version: Version,
        lookups: &'l mut Lookups<'d>,
        range: std::ops::Range<usize>,
    ) -> Vec<Finding> {
        let mut checks = Checks {
            config,
            options,
            declared,
            version,
            lookups,
            next: range.start,
            out: Vec::new(),
        };
        checks.through(range.end);
        checks.out
    }

    /// Checks the entries before `end` not checked yet.
    fn through(&mut self, end: usize) {
        let config = self.config;
        let end = end.min(config.entries.len());
        while self.next < end {
            let (index, entry) = (self.next, config.entries[self.next]);
            let out = &mut self.out;
            check_naming(entry, out);
            check_type(entry, out);
            check_properties(entry, config, self.options, self.version, self.lookups, out);
            check_existence(index, entry, config, self.declared, self.lookups, out);
            // References name objects by one name: children (a map's mappings, many to a map)
            // would only push those out.
            if entry.verb == Verb::Create && entry.names().len() == 1 {
                self.lookups.created(index, entry);
            }
            self.next += 1;
        }
    }
}

/// The findings about commands on subcommands syncmap does not know, which the checks report
/// first.
pub(super) fn unknown_subcommands(config: &Config<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    // Each distinct unknown subcommand is compared with the catalog's subcommands once, and
    // those are spelled out once, when the first is.
    let mut suggestions: FxHashMap<&str, Option<String>> = FxHashMap::default();
    let mut known: Vec<Known> = Vec::new();
    for (subcommand, loc, _) in &config.others {
        let suggestion = suggestions.entry(subcommand).or_insert_with(|| {
            if known.is_empty() {
                known = catalog_subcommands();
            }
            close_subcommand(subcommand, &known)
        });
        if let Some(suggestion) = suggestion {
            out.push(
                Finding::new(
                    &rules::UNKNOWN_SUBCOMMAND,
                    *loc,
                    format!("dsconfig has no subcommand {subcommand}"),
                )
                .hint(format!("Did you mean {suggestion}?")),
            );
        }
    }
    out
}

/// The findings about the configuration as a whole, which the checks report last.
pub(super) fn whole(config: &Config<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    check_duplicates(config, &mut out);
    check_changelog_keys(config, &mut out);
    out
}

/// A subcommand of the catalog, with what bounds the edit distance to it from below.
struct Known {
    name: String,
    set: CharSet,
    histogram: Histogram,
}

/// Every subcommand of the catalog's object types.
fn catalog_subcommands() -> Vec<Known> {
    catalog::object_types()
        .flat_map(|o| {
            [
                o.create(),
                o.set_prop(),
                o.delete(),
                format!("get-{}-prop", o.name),
                format!("list-{}", o.plural),
            ]
        })
        .map(|name| Known {
            set: CharSet::of(&name),
            histogram: Histogram::of(&name),
            name,
        })
        .collect()
}

/// How many edits from a subcommand of the catalog an unknown one is taken for a typo.
const SUBCOMMAND_EDITS: usize = 2;

/// The subcommand of `known` within [`SUBCOMMAND_EDITS`] of `subcommand`, when it is not one
/// itself. Every distinct unknown subcommand is compared with every known one: the characters
/// they use, then their counts, rule most out before an edit-distance table is built (a file of
/// distinct unknown subcommands spent most of its lint building them).
fn close_subcommand(subcommand: &str, known: &[Known]) -> Option<String> {
    let set = CharSet::of(subcommand);
    let mut histogram = None;
    known
        .iter()
        .filter(|known| {
            set.distance_bound(&known.set) <= SUBCOMMAND_EDITS
                && histogram
                    .get_or_insert_with(|| Histogram::of(subcommand))
                    .distance_bound(&known.histogram)
                    <= SUBCOMMAND_EDITS
        })
        .filter_map(|known| {
            edit_distance_within(subcommand, &known.name, SUBCOMMAND_EDITS).map(|d| (d, known))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, known)| known.name.clone())
}

/// How many recent look-ups are kept of each kind: more than the properties a file sets on
/// one object type, or the objects one scenario creates.
const RECENT: usize = 64;

/// The last few things looked up, each in the slot a cheap sign of its key picks (the caller
/// makes it from what is at hand, without reading the key through), ahead of a slower look-up:
/// a batch file asks for the same few things over and over. A slot holds one at a time, and
/// the caller checks that what it holds is what it asks for.
struct Recent<T>(Vec<Option<T>>);

impl<T> Default for Recent<T> {
    fn default() -> Self {
        Recent(std::iter::repeat_with(|| None).take(RECENT).collect())
    }
}

impl<T> Recent<T> {
    fn get(&self, sign: usize) -> Option<&T> {
        self.0.get(sign % RECENT)?.as_ref()
    }

    fn put(&mut self, sign: usize, value: T) {
        if let Some(slot) = self.0.get_mut(sign % RECENT) {
            *slot = Some(value);
        }
    }
}

/// Catalog look-ups, made once per object type and name: a batch file repeats the same few
/// properties on thousands of objects.
#[derive(Default)]
pub(super) struct Lookups<'d> {
    /// By object type (its address: every entry's type comes from the catalog's table) and
    /// property name as written.
    properties: FxHashMap<(usize, &'d str), Option<&'static Property>>,
    /// The object type a reference names.
    targets: FxHashMap<&'static str, Option<&'static ObjectType>>,
    /// The properties of the entry being checked, in order, as `check_properties` found them.
    resolved: Vec<Option<&'static Property>>,
    /// Recent property look-ups (see `property`), ahead of `properties`.
    recent: Recent<(usize, &'d str, Option<&'static Property>)>,
    /// Creates this thread checked lately, with their indexes (see `create_sign`): most
    /// references name an object created a few commands before, and finding it here spares a
    /// look-up in the index, which waits on memory.
    recent_creates: Recent<(usize, &'d Entry<'d>)>,
}

/// The sign of the object `object` named `names` among the recent creates. Two names dsconfig
/// takes for one may get different signs; the index then answers.
fn create_sign(object: &str, names: &[Option<&str>]) -> usize {
    let last = names
        .last()
        .copied()
        .flatten()
        .unwrap_or_default()
        .as_bytes();
    let end = last.last().map_or(0, u8::to_ascii_lowercase);
    object.len() ^ last.len() << 3 ^ usize::from(end) << 1
}

impl<'d> Lookups<'d> {
    fn property(
        &mut self,
        object: &'static ObjectType,
        name: &'d str,
    ) -> Option<&'static Property> {
        let address = std::ptr::from_ref(object) as usize;
        // Hashing the name was most of the cost of a look-up, once per property of every
        // command.
        let bytes = name.as_bytes();
        let first = bytes.first().copied().unwrap_or(0);
        let last = bytes.last().copied().unwrap_or(0);
        let sign = bytes.len() ^ usize::from(first) << 2 ^ usize::from(last) << 4 ^ address >> 4;
        if let Some((at, recent, property)) = self.recent.get(sign)
            && *at == address
            && *recent == name
        {
            return *property;
        }
        let property = *self
            .properties
            .entry((address, name))
            .or_insert_with(|| object.property_any_version(name));
        self.recent.put(sign, (address, name, property));
        property
    }

    /// Notes that entry `index` creates an object.
    fn created(&mut self, index: usize, entry: &'d Entry<'d>) {
        let sign = create_sign(entry.object.name, entry.names());
        self.recent_creates.put(sign, (index, entry));
    }

    /// Whether a create of `object` named `names` that this thread checked lately comes
    /// before entry `before`: then the object's first create does too.
    fn created_before(
        &self,
        object: &'static ObjectType,
        names: &[Option<&str>],
        before: usize,
    ) -> bool {
        matches!(
            self.recent_creates.get(create_sign(object.name, names)),
            Some((index, entry)) if *index < before && entry.creates(object.name, names)
        )
    }

    fn target(&mut self, name: &'static str) -> Option<&'static ObjectType> {
        *self
            .targets
            .entry(name)
            .or_insert_with(|| catalog::object_type(name))
    }
}

/// The objects declared to exist on the server ([`Options::existing`]), by object type and
/// name as dsconfig matches names (ASCII case folded): every reference is looked up in them,
/// and reading the list for each was quadratic in a lint request declaring many.
pub(super) struct Declared<'o>(FxHashSet<(&'o str, Folded<'o>)>);

impl<'o> Declared<'o> {
    pub(super) fn new(options: &'o Options) -> Declared<'o> {
        let existing = options.existing.iter();
        Declared(
            existing
                .map(|e| (e.object_type.as_str(), Folded(e.name.as_str())))
                .collect(),
        )
    }

    fn contains(&self, object: &str, name: &str) -> bool {
        !self.0.is_empty() && self.0.contains(&(object, Folded(name)))
    }
}

fn check_naming(entry: &Entry<'_>, out: &mut Vec<Finding>) {
    if matches!(entry.verb, Verb::List) || entry.object.singleton {
        return;
    }
    if entry.names().iter().all(Option::is_some) {
        return;
    }
    let missing: Vec<&str> = entry
        .object
        .naming
        .iter()
        .zip(entry.names())
        .filter(|(_, value)| value.is_none())
        .map(|(flag, _)| *flag)
        .collect();
    if !missing.is_empty() {
        out.push(Finding::new(
            &rules::NAMING_ARGUMENT_MISSING,
            entry.loc,
            format!(
                "{} needs {}",
                entry.command.subcommand_name().unwrap_or_default(),
                missing.join(" and ")
            ),
        ));
    }
}

fn check_type(entry: &Entry<'_>, out: &mut Vec<Finding>) {
    let object = entry.object;
    match (&entry.type_name, entry.verb) {
        (None, Verb::Create) if !object.types.is_empty() => out.push(
            Finding::new(
                &rules::TYPE_MISSING,
                entry.loc,
                format!("creating a {} needs --type", object.label.to_lowercase()),
            )
            .hint(format!("One of: {}", object.types.join(", "))),
        ),
        (Some((type_name, loc)), _)
            if !object.types.contains(type_name) && !is_template(type_name) =>
        {
            let mut finding = Finding::new(
                &rules::TYPE_UNKNOWN,
                *loc,
                format!(
                    "'{type_name}' is not a {} type syncmap knows",
                    object.label.to_lowercase()
                ),
            );
            if let Some(close) = closest(type_name, object.types.iter().copied()) {
                finding = finding.hint(format!("Did you mean {close}?"));
            }
            out.push(finding);
        }
        _ => {}
    }
}

fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .filter_map(|c| edit_distance_within(word, c, 2).map(|d| (d, c)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn check_properties<'d>(
    entry: &Entry<'d>,
    config: &Config<'d>,
    options: &Options,
    version: Version,
    lookups: &mut Lookups<'d>,
    out: &mut Vec<Finding>,
) {
    let object = entry.object;
    // A set-prop's object type is known when the files create the object. Only the types of
    // object types that have some matter (see below), and most commands are on ones that have
    // none: the index is not asked for those.
    let type_name = entry.type_name.as_ref().map(|(t, _)| *t).or_else(|| {
        if object.types.is_empty() {
            return None;
        }
        let first = config.creates_of(object, entry.names()).next()?;
        config.entries[first].type_name.as_ref().map(|(t, _)| *t)
    });
    lookups.resolved.clear();
    for prop in entry.props() {
        let resolved = lookups.property(object, prop.name);
        lookups.resolved.push(resolved);
        if entry.verb == Verb::Create && matches!(prop.op, OptionKind::Add | OptionKind::Remove) {
            out.push(
                Finding::new(
                    &rules::ADD_ON_CREATE,
                    prop.name_loc,
                    format!(
                        "{} on a create command: the object has no values to add to yet",
                        option_text(prop.op)
                    ),
                )
                .hint("Use --set; repeat it for several values"),
            );
        }
        let Some(property) = resolved else {
            let known = object.all_properties().map(|p| p.name);
            match closest(prop.name, known) {
                Some(close) => out.push(
                    Finding::new(
                        &rules::PROPERTY_TYPO,
                        prop.name_loc,
                        format!("{} has no property {}", object.label, prop.name),
                    )
                    .hint(format!("Did you mean {close}?")),
                ),
                None => out.push(Finding::new(
                    &rules::PROPERTY_UNKNOWN,
                    prop.name_loc,
                    format!(
                        "{} is not a property syncmap knows for {}",
                        prop.name,
                        object.label.to_lowercase()
                    ),
                )),
            }
            continue;
        };
        if let Some(type_name) = &type_name
            && !property.types.is_empty()
            && object.types.contains(type_name)
            && !property.applies_to_type(Some(type_name))
        {
            out.push(Finding::new(
                &rules::PROPERTY_UNKNOWN,
                prop.name_loc,
                format!(
                    "{} is not a property of the {type_name} {}",
                    prop.name,
                    object.label.to_lowercase()
                ),
            ));
        }
        // The name exactly as written must exist in the version; `property()` would translate
        // a renamed one.
        match property.presence(version) {
            Presence::Documented => {}
            Presence::Unconfirmed => out.push(
                Finding::new(
                    &rules::PROPERTY_VERSION_UNCONFIRMED,
                    prop.name_loc,
                    if property.confirmed {
                        format!(
                            "{} is not confirmed in PingDataSync {version}: Ping's pages show it from {} on",
                            prop.name, property.span.since
                        )
                    } else {
                        format!("{} is not confirmed by any Ping page syncmap knows", prop.name)
                    },
                )
                .hint("Check the Configuration Reference of that version (syncmap catalog shows the pages)"),
            ),
            Presence::Absent => {
                let other = object
                    .property(prop.name, version)
                    .filter(|other| other.name != prop.name);
                let mut finding = Finding::new(
                    &rules::PROPERTY_NOT_IN_VERSION,
                    prop.name_loc,
                    format!("{} does not exist in PingDataSync {version}", prop.name),
                );
                if let Some(other) = other {
                    finding = finding.hint(format!("In {version} it is called {}", other.name));
                }
                if options.target_version.is_none() {
                    finding.severity = crate::diagnostic::Severity::Warning;
                }
                out.push(finding);
            }
        }
        if matches!(prop.op, OptionKind::Set | OptionKind::Add)
            && !prop.from_file
            && !is_template(prop.value)
        {
            let before = out.len();
            check_value(object, property.syntax, &prop, out);
            // Values nothing confirms are only doubted.
            if !property.confirmed {
                for finding in &mut out[before..] {
                    finding.severity = crate::diagnostic::Severity::Warning;
                }
            }
        }
    }
}

fn option_text(op: OptionKind) -> &'static str {
    match op {
        OptionKind::Add => "--add",
        OptionKind::Remove => "--remove",
        OptionKind::Reset => "--reset",
        _ => "--set",
    }
}

fn check_value(
    object: &ObjectType,
    syntax: Syntax,
    prop: &super::graph::Prop,
    out: &mut Vec<Finding>,
) {
    let value = prop.value;
    let allowed: &[&str] = match syntax {
        Syntax::Enum(values) => values,
        Syntax::Boolean => &["true", "false"],
        _ => return,
    };
    if allowed.iter().any(|a| a.eq_ignore_ascii_case(value)) {
        return;
    }
    let mut finding = Finding::new(
        &rules::PROPERTY_VALUE_INVALID,
        prop.value_loc,
        format!(
            "'{value}' is not a value of {} {}: expected one of {}",
            object.name,
            prop.name,
            allowed.join(", ")
        ),
    );
    if let Some(close) = closest(value, allowed.iter().copied()) {
        finding = finding.hint(format!("Did you mean {close}?"));
    }
    out.push(finding);
}

/// Objects a command names must exist: created earlier, built in, declared, or templated.
fn check_existence<'d>(
    index: usize,
    entry: &Entry<'d>,
    config: &Config<'d>,
    declared: &Declared<'_>,
    lookups: &mut Lookups<'d>,
    out: &mut Vec<Finding>,
) {
    // The object itself, for commands that change or delete it.
    if matches!(entry.verb, Verb::Set | Verb::Delete | Verb::Get) && !entry.object.singleton {
        require(
            entry.object,
            entry.names(),
            index,
            entry.loc,
            (config, declared, &mut *lookups),
            out,
        );
    }
    // Its parents, for child objects (a mapping's map, a class's pipe).
    for depth in 1..entry.object.naming.len() {
        if let Some(parent) = parent_type(entry.object, depth) {
            require(
                parent,
                &entry.names()[..depth],
                index,
                entry.loc,
                (config, declared, &mut *lookups),
                out,
            );
        }
    }
    // Objects its properties refer to.
    for (k, prop) in entry.props().enumerate() {
        // Resolved by `check_properties` for the same entry.
        let Some(property) = lookups.resolved.get(k).copied().flatten() else {
            continue;
        };
        let catalog::Syntax::Reference(target) = property.syntax else {
            continue;
        };
        let Some(target) = lookups.target(target) else {
            continue;
        };
        if prop.op == OptionKind::Reset || prop.from_file {
            continue;
        }
        let names = [Some(prop.value)];
        require(
            target,
            &names,
            index,
            prop.value_loc,
            (config, declared, &mut *lookups),
            out,
        );
    }
}

/// The ancestor of `object` named by its first `depth` naming arguments.
fn parent_type(object: &ObjectType, depth: usize) -> Option<&'static ObjectType> {
    let mut at = object.parent();
    while let Some(up) = at {
        if up.naming.len() == depth {
            return Some(up);
        }
        at = up.parent();
    }
    None
}

fn require<'d>(
    object: &'static ObjectType,
    names: &[Option<&'d str>],
    before: usize,
    loc: super::Loc,
    (config, declared, lookups): (&Config<'d>, &Declared<'_>, &mut Lookups<'d>),
    out: &mut Vec<Finding>,
) {
    let Some(Some(name)) = names.last() else {
        return;
    };
    if names.iter().flatten().any(|n| is_template(n)) {
        return;
    }
    if BUILT_IN
        .iter()
        .any(|(t, n)| *t == object.name && n.eq_ignore_ascii_case(name))
    {
        return;
    }
    if declared.contains(object.name, name) {
        return;
    }
    if lookups.created_before(object, names, before) {
        return;
    }
    match config.creates_of(object, names).next() {
        Some(first) if first < before => {}
        Some(_) => out.push(
            Finding::new(
                &rules::CREATED_BEFORE_PARENT,
                loc,
                format!("the {} {name} is used here but created later", object.label.to_lowercase()),
            )
            .hint("Move this command after the one that creates it: a batch stops at the first failure"),
        ),
        None => out.push(
            Finding::new(
                &rules::UNDEFINED_REFERENCE,
                loc,
                format!("the {} {name} is never created in these files", object.label.to_lowercase()),
            )
            .hint(format!(
                "Create it, lint the files that do together, or declare it with --exists {}:{name}",
                object.name
            )),
        ),
    }
}

fn check_duplicates(config: &Config<'_>, out: &mut Vec<Finding>) {
    // The index knows which creates repeat an earlier one: only those are looked at.
    let repeated = (0..config.entries.len()).filter(|&i| config.repeats_a_create(i));
    for entry in repeated.map(|i| config.entries[i]) {
        if entry.names().iter().any(|n| n.is_some_and(is_template)) {
            continue;
        }
        out.push(
            Finding::new(
                &rules::DUPLICATE_CREATE,
                entry.loc,
                format!(
                    "the {} {} is created a second time; dsconfig fails here and stops the batch",
                    entry.object.label.to_lowercase(),
                    entry.name().unwrap_or_default()
                ),
            )
            .hint("Change the second create into set-…-prop, or remove it"),
        );
    }
}

/// The source's Changelog Password Encryption key and the sync server's decryption key must
/// be the same, when both are in the files.
fn check_changelog_keys(config: &Config<'_>, out: &mut Vec<Finding>) {
    let encryption: Vec<(&str, super::Loc)> = config
        .of_type("plugin")
        .flat_map(|e| {
            e.props().filter(|p| {
                p.name == "changelog-password-encryption-key" && p.op == OptionKind::Set
            })
        })
        .map(|p| (p.value, p.value_loc))
        .collect();
    // A set rather than a list searched for each key, which was quadratic in the keys.
    let decryption: rustc_hash::FxHashSet<&str> = config
        .of_type("global-sync-configuration")
        .flat_map(|e| {
            e.props().filter(|p| {
                p.name == "changelog-password-decryption-key" && p.op != OptionKind::Remove
            })
        })
        .map(|p| p.value)
        .collect();
    if encryption.is_empty() || decryption.is_empty() {
        return;
    }
    // A templated decryption key may be any key: then every encryption key matches.
    if decryption.iter().any(|d| is_template(d)) {
        return;
    }
    for (key, loc) in &encryption {
        if !is_template(key) && !decryption.contains(key) {
            out.push(
                Finding::new(
                    &rules::CHANGELOG_KEY_MISMATCH,
                    *loc,
                    "the Changelog Password Encryption key differs from every changelog-password-decryption-key of the sync server: passwords cannot be decrypted",
                )
                .hint("Use the same key on both servers"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_objects_are_matched_as_dsconfig_matches_names() {
        let options = Options {
            existing: ["sync-destination:PingOne", "sync-source:Ä"]
                .iter()
                .map(|e| super::super::Existing::parse(e).expect("TYPE:NAME"))
                .collect(),
            ..Options::default()
        };
        let declared = Declared::new(&options);
        assert!(declared.contains("sync-destination", "pingone"));
        assert!(declared.contains("sync-destination", "PINGONE"));
        assert!(!declared.contains("sync-source", "PingOne"));
        assert!(!declared.contains("sync-destination", "PingOne2"));
        // Only ASCII letters fold, as in dsconfig.
        assert!(declared.contains("sync-source", "Ä"));
        assert!(!declared.contains("sync-source", "ä"));
        assert!(!Declared::new(&Options::default()).contains("sync-source", "x"));
    }

    #[test]
    fn subcommand_suggestions_are_the_nearest_of_every_known_one() {
        let known = catalog_subcommands();
        // Without the lower bounds: the first of the nearest within the limit.
        let plain = |subcommand: &str| {
            known
                .iter()
                .filter_map(|k| {
                    edit_distance_within(subcommand, &k.name, SUBCOMMAND_EDITS).map(|d| (d, k))
                })
                .min_by_key(|(d, _)| *d)
                .map(|(_, k)| k.name.clone())
        };
        let asked = [
            "create-sync-clas",
            "crate-sync-pipe",
            "set-sync-pipe-props",
            "Create-Sync-Pipe",
            "creat-sync-sourec",
            "list-sync-classs",
            "delete-dn-mpa",
            "create-widget1-thing",
            "create-dn-map",
            "",
            "set-ättribute-map-prop",
        ];
        for subcommand in asked {
            assert_eq!(
                close_subcommand(subcommand, &known),
                plain(subcommand),
                "{subcommand}"
            );
        }
        assert_eq!(
            close_subcommand("crate-sync-pipe", &known).as_deref(),
            Some("create-sync-pipe")
        );
    }
}
