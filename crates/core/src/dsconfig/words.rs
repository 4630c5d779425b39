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

/// A word and what [`super::command`] needs to map its text back to the source.
#[derive(Clone, Debug)]
pub(super) struct Token<'a> {
    pub word: Word<'a>,
    /// Source offset of the word's first text character (after an opening quote).
    pub text_start: usize,
    /// Source offset just past its last text character (before a closing quote).
    pub text_end: usize,
    /// Where its pieces are in [`Splitter::pieces`]: `(text offset, source offset)` where each
    /// piece of the text starts. Empty when the text is the one source slice
    /// `text_start..text_end`.
    pieces: (usize, usize),
}

impl Token<'_> {
    /// The source offset of the text character at `index` (or of the end, for the length);
    /// `pieces` is the [`Splitter::pieces`] of the command the token comes from.
    pub fn source_offset(&self, pieces: &[(usize, usize)], index: usize) -> usize {
        let (from, to) = self.pieces;
        let Some(pieces) = pieces.get(from..to).filter(|p| !p.is_empty()) else {
            return self.text_start + index;
        };
        let after = pieces.partition_point(|&(t, _)| t <= index);
        match after.checked_sub(1).and_then(|k| pieces.get(k)) {
            Some(&(t, s)) => s + (index - t),
            None => self.text_start,
        }
    }
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
    // The word being read.
    in_word: bool,
    start: usize,
    raw_end: usize,
    single: Option<(usize, usize)>,
    spilled: bool,
    /// Where the word's pieces start in `pieces`.
    first_piece: usize,
    pieces: Vec<(usize, usize)>,
}

impl<'a> Splitter<'a> {
    pub(super) fn new(text: &'a str) -> Splitter<'a> {
        Splitter {
            text,
            scratch: String::new(),
            in_word: false,
            start: 0,
            raw_end: 0,
            single: None,
            spilled: false,
            first_piece: 0,
            pieces: Vec::new(),
        }
    }

    /// The piece maps of the words of the last command split, for [`Token::source_offset`].
    pub(super) fn pieces(&self) -> &[(usize, usize)] {
        &self.pieces
    }

    /// Appends the words of the logical command made of `segments` to `tokens`.
    pub(super) fn split(
        &mut self,
        segments: &[Span],
        tokens: &mut Vec<Token<'a>>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) {
        let bytes = self.text.as_bytes();
        let mut quote = Quote::None;
        let mut quote_at = 0;
        self.in_word = false;
        self.pieces.clear();
        for segment in segments {
            let end = segment.end.min(bytes.len());
            let mut i = segment.start.min(end);
            while i < end {
                match quote {
                    Quote::None => {
                        let b = bytes[i];
                        if b == b' ' || b == b'\t' {
                            if self.in_word {
                                tokens.push(self.finish());
                            }
                            i += 1;
                            continue;
                        }
                        if !self.in_word {
                            self.begin(i);
                        }
                        match b {
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
                                i += 1;
                                while i < end && !NORMAL_SPECIAL[bytes[i] as usize] {
                                    i += 1;
                                }
                                self.push(run, i);
                            }
                        }
                    }
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
                            } else if i + 1 < end
                                && matches!(bytes[i + 1], b'"' | b'\\' | b'$' | b'`')
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
        }
        if quote != Quote::None {
            let (name, mark) = if quote == Quote::Single {
                ("single", "'")
            } else {
                ("double", "\"")
            };
            diagnostics.push(ParseDiagnostic::error(
                codes::UNTERMINATED_QUOTE,
                Span::new(quote_at, quote_at + 1),
                format!(
                    "unterminated {name} quote: found `{mark}` with no closing `{mark}` before \
                     the end of the command; expected a closing `{mark}`, or `\\` at the end of \
                     the line if the value goes on"
                ),
            ));
        }
        if self.in_word {
            tokens.push(self.finish());
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

    fn finish(&mut self) -> Token<'a> {
        self.in_word = false;
        let span = Span::new(self.start, self.raw_end);
        let pieces = (self.first_piece, self.pieces.len());
        let (text, text_start, text_end) = if self.spilled {
            let own = self.pieces.get(pieces.0..).unwrap_or(&[]);
            let first = own.first().map_or(self.start, |&(_, s)| s);
            let last_end = own
                .last()
                .map_or(self.start, |&(t, s)| s + (self.scratch.len() - t));
            (Cow::Owned(self.scratch.clone()), first, last_end)
        } else if let Some((a, b)) = self.single {
            (Cow::Borrowed(self.text.get(a..b).unwrap_or("")), a, b)
        } else {
            // Only empty quotes: `''` or `""`.
            (Cow::Borrowed(""), self.start, self.start)
        };
        Token {
            word: Word { text, span },
            text_start,
            text_end,
            pieces,
        }
    }
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
