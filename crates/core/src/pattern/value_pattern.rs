//! PingDataSync value patterns, the `value-pattern` of a constructed attribute mapping.
//!
//! The language (DS-ATTRMAP, DS-JSON in the domain reference, §2.7):
//!
//! * Text is copied verbatim, except that `{{` stands for `{` and `}}` for `}`.
//! * `{attr}` inserts the value of a source attribute; the name is an attribute description
//!   (`uid`, `userPassword;binary`, a numeric OID).
//! * `{attr.field.sub}` reads a field of a JSON-valued attribute, as deep as needed. A name that
//!   starts with a digit is a numeric OID and takes no field path (its dots belong to the OID).
//! * `{attr:jsonEscape}` escapes the value for use inside a JSON string (without adding quotes).
//! * `{attr:/regex/replacement/flags}` rewrites the value with a Java regex; the last `/` is
//!   required even without flags. Inside the regex and the replacement, `\` escapes the next
//!   character (so `\/` is a literal `/`) and balanced braces are allowed (`a{2}`, `${name}`).
//!   See [`REGEX_FLAGS`] for the flag letters.
//!
//! Decisions for what the documentation leaves open:
//!
//! * `${VAR}` (`$`, `{`, a shell variable name, `}`) is a template that Ping's Docker tooling
//!   substitutes before `dsconfig` runs (`.subst` files), so it is kept verbatim as a
//!   [`Part::Template`] and never read as a `{VAR}` reference. `[X]` and `<x>` are plain text.
//! * `{{` is read greedily from the left: `{{uid}}` is the literal text `{uid}`, and `{{{uid}}}`
//!   is `{`, a reference, `}`. A lone `}` is an error, as is a `{` without its `}`.
//! * `jsonEscape` is matched exactly; another capitalisation is only a warning, because whether
//!   the server ignores case there is not documented.
//! * `{1}`, `{2}`… are DN wildcard references, which only a `to-dn-pattern` has
//!   ([`super::dn_pattern`]); in a value pattern they are an error.

use std::borrow::Cow;
use std::fmt;

pub use super::regex_check::REGEX_FLAGS;
use super::regex_check::{check_flags, check_regex, check_replacement};
use super::text::{char_len_at, plural, template_end};
use super::{Parsed, Problem, attribute};

/// A parsed value pattern: its parts in order, borrowing from the pattern text (validation
/// parses every pattern of every mapping on every keystroke; only text with `{{` or `}}` in it
/// is copied).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValuePattern<'a> {
    /// Literal text, templates and references, in the order they appear.
    pub parts: Vec<Part<'a>>,
}

/// One piece of a value pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    /// Text copied as is.
    Literal {
        /// Byte offset of the text's first character in the pattern.
        offset: usize,
        /// The text, with `{{` and `}}` already turned into `{` and `}`.
        text: Cow<'a, str>,
    },
    /// A `${VAR}` template, kept verbatim.
    Template {
        /// Byte offset of the `$`.
        offset: usize,
        /// The template as written, `${` and `}` included.
        text: &'a str,
    },
    /// An attribute (or, in a `to-dn-pattern`, wildcard) reference in braces.
    Reference(Reference<'a>),
}

/// A `{…}` reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference<'a> {
    /// Byte offset of the opening `{`.
    pub offset: usize,
    /// Everything before the modifier, as written: `contact.ubidEmailJSON.value`.
    pub name: &'a str,
    /// The attribute description: `contact`, `userPassword;binary`, `2.5.4.3`; or the wildcard
    /// number (`1`) in a `to-dn-pattern`.
    pub attribute: &'a str,
    /// The JSON field path after the attribute: `["ubidEmailJSON", "value"]`.
    pub fields: Vec<&'a str>,
    /// What is done to the value.
    pub modifier: Modifier<'a>,
}

impl Reference<'_> {
    /// The wildcard number of a `{1}`-style reference, when the name is all digits.
    pub fn wildcard(&self) -> Option<usize> {
        wildcard_number(self.name)
    }
}

/// What a reference does to the value before inserting it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Modifier<'a> {
    /// Inserted as is: `{uid}`.
    None,
    /// Escaped for a JSON string: `{givenName:jsonEscape}`.
    JsonEscape,
    /// Rewritten by a regex: `{givenname:/^(.)(.*)/$1/s}`.
    Regex(RegexTransform<'a>),
}

/// The parts of `/regex/replacement/flags`, as written (escapes kept).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegexTransform<'a> {
    /// The Java regex.
    pub regex: &'a str,
    /// The `Matcher` replacement (`$1`, `${name}`, `\$`).
    pub replacement: &'a str,
    /// The flag letters, possibly empty.
    pub flags: &'a str,
}

/// Parses a `value-pattern`; offsets are into `pattern`.
pub fn parse(pattern: &str) -> Parsed<ValuePattern<'_>> {
    let (value, problems) = parse_in(pattern, 0, Mode::Value);
    Parsed::new(Some(value), problems)
}

