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
use super::{Span, Word, scan};

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
    // The word being read, when it is not read in one go (see `split`).
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
                .unwrap_or(word.span.start);
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

    /// Appends the words of the logical command made of `segments` to `words`, which must be
    /// empty: the words' indexes are those [`Splitter::places`] takes.
    pub(super) fn split(
        &mut self,
        segments: &[Span],
        words: &mut Vec<Word<'a>>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut quote = Quote::None;
        let mut quote_at = 0;
        self.in_word = false;
        self.pieces.clear();
        self.spills.clear();
        for (n, segment) in segments.iter().enumerate() {
            let end = segment.end.min(bytes.len());
            let mut i = segment.start.min(end);
            // Whether a word that reaches the end of this segment ends there.
            let last = n + 1 == segments.len();
            while i < end {
                if quote == Quote::None && !self.in_word {
                    i = plain_words(text, i, end, last, words);
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
                            i = run_end(bytes, i + 1, end);
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
/// or a backslash, or that goes on past `end` into the next segment).
fn plain_words<'a>(
    text: &'a str,
    mut i: usize,
    end: usize,
    last: bool,
    words: &mut Vec<Word<'a>>,
) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i).filter(|_| i < end) {
        if b == b' ' || b == b'\t' {
            i += 1;
            continue;
        }
        if NORMAL_SPECIAL[usize::from(b)] {
            return i;
        }
        let run = run_end(bytes, i + 1, end);
        let ends = match bytes.get(run) {
            Some(&b) if run < end => b == b' ' || b == b'\t',
            _ => last,
        };
        if !ends {
            // Read again from its start by the caller: rare enough not to matter.
            return i;
        }
        words.push(Word {
            text: Cow::Borrowed(text.get(i..run).unwrap_or("")),
            span: Span::new(i, run),
        });
        // Past the blank that ended it (or to `end`).
        i = run + 1;
    }
    end
}

/// The first byte from `k` on (before `end`) that ends a run of ordinary characters outside
/// quotes (a blank, a quote or a backslash), or `end`.
fn run_end(bytes: &[u8], mut k: usize, end: usize) -> usize {
    // Eight bytes at a time to the first below `(` (the blanks and quotes all are) or
    // backslash, which is then looked up (it may be an ordinary `$` or `#`). The eight bytes
    // may reach past `end` (into the next line or the continuation `\`): what is found there
    // is cut to `end`. The last few bytes of the text are read one at a time.
    while k < end {
        if let Some(x) = scan::chunk(bytes, k) {
            let marks = scan::below(x, b'(') | scan::equal(x, b'\\');
            if marks == 0 {
                k += 8;
                continue;
            }
            k += scan::first(marks);
            if k >= end {
                return end;
            }
        }
        match bytes.get(k) {
            Some(&b) if !NORMAL_SPECIAL[usize::from(b)] => k += 1,
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
