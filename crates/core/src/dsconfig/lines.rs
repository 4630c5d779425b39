//! Physical lines to logical commands: blank lines, comments, `\` continuations, CRLF.
//!
//! Quotes are not looked at here. dsconfig's batch reader joins continued lines before it splits
//! words, so a `\` + line break is removed even inside a quoted value, and a `#` line inside a
//! continued command is a comment even when a quote is open.
//!
//! Each content line's words go to the [`Splitter`] as the line is read. A line of plain words
//! (most of them) is split by [`words::plain_line`], which finds the line's end on the way, so
//! that its bytes are read once; the rest of a line, from the first word that is not plain, is
//! cut at its end and continuation here and split by [`Splitter::segment`], with the same
//! result.

use super::diagnostics::{ParseDiagnostic, codes};
use super::words::{self, Plain, Splitter};
use super::{Span, Word};

/// What is known about a logical command before its words are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct LogicalInfo {
    /// Its first line starts with white space.
    pub indented: bool,
    /// A blank line, or the start of the file, comes between the previous logical command and
    /// this one (comment lines do not count).
    pub separated: bool,
    /// The line just before it is a comment ending in a continuation `\`: part of a command
    /// was commented out and this line was not.
    pub after_commented_continuation: bool,
}

enum Kind {
    Blank,
    Comment,
    Content,
}

/// The start of a physical line, where its indentation (spaces and tabs) ends, and what it is.
struct Line {
    start: usize,
    indent_end: usize,
    kind: Kind,
}

/// Reads logical commands one at a time.
pub(super) struct LineReader<'a> {
    text: &'a str,
    pos: usize,
    /// Where reading stops: the end of the text, or of the part being read.
    end: usize,
    separated: bool,
    last_comment_continued: bool,
}

impl<'a> LineReader<'a> {
    /// A reader of the lines from `start` (the start of a line) to `end` (the end of the text,
    /// or of a line), in the state the start of the text puts it in.
    pub(super) fn new(text: &'a str, start: usize, end: usize) -> LineReader<'a> {
        LineReader {
            text,
            pos: start,
            end: end.min(text.len()),
            separated: true,
            last_comment_continued: false,
        }
    }

    /// The next physical line, not yet read past its first byte that is not white space: its
    /// end is found by [`LineReader::skip_to_end`], or on the way by [`words::plain_line`].
    fn next_line(&self) -> Option<Line> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        if start >= self.end {
            return None;
        }
        let mut indent_end = start;
        while indent_end < self.end && matches!(bytes.get(indent_end), Some(b' ' | b'\t')) {
            indent_end += 1;
        }
        let kind = match bytes.get(indent_end).filter(|_| indent_end < self.end) {
            None | Some(b'\n') => Kind::Blank,
            Some(b'#') => Kind::Comment,
            // The other white space (`\r`, vertical tab, form feed) is rare.
            Some(&b) if is_blank(b) => {
                let rest = bytes.get(indent_end..self.end).unwrap_or(&[]);
                match rest.iter().find(|&&b| !is_blank(b)) {
                    None | Some(b'\n') => Kind::Blank,
                    Some(b'#') => Kind::Comment,
                    Some(_) => Kind::Content,
                }
            }
            Some(_) => Kind::Content,
        };
        Some(Line {
            start,
            indent_end,
            kind,
        })
    }

