//! Physical lines to logical commands: blank lines, comments, `\` continuations, CRLF.
//!
//! Quotes are not looked at here. dsconfig's batch reader joins continued lines before it splits
//! words, so a `\` + line break is removed even inside a quoted value, and a `#` line inside a
//! continued command is a comment even when a quote is open.

use super::Span;
use super::diagnostics::{ParseDiagnostic, codes};

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

    /// The next physical line: its start and the end of its content (before `\r\n` or `\n`).
    fn next_physical(&mut self) -> Option<(usize, usize)> {
        let len = self.end;
        if self.pos >= len {
            return None;
        }
        let start = self.pos;
        // memchr: lines are short, and its set-up is a few instructions where `str::find` takes
        // a couple of hundred.
        let end = match memchr::memchr(b'\n', &self.text.as_bytes()[start..len]) {
            Some(k) => {
                self.pos = start + k + 1;
                start + k
            }
            None => {
                self.pos = len;
                len
            }
        };
        let bytes = self.text.as_bytes();
        let content_end = if end > start && bytes[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        Some((start, content_end))
    }

    fn kind(&self, start: usize, end: usize) -> Kind {
        let bytes = &self.text.as_bytes()[start..end];
        match bytes.iter().copied().find(|&b| !is_blank(b)) {
            None => Kind::Blank,
            Some(b'#') => Kind::Comment,
            Some(_) => Kind::Content,
        }
    }

    /// Fills `segments` with the content of each physical line of the next logical command
    /// (continuation backslashes, line breaks and skipped comment lines left out) and returns
    /// what is known about it; `None` at the end of the text.
    pub(super) fn next_logical(
        &mut self,
        segments: &mut Vec<Span>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) -> Option<LogicalInfo> {
        segments.clear();
        loop {
            let (start, end) = self.next_physical()?;
            match self.kind(start, end) {
                Kind::Blank => {
                    self.separated = true;
                    self.last_comment_continued = false;
                }
                Kind::Comment => {
                    self.last_comment_continued = continuation(self.text, start, end).is_some();
                }
                Kind::Content => {
                    let info = LogicalInfo {
                        indented: self
                            .text
                            .as_bytes()
                            .get(start)
                            .is_some_and(|&b| is_blank(b)),
                        separated: self.separated,
                        after_commented_continuation: self.last_comment_continued,
                    };
                    self.separated = false;
                    self.last_comment_continued = false;
                    self.read_continued(start, end, segments, diagnostics);
                    return Some(info);
                }
            }
        }
    }

    /// Pushes the first line and every line it continues into.
    fn read_continued(
        &mut self,
        start: usize,
        end: usize,
        segments: &mut Vec<Span>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) {
        let mut pending = self.push_segment(start, end, segments, diagnostics);
        while let Some(backslash) = pending {
            let Some((start, end)) = self.next_physical() else {
                diagnostics.push(dangling(backslash, "the end of the file"));
                return;
            };
            match self.kind(start, end) {
                Kind::Blank => {
                    diagnostics.push(dangling(backslash, "a blank line"));
                    self.separated = true;
                    return;
                }
                Kind::Comment => {}
                Kind::Content => pending = self.push_segment(start, end, segments, diagnostics),
            }
        }
    }

    /// Pushes one line's content; returns the offset of its continuation backslash, if any.
    fn push_segment(
        &self,
        start: usize,
        end: usize,
        segments: &mut Vec<Span>,
        diagnostics: &mut Vec<ParseDiagnostic>,
    ) -> Option<usize> {
        match continuation(self.text, start, end) {
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
                segments.push(Span::new(start, backslash));
                Some(backslash)
            }
            None => {
                segments.push(Span::new(start, end));
                None
            }
        }
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
