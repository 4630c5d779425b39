//! The configuration graph: every command read against the catalog, in the order it runs.

use std::collections::HashMap;

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

/// One property operation of a command: `--set p:v`, `--add`, `--remove`, `--reset p`.
#[derive(Clone, Debug)]
pub(crate) struct Prop<'d> {
    pub op: OptionKind,
    pub name: &'d str,
    pub value: &'d str,
    pub from_file: bool,
    pub name_loc: Loc,
    pub value_loc: Loc,
}

/// One command on a catalog object type.
#[derive(Clone, Debug)]
pub(crate) struct Entry<'d> {
    pub object: &'static ObjectType,
    pub verb: Verb,
    /// The naming arguments' values, in the catalog's order; `None` where one is missing.
    pub names: Vec<Option<&'d str>>,
    pub type_name: Option<(&'d str, Loc)>,
    pub props: Vec<Prop<'d>>,
    pub loc: Loc,
    pub command: &'d ParsedCommand,
}

impl<'d> Entry<'d> {
    /// The object's own name: the last naming argument.
    pub fn name(&self) -> Option<&'d str> {
        self.names.last().copied().flatten()
    }

    /// The values of `property` set or added, in order.
    pub fn values(&self, property: &str) -> Vec<&'d str> {
        self.props
            .iter()
            .filter(|p| p.name == property && matches!(p.op, OptionKind::Set | OptionKind::Add))
            .map(|p| p.value)
            .collect()
    }

    /// The first value of `property`.
    pub fn value(&self, property: &str) -> Option<&'d str> {
        self.values(property).into_iter().next()
    }

    /// The location of `property`'s first value, or of the command.
    pub fn loc_of(&self, property: &str) -> Loc {
        self.props
            .iter()
            .find(|p| p.name == property)
            .map_or(self.loc, |p| p.value_loc)
    }
}

/// Every command of the inputs, with indexes so that large files stay linear.
pub(crate) struct Config<'d> {
    /// Commands on catalog object types, in order.
    pub entries: Vec<Entry<'d>>,
    /// Commands on other subcommands: (subcommand, location).
    pub others: Vec<(&'d str, Loc, &'d ParsedCommand)>,
    /// Creates by object type and all naming values (ASCII case folded), in order.
    created: HashMap<(&'static str, String), Vec<usize>>,
    /// Creates by object type and their parents' naming values, in order.
    children: HashMap<(&'static str, String), Vec<usize>>,
}

/// The index key of naming values: case folded as dsconfig matches names, joined by NUL.
pub(crate) fn key<S: AsRef<str>>(names: &[Option<S>]) -> String {
    let mut key = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            key.push('\0');
        }
        key.push_str(
            &name
                .as_ref()
                .map_or(String::new(), |n| n.as_ref().to_ascii_lowercase()),
        );
    }
    key
}

