//! A dsconfig command as data: what the renderer writes out and what tests compare argv with.

use std::borrow::Cow;

use crate::catalog::ObjectType;
use crate::version::Version;

/// One option of a command: `--map-name NAME`, `--set prop:value`, or a bare flag
/// (`--no-prompt`).
///
/// Values borrow from the scenario where they are its text unchanged (names, types): planning
/// a thousand mappings then copies only what it composes, such as `prop:value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opt<'a> {
    /// The option, with its dashes (`--set`).
    pub flag: Cow<'static, str>,
    /// The option's argument, unquoted; `None` for a flag.
    pub value: Option<Cow<'a, str>>,
}

/// One `dsconfig` invocation, borrowing from what it was made of (a scenario or a parsed file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command<'a> {
    /// The tool it runs: `dsconfig`, or for the go-live runbook `realtime-sync`, `resync` or
    /// `status` (the tools in the server root's `bin`).
    pub tool: &'static str,
    /// Connection and global options, written before the subcommand as the documentation's
    /// `dsconfig --no-prompt {globalArgs} {subcommand} {subcommandArgs}` form does.
    pub globals: Vec<Opt<'a>>,
    /// The subcommand, such as `create-attribute-mapping`.
    pub subcommand: Cow<'a, str>,
    /// The subcommand's options in the order they are written.
    pub options: Vec<Opt<'a>>,
    /// The catalog object type it acts on, when a [`Builder`] made it: validation checks its
    /// properties against that type without looking the subcommand up.
    pub object: Option<&'static ObjectType>,
}

impl<'a> Command<'a> {
    /// A command with no options yet.
    pub fn new(subcommand: impl Into<Cow<'a, str>>) -> Command<'a> {
        Command {
            tool: "dsconfig",
            globals: Vec::new(),
            subcommand: subcommand.into(),
            // Room for a typical command: naming arguments, --type and a few --set.
            options: Vec::with_capacity(8),
            object: None,
        }
    }

    /// Adds `flag value`.
    pub fn opt(mut self, flag: &'static str, value: impl Into<Cow<'a, str>>) -> Command<'a> {
        self.options.push(Opt {
            flag: Cow::Borrowed(flag),
            value: Some(value.into()),
        });
        self
    }

    /// The argument vector the tool receives, starting with the tool's name (`dsconfig`).
    pub fn argv(&self) -> Vec<String> {
        let mut argv = vec![self.tool.to_owned()];
        let push = |argv: &mut Vec<String>, opt: &Opt| {
            argv.push(opt.flag.clone().into_owned());
            argv.extend(opt.value.as_deref().map(str::to_owned));
        };
        for opt in &self.globals {
            push(&mut argv, opt);
        }
        // A tool without subcommands (`resync`) has an empty one, which is not an argument.
        if !self.subcommand.is_empty() {
            argv.push(self.subcommand.clone().into_owned());
        }
        for opt in &self.options {
            push(&mut argv, opt);
        }
        argv
    }
}

impl<'a> From<&crate::dsconfig::ParsedCommand<'a>> for Command<'a> {
    /// The parsed command with its words in their original order: global options given before
    /// the subcommand stay there, everything else follows it, so the argv is unchanged. Values
    /// and the subcommand borrow from the parsed text as the words do.
    fn from(parsed: &crate::dsconfig::ParsedCommand<'a>) -> Command<'a> {
        let args = parsed.args();
        // The parser's options are in source order, their name indexes rising: one pass over
        // them beside the words pairs them (a search of them for each word was quadratic in a
        // long command).
        let mut options = parsed.option_indexes().peekable();
        let mut pairs = |range: std::ops::Range<usize>| -> Vec<Opt<'a>> {
            let mut opts = Vec::new();
            let mut i = range.start;
            while let Some(word) = args.get(i).filter(|_| i < range.end) {
                while options.next_if(|&(name, _)| name < i).is_some() {}
                // An option's value is the next word when the parser paired them.
                let paired = i + 1 < range.end
                    && options
                        .peek()
                        .is_some_and(|&(name, value)| name == i && value == Some(i + 1));
                let value = if paired {
                    i += 1;
                    Some(args[i].text.clone())
                } else {
                    None
                };
                opts.push(Opt {
                    flag: Cow::Owned(word.text.to_string()),
                    value,
                });
                i += 1;
            }
            opts
        };
        let leading = parsed.leading().len();
        Command {
            tool: "dsconfig",
            globals: pairs(0..leading),
            subcommand: parsed
                .subcommand
                .as_ref()
                .map(|w| w.text.clone())
                .unwrap_or_default(),
            options: pairs(leading..args.len()),
            object: None,
        }
    }
}

