//! The dsconfig batch-file parser: text in, [`ParsedCommand`]s and [`ParseDiagnostic`]s out.
//!
//! [`parse`] reads what real batch files contain (the corpus under `shared/corpus`, described in
//! its `SYNTAX_NOTES.md`), keeps every byte offset ([`Span`]) and never panics or fails: input
//! it cannot read becomes a diagnostic. It does no I/O. The [`Document`] borrows from the text:
//! a word's text is a slice of it unless quotes, escapes or a continuation had to be taken out
//! of the middle, and options and property assignments point into the command's words, so a
//! value is held once however it is looked at. [`line_col`] (or a [`LineIndex`] for
//! many look-ups) turns an offset into a 1-based line and column.
//!
//! # The grammar, in the order it is applied
//!
//! 1. **Physical lines to logical commands** (`lines.rs`), before any word splitting, as
//!    dsconfig's own batch reader does. Lines end at `\n`; one `\r` before it is dropped (CRLF).
//!    A line holding only white space is *blank*; a line whose first non-blank character is `#`
//!    is a *comment*. Comments and blank lines between commands are skipped. A line ending in an
//!    odd number of backslashes (`\`, `\\\`, ...) *continues* on the next line: the last
//!    backslash and the line break are removed, nothing is inserted, and the next line's
//!    indentation is kept (it separates words). An even number (`\\`) is an escaped backslash
//!    and does not continue the line, as in a shell.
//!    * Comment lines inside a continued command are skipped and the command goes on after them
//!      (Ping's 30-azuread-to-pingone profile comments out its last options this way). So a
//!      commented-out command (`#dsconfig …`, every line prefixed `#`) is never a command.
//!    * A blank line, or the end of the file, ends a command even after a trailing `\`: that is
//!      reported as [`codes::DANGLING_CONTINUATION`] at the backslash.
//!    * White space after a line-final `\` is reported ([`codes::SPACE_AFTER_BACKSLASH`]):
//!      a shell reads `\ ` as an escaped space and ends the command there. This parser still
//!      takes the line as continued, since that is what the author meant.
//!    * Joining happens before quotes are looked at, so `\` + line break is removed **inside
//!      single quotes too** (the three-line single-quoted ACI of ping-cloud-base, and the PEM
//!      certificate written as `'certificate:-----BEGIN CERTIFICATE-----\n\` + line break in
//!      the config-diff output of `perf-testing/…/00-config.dsconfig`). This differs from bash,
//!      where `\` + line break inside single quotes stays in the value. The white space that
//!      indents the next line is part of the value when the line break was inside quotes.
//! 2. **Logical command to words** (`words.rs`), shell style but without any expansion: words
//!    are separated by spaces and tabs; `'…'` keeps everything literally; `"…"` keeps everything
//!    except that `\"`, `\\`, `\$` and `` \` `` stand for the second character (any other
//!    backslash is literal); outside quotes `\x` is `x`; quoted and unquoted parts concatenate
//!    (`prop:"value"`, `a:b:"c d"`, `'"'"'`). `$`, `{…}`, `[…]`, `<…>`, `*`, `(`, `|`, `;`, `#`
//!    and `~` are ordinary characters: `${VAR}`, `[PLACEHOLDER]` and `<placeholder>` templates
//!    are kept verbatim, and `<`/`>` are never redirections. An unclosed quote runs to the end
//!    of the logical command and is reported at the opening quote.
//! 3. **Words to a command** (`command.rs`). An optional prompt word `$`, then an optional
//!    program word (`dsconfig`, or any path ending in `/dsconfig` such as `bin/dsconfig`), then
//!    the arguments. Options are words starting with `-`; each takes the next word as its value
//!    unless it is a known flag or the next word starts with `--` (`options.rs` holds the table
//!    of global and connection options, which are kept and classified wherever they appear).
//!    The first other word is the subcommand; any later one is reported as unexpected.
//!    * A **subcommand** is recognised by the shape every documented one has,
//!      `(create|delete|set|get|list)-[a-z0-9-]+` (see [`is_subcommand`]; `list-properties`, the
//!      one documented subcommand that is not about a single object type, has it too). After an
//!      explicit `dsconfig` any word is taken as the subcommand, with a warning if it does not
//!      have that shape; without `dsconfig` (bare subcommands are accepted by dsconfig's batch
//!      reader) the shape is required, otherwise the line is reported as
//!      [`codes::NOT_A_DSCONFIG_COMMAND`] (shell lines such as `realtime-sync set-startpoint`,
//!      `echo`, `while true; do` in hook scripts) and skipped.
//!    * A command that starts with an option and directly follows another command, with no
//!      blank line in between, is a **missing `\`** ([`codes::MISSING_CONTINUATION`]): it is
//!      reported and dropped, never merged into the command before it.
//!    * `--set`, `--add` and `--remove` values are split at the first `:` (`prop:value`), or at
//!      a `<` that comes before any `:` (`prop<file`, the value is then read from that file).
//!
//! Diagnostic codes, severities and wording are in [`codes`]; errors are what dsconfig cannot
//! run, warnings the rest.

