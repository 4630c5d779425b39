//! A logical command to shell-style words: quotes, escapes and spans.
//!
//! One pass over the bytes of the command's segments (the physical lines, joined). A word whose
//! text is one contiguous slice of the source (`plain`, `"quoted value"`, `'x'`) borrows it;
//! only words built from several pieces (`prop:"value"`, `a\ b`, a quote over a continuation)
//! go through a scratch buffer and keep a map from text offsets back to source offsets, in one
//! buffer shared by the whole command (no allocation per word beyond its text).
//! The special characters are ASCII, so every piece boundary is a char boundary.

use std::borrow::Cow;

use super::diagnostics::{ParseDiagnostic, codes};
use super::{Span, Word};
use crate::swar;

/// Where the text of a word built from several pieces lies in the source.
#[derive(Clone, Copy, Debug)]
struct Spill {
    /// The word's index in the words of the command.
    word: usize,
    /// Where its pieces are in [`Splitter::pieces`].
    pieces: (usize, usize),
    /// Source offset of its first text character, and just past its last.
    text: (usize, usize),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    None,
    Single,
    Double,
}

/// Bytes that end a run of ordinary characters outside quotes.
const NORMAL_SPECIAL: [bool; 256] = table(b" \t'\"\\");

const fn table(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

/// Splits logical commands of one text into words; reuses its buffers between commands.
pub(super) struct Splitter<'a> {
    text: &'a str,
    scratch: String,
    // The quote open at the end of the last segment read, and where it opened.
    quote: Quote,
    quote_at: usize,
    // The word being read, when it is not read in one go (see `plain_words`).
    in_word: bool,
    start: usize,
    raw_end: usize,
    single: Option<(usize, usize)>,
    spilled: bool,
    /// Where the word's pieces start in `pieces`.
    first_piece: usize,
    /// `(text offset, source offset)` where each piece of a word's text starts, for the words
    /// of the last command split that were built from several pieces.
    pieces: Vec<(usize, usize)>,
    /// Those words, in order.
    spills: Vec<Spill>,
}