/// Builds a command on a catalog object type, naming properties as the target version does.
pub struct Builder<'a> {
    object: &'static ObjectType,
    version: Version,
    command: Command<'a>,
}

impl<'a> Builder<'a> {
    /// `create-<type>` with the object's naming arguments, in the catalog's order.
    pub fn create(object: &'static ObjectType, version: Version, names: &[&'a str]) -> Builder<'a> {
        Builder::named(
            object,
            version,
            object.subcommands.create,
            names.iter().copied(),
        )
    }

    /// `set-<type>-prop` with the naming arguments.
    pub fn set_prop(
        object: &'static ObjectType,
        version: Version,
        names: &[&'a str],
    ) -> Builder<'a> {
        Builder::named(
            object,
            version,
            object.subcommands.set_prop,
            names.iter().copied(),
        )
    }

    /// `delete-<type>` with the naming arguments.
    pub fn delete(object: &'static ObjectType, version: Version, names: &[&'a str]) -> Builder<'a> {
        Builder::named(
            object,
            version,
            object.subcommands.delete,
            names.iter().copied(),
        )
    }

    /// `delete-<type>` with naming arguments taken from another command.
    pub(crate) fn delete_named(
        object: &'static ObjectType,
        version: Version,
        names: impl IntoIterator<Item = Cow<'a, str>>,
    ) -> Builder<'a> {
        Builder::named(object, version, object.subcommands.delete, names)
    }

    /// `set-<type>-prop` with naming arguments taken from another command.
    pub(crate) fn set_prop_named(
        object: &'static ObjectType,
        version: Version,
        names: impl IntoIterator<Item = Cow<'a, str>>,
    ) -> Builder<'a> {
        Builder::named(object, version, object.subcommands.set_prop, names)
    }

    fn named<N: Into<Cow<'a, str>>>(
        object: &'static ObjectType,
        version: Version,
        subcommand: &'static str,
        names: impl IntoIterator<Item = N>,
    ) -> Builder<'a> {
        let mut command = Command::new(subcommand);
        for (flag, name) in object.naming.iter().zip(names) {
            command = command.opt(flag, name);
        }
        Builder {
            object,
            version,
            command,
        }
    }

    /// `--type t`.
    pub fn kind(mut self, type_name: &'a str) -> Builder<'a> {
        debug_assert!(
            self.object.types.contains(&type_name),
            "{}: no type {type_name}",
            self.object.name
        );
        self.command = self.command.opt("--type", type_name);
        self
    }

    /// The property's name at the target version. A property the version lacks keeps the
    /// name it was asked by: validation reports it (`property-not-in-version`) against the
    /// same catalog, so the output and the diagnostic never disagree.
    fn property_name(&self, property: &'static str) -> &'static str {
        debug_assert!(
            self.object.property_any_version(property).is_some(),
            "{} has no property {property} in any version",
            self.object.name
        );
        self.object
            .property(property, self.version)
            .map_or(property, |found| found.name)
    }

    /// `flag name:value`, composed in one allocation of the right size.
    fn assign(mut self, flag: &'static str, property: &'static str, value: &str) -> Builder<'a> {
        let name = self.property_name(property);
        let mut text = String::with_capacity(name.len() + 1 + value.len());
        text.push_str(name);
        text.push(':');
        text.push_str(value);
        self.command = self.command.opt(flag, text);
        self
    }

    /// `--set property:value`, with the property's name at the target version.
    pub fn set(self, property: &'static str, value: &str) -> Builder<'a> {
        self.assign("--set", property, value)
    }

    /// One `--set` per value, for a multi-valued property.
    pub fn set_all<S: AsRef<str>>(mut self, property: &'static str, values: &[S]) -> Builder<'a> {
        for value in values {
            self = self.set(property, value.as_ref());
        }
        self
    }

    /// `--set property:value` when there is a value.
    pub fn set_some(self, property: &'static str, value: Option<&str>) -> Builder<'a> {
        match value {
            Some(value) => self.set(property, value),
            None => self,
        }
    }

    /// `--remove property:value`.
    pub fn remove(self, property: &'static str, value: &str) -> Builder<'a> {
        self.assign("--remove", property, value)
    }

    /// `--add property:value`: one more value of a multi-valued property.
    pub fn add(self, property: &'static str, value: &str) -> Builder<'a> {
        self.assign("--add", property, value)
    }

    /// `--reset property`: the property back to its default.
    pub fn reset(mut self, property: &'static str) -> Builder<'a> {
        let name = self.property_name(property);
        self.command = self.command.opt("--reset", name);
        self
    }

    /// The command.
    pub fn build(mut self) -> Command<'a> {
        self.command.object = Some(self.object);
        self.command
    }
}