use std::borrow::Cow;

use serde::Serialize;

mod command;
mod diagnostics;
mod lines;
mod options;
mod position;
mod words;

#[cfg(test)]
mod tests;

pub use diagnostics::{ParseDiagnostic, codes};
pub use options::{GLOBAL_OPTIONS, GlobalOption, global_option, is_subcommand};
pub(crate) use position::floor_char_boundary;
pub use position::{LineIndex, line_col};

/// A range of byte offsets into the parsed text, `start..end`. Both ends are char boundaries.
///
/// The offsets are 32-bit: a parsed file holds one span per word, and a smaller word keeps
/// more of them in the cache. Texts of 4 GiB or more are not parsed (see [`parse`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    start: u32,
    end: u32,
}

/// The largest offset a span holds, and so the largest text the parser reads, in bytes.
pub const MAX_TEXT: usize = u32::MAX as usize;

impl Span {
    /// The span `start..end`. Offsets past [`MAX_TEXT`] are taken as [`MAX_TEXT`]: the parser
    /// makes none.
    pub const fn new(start: usize, end: usize) -> Span {
        Span {
            start: offset(start),
            end: offset(end),
        }
    }

    /// An empty span at `offset`, for "something is missing here".
    pub const fn empty(offset: usize) -> Span {
        Span::new(offset, offset)
    }

    /// Offset of the first byte.
    pub const fn start(self) -> usize {
        self.start as usize
    }

    /// Offset just past the last byte.
    pub const fn end(self) -> usize {
        self.end as usize
    }

    /// Its length in bytes.
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }

    /// Whether it covers no byte.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `offset` lies inside it (`start <= offset < end`).
    pub const fn contains(self, offset: usize) -> bool {
        self.start() <= offset && offset < self.end()
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The text it covers in `text`; empty when it does not fit `text`.
    pub fn text(self, text: &str) -> &str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    /// The 1-based line and column (in characters) of its start in `text`.
    pub fn line_col(self, text: &str) -> (usize, usize) {
        line_col(text, self.start())
    }
}

/// `at` as a span offset.
const fn offset(at: usize) -> u32 {
    // Compared as 64-bit numbers: on 32-bit platforms every offset fits.
    if at as u64 > u32::MAX as u64 {
        u32::MAX
    } else {
        at as u32
    }
}

/// One shell word of a command.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Word<'a> {
    /// The word as dsconfig receives it: quotes removed, escapes applied, continuations joined.
    /// Borrowed from the parsed text when it is one slice of it (`plain`, `'quoted value'`);
    /// owned only when quotes, escapes or a continuation join several pieces.
    pub text: Cow<'a, str>,
    /// The raw word in the source, quotes included. It may cover a `\` + line break, and comment
    /// lines skipped inside a continued command.
    pub span: Span,
}

