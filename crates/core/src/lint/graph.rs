//! The configuration graph: every command read against the catalog, in the order it runs.

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
pub(crate) struct Prop {
    pub op: OptionKind,
    pub name: String,
    pub value: String,
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
    pub names: Vec<Option<String>>,
    pub type_name: Option<(String, Loc)>,
    pub props: Vec<Prop>,
    pub loc: Loc,
    pub command: &'d ParsedCommand,
}

impl Entry<'_> {
    /// The object's own name: the last naming argument.
    pub fn name(&self) -> Option<&str> {
        self.names.last().and_then(|n| n.as_deref())
    }

    /// The values of `property` set or added, in order.
    pub fn values(&self, property: &str) -> Vec<&str> {
        self.props
            .iter()
            .filter(|p| p.name == property && matches!(p.op, OptionKind::Set | OptionKind::Add))
            .map(|p| p.value.as_str())
            .collect()
    }

    /// The first value of `property`.
    pub fn value(&self, property: &str) -> Option<&str> {
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

/// Every command of the inputs.
pub(crate) struct Config<'d> {
    /// Commands on catalog object types, in order.
    pub entries: Vec<Entry<'d>>,
    /// Commands on other subcommands: (subcommand, location).
    pub others: Vec<(&'d str, Loc, &'d ParsedCommand)>,
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
        Config { entries, others }
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
        .map(|flag| command.option_value(flag).map(str::to_owned))
        .collect();
    let mut type_name = None;
    let mut props = Vec::new();
    for option in &command.options {
        match option.kind {
            OptionKind::Type => {
                if let Some(value) = &option.value {
                    type_name = Some((
                        value.text.clone(),
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
                        name: p.property.clone(),
                        value: p.value.clone(),
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
                        name: value.text.clone(),
                        value: String::new(),
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