impl<'a> ValuePattern<'a> {
    /// Parses a `value-pattern`; the same as [`parse`].
    pub fn parse(pattern: &'a str) -> Parsed<ValuePattern<'a>> {
        parse(pattern)
    }

    /// The references, in order.
    pub fn references(&self) -> impl Iterator<Item = &Reference<'a>> {
        self.parts.iter().filter_map(|part| match part {
            Part::Reference(reference) => Some(reference),
            _ => None,
        })
    }

    /// The source attributes referenced (without JSON field paths or wildcard numbers), in order
    /// of first use; repeats, compared case-insensitively, are left out.
    pub fn attributes(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for reference in self.references() {
            let name = reference.attribute;
            if reference.wildcard().is_none()
                && !name.is_empty()
                && !names.iter().any(|n| n.eq_ignore_ascii_case(name))
            {
                names.push(name);
            }
        }
        names
    }

    /// The value this pattern builds when `value_for(name)` gives each reference's value.
    ///
    /// `value_for` receives [`Reference::name`] (the attribute with its JSON field path, or the
    /// wildcard number). `:jsonEscape` values are escaped with [`json_escape`]. Regex transforms
    /// are **not** applied (there is no regex engine in this crate): the value goes in as given.
    /// `${VAR}` templates are kept verbatim.
    pub fn expand(&self, value_for: impl Fn(&str) -> String) -> String {
        self.expand_mapped(|reference| value_for(reference.name), |t| t.to_string())
            .0
    }

    /// Expands, and records where each part starts in the output: `(output offset, part index)`.
    fn expand_mapped(
        &self,
        value_for: impl Fn(&Reference<'_>) -> String,
        template: impl Fn(&str) -> String,
    ) -> (String, Vec<usize>) {
        let mut out = String::new();
        let mut starts = Vec::with_capacity(self.parts.len());
        for part in &self.parts {
            starts.push(out.len());
            match part {
                Part::Literal { text, .. } => out.push_str(text),
                Part::Template { text, .. } => out.push_str(&template(text)),
                Part::Reference(reference) => {
                    let value = value_for(reference);
                    match reference.modifier {
                        Modifier::JsonEscape => out.push_str(&json_escape(&value)),
                        Modifier::None | Modifier::Regex(_) => out.push_str(&value),
                    }
                }
            }
        }
        (out, starts)
    }
}

/// Escapes `value` for the inside of a JSON string (no quotes added): `"` `\` and control
/// characters, as RFC 8259 requires.
pub fn json_escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// Why a value pattern does not build JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// The pattern has errors, so it was not expanded; these are the errors.
    Pattern(Vec<Problem>),
    /// The expansion is not valid JSON.
    Json {
        /// Byte offset into the pattern of the part where the JSON parser stopped.
        offset: usize,
        /// The expansion that was parsed.
        expanded: String,
        /// What the JSON parser said, as a lowercase sentence.
        message: String,
    },
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonProblem::Pattern(problems) => {
                let first = problems.first().map_or("", |p| p.message.as_str());
                write!(f, "the value pattern has errors: {first}")
            }
            JsonProblem::Json { message, .. } => f.write_str(message),
        }
    }
}

/// The sample value put in for every reference by [`expands_to_valid_json`].
pub const JSON_SAMPLE_VALUE: &str = "x";

/// The sample put in for every `${VAR}` template by [`expands_to_valid_json`]: a number, so a
/// template stands for a JSON value outside quotes (`{{"n":${N}}}`) and for text inside them.
pub const JSON_SAMPLE_TEMPLATE: &str = "0";

/// Whether `pattern` builds valid JSON: every reference is expanded to [`JSON_SAMPLE_VALUE`]
/// (escaped where `:jsonEscape`), every `${VAR}` to [`JSON_SAMPLE_TEMPLATE`], and the result is
/// parsed as one JSON value. A reference outside quotes (`{{"a":{uid}}}`) therefore fails, since
/// the value would have to be JSON itself.
pub fn expands_to_valid_json(pattern: &str) -> Result<(), JsonProblem> {
    parsed_expands_to_valid_json(pattern, parse(pattern))
}

/// The top-level field names of the JSON object `pattern` builds (see
/// [`ValuePattern::json_object_fields`]); `None` when it has errors.
pub fn json_object_fields(pattern: &str) -> Option<Vec<String>> {
    let parsed = parse(pattern);
    if parsed.has_errors() {
        return None;
    }
    parsed.value?.json_object_fields()
}

impl ValuePattern<'_> {
    /// The top-level field names of the JSON object this pattern builds, expanded as
    /// [`expands_to_valid_json`] expands it; `None` when it does not build an object.
    pub fn json_object_fields(&self) -> Option<Vec<String>> {
        let (expanded, _) = self.expand_mapped(
            |_| JSON_SAMPLE_VALUE.into(),
            |_| JSON_SAMPLE_TEMPLATE.into(),
        );
        match serde_json::from_str::<serde_json::Value>(&expanded).ok()? {
            serde_json::Value::Object(object) => {
                Some(object.into_iter().map(|(field, _)| field).collect())
            }
            _ => None,
        }
    }
}