impl<'a> Splitter<'a> {
    pub(super) fn new(text: &'a str) -> Splitter<'a> {
        Splitter {
            text,
            scratch: String::new(),
            quote: Quote::None,
            quote_at: 0,
            in_word: false,
            start: 0,
            raw_end: 0,
            single: None,
            spilled: false,
            first_piece: 0,
            pieces: Vec::new(),
            spills: Vec::new(),
        }
    }

    /// For `words[index]`, a word of the last command split, and `k`, the offset of a
    /// character of its text: where in the source its text starts (after an opening quote),
    /// where that character starts and the next one, and where its text ends (before a
    /// closing quote).
    pub(super) fn places(&self, words: &[Word<'a>], index: usize, k: usize) -> [usize; 4] {
        let Some(spill) = self.spill(index) else {
            let Some(word) = words.get(index) else {
                return [0; 4];
            };
            // The text of a word not built from pieces is a slice of the source (see
            // `finish`), so its address says where it starts: no list of starts is kept.
            let start = (word.text.as_ptr() as usize)
                .checked_sub(self.text.as_ptr() as usize)
                .filter(|&start| start <= self.text.len())
                .unwrap_or(word.span.start());
            return [start, start + k, start + k + 1, start + word.text.len()];
        };
        let pieces = self
            .pieces
            .get(spill.pieces.0..spill.pieces.1)
            .unwrap_or(&[]);
        let source = |at: usize| {
            let after = pieces.partition_point(|&(t, _)| t <= at);
            match after.checked_sub(1).and_then(|p| pieces.get(p)) {
                Some(&(t, s)) => s + (at - t),
                None => spill.text.0,
            }
        };
        [spill.text.0, source(k), source(k + 1), spill.text.1]
    }

    fn spill(&self, index: usize) -> Option<&Spill> {
        if self.spills.is_empty() {
            return None;
        }
        let k = self.spills.binary_search_by_key(&index, |s| s.word).ok()?;
        self.spills.get(k)
    }

    /// Starts a logical command. Its words go to a list that starts empty (their indexes are
    /// those [`Splitter::places`] takes), from [`Splitter::segment`] and from [`plain_line`].
    pub(super) fn begin_command(&mut self) {
        self.quote = Quote::None;
        self.in_word = false;
        self.pieces.clear();
        self.spills.clear();
    }

    /// Whether no quote is open and no word is going on: where [`plain_line`] can read.
    pub(super) fn between_words(&self) -> bool {
        self.quote == Quote::None && !self.in_word
    }

    /// Appends the words of `segment`, the next piece of the command (a physical line's
    /// content, or what [`plain_line`] left of it), to `words`. A word that reaches the end of
    /// it goes on in the next segment, or ends with the command.
    pub(super) fn segment(&mut self, segment: Span, words: &mut Vec<Word<'a>>) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut quote = self.quote;
        let mut quote_at = self.quote_at;
        let end = segment.end().min(bytes.len());
        let mut i = segment.start().min(end);
        while i < end {
            if quote == Quote::None && !self.in_word {
                i = plain_words(text, i, end, words);
                if i >= end {
                    break;
                }
                self.begin(i);
            } else if quote == Quote::None && matches!(bytes[i], b' ' | b'\t') {
                self.finish(words);
                i += 1;
                continue;
            }
            match quote {
                Quote::None => match bytes[i] {
                    b'\'' => {
                        quote = Quote::Single;
                        quote_at = i;
                        i += 1;
                    }
                    b'"' => {
                        quote = Quote::Double;
                        quote_at = i;
                        i += 1;
                    }
                    b'\\' if i + 1 < end => {
                        let n = char_len(bytes[i + 1]).min(end - i - 1);
                        self.push(i + 1, i + 1 + n);
                        i += 1 + n;
                    }
                    _ => {
                        let run = i;
                        i = run_end(bytes, i + 1, end, &NORMAL_SPECIAL);
                        self.push(run, i);
                    }
                },
                Quote::Single => {
                    let run = i;
                    i = memchr::memchr(b'\'', &bytes[i..end]).map_or(end, |k| i + k);
                    self.push(run, i);
                    if i < end {
                        quote = Quote::None;
                        i += 1;
                    }
                }
                Quote::Double => {
                    let run = i;
                    i = memchr::memchr2(b'"', b'\\', &bytes[i..end]).map_or(end, |k| i + k);
                    self.push(run, i);
                    if i < end {
                        if bytes[i] == b'"' {
                            quote = Quote::None;
                            i += 1;
                        } else if i + 1 < end && matches!(bytes[i + 1], b'"' | b'\\' | b'$' | b'`')
                        {
                            self.push(i + 1, i + 2);
                            i += 2;
                        } else {
                            self.push(i, i + 1);
                            i += 1;
                        }
                    }
                }
            }
            self.raw_end = i;
        }
        self.quote = quote;
        self.quote_at = quote_at;
    }

    /// Ends the logical command: its last word, and a quote left open.
    pub(super) fn end_command(
        &mut self,
        words: &mut Vec<Word<'a>>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) {
        if self.quote != Quote::None {
            let (name, mark) = if self.quote == Quote::Single {
                ("single", "'")
            } else {
                ("double", "\"")
            };
            diagnostics.push(ParseDiagnostic::error(
                codes::UNTERMINATED_QUOTE,
                Span::new(self.quote_at, self.quote_at + 1),
                format!(
                    "unterminated {name} quote: found `{mark}` with no closing `{mark}` before \
                     the end of the command; expected a closing `{mark}`, or `\\` at the end of \
                     the line if the value goes on"
                ),
            ));
        }
        if self.in_word {
            self.finish(words);
        }
    }

    fn begin(&mut self, at: usize) {
        self.in_word = true;
        self.start = at;
        self.raw_end = at;
        self.single = None;
        self.spilled = false;
        self.first_piece = self.pieces.len();
    }

    /// Appends the source slice `a..b` to the word's text.
    fn push(&mut self, a: usize, b: usize) {
        if a >= b {
            return;
        }
        let piece = self.text.get(a..b).unwrap_or("");
        if self.spilled {
            self.pieces.push((self.scratch.len(), a));
            self.scratch.push_str(piece);
            return;
        }
        match self.single {
            None => self.single = Some((a, b)),
            Some((sa, sb)) if sb == a => self.single = Some((sa, b)),
            Some((sa, sb)) => {
                self.spilled = true;
                self.scratch.clear();
                self.scratch.push_str(self.text.get(sa..sb).unwrap_or(""));
                self.pieces.push((0, sa));
                self.pieces.push((self.scratch.len(), a));
                self.scratch.push_str(piece);
            }
        }
    }

    fn finish(&mut self, words: &mut Vec<Word<'a>>) {
        self.in_word = false;
        let span = Span::new(self.start, self.raw_end);
        let text = if self.spilled {
            let own = self.pieces.get(self.first_piece..).unwrap_or(&[]);
            let first = own.first().map_or(self.start, |&(_, s)| s);
            let last_end = own
                .last()
                .map_or(self.start, |&(t, s)| s + (self.scratch.len() - t));
            self.spills.push(Spill {
                word: words.len(),
                pieces: (self.first_piece, self.pieces.len()),
                text: (first, last_end),
            });
            Cow::Owned(self.scratch.clone())
        } else if let Some((a, b)) = self.single {
            Cow::Borrowed(self.text.get(a..b).unwrap_or(""))
        } else {
            // Only empty quotes: `''` or `""`. An empty slice where they start, so that where
            // the text is can be told from its address (see `places`).
            Cow::Borrowed(self.text.get(self.start..self.start).unwrap_or(""))
        };
        words.push(Word { text, span });
    }
}

/// Reads the words from `i` on that are plain runs of ordinary characters between blanks (most
/// words) straight into `words`, without the word-building state of [`Splitter`]; returns
/// where it stopped: `end`, or the start of a word that needs that state (one that has a quote
/// or a backslash, or that reaches `end` and may go on in the next segment).
fn plain_words<'a>(text: &'a str, mut i: usize, end: usize, words: &mut Vec<Word<'a>>) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i).filter(|_| i < end) {
        if b == b' ' || b == b'\t' {
            i += 1;
            continue;
        }
        if NORMAL_SPECIAL[usize::from(b)] {
            return i;
        }
        let run = run_end(bytes, i + 1, end, &NORMAL_SPECIAL);
        if !matches!(bytes.get(run), Some(b' ' | b'\t')) || run >= end {
            // Read again from its start by the caller: rare enough not to matter.
            return i;
        }
        words.push(Word {
            text: Cow::Borrowed(text.get(i..run).unwrap_or("")),
            span: Span::new(i, run),
        });
        // Past the blank that ended it.
        i = run + 1;
    }
    end
}