impl Word<'_> {
    /// The word's text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// What an option is, as far as the parser can tell without the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OptionKind {
    /// Where and how to connect: `--hostname`, `--port`, `--bindDN`, `--useSSL`, `--trustAll`…
    Connection,
    /// How dsconfig behaves: `--no-prompt`, `--quiet`, `--applyChangeTo`, `--offline`, `--help`…
    Behaviour,
    /// `--set prop:value`: replaces every value of the property.
    Set,
    /// `--add prop:value`: adds one value to a multi-valued property.
    Add,
    /// `--remove prop:value`: removes one value.
    Remove,
    /// `--reset prop`: back to the default; the value is the property name.
    Reset,
    /// `--type T` of a `create-…` subcommand.
    Type,
    /// A naming argument, `--<x>-name V` (`--pipe-name`, `--map-name`…).
    Naming,
    /// Any other option (`--property`, `--json-field`…).
    Other,
}

impl OptionKind {
    /// Whether it is a global option of dsconfig rather than an argument of the subcommand.
    pub const fn is_global(self) -> bool {
        matches!(self, OptionKind::Connection | OptionKind::Behaviour)
    }
}

/// A `--set`, `--add` or `--remove` value split into property and value: a view into the
/// value's word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct PropertyAssignment<'c> {
    /// The property name: the text before the first `:` (or `<`).
    pub property: &'c str,
    /// Where the property name's characters are in the source.
    pub property_span: Span,
    /// The text after the separator: the value, or the file path when `from_file`.
    pub value: &'c str,
    /// Where the value's characters are in the source (an opening quote before the value is
    /// not included).
    pub value_span: Span,
    /// `prop<file`: dsconfig reads the value from the file `value` names.
    pub from_file: bool,
}

/// One option of a command, with its value when it takes one: a view into the command's words
/// (see [`ParsedCommand::options`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct CommandOption<'c, 'a> {
    /// The option word, such as `--set` or `-n`.
    pub name: &'c Word<'a>,
    /// What it is.
    pub kind: OptionKind,
    /// The word taken as its value; `None` for a flag, or when the value is missing.
    pub value: Option<&'c Word<'a>>,
    /// For `--set`, `--add` and `--remove`: the value split into property and value. `None`
    /// for other kinds and when the value has no `:` or `<` (which is reported).
    pub property: Option<PropertyAssignment<'c>>,
}

/// How a command holds an option: indexes into its words, so that no text is held twice, in
/// 32 bytes. The linter walks every option of the files several times (a 10 MB file holds
/// about 250,000), and half the size was half the memory to walk. Indexes and offsets are
/// 32-bit: a command cannot have four billion words in memory, and the value of a property
/// assignment 4 GiB long or more is left unsplit (no property).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct StoredOption {
    /// The option word's index in [`ParsedCommand::args`].
    name: u32,
    /// Its value's index, [`NO_VALUE`] for none.
    value: u32,
    kind: OptionKind,
    /// For a property assignment: the offset of the `:` or `<` in the value's text, [`NO_VALUE`]
    /// for none (a sentinel rather than an `Option`, which would make every option larger).
    separator: u32,
    /// For a property assignment: where the property name starts and ends and where the value
    /// starts and ends in the source, as offsets from the start of the value word's span.
    offsets: [u32; 4],
}

const NO_VALUE: u32 = u32::MAX;

impl StoredOption {
    /// The index of its value in [`ParsedCommand::args`].
    fn value(&self) -> Option<usize> {
        (self.value != NO_VALUE).then_some(self.value as usize)
    }

    /// For a property assignment: the offset of the separator in the value's text.
    fn separator(&self) -> Option<usize> {
        (self.separator != NO_VALUE).then_some(self.separator as usize)
    }

    /// For a property assignment: the property name and the value split from `value`, its value
    /// word, with where each is in the source.
    fn assignment<'c>(&self, value: &'c Word<'_>) -> Option<PropertyAssignment<'c>> {
        let k = self.separator()?;
        let text = value.as_str();
        let at = |i: usize| value.span.start() + self.offsets[i] as usize;
        Some(PropertyAssignment {
            property: text.get(..k).unwrap_or(""),
            property_span: Span::new(at(0), at(1)),
            value: text.get(k + 1..).unwrap_or(""),
            value_span: Span::new(at(2), at(3)),
            from_file: text.as_bytes().get(k) == Some(&b'<'),
        })
    }
}