impl<'d> Config<'d> {
    pub fn read(documents: &'d [Document]) -> Config<'d> {
        let mut entries = Vec::new();
        let mut others = Vec::new();
        for (file, document) in documents.iter().enumerate() {
            for command in &document.commands {
                let loc = Loc {
                    file,
                    span: command.span,
                };
                let Some(subcommand) = command.subcommand_name() else {
                    continue;
                };
                match catalog::subcommand(subcommand) {
                    Some((object, verb)) => entries.push(entry(object, verb, command, file, loc)),
                    None => others.push((subcommand, loc, command)),
                }
            }
        }
        let mut created: HashMap<(&'static str, String), Vec<usize>> = HashMap::new();
        let mut children: HashMap<(&'static str, String), Vec<usize>> = HashMap::new();
        for (i, entry) in entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.verb == Verb::Create)
        {
            created
                .entry((entry.object.name, key(&entry.names)))
                .or_default()
                .push(i);
            let parents = &entry.names[..entry.names.len().saturating_sub(1)];
            children
                .entry((entry.object.name, key(parents)))
                .or_default()
                .push(i);
        }
        Config {
            entries,
            others,
            created,
            children,
        }
    }

    /// The indexes of the creates of `object` named `names`, in order.
    pub fn creates_of<S: AsRef<str>>(&self, object: &ObjectType, names: &[Option<S>]) -> &[usize] {
        self.created
            .get(&(object.name, key(names)))
            .map_or(&[], Vec::as_slice)
    }

    /// The first create of `object` whose own name is `name`.
    pub fn find(&self, object: &ObjectType, name: &str) -> Option<&Entry<'d>> {
        self.creates_of(object, &[Some(name)])
            .first()
            .map(|&i| &self.entries[i])
    }

    /// The creates of `object` under the parent named by `parents`, in order.
    pub fn children_of<S: AsRef<str>>(
        &self,
        object: &ObjectType,
        parents: &[Option<S>],
    ) -> impl Iterator<Item = &Entry<'d>> {
        self.children
            .get(&(object.name, key(parents)))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| &self.entries[i])
    }

    /// The subcommands syncmap does not interpret, counted.
    pub fn other_subcommands(&self) -> Vec<(String, usize)> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for (name, ..) in &self.others {
            match counts.iter_mut().find(|(n, _)| n == name) {
                Some((_, count)) => *count += 1,
                None => counts.push(((*name).to_owned(), 1)),
            }
        }
        counts.sort();
        counts
    }

    /// The created objects of `object`.
    pub fn created(&self, object: &ObjectType) -> impl Iterator<Item = &Entry<'d>> {
        self.entries
            .iter()
            .filter(move |e| e.verb == Verb::Create && e.object.name == object.name)
    }

    /// The version the files were written for, as far as their property names tell: the
    /// `ping-one-` prefixed PingOne properties are 7.x, the unprefixed ones 8.0 or later.
    pub fn inferred_version(&self) -> Version {
        let has = |name: &str| {
            self.entries
                .iter()
                .any(|e| e.props.iter().any(|p| p.name == name))
        };
        if has("ping-one-api-url") || has("ping-one-environment-id") {
            Version::new(7, 3)
        } else if has("api-url") || has("environment-id") {
            Version::new(8, 0)
        } else {
            Version::DEFAULT
        }
    }
}

fn entry<'d>(
    object: &'static ObjectType,
    verb: Verb,
    command: &'d ParsedCommand,
    file: usize,
    loc: Loc,
) -> Entry<'d> {
    let names = object
        .naming
        .iter()
        .map(|flag| command.option_value(flag))
        .collect();
    let mut type_name = None;
    let mut props = Vec::new();
    for option in &command.options {
        match option.kind {
            OptionKind::Type => {
                if let Some(value) = &option.value {
                    type_name = Some((
                        value.text.as_str(),
                        Loc {
                            file,
                            span: value.span,
                        },
                    ));
                }
            }
            OptionKind::Set | OptionKind::Add | OptionKind::Remove => {
                if let Some(p) = &option.property {
                    props.push(Prop {
                        op: option.kind,
                        name: p.property.as_str(),
                        value: p.value.as_str(),
                        from_file: p.from_file,
                        name_loc: Loc {
                            file,
                            span: p.property_span,
                        },
                        value_loc: Loc {
                            file,
                            span: p.value_span,
                        },
                    });
                }
            }
            OptionKind::Reset => {
                if let Some(value) = &option.value {
                    let here = Loc {
                        file,
                        span: value.span,
                    };
                    props.push(Prop {
                        op: OptionKind::Reset,
                        name: value.text.as_str(),
                        value: "",
                        from_file: false,
                        name_loc: here,
                        value_loc: here,
                    });
                }
            }
            _ => {}
        }
    }
    Entry {
        object,
        verb,
        names,
        type_name,
        props,
        loc,
        command,
    }
}

/// Whether a name holds a template a deployment fills in (`${VAR}`, `[X]`, `<x>`): such names
/// cannot be resolved here and are never reported as undefined.
pub(crate) fn is_template(text: &str) -> bool {
    text.contains("${")
        || (text.starts_with('[') && text.ends_with(']'))
        || (text.starts_with('<') && text.ends_with('>'))
}