    /// Reads to the end of the line that starts at `start`, from `from` (no line break lies
    /// between them): returns the end of its content (before `\r\n` or `\n`).
    fn skip_to_end(&mut self, start: usize, from: usize) -> usize {
        let bytes = self.text.as_bytes();
        let from = from.min(self.end);
        // memchr: lines are short, and its set-up is a few instructions where `str::find` takes
        // a couple of hundred.
        let end = match memchr::memchr(b'\n', bytes.get(from..self.end).unwrap_or(&[])) {
            Some(k) => {
                self.pos = from + k + 1;
                from + k
            }
            None => {
                self.pos = self.end;
                self.end
            }
        };
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end
        }
    }

    /// Reads the next logical command into `splitter` and `words` (continuation backslashes,
    /// line breaks and skipped comment lines left out) and returns what is known about it;
    /// `None` at the end of the text.
    pub(super) fn next_logical(
        &mut self,
        splitter: &mut Splitter<'a>,
        words: &mut Vec<Word<'a>>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) -> Option<LogicalInfo> {
        loop {
            let line = self.next_line()?;
            match line.kind {
                Kind::Blank => {
                    self.skip_to_end(line.start, line.indent_end);
                    self.separated = true;
                    self.last_comment_continued = false;
                }
                Kind::Comment => {
                    let end = self.skip_to_end(line.start, line.indent_end);
                    self.last_comment_continued =
                        continuation(self.text, line.start, end).is_some();
                }
                Kind::Content => {
                    let info = LogicalInfo {
                        indented: self
                            .text
                            .as_bytes()
                            .get(line.start)
                            .is_some_and(|&b| is_blank(b)),
                        separated: self.separated,
                        after_commented_continuation: self.last_comment_continued,
                    };
                    self.separated = false;
                    self.last_comment_continued = false;
                    self.read_continued(line, splitter, words, diagnostics);
                    return Some(info);
                }
            }
        }
    }

    /// Reads the first line and every line it continues into.
    fn read_continued(
        &mut self,
        line: Line,
        splitter: &mut Splitter<'a>,
        words: &mut Vec<Word<'a>>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) {
        let mut pending = self.read_content(&line, splitter, words, diagnostics);
        while let Some(backslash) = pending {
            let Some(line) = self.next_line() else {
                diagnostics.push(dangling(backslash, "the end of the file"));
                return;
            };
            match line.kind {
                Kind::Blank => {
                    self.skip_to_end(line.start, line.indent_end);
                    diagnostics.push(dangling(backslash, "a blank line"));
                    self.separated = true;
                    return;
                }
                Kind::Comment => {
                    self.skip_to_end(line.start, line.indent_end);
                }
                Kind::Content => {
                    pending = self.read_content(&line, splitter, words, diagnostics);
                }
            }
        }
    }

    /// Reads one content line's words; returns the offset of its continuation backslash, if
    /// any.
    fn read_content(
        &mut self,
        line: &Line,
        splitter: &mut Splitter<'a>,
        words: &mut Vec<Word<'a>>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) -> Option<usize> {
        // Most lines hold plain words only: read at once, end found on the way. Outside a quote
        // or a word the indentation only separates words, so reading starts after it.
        let mut from = line.start;
        if splitter.between_words() {
            match words::plain_line(self.text, line.indent_end, self.end, words) {
                Plain::Ended(at) => {
                    self.pos = if at < self.end { at + 1 } else { self.end };
                    return None;
                }
                Plain::Continued(backslash) => {
                    self.pos = (backslash + 2).min(self.end);
                    return Some(backslash);
                }
                Plain::Stopped(at) => from = at,
            }
        }
        let end = self.skip_to_end(line.start, from);
        let (content_end, backslash) = match continuation(self.text, line.start, end) {
            Some((backslash, trailing)) => {
                if trailing {
                    diagnostics.push(ParseDiagnostic::warning(
                        codes::SPACE_AFTER_BACKSLASH,
                        Span::new(backslash, end),
                        "white space after the continuation `\\` at the end of the line: a shell \
                         reads `\\ ` as an escaped space and ends the command here; expected the \
                         `\\` to be the last character of the line"
                            .to_owned(),
                    ));
                }
                (backslash, Some(backslash))
            }
            None => (end, None),
        };
        splitter.segment(Span::new(from.min(content_end), content_end), words);
        backslash
    }
}

/// Where `text` can be cut into about `wanted` parts that parse on their own exactly as they do
/// within the whole: just after a blank line, the one place where the reader's state is the
/// state the start of a text puts it in (the command before has ended, even after a dangling
/// `\`; the next one is separated). Lines are found before quotes are looked at, so no quote
/// can be open there. Each cut is the first such place at or after an even share of the text;
/// a text without blank lines stays whole. Ascending, without 0 or `text.len()`.
pub(super) fn cuts(text: &str, wanted: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut cuts = Vec::new();
    for k in 1..wanted.max(1) {
        let share = text.len() / wanted * k;
        let at = cuts.last().map_or(share, |&last: &usize| last.max(share));
        // The first line that starts at or after `at`, then line by line to a blank one.
        let mut line = match at {
            0 => Some(0),
            _ if bytes.get(at - 1) == Some(&b'\n') => Some(at),
            _ => memchr::memchr(b'\n', bytes.get(at..).unwrap_or_default()).map(|k| at + k + 1),
        };
        let cut = loop {
            let Some(start) = line else { break None };
            let rest = bytes.get(start..).unwrap_or_default();
            let Some(length) = memchr::memchr(b'\n', rest) else {
                break None;
            };
            if rest[..length].iter().all(|&b| is_blank(b)) {
                break Some(start + length + 1);
            }
            line = Some(start + length + 1);
        };
        match cut {
            Some(cut) if cut < text.len() && cuts.last().is_none_or(|&last| cut > last) => {
                cuts.push(cut);
            }
            Some(_) => {}
            None => break,
        }
    }
    cuts
}

/// Space, tab and the other ASCII white space a line can hold (`\r` included: a lone one is
/// invisible in editors).
fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | 0x0b | 0x0c)
}

/// Whether the line `start..end` ends with a continuation `\` (an odd number of backslashes,
/// possibly followed by white space): its offset, and whether white space follows it.
fn continuation(text: &str, start: usize, end: usize) -> Option<(usize, bool)> {
    // On the line's slice, read from its end: no bounds to check byte by byte.
    let line = text.as_bytes().get(start..end)?;
    let last = line
        .iter()
        .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\r'))
        .map_or(0, |p| p + 1);
    let backslashes = line
        .get(..last)?
        .iter()
        .rev()
        .take_while(|&&b| b == b'\\')
        .count();
    (backslashes % 2 == 1).then_some((start + last - 1, last < line.len()))
}

fn dangling(backslash: usize, what: &str) -> ParseDiagnostic {
    ParseDiagnostic::warning(
        codes::DANGLING_CONTINUATION,
        Span::new(backslash, backslash + 1),
        format!(
            "the line ends with a continuation `\\` but {what} follows, so the command ends \
             here; expected another line of the command, or no `\\`"
        ),
    )
}