/// One dsconfig command of a batch file. It serializes as it reads: span, program, subcommand,
/// options (each with its name, kind, value and property), leading words and words.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ParsedCommand<'a> {
    /// From the start of its first word to the end of its last (a `$ ` prompt included).
    pub span: Span,
    /// The `dsconfig` word (or a path to it, such as `bin/dsconfig`); `None` for a bare
    /// subcommand.
    pub program: Option<Word<'a>>,
    /// The subcommand, such as `create-sync-pipe`; `None` when it is missing (reported).
    pub subcommand: Option<Word<'a>>,
    /// Every word after the program except the subcommand, in source order: first the
    /// [`leading`](Self::leading) ones, then the [`words`](Self::words) after the subcommand.
    args: Vec<Word<'a>>,
    /// How many of `args` come before the subcommand.
    leading_len: usize,
    /// Every option in source order, global options included wherever they appear. A boxed
    /// slice: the options do not change once parsed, and without a capacity each command is 8
    /// bytes smaller. (The words stay a `Vec`: as a boxed slice too, the peak memory of the
    /// lint benchmark grew by 5 MB, from how the allocator placed the list of commands.)
    stored: Box<[StoredOption]>,
}

impl<'a> ParsedCommand<'a> {
    /// The arguments as dsconfig receives them: `"dsconfig"`, then every word after the program
    /// in source order (leading global options, the subcommand, its options and values), each
    /// unquoted exactly as the shell would pass it.
    pub fn argv(&self) -> Vec<String> {
        let mut argv = Vec::with_capacity(2 + self.args.len());
        argv.push("dsconfig".to_owned());
        argv.extend(self.leading().iter().map(|w| w.text.to_string()));
        argv.extend(self.subcommand.iter().map(|w| w.text.to_string()));
        argv.extend(self.words().iter().map(|w| w.text.to_string()));
        argv
    }

    /// The words between the program and the subcommand (global options given first, such as
    /// `--no-prompt`, and their values); every word after the program when there is no
    /// subcommand.
    pub fn leading(&self) -> &[Word<'a>] {
        self.args.get(..self.leading_len).unwrap_or(&[])
    }

    /// Every word after the subcommand, in source order, for round trips.
    pub fn words(&self) -> &[Word<'a>] {
        self.args.get(self.leading_len..).unwrap_or(&[])
    }

    /// Every word after the program except the subcommand: [`leading`](Self::leading), then
    /// [`words`](Self::words). Option indexes ([`CommandOption`]) count in this list.
    pub fn args(&self) -> &[Word<'a>] {
        &self.args
    }

    /// The subcommand's text, such as `create-sync-pipe`.
    pub fn subcommand_name(&self) -> Option<&str> {
        self.subcommand.as_ref().map(Word::as_str)
    }

    /// How many options it has.
    pub fn option_count(&self) -> usize {
        self.stored.len()
    }

    /// Every option in source order, global options included wherever they appear.
    pub fn options(&self) -> impl ExactSizeIterator<Item = CommandOption<'_, 'a>> + Clone {
        self.stored.iter().map(|o| self.view(o))
    }