/// [`expands_to_valid_json`] for a pattern [`parse`]d already.
pub fn parsed_expands_to_valid_json(
    pattern: &str,
    parsed: Parsed<ValuePattern>,
) -> Result<(), JsonProblem> {
    let errors: Vec<Problem> = parsed.errors().cloned().collect();
    if !errors.is_empty() {
        return Err(JsonProblem::Pattern(errors));
    }
    let Some(value) = parsed.value else {
        return Err(JsonProblem::Pattern(errors));
    };
    let (expanded, starts) = value.expand_mapped(
        |_| JSON_SAMPLE_VALUE.into(),
        |_| JSON_SAMPLE_TEMPLATE.into(),
    );
    // Only whether it parses matters: nothing is built, nothing allocated.
    let Err(error) = serde_json::from_str::<serde_json::Value>(&expanded) else {
        return Ok(());
    };
    let at = if error.is_eof() {
        expanded.len()
    } else {
        json_error_offset(&expanded, error.line(), error.column())
    };
    let offset = pattern_offset(pattern, &value, &starts, at);
    let text = error.to_string();
    let text = match text.rfind(" at line ") {
        Some(cut) => &text[..cut],
        None => text.as_str(),
    };
    let message = format!(
        "the pattern does not expand to valid JSON: {} at byte {at} of the expansion, from \
         byte {offset} of the pattern",
        text.replace('`', "'")
    );
    Err(JsonProblem::Json {
        offset,
        expanded,
        message,
    })
}

/// The byte offset serde_json means by `line` and `column` (1-based; the column counts bytes).
fn json_error_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let mut at = (line_start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Maps an offset in the expansion back to the pattern.
fn pattern_offset(pattern: &str, value: &ValuePattern<'_>, starts: &[usize], at: usize) -> usize {
    let Some(index) = starts.iter().rposition(|&start| start <= at) else {
        return 0;
    };
    match &value.parts[index] {
        Part::Literal { offset, .. } => {
            // Walk the source: `{{` and `}}` are two bytes for one.
            let (mut source, mut out) = (*offset, starts[index]);
            while out < at && source < pattern.len() {
                if pattern[source..].starts_with("{{") || pattern[source..].starts_with("}}") {
                    source += 2;
                    out += 1;
                } else {
                    let len = char_len_at(pattern, source);
                    source += len;
                    out += len;
                }
            }
            source.min(pattern.len())
        }
        Part::Template { offset, .. } => *offset,
        Part::Reference(reference) => reference.offset,
    }
}

/// Which property a pattern belongs to; changes what `{1}` means and some messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A `value-pattern` (or the pattern half of a `conditional-value-pattern`).
    Value,
    /// A `to-dn-pattern` whose `from-dn-pattern` has this many wildcards.
    ToDn {
        /// The number of `*` and `**` in the `from-dn-pattern`.
        wildcards: usize,
    },
}

/// Parses `pattern`, which starts at byte `base` of the string the caller reports offsets into.
pub(crate) fn parse_in(pattern: &str, base: usize, mode: Mode) -> (ValuePattern<'_>, Vec<Problem>) {
    let mut parser = Parser {
        s: pattern,
        base,
        mode,
        parts: Vec::new(),
        literal: None,
        unescaped: String::new(),
        problems: Vec::new(),
    };
    parser.run();
    (
        ValuePattern {
            parts: parser.parts,
        },
        parser.problems,
    )
}

struct Parser<'a> {
    s: &'a str,
    base: usize,
    mode: Mode,
    parts: Vec<Part<'a>>,
    /// The literal text being collected, as the span of the pattern it covers: (start, end,
    /// whether it held `{{` or `}}`, which makes it differ from that span).
    literal: Option<(usize, usize, bool)>,
    /// The text of an unescaped literal, built only once one has `{{` or `}}`.
    unescaped: String,
    problems: Vec<Problem>,
}

