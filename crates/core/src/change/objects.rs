//! The objects an apply script makes, as dsconfig leaves them: each create with the later
//! `set-…-prop` commands on the same object folded in.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::catalog::{ObjectType, Property};
use crate::command::Command;
use crate::dsconfig::OptionKind;
use crate::version::Version;

/// Whether the object `object` named `names` is below `ancestor` named `ancestor_names`.
pub(crate) fn is_below(
    object: &ObjectType,
    names: &[impl AsRef<str>],
    ancestor: &ObjectType,
    ancestor_names: &[impl AsRef<str>],
) -> bool {
    let mut at = object.parent();
    while let Some(up) = at {
        if up.name == ancestor.name {
            let n = ancestor_names.len();
            return names.len() > n
                && names[..n]
                    .iter()
                    .zip(ancestor_names)
                    .all(|(a, b)| a.as_ref() == b.as_ref());
        }
        at = up.parent();
    }
    false
}

/// An object: what identifies it and what it holds.
#[derive(Debug)]
pub(crate) struct Object<'a> {
    pub object: &'static ObjectType,
    /// The naming arguments' values, in the catalog's order.
    pub names: Vec<Cow<'a, str>>,
    /// Its `--type`, for a polymorphic object.
    pub type_name: Option<Cow<'a, str>>,
    /// Each property it was given and its values, in the order first given.
    pub props: Vec<(&'static Property, Vec<Cow<'a, str>>)>,
    /// Whether a command creates it (a singleton is only ever changed).
    pub created: bool,
    /// The commands that make it, as the script writes them, with their places in it.
    pub commands: Vec<(usize, Command<'a>)>,
}

impl<'a> Object<'a> {
    /// The values of the property `property`, or of what it is called at another version.
    pub fn values(&self, property: &Property) -> Option<&[Cow<'a, str>]> {
        self.props
            .iter()
            .find(|(p, _)| p.is_same_setting(property))
            .map(|(_, values)| values.as_slice())
    }
}

/// The objects `commands` make at `version`, in the order first made, each with its key.
pub(crate) fn objects<'a>(commands: Vec<Command<'a>>, version: Version) -> Objects<'a> {
    let mut list: Vec<Object<'a>> = Vec::new();
    let mut index: FxHashMap<(&'static str, Vec<String>), usize> = FxHashMap::default();
    for (at, command) in commands.into_iter().enumerate() {
        // Every command of a plan is built on a catalog type.
        let Some(object) = command.object else {
            continue;
        };
        let names: Vec<Cow<'a, str>> = object
            .naming
            .iter()
            .filter_map(|flag| {
                command
                    .options
                    .iter()
                    .find(|o| o.flag == *flag)
                    .and_then(|o| o.value.clone())
            })
            .collect();
        let key = (
            object.name,
            names.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
        );
        let creates = command.subcommand == object.subcommands.create;
        let slot = *index.entry(key).or_insert_with(|| {
            list.push(Object {
                object,
                names,
                type_name: None,
                props: Vec::new(),
                created: creates,
                commands: Vec::new(),
            });
            list.len() - 1
        });
        fold(&mut list[slot], &command, version);
        list[slot].commands.push((at, command));
    }
    Objects { list, index }
}

/// The objects of a script, and where each key is among them.
pub(crate) struct Objects<'a> {
    pub list: Vec<Object<'a>>,
    index: FxHashMap<(&'static str, Vec<String>), usize>,
}

impl<'a> Objects<'a> {
    /// The object with the key of `other`.
    pub fn find(&self, other: &Object<'_>) -> Option<&Object<'a>> {
        let key = (
            other.object.name,
            other
                .names
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>(),
        );
        self.index.get(&key).map(|&i| &self.list[i])
    }
}

/// `command`'s operations applied to `object` as dsconfig applies them: the first `--set` of a
/// property in a command replaces its values, later ones add, `--add` adds, `--remove` takes
/// one out and `--reset` empties it.
fn fold<'a>(object: &mut Object<'a>, command: &Command<'a>, version: Version) {
    let mut replaced: Vec<&'static Property> = Vec::new();
    for opt in &command.options {
        if opt.flag == "--type" {
            object.type_name = opt.value.clone();
            continue;
        }
        let kind = match opt.flag.as_ref() {
            "--set" => OptionKind::Set,
            "--add" => OptionKind::Add,
            "--remove" => OptionKind::Remove,
            "--reset" => OptionKind::Reset,
            _ => continue,
        };
        let Some(text) = &opt.value else { continue };
        let (name, value) = match kind {
            OptionKind::Reset => (text.as_ref(), None),
            _ => match text.split_once(':') {
                Some((name, _)) => (name, Some(value_of(text, name.len() + 1))),
                None => continue,
            },
        };
        // The builder names only properties of the catalog (it asserts so).
        let Some(property) = object
            .object
            .property(name, version)
            .or_else(|| object.object.property_any_version(name))
        else {
            continue;
        };
        let slot = match object
            .props
            .iter()
            .position(|(p, _)| p.is_same_setting(property))
        {
            Some(slot) => slot,
            None => {
                object.props.push((property, Vec::new()));
                object.props.len() - 1
            }
        };
        let values = &mut object.props[slot].1;
        match (kind, value) {
            (OptionKind::Set, Some(value)) => {
                if !replaced.iter().any(|p| p.is_same_setting(property)) {
                    replaced.push(property);
                    values.clear();
                }
                values.push(value);
            }
            (OptionKind::Add, Some(value)) => values.push(value),
            (OptionKind::Remove, Some(value)) => values.retain(|v| *v != value),
            _ => values.clear(),
        }
    }
    object.props.retain(|(_, values)| !values.is_empty());
}

/// The text of `text` from byte `from`, borrowed where `text` is.
fn value_of<'a>(text: &Cow<'a, str>, from: usize) -> Cow<'a, str> {
    match text {
        Cow::Borrowed(s) => Cow::Borrowed(&s[from..]),
        Cow::Owned(s) => Cow::Owned(s[from..].to_owned()),
    }
}