    /// The options with the indexes of their name and value words in [`args`](Self::args).
    pub fn option_indexes(&self) -> impl Iterator<Item = (usize, Option<usize>)> + '_ {
        self.stored.iter().map(|o| (o.name as usize, o.value()))
    }

    fn view(&self, o: &StoredOption) -> CommandOption<'_, 'a> {
        let name = &self.args[o.name as usize];
        let value = o.value().and_then(|v| self.args.get(v));
        CommandOption {
            name,
            kind: o.kind,
            value,
            property: value.and_then(|value| o.assignment(value)),
        }
    }

    /// The options of one kind, in source order.
    pub fn options_of(&self, kind: OptionKind) -> impl Iterator<Item = CommandOption<'_, 'a>> {
        self.stored
            .iter()
            .filter(move |o| o.kind == kind)
            .map(|o| self.view(o))
    }

    /// For the linter, which asks for thousands of values: the values `--set`, `--add` or
    /// `--remove` give `property`, with the option's kind, without building a whole
    /// [`CommandOption`]. The separator's offset is the property name's length, so options on
    /// other properties are mostly passed over without reading their words.
    pub(crate) fn assignments_to<'p>(
        &self,
        property: &'p str,
    ) -> impl Iterator<Item = (OptionKind, &str)> + use<'_, 'a, 'p> {
        self.stored
            .iter()
            .filter(move |o| o.separator() == Some(property.len()))
            .filter_map(move |o| {
                let text = self.args.get(o.value()?)?.as_str();
                let k = o.separator as usize;
                let (name, value) = (text.get(..k)?, text.get(k + 1..)?);
                (name == property).then_some((o.kind, value))
            })
    }

    /// For the linter: whether a `--set`, `--add`, `--remove` or `--reset` names one of
    /// `properties`. As in [`assignments_to`](Self::assignments_to), assignments to names of
    /// other lengths are passed over without reading their words.
    pub(crate) fn names_any_of(&self, properties: &[&str]) -> bool {
        self.stored.iter().any(|o| {
            let word = || Some(self.args.get(o.value()?)?.as_str());
            if o.kind == OptionKind::Reset {
                word().is_some_and(|name| properties.contains(&name))
            } else if let Some(k) = o
                .separator()
                .filter(|&k| properties.iter().any(|p| p.len() == k))
            {
                word()
                    .and_then(|text| text.get(..k))
                    .is_some_and(|name| properties.contains(&name))
            } else {
                false
            }
        })
    }

    /// For the linter: every option as its kind, its value word and, for a property
    /// assignment, the property, the value and their spans, without building a whole
    /// [`CommandOption`].
    pub(crate) fn raw_options(
        &self,
    ) -> impl Iterator<
        Item = (
            OptionKind,
            Option<&Word<'a>>,
            Option<PropertyAssignment<'_>>,
        ),
    > {
        self.stored.iter().map(|o| {
            let value = o.value().and_then(|v| self.args.get(v));
            let property = value.and_then(|value| o.assignment(value));
            (o.kind, value, property)
        })
    }

    /// Whether an option takes values out (`--remove`, `--reset`): a command without one gives
    /// its properties exactly the values it sets and adds.
    pub(crate) fn has_removals(&self) -> bool {
        self.stored
            .iter()
            .any(|o| matches!(o.kind, OptionKind::Remove | OptionKind::Reset))
    }

    /// The value of the first option named `name` (such as `--pipe-name`), if it has one.
    pub fn option_value(&self, name: &str) -> Option<&str> {
        self.stored
            .iter()
            .find(|o| self.args[o.name as usize].text == name)
            .and_then(|o| self.args.get(o.value()?))
            .map(Word::as_str)
    }
}

impl Serialize for ParsedCommand<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        /// The options as a list of views.
        struct Options<'c, 'a>(&'c ParsedCommand<'a>);

        impl Serialize for Options<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(self.0.options())
            }
        }

        let mut command = serializer.serialize_struct("ParsedCommand", 6)?;
        command.serialize_field("span", &self.span)?;
        command.serialize_field("program", &self.program)?;
        command.serialize_field("subcommand", &self.subcommand)?;
        command.serialize_field("options", &Options(self))?;
        command.serialize_field("leading", self.leading())?;
        command.serialize_field("words", self.words())?;
        command.end()
    }
}

/// Where a `--set`/`--add`/`--remove` value splits: its first `:`, or a `<` before any `:`.
fn separator(text: &str) -> Option<usize> {
    crate::swar::find2(text.as_bytes(), b':', b'<')
}

/// The result of [`parse`]: the commands and everything worth reporting, both in source order.
/// It borrows the words from the parsed text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Document<'a> {
    /// The commands, in source order. Lines that are not dsconfig commands are not here.
    pub commands: Vec<ParsedCommand<'a>>,
    /// Every diagnostic, sorted by position.
    pub diagnostics: Vec<ParseDiagnostic>,
}

impl<'a> Document<'a> {
    /// Adds the commands and diagnostics of `later`, a part of the same text that follows this
    /// one (see [`parts`]).
    pub fn append(&mut self, mut later: Document<'a>) {
        self.commands.append(&mut later.commands);
        self.diagnostics.append(&mut later.diagnostics);
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// The error diagnostics.
    pub fn errors(&self) -> impl Iterator<Item = &ParseDiagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
    }
}

