//! A dsconfig command as data: what the renderer writes out and what tests compare argv with.

/// One option of a command: `--map-name NAME`, `--type direct`, `--set prop:value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opt {
    /// The option, with its dashes (`--set`).
    pub flag: &'static str,
    /// The option's argument, unquoted.
    pub value: String,
}

/// One `dsconfig` invocation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    /// The subcommand, such as `create-attribute-mapping`.
    pub subcommand: &'static str,
    /// The options in the order they are written.
    pub options: Vec<Opt>,
}

impl Command {
    /// A command with no options yet.
    pub fn new(subcommand: &'static str) -> Command {
        Command {
            subcommand,
            options: Vec::new(),
        }
    }

    /// Adds `flag value`.
    pub fn opt(mut self, flag: &'static str, value: impl Into<String>) -> Command {
        self.options.push(Opt {
            flag,
            value: value.into(),
        });
        self
    }

    /// Adds `--set property:value`.
    pub fn set(self, property: &str, value: &str) -> Command {
        self.opt("--set", format!("{property}:{value}"))
    }

    /// The argument vector dsconfig receives, starting with `dsconfig` itself.
    pub fn argv(&self) -> Vec<String> {
        let mut argv = vec!["dsconfig".to_owned(), self.subcommand.to_owned()];
        for opt in &self.options {
            argv.push(opt.flag.to_owned());
            argv.push(opt.value.clone());
        }
        argv
    }
}