/// Where [`plain_line`] stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Plain {
    /// At the end of the line (its `\n`, or `limit`), every word read.
    Ended(usize),
    /// At a continuation `\` followed directly by `\n`, every word before it read.
    Continued(usize),
    /// At the start of a word it does not read: one with a quote, a backslash or a `\r`. The
    /// rest of the line is for the line reader and [`Splitter::segment`].
    Stopped(usize),
}

/// Bytes that end a plain word on a line not yet cut at its end: the special ones, and the
/// line break (a `\r` before it is not part of the content).
const LINE_SPECIAL: [bool; 256] = table(b" \t'\"\\\n\r");

/// Reads a physical line from `i` (a word's start or a blank, with no quote open and no word
/// going on, before `limit`) as long as its words are plain, straight into `words`, and finds
/// where it ends on the way: most lines of batch files are read once, without a separate
/// search for their end and without the word-building state of [`Splitter`].
///
/// What it reads is what the line reader and [`Splitter::segment`] would make of it: words
/// end at blanks, a backslash directly followed by the line break after a blank is the
/// line's one continuation `\` (an odd number), and the rest (quotes, escapes, `\r`, white
/// space after a `\`) is left to them from the start of the word it is in.
pub(super) fn plain_line<'a>(
    text: &'a str,
    mut i: usize,
    limit: usize,
    words: &mut Vec<Word<'a>>,
) -> Plain {
    let bytes = text.as_bytes();
    let limit = limit.min(bytes.len());
    loop {
        let run = run_end(bytes, i, limit, &LINE_SPECIAL);
        if run > i {
            let after = bytes.get(run).filter(|_| run < limit);
            if !matches!(after, None | Some(b' ' | b'\t' | b'\n')) {
                return Plain::Stopped(i);
            }
            words.push(Word {
                text: Cow::Borrowed(text.get(i..run).unwrap_or("")),
                span: Span::new(i, run),
            });
            match after {
                Some(b'\n') => return Plain::Ended(run),
                Some(_) => i = run + 1,
                None => return Plain::Ended(limit),
            }
            continue;
        }
        // No word starts here: a blank, the line's end, or what is left to the general path.
        match bytes.get(i).filter(|_| i < limit) {
            None => return Plain::Ended(limit),
            Some(b' ' | b'\t') => i += 1,
            Some(b'\n') => return Plain::Ended(i),
            Some(b'\\') if i + 1 < limit && bytes.get(i + 1) == Some(&b'\n') => {
                return Plain::Continued(i);
            }
            Some(_) => return Plain::Stopped(i),
        }
    }
}

/// The first byte from `k` on (before `end`) that `special` marks, or `end`.
fn run_end(bytes: &[u8], mut k: usize, end: usize, special: &[bool; 256]) -> usize {
    // Eight bytes at a time to the first below `(` (the blanks, quotes and line breaks all
    // are) or backslash, which is then looked up (it may be an ordinary `$` or `#`). The eight
    // bytes may reach past `end` (into the next line or the continuation `\`): what is found
    // there is cut to `end`. The last few bytes of the text are read one at a time.
    while k < end {
        if let Some(x) = swar::chunk(bytes, k) {
            let marks = swar::below(x, b'(') | swar::equal(x, b'\\');
            if marks == 0 {
                k += 8;
                continue;
            }
            k += swar::first(marks);
            if k >= end {
                return end;
            }
        }
        match bytes.get(k) {
            Some(&b) if !special[usize::from(b)] => k += 1,
            _ => return k,
        }
    }
    end
}

/// The length of the UTF-8 character that starts with `lead`.
fn char_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}
