//! Which lines of a new text changed from the old one, so the output can mark them. One edit
//! changes one stretch of the commands, so the lines between the common head and the common
//! tail are what changed; that takes one pass and no table, even for thousands of lines.

use std::ops::Range;

/// The range of `new`'s lines that differ from `old`'s; empty when nothing changed.
pub fn changed_lines(old: &str, new: &str) -> Range<usize> {
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old[head..]
        .iter()
        .rev()
        .zip(new[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    head..new.len() - tail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_the_changed_stretch() {
        assert_eq!(changed_lines("a\nb\nc\n", "a\nB\nc\n"), 1..2);
        assert_eq!(changed_lines("a\nb\nc", "a\nb\nx\ny\nc"), 2..4);
        assert_eq!(changed_lines("a\nb\nc", "a\nc"), 1..1);
        assert_eq!(changed_lines("same", "same"), 1..1);
        assert_eq!(changed_lines("", "new\nlines"), 0..2);
    }

    #[test]
    fn repeated_lines_do_not_overlap_head_and_tail() {
        // Head and tail both match "x": the range must stay within the new text.
        let range = changed_lines("x\nx", "x\nx\nx");
        assert!(range.start <= range.end && range.end <= 3, "{range:?}");
        assert_eq!(range.len(), 1);
    }
}