impl<'a> Parser<'a> {
    fn run(&mut self) {
        let s = self.s;
        let b = s.as_bytes();
        if s.is_empty() {
            let message = match self.mode {
                Mode::Value => {
                    "empty value pattern: expected literal text or a reference such as {uid}"
                }
                Mode::ToDn { .. } => {
                    "empty to-dn-pattern: expected a DN pattern such as {1},ou=people,dc=example,dc=com"
                }
            };
            self.problems.push(Problem::error(self.base, message));
            return;
        }
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'{' if b.get(i + 1) == Some(&b'{') => {
                    self.push_unescaped(i, "{");
                    i += 2;
                }
                b'}' if b.get(i + 1) == Some(&b'}') => {
                    self.push_unescaped(i, "}");
                    i += 2;
                }
                b'{' => {
                    self.flush_literal();
                    i = self.reference(i);
                }
                b'}' => {
                    let at = self.base + i;
                    self.problems.push(Problem::error(
                        at,
                        format!(
                            "stray '}}' at byte {at}: expected '}}}}' for a literal '}}', or a \
                             '{{' before it to start a reference"
                        ),
                    ));
                    self.push_literal(i, i + 1);
                    i += 1;
                }
                b'$' => match template_end(s, i) {
                    Some(end) => {
                        self.flush_literal();
                        self.parts.push(Part::Template {
                            offset: self.base + i,
                            text: &s[i..end],
                        });
                        i = end;
                    }
                    None => {
                        self.push_literal(i, i + 1);
                        i += 1;
                    }
                },
                _ => {
                    // The whole run up to the next brace or `$` at once, not a character at a
                    // time (those three are ASCII, so the run ends on a character boundary).
                    let end = b[i..]
                        .iter()
                        .position(|c| matches!(c, b'{' | b'}' | b'$'))
                        .map_or(b.len(), |n| i + n);
                    self.push_literal(i, end);
                    i = end;
                }
            }
        }
        self.flush_literal();
    }

    /// Adds the pattern's bytes `start..end`, which stand for themselves, to the literal.
    fn push_literal(&mut self, start: usize, end: usize) {
        match &mut self.literal {
            // Literal pieces follow one another: the span grows.
            Some((_, literal_end, unescaped)) => {
                *literal_end = end;
                if *unescaped {
                    self.unescaped.push_str(&self.s[start..end]);
                }
            }
            None => self.literal = Some((start, end, false)),
        }
    }

    /// Adds the `{{` or `}}` at `i` to the literal as the one brace `text`.
    fn push_unescaped(&mut self, i: usize, text: &str) {
        let (start, _, unescaped) = *self.literal.get_or_insert((i, i, false));
        if !unescaped {
            // From here on the text differs from the span: copy what came before.
            self.unescaped.clear();
            self.unescaped.push_str(&self.s[start..i]);
        }
        self.unescaped.push_str(text);
        self.literal = Some((start, i + 2, true));
    }

    fn flush_literal(&mut self) {
        if let Some((start, end, unescaped)) = self.literal.take() {
            let text = if unescaped {
                Cow::Owned(std::mem::take(&mut self.unescaped))
            } else {
                Cow::Borrowed(&self.s[start..end])
            };
            self.parts.push(Part::Literal {
                offset: self.base + start,
                text,
            });
        }
    }

    /// Reports a `{` at `open` that is not closed before `stop`; keeps `open..stop` as literal
    /// text and returns `stop`, where scanning resumes.
    fn unclosed(&mut self, open: usize, stop: usize) -> usize {
        let at = self.base + open;
        let before = if stop < self.s.len() {
            format!(" before the '{{' at byte {}", self.base + stop)
        } else {
            String::new()
        };
        self.problems.push(Problem::error(
            at,
            format!(
                "unclosed '{{' opened at byte {at}: expected '}}' to end the reference{before}, \
                 or '{{{{' for a literal '{{'"
            ),
        ));
        self.push_literal(open, stop);
        self.flush_literal();
        stop
    }

    /// Parses the reference whose `{` is at `open`; returns where scanning resumes.
    fn reference(&mut self, open: usize) -> usize {
        let s = self.s;
        let b = s.as_bytes();
        // The name ends at the first of these (ASCII, so never inside a character).
        let j = b[open + 1..]
            .iter()
            .position(|c| matches!(c, b'}' | b':' | b'{'))
            .map_or(b.len(), |n| open + 1 + n);
        if j >= b.len() || b[j] == b'{' {
            return self.unclosed(open, j.min(b.len()));
        }
        let name = &s[open + 1..j];
        let (modifier, end) = if b[j] == b':' {
            match self.modifier(open, j) {
                Scan::Done(modifier, end) => (modifier, end),
                Scan::Abandoned(resume) => return resume,
            }
        } else {
            (Modifier::None, j + 1)
        };
        let (attribute, fields) = self.name(open, name, b[j] == b':');
        self.parts.push(Part::Reference(Reference {
            offset: self.base + open,
            name,
            attribute,
            fields,
            modifier,
        }));
        end
    }

    /// Checks the name of the reference at `open`; returns its attribute and field path.
    fn name(&mut self, open: usize, name: &'a str, has_modifier: bool) -> (&'a str, Vec<&'a str>) {
        let at = self.base + open + 1;
        if name.is_empty() {
            let message = if has_modifier {
                format!(
                    "missing attribute name before the ':' at byte {at}: expected a reference \
                     such as {{givenName:jsonEscape}}"
                )
            } else {
                format!(
                    "empty reference '{{}}' at byte {}: expected an attribute name such as \
                     {{uid}}, or '{{{{}}}}' for literal braces",
                    at - 1
                )
            };
            self.problems.push(Problem::error(at - 1, message));
            return ("", Vec::new());
        }
        if let Some(n) = wildcard_number(name) {
            self.wildcard(open, name, n);
            return (name, Vec::new());
        }
        if name.starts_with(|c: char| c.is_ascii_digit()) || !name.contains('.') {
            // A numeric OID keeps its dots.
            attribute::check_attribute(name, at, &mut self.problems);
            return (name, Vec::new());
        }
        let mut segments = name.split('.');
        let attribute_name = segments.next().unwrap_or_default();
        attribute::check_attribute(attribute_name, at, &mut self.problems);
        let mut fields = Vec::new();
        let mut field_at = at + attribute_name.len() + 1;
        for field in segments {
            if field.is_empty() {
                self.problems.push(Problem::error(
                    field_at,
                    format!(
                        "empty JSON field name at byte {field_at} in '{name}': expected a field \
                         name after each '.', as in {{contact.ubidEmailJSON.value}}"
                    ),
                ));
            }
            fields.push(field);
            field_at += field.len() + 1;
        }
        (attribute_name, fields)
    }

    /// Checks a `{1}` reference.
    fn wildcard(&mut self, open: usize, name: &str, n: usize) {
        let at = self.base + open;
        match self.mode {
            Mode::Value => self.problems.push(Problem::error(
                at,
                format!(
                    "'{{{name}}}' at byte {at} refers to a DN wildcard, which only a \
                     to-dn-pattern has: expected an attribute name such as {{uid}}"
                ),
            )),
            Mode::ToDn { .. } if n == 0 => self.problems.push(Problem::error(
                at,
                format!(
                    "'{{{name}}}' at byte {at} refers to wildcard 0: expected {{1}} or higher, \
                     since wildcards are numbered from 1"
                ),
            )),
            Mode::ToDn { wildcards } if n > wildcards => {
                let has = if wildcards == 0 {
                    "has no wildcards ('*' or '**')".to_string()
                } else {
                    format!("has only {}", plural(wildcards, "wildcard"))
                };
                self.problems.push(Problem::error(
                    at,
                    format!(
                        "'{{{name}}}' at byte {at} refers to wildcard {name}, but the \
                         from-dn-pattern {has}"
                    ),
                ));
            }
            Mode::ToDn { .. } => {}
        }
    }

    /// Parses the modifier after the `:` at `colon` of the reference at `open`.
    fn modifier(&mut self, open: usize, colon: usize) -> Scan<'a> {
        let s = self.s;
        let b = s.as_bytes();
        let start = colon + 1;
        if b.get(start) == Some(&b'/') {
            return self.regex(open, start);
        }
        let mut k = start;
        while k < b.len() && !matches!(b[k], b'}' | b'{') {
            k += char_len_at(s, k);
        }
        if k >= b.len() || b[k] == b'{' {
            return Scan::Abandoned(self.unclosed(open, k.min(b.len())));
        }
        let text = &s[start..k];
        let at = self.base + start;
        let modifier = if text == "jsonEscape" {
            Modifier::JsonEscape
        } else if text.eq_ignore_ascii_case("jsonEscape") {
            self.problems.push(Problem::warning(
                at,
                format!(
                    "modifier '{text}' at byte {at} differs in case from the documented \
                     'jsonEscape': expected 'jsonEscape'"
                ),
            ));
            Modifier::JsonEscape
        } else if text.is_empty() {
            self.problems.push(Problem::error(
                at,
                format!(
                    "missing modifier after the ':' at byte {}: expected 'jsonEscape' or a \
                     regex transform '/regex/replacement/flags'",
                    at - 1
                ),
            ));
            Modifier::None
        } else {
            self.problems.push(Problem::error(
                at,
                format!(
                    "unknown modifier '{text}' at byte {at}: expected 'jsonEscape' or a regex \
                     transform '/regex/replacement/flags'"
                ),
            ));
            Modifier::None
        };
        Scan::Done(modifier, k + 1)
    }

    /// Parses `/regex/replacement/flags}` whose first `/` is at `slash`.
    fn regex(&mut self, open: usize, slash: usize) -> Scan<'a> {
        let s = self.s;
        let b = s.as_bytes();
        let form = "expected {attr:/regex/replacement/flags}, with the last '/' even when there \
                    are no flags";
        let regex_end = match scan_delimited(s, slash + 1) {
            Ok(end) => end,
            Err(Some(brace)) => {
                let at = self.base + brace;
                self.problems.push(Problem::error(
                    at,
                    format!(
                        "the regex that starts at byte {} ends at the '}}' at byte {at} without \
                         its closing '/': {form}",
                        self.base + slash + 1
                    ),
                ));
                return Scan::Done(Modifier::None, brace + 1);
            }
            Err(None) => return Scan::Abandoned(self.unclosed(open, b.len())),
        };
        let replacement_end = match scan_delimited(s, regex_end + 1) {
            Ok(end) => end,
            Err(Some(brace)) => {
                let at = self.base + brace;
                self.problems.push(Problem::error(
                    at,
                    format!(
                        "the replacement that starts at byte {} ends at the '}}' at byte {at} \
                         without its closing '/': {form}",
                        self.base + regex_end + 1
                    ),
                ));
                return Scan::Done(Modifier::None, brace + 1);
            }
            Err(None) => return Scan::Abandoned(self.unclosed(open, b.len())),
        };
        let flags_start = replacement_end + 1;
        let mut k = flags_start;
        while k < b.len() && !matches!(b[k], b'}' | b'{') {
            k += char_len_at(s, k);
        }
        if k >= b.len() || b[k] == b'{' {
            return Scan::Abandoned(self.unclosed(open, k.min(b.len())));
        }
        let regex = &s[slash + 1..regex_end];
        let replacement = &s[regex_end + 1..replacement_end];
        let flags = &s[flags_start..k];
        let groups = check_regex(regex, self.base + slash + 1, &mut self.problems);
        check_replacement(
            replacement,
            self.base + regex_end + 1,
            &groups,
            &mut self.problems,
        );
        check_flags(flags, self.base + flags_start, &mut self.problems);
        let transform = RegexTransform {
            regex,
            replacement,
            flags,
        };
        Scan::Done(Modifier::Regex(transform), k + 1)
    }
}

