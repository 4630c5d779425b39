//! Byte offsets to 1-based lines and columns.

/// The 1-based line and column of byte `offset` in `text`; the column counts characters.
///
/// An offset past the end is taken as the end, and one inside a character as that character's
/// start. Linear in `offset`: for many look-ups in a large text, build a [`LineIndex`].
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset);
    let before = &text.as_bytes()[..offset];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, column(text, line_start, offset))
}

/// The start of every line of a text, for fast [`line_col`] look-ups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text` (one pass).
    pub fn new(text: &str) -> LineIndex {
        // memchr finds each line end several bytes at a time: a byte-by-byte filter was a
        // seventh of `syncmap lint --format sarif` on a 10 MB file (75 M instructions).
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// The same as [`line_col`]`(text, offset)`, for the `text` this index was built from.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        // Offset 0 is line 1, column 1: counting on from it is counting from the start.
        self.line_col_from(text, offset, (0, (1, 1)))
    }

    /// The same as [`line_col`](Self::line_col), counting the column on from `earlier`, an
    /// offset and the line and column this index gave for it, when `offset` is after it on the
    /// same line: places along one long line asked for in order then cost the distance between
    /// them rather than the distance from the line's start each.
    pub fn line_col_from(
        &self,
        text: &str,
        offset: usize,
        earlier: (usize, (usize, usize)),
    ) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset);
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let (from, (from_line, from_column)) = earlier;
        if from_line == line && from <= offset && text.is_char_boundary(from) {
            return (line, from_column + column(text, from, offset) - 1);
        }
        let line_start = self.starts.get(line - 1).copied().unwrap_or(0).min(offset);
        (line, column(text, line_start, offset))
    }

    /// The byte offset where line `number` (1-based) starts, if the text has that line.
    pub fn line_start(&self, number: usize) -> Option<usize> {
        self.starts.get(number.checked_sub(1)?).copied()
    }

    /// Line `number` (1-based) of the `text` this index was built from, without its line break:
    /// the same as `text.lines().nth(number - 1)`, in constant time rather than linear.
    pub fn line<'t>(&self, text: &'t str, number: usize) -> Option<&'t str> {
        let start = self.line_start(number)?;
        // `lines()` yields no line for the empty rest after a final line break.
        if start >= text.len() {
            return None;
        }
        let line = match self.starts.get(number) {
            // A line ended by `\n` or `\r\n` loses its ending; a last line keeps a lone `\r`.
            Some(&next) => {
                let line = text.get(start..next - 1)?;
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => text.get(start..)?,
        };
        Some(line)
    }
}

/// `offset`, or the start of the character it falls inside, within `text`.
pub(crate) fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn column(text: &str, line_start: usize, offset: usize) -> usize {
    1 + text
        .get(line_start..offset)
        .map_or(0, |s| s.chars().count())
}