/// Parses a dsconfig batch file (or a shell snippet of dsconfig commands).
///
/// Never panics and never fails: whatever cannot be read becomes a diagnostic, and the commands
/// that could be read are returned. Linear in the size of `text`.
pub fn parse(text: &str) -> Document<'_> {
    parse_lines(text, 0, text.len())
}

/// A part of a batch file that parses on its own exactly as it does within the whole file, with
/// spans that are offsets in the whole: what lets a large file be parsed on several threads.
/// Made by [`parts`].
#[derive(Clone, Copy, Debug)]
pub struct Part<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Part<'a> {
    /// The commands and diagnostics of this part, as [`parse`] gives them for the whole text.
    pub fn parse(self) -> Document<'a> {
        parse_lines(self.text, self.start, self.end)
    }

    /// Its length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether it holds no text.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// `text` cut into at most `wanted` parts of about equal size (fewer when blank lines are
/// scarce: a part starts just after one) that, parsed one by one and [appended](Document::append)
/// in order, give what [`parse`] gives for the whole.
pub fn parts(text: &str, wanted: usize) -> Vec<Part<'_>> {
    // A text too large to parse is one part, which says so once.
    let wanted = if spans_count(text.len()) { wanted } else { 1 };
    let cuts = lines::cuts(text, wanted);
    let starts = std::iter::once(0).chain(cuts.iter().copied());
    let ends = cuts.iter().copied().chain(std::iter::once(text.len()));
    starts
        .zip(ends)
        .map(|(start, end)| Part { text, start, end })
        .collect()
}

/// The commands of the lines from `start` to `end` (each the start of a line, or the end of the
/// text).
fn parse_lines(text: &str, start: usize, end: usize) -> Document<'_> {
    if let Some(too_large) = too_large(text.len()) {
        return Document {
            commands: Vec::new(),
            diagnostics: vec![too_large],
        };
    }
    // Sized for commands a little shorter than most in real files (about 250 to 400 bytes in
    // Ping's), so that the list seldom grows: each growth moves every command made so far.
    let mut doc = Document {
        commands: Vec::with_capacity(end.saturating_sub(start) / BYTES_PER_COMMAND),
        diagnostics: Vec::new(),
    };
    let mut reader = lines::LineReader::new(text, start, end);
    let mut splitter = words::Splitter::new(text);
    let mut tokens = Vec::new();
    let mut stored = Vec::new();
    let mut word_diagnostics = Vec::new();
    loop {
        tokens.clear();
        splitter.begin_command();
        let Some(info) = reader.next_logical(&mut splitter, &mut tokens, &mut doc.diagnostics)
        else {
            break;
        };
        word_diagnostics.clear();
        splitter.end_command(&mut tokens, &mut word_diagnostics);
        command::build(
            &mut tokens,
            &mut stored,
            &splitter,
            &info,
            &mut word_diagnostics,
            &mut doc,
        );
    }
    // Nearly sorted already (a dangling `\` is reported before the words in front of it), and
    // the sort is stable, so this is linear in practice.
    doc.diagnostics
        .sort_by_key(|d| (d.span.start(), d.span.end()));
    // Up to half the list's capacity is unused after growing by doubling; documents are held
    // for as long as the linter works on them.
    doc.commands.shrink_to_fit();
    doc
}

/// Whether spans can count to the end of a text of `len` bytes ([`MAX_TEXT`] at most).
fn spans_count(len: usize) -> bool {
    u32::try_from(len).is_ok()
}

/// What the parser says of a text of `len` bytes that spans cannot count, and so reads none of.
fn too_large(len: usize) -> Option<ParseDiagnostic> {
    (!spans_count(len)).then(|| {
        ParseDiagnostic::error(
            codes::TEXT_TOO_LARGE,
            Span::empty(0),
            format!(
                "the text is {len} bytes, and the parser reads at most {MAX_TEXT}: split it into several files"
            ),
        )
    })
}

/// A guess at the bytes per command of a batch file, from below (see [`parse_lines`]).
const BYTES_PER_COMMAND: usize = 192;