/// How a modifier ended.
enum Scan<'a> {
    /// The reference is closed: its modifier and where scanning resumes.
    Done(Modifier<'a>, usize),
    /// The reference was left unclosed (and kept as text); scanning resumes here.
    Abandoned(usize),
}

/// Scans a regex or replacement from `start` to its closing `/`: `\` escapes the next
/// character and braces may nest. `Err(Some(i))` when a `}` at byte `i` closes the reference
/// first; `Err(None)` at the end of the string.
fn scan_delimited(s: &str, start: usize) -> Result<usize, Option<usize>> {
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                i += 1 + if i + 1 < b.len() {
                    char_len_at(s, i + 1)
                } else {
                    0
                }
            }
            b'/' => return Ok(i),
            b'{' => {
                depth += 1;
                i += 1;
            }
            b'}' if depth == 0 => return Err(Some(i)),
            b'}' => {
                depth -= 1;
                i += 1;
            }
            _ => i += char_len_at(s, i),
        }
    }
    Err(None)
}

/// The number in an all-digit name (`1`, `12`); large numbers saturate.
fn wildcard_number(name: &str) -> Option<usize> {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(name.parse().unwrap_or(usize::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn ok(pattern: &str) -> ValuePattern<'_> {
        let parsed = parse(pattern);
        assert_eq!(parsed.problems, vec![], "{pattern}");
        parsed.value.expect("a value pattern always has a value")
    }

    /// The single problem of `pattern`, checked for offset and message.
    fn one_problem(pattern: &str, offset: usize, expected: &str) -> Problem {
        let parsed = parse(pattern);
        assert_eq!(parsed.problems.len(), 1, "{pattern}: {:?}", parsed.problems);
        let problem = parsed.problems[0].clone();
        assert_eq!(problem.offset, offset, "{pattern}: {problem:?}");
        assert!(
            problem.message.contains(expected),
            "{pattern}: {:?} lacks {expected:?}",
            problem.message
        );
        problem
    }

    fn literal(offset: usize, text: &str) -> Part<'_> {
        Part::Literal {
            offset,
            text: text.into(),
        }
    }

    #[test]
    fn literal_text_and_doubled_braces() {
        assert_eq!(ok("user").parts, vec![literal(0, "user")]);
        assert_eq!(ok("{{}}").parts, vec![literal(0, "{}")]);
        assert_eq!(ok("{{uid}}").parts, vec![literal(0, "{uid}")]);
        assert_eq!(ok("a - b é").parts, vec![literal(0, "a - b é")]);
        assert_eq!(ok("[X] <y> $ $1 %%").attributes(), Vec::<&str>::new());
    }

    #[test]
    fn references_with_paths_and_options() {
        let pattern = ok("{uid}.{sn}@example.com");
        assert_eq!(pattern.attributes(), vec!["uid", "sn"]);
        assert_eq!(pattern.parts[1], literal(5, "."));
        let json = ok("{contact.ubidEmailJSON.value}");
        let reference = json.references().next().unwrap();
        assert_eq!(reference.attribute, "contact");
        assert_eq!(reference.fields, vec!["ubidEmailJSON", "value"]);
        assert_eq!(reference.name, "contact.ubidEmailJSON.value");
        assert_eq!(json.attributes(), vec!["contact"]);
        assert_eq!(
            ok("{userPassword;binary}").attributes(),
            vec!["userPassword;binary"]
        );
        let oid = ok("{2.5.4.3}");
        assert_eq!(oid.attributes(), vec!["2.5.4.3"]);
        assert!(oid.references().next().unwrap().fields.is_empty());
        assert_eq!(
            ok("{department} - {jobTitle}").attributes(),
            vec!["department", "jobTitle"]
        );
        assert_eq!(ok("{uid}{UID}{cn}").attributes(), vec!["uid", "cn"]);
    }

    #[test]
    fn json_escape_and_regex_modifiers() {
        let pattern = ok(r#"{{"given":"{givenName:jsonEscape}"}}"#);
        let reference = pattern.references().next().unwrap();
        assert_eq!(reference.offset, 11);
        assert_eq!(reference.modifier, Modifier::JsonEscape);

        let regex = ok("{givenname:/^(.)(.*)/$1/s}");
        let Modifier::Regex(transform) = &regex.references().next().unwrap().modifier else {
            panic!("expected a regex transform");
        };
        assert_eq!(transform.regex, "^(.)(.*)");
        assert_eq!(transform.replacement, "$1");
        assert_eq!(transform.flags, "s");
        ok("{a:/x//}");
        ok(r"{a:/a\/b/c\/d/gi}");
        ok("{a:/x{2}/$0y/}");
        ok("{a:/(?<first>.)/${first}/}");
        ok("uid={givenname:/^(.)(.*)/$1/s}{sn:/^(.)(.*)/$1/s}{eid}");
    }

    #[test]
    fn templates_survive_verbatim() {
        let pattern = ok(r#"{{"id":"${PING_ONE_POPULATION_ID}"}}"#);
        assert_eq!(
            pattern.parts,
            vec![
                literal(0, r#"{"id":""#),
                Part::Template {
                    offset: 8,
                    text: "${PING_ONE_POPULATION_ID}"
                },
                literal(33, r#""}"#),
            ]
        );
        assert_eq!(
            pattern.expand(|_| unreachable!()),
            r#"{"id":"${PING_ONE_POPULATION_ID}"}"#
        );
        ok(r#"{{"id":"[DEFAULT_POPULATION_ID]"}}"#);
        ok(r#"{{"id":"<population-id>"}}"#);
        ok("${A}}}");
    }

    #[test]
    fn json_object_fields_are_the_top_level_names_of_the_object_built() {
        let fields = |p| json_object_fields(p);
        assert_eq!(
            fields(r#"{{"given":"{givenName:jsonEscape}","family":"{sn:jsonEscape}"}}"#),
            Some(vec!["given".to_owned(), "family".to_owned()])
        );
        assert_eq!(
            fields(r#"{{"id":"${POP}","x":{{"y":1}}}}"#),
            Some(vec!["id".to_owned(), "x".to_owned()])
        );
        // Not an object, not JSON, or a broken pattern.
        assert_eq!(fields(r#""{uid}""#), None);
        assert_eq!(fields("{givenName} {sn}"), None);
        assert_eq!(fields(r#"{{"a":{uid}}}"#), None);
        assert_eq!(fields("{uid"), None);
    }

    #[test]
    fn expand_applies_json_escape_only() {
        let pattern = ok(r#"{{"a":"{x:jsonEscape}","b":"{x}","c":"{x:/a/b/}"}}"#);
        let out = pattern.expand(|name| {
            assert_eq!(name, "x");
            "q\"\\\n".to_string()
        });
        assert_eq!(
            out,
            "{\"a\":\"q\\\"\\\\\\n\",\"b\":\"q\"\\\n\",\"c\":\"q\"\\\n\"}"
        );
        assert_eq!(json_escape("\u{1}\t\u{8}\u{c}\ré"), "\\u0001\\t\\b\\f\\ré");
        let path = ok("{contact.mail.value}!");
        assert_eq!(
            path.expand(|name| format!("<{name}>")),
            "<contact.mail.value>!"
        );
    }

    #[test]
    fn brace_errors() {
        one_problem("{uid", 0, "unclosed '{' opened at byte 0: expected '}'");
        one_problem(
            "ab{uid{sn}",
            2,
            "unclosed '{' opened at byte 2: expected '}' to end the reference before the '{' at byte 6",
        );
        one_problem("a}b", 1, "stray '}' at byte 1: expected '}}'");
        one_problem("{uid}}", 5, "stray '}' at byte 5");
        one_problem("x{}", 1, "empty reference '{}' at byte 1");
        one_problem(
            "{:jsonEscape}",
            0,
            "missing attribute name before the ':' at byte 1",
        );
        one_problem("é{", 2, "unclosed '{' opened at byte 2");
        // The unclosed reference stays as text, so the rest is still checked.
        let parsed = parse("{a{b}c}");
        assert_eq!(parsed.problems.len(), 2, "{:?}", parsed.problems);
        assert_eq!(parsed.problems[1].offset, 6);
        assert_eq!(parsed.value.unwrap().attributes(), vec!["b"]);
    }

    #[test]
    fn name_errors() {
        one_problem("{-cn}", 1, "cannot start the attribute name");
        one_problem(
            "x{given name}",
            7,
            "a space at byte 7 in the attribute name 'given name'",
        );
        one_problem("{1abc}", 1, "not a numeric OID");
        one_problem("{a..b}", 3, "empty JSON field name at byte 3");
        one_problem("{a.}", 3, "empty JSON field name at byte 3");
        one_problem("{.a}", 1, "empty attribute name at byte 1");
        one_problem(
            "{1}",
            0,
            "refers to a DN wildcard, which only a to-dn-pattern has",
        );
        let warning = one_problem("{db_password}", 3, "'_' at byte 3");
        assert_eq!(warning.severity, Severity::Warning);
    }

    #[test]
    fn modifier_errors() {
        one_problem("{a:jsonescape}", 3, "differs in case");
        one_problem("{a:}", 3, "missing modifier after the ':' at byte 2");
        one_problem(
            "{a:upper}",
            3,
            "unknown modifier 'upper' at byte 3: expected 'jsonEscape'",
        );
        one_problem(
            "{a:/x/y}",
            7,
            "the replacement that starts at byte 6 ends at the '}' at byte 7 without its closing '/'",
        );
        one_problem(
            "{a:/x}",
            5,
            "the regex that starts at byte 4 ends at the '}' at byte 5",
        );
        one_problem("{a:/x/y/", 0, "unclosed '{' opened at byte 0");
        one_problem("{a:/x", 0, "unclosed '{' opened at byte 0");
        one_problem("{a:/x/y", 0, "unclosed '{' opened at byte 0");
        one_problem("{a:/x/y/q}", 8, "unknown regex flag 'q' at byte 8");
        one_problem("{a:/(x/y/}", 4, "unclosed '(' at byte 4 in the regex");
        one_problem("{a:/x)/y/}", 5, "unmatched ')' at byte 5");
        one_problem("{a:/[x/y/}", 4, "unclosed '['");
        one_problem(
            "{a:/(x)/$2/}",
            8,
            "'$2' at byte 8 refers to group 2, but the regex has only 1 capturing group",
        );
        one_problem(
            "{a:/x/y/i{b}",
            0,
            "unclosed '{' opened at byte 0: expected '}' to end the reference before the '{' at byte 9",
        );
        // What follows a reference with an error is still parsed.
        let parsed = parse("{a:/x/y}{b}");
        assert_eq!(parsed.value.unwrap().attributes(), vec!["a", "b"]);
    }

    #[test]
    fn empty_pattern_is_an_error() {
        one_problem("", 0, "empty value pattern");
    }

    #[test]
    fn valid_json_once_expanded() {
        for pattern in [
            r#"{{"id":"[DEFAULT_POPULATION_ID]"}}"#,
            r#"{{"given":"{uid:jsonEscape}","family":"{sn:jsonEscape}"}}"#,
            r#"{{"id":"${PING_ONE_POPULATION_ID}"}}"#,
            r#"{{"n":${COUNT}}}"#,
            r#"{{"value" : "{mail:jsonEscape}"}}"#,
            r#"{{"a":[1,2],"b":{{"c":null}}}}"#,
        ] {
            assert_eq!(expands_to_valid_json(pattern), Ok(()), "{pattern}");
        }
    }

    #[test]
    fn invalid_json_points_into_the_pattern() {
        let Err(JsonProblem::Json {
            offset,
            expanded,
            message,
        }) = expands_to_valid_json(r#"{{"a":{uid}}}"#)
        else {
            panic!("expected a JSON problem");
        };
        assert_eq!(expanded, r#"{"a":x}"#);
        assert_eq!(offset, 6, "{message}");
        assert!(
            message.starts_with("the pattern does not expand to valid JSON: expected value"),
            "{message}"
        );

        let Err(JsonProblem::Json {
            offset, message, ..
        }) = expands_to_valid_json(r#"{{"a":"b" "c":1}}"#)
        else {
            panic!("expected a JSON problem");
        };
        assert_eq!(offset, 10, "{message}");
        assert!(message.contains("expected ',' or '}'"), "{message}");

        let Err(JsonProblem::Json { offset, .. }) = expands_to_valid_json(r#"{{"a":"b""#) else {
            panic!("expected a JSON problem");
        };
        assert_eq!(offset, 9);

        assert!(matches!(
            expands_to_valid_json("user"),
            Err(JsonProblem::Json { .. })
        ));
        let Err(JsonProblem::Pattern(errors)) = expands_to_valid_json("{{\"a\":\"{x\"") else {
            panic!("expected pattern errors");
        };
        assert_eq!(errors.len(), 1);
        assert!(
            JsonProblem::Pattern(errors)
                .to_string()
                .starts_with("the value pattern has errors: unclosed")
        );
    }
}
