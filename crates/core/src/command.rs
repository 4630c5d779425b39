//! A dsconfig command as data: what the renderer writes out and what tests compare argv with.

use std::borrow::Cow;

use crate::catalog::ObjectType;
use crate::version::Version;

/// One option of a command: `--map-name NAME`, `--set prop:value`, or a bare flag
/// (`--no-prompt`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opt {
    /// The option, with its dashes (`--set`).
    pub flag: Cow<'static, str>,
    /// The option's argument, unquoted; `None` for a flag.
    pub value: Option<String>,
}

/// One `dsconfig` invocation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    /// Connection and global options, written before the subcommand as the documentation's
    /// `dsconfig --no-prompt {globalArgs} {subcommand} {subcommandArgs}` form does.
    pub globals: Vec<Opt>,
    /// The subcommand, such as `create-attribute-mapping`.
    pub subcommand: String,
    /// The subcommand's options in the order they are written.
    pub options: Vec<Opt>,
}

impl Command {
    /// A command with no options yet.
    pub fn new(subcommand: impl Into<String>) -> Command {
        Command {
            globals: Vec::new(),
            subcommand: subcommand.into(),
            // Room for a typical command: naming arguments, --type and a few --set.
            options: Vec::with_capacity(8),
        }
    }

    /// Adds `flag value`.
    pub fn opt(mut self, flag: &'static str, value: impl Into<String>) -> Command {
        self.options.push(Opt {
            flag: Cow::Borrowed(flag),
            value: Some(value.into()),
        });
        self
    }

    /// The argument vector dsconfig receives, starting with `dsconfig` itself.
    pub fn argv(&self) -> Vec<String> {
        let mut argv = vec!["dsconfig".to_owned()];
        let push = |argv: &mut Vec<String>, opt: &Opt| {
            argv.push(opt.flag.clone().into_owned());
            argv.extend(opt.value.clone());
        };
        for opt in &self.globals {
            push(&mut argv, opt);
        }
        argv.push(self.subcommand.clone());
        for opt in &self.options {
            push(&mut argv, opt);
        }
        argv
    }
}

impl From<&crate::dsconfig::ParsedCommand<'_>> for Command {
    /// The parsed command with its words in their original order: global options given before
    /// the subcommand stay there, everything else follows it, so the argv is unchanged.
    fn from(parsed: &crate::dsconfig::ParsedCommand<'_>) -> Command {
        let args = parsed.args();
        let pairs = |range: std::ops::Range<usize>| -> Vec<Opt> {
            let mut opts = Vec::new();
            let mut i = range.start;
            while let Some(word) = args.get(i).filter(|_| i < range.end) {
                // An option's value is the next word when the parser paired them.
                let paired = i + 1 < range.end
                    && parsed
                        .option_indexes()
                        .any(|(name, value)| name == i && value == Some(i + 1));
                let value = if paired {
                    i += 1;
                    Some(args[i].text.to_string())
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
            globals: pairs(0..leading),
            subcommand: parsed
                .subcommand
                .as_ref()
                .map(|w| w.text.to_string())
                .unwrap_or_default(),
            options: pairs(leading..args.len()),
        }
    }
}

/// Builds a command on a catalog object type, naming properties as the target version does.
pub struct Builder {
    object: &'static ObjectType,
    version: Version,
    command: Command,
}

impl Builder {
    /// `create-<type>` with the object's naming arguments, in the catalog's order.
    pub fn create(object: &'static ObjectType, version: Version, names: &[&str]) -> Builder {
        Builder::named(object, version, object.create(), names)
    }

    /// `set-<type>-prop` with the naming arguments.
    pub fn set_prop(object: &'static ObjectType, version: Version, names: &[&str]) -> Builder {
        Builder::named(object, version, object.set_prop(), names)
    }

    /// `delete-<type>` with the naming arguments.
    pub fn delete(object: &'static ObjectType, version: Version, names: &[&str]) -> Builder {
        Builder::named(object, version, object.delete(), names)
    }

    fn named(
        object: &'static ObjectType,
        version: Version,
        subcommand: String,
        names: &[&str],
    ) -> Builder {
        let mut command = Command::new(subcommand);
        for (flag, name) in object.naming.iter().zip(names) {
            command = command.opt(flag, *name);
        }
        Builder {
            object,
            version,
            command,
        }
    }

    /// `--type t`.
    pub fn kind(mut self, type_name: &str) -> Builder {
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

    /// `--set property:value`, with the property's name at the target version.
    pub fn set(mut self, property: &'static str, value: &str) -> Builder {
        let name = self.property_name(property);
        self.command = self.command.opt("--set", format!("{name}:{value}"));
        self
    }

    /// One `--set` per value, for a multi-valued property.
    pub fn set_all<S: AsRef<str>>(mut self, property: &'static str, values: &[S]) -> Builder {
        for value in values {
            self = self.set(property, value.as_ref());
        }
        self
    }

    /// `--set property:value` when there is a value.
    pub fn set_some(self, property: &'static str, value: Option<&str>) -> Builder {
        match value {
            Some(value) => self.set(property, value),
            None => self,
        }
    }

    /// `--remove property:value`.
    pub fn remove(mut self, property: &'static str, value: &str) -> Builder {
        let name = self.property_name(property);
        self.command = self.command.opt("--remove", format!("{name}:{value}"));
        self
    }

    /// The command.
    pub fn build(self) -> Command {
        self.command
    }
}
