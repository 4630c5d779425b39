//! Checks on names: LDAP attribute descriptions and configuration object names.

/// Why a string is not an LDAP attribute description (RFC 4512: a descriptor or numeric OID,
/// then options after `;`), or `None` when it is one.
///
/// The descriptor starts with an ASCII letter and goes on with letters, digits and hyphens; each
/// option is non-empty and made of letters, digits and hyphens (ldapsdk's `Attribute.nameIsValid`).
pub fn attribute_description_problem(name: &str) -> Option<String> {
    if is_plain_descriptor(name) {
        return None;
    }
    let mut parts = name.split(';');
    let base = parts.next().unwrap_or_default();
    if base.is_empty() {
        return Some("the attribute name is empty".into());
    }
    let is_oid = base.chars().next().is_some_and(|c| c.is_ascii_digit());
    if is_oid {
        let arcs_ok = base.split('.').all(|arc| {
            !arc.is_empty()
                && arc.chars().all(|c| c.is_ascii_digit())
                && (arc == "0" || !arc.starts_with('0'))
        });
        if !arcs_ok {
            return Some(format!(
                "'{base}' starts with a digit but is not a numeric OID such as 2.5.4.3"
            ));
        }
    } else if !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Some(format!("'{base}' must start with a letter"));
    } else if let Some(bad) = base
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
    {
        return Some(format!(
            "'{base}' contains {}, but only letters, digits and '-' are allowed",
            describe_char(bad)
        ));
    }
    for option in parts {
        if option.is_empty() {
            return Some("an option after ';' is empty".into());
        }
        if let Some(bad) = option
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            return Some(format!(
                "the option '{option}' contains {}, but only letters, digits and '-' are allowed",
                describe_char(bad)
            ));
        }
    }
    None
}

/// Whether `name` is the usual attribute name: a letter, then letters, digits and hyphens,
/// without options. Found in one pass over its bytes, where the checks that say what is wrong
/// with other names take several.
pub(crate) fn is_plain_descriptor(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_alphabetic)
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
}

/// A problem with a configuration object name or other free-text token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Empty, or only white space.
    Missing,
    /// Contains a line break or another control character.
    ControlCharacter(char),
    /// Starts with `-`.
    LeadingDash,
    /// Starts or ends with white space.
    SurroundingWhitespace,
}

/// Every problem with `name`, most serious first.
pub fn name_problems(name: &str) -> Vec<NameProblem> {
    // Nearly every name is printable ASCII (0x20 to 0x7e: no control character, and a space
    // is the only white space) that starts and ends with neither a space nor, at the start, a
    // dash: nothing to report, and no Unicode trimming to find that out.
    if let (Some(&first), Some(&last)) = (name.as_bytes().first(), name.as_bytes().last())
        && !matches!(first, b' ' | b'-')
        && last != b' '
        && is_printable_ascii(name)
    {
        return Vec::new();
    }
    every_name_problem(name)
}

/// Whether every byte of `text` is printable ASCII, 0x20 to 0x7e: eight bytes at a time, since
/// every name and pattern of a scenario is asked, on each keystroke and by the linter for each
/// of thousands of scenarios.
pub(crate) fn is_printable_ascii(text: &str) -> bool {
    use crate::swar::{HIGHS, at_least, below, chunk};
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(x) = chunk(bytes, at) {
        // A control byte, DEL and above, or any byte with its high bit set (not ASCII).
        if below(x, 0x20) | at_least(x, 0x7f) | (x & HIGHS) != 0 {
            return false;
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or_default();
    rest.iter().all(|b| (0x20..0x7f).contains(b))
}

/// [`name_problems`] without its shortcut: the checks themselves.
fn every_name_problem(name: &str) -> Vec<NameProblem> {
    let mut problems = Vec::new();
    if name.trim().is_empty() {
        problems.push(NameProblem::Missing);
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        problems.push(NameProblem::ControlCharacter(c));
    }
    if name.starts_with('-') {
        problems.push(NameProblem::LeadingDash);
    }
    if !name.is_empty() && name.trim() != name && !problems.contains(&NameProblem::Missing) {
        problems.push(NameProblem::SurroundingWhitespace);
    }
    problems
}

/// The edit distance between two strings, in characters, counting a swap of two neighbours as
/// one edit (optimal string alignment): `emial` is one edit from `email`, as a typist sees it.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j]; three rows are enough.
    let mut before = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j - 1] + cost)
                .min(previous[j] + 1)
                .min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut previous, current);
    }
    previous[b.len()]
}

/// [`edit_distance`] ignoring ASCII case, when it is at most `limit`; `None` otherwise. Cheap
/// for the short names it compares: no allocation up to 64 characters, and a length difference
/// over the limit answers at once.
pub fn edit_distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    const MAX: usize = 64;
    let count = |s: &str| {
        if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        }
    };
    let (a_len, b_len) = (count(a), count(b));
    if a_len.abs_diff(b_len) > limit {
        return None;
    }
    if a_len > MAX || b_len > MAX {
        let distance = edit_distance(&a.to_ascii_lowercase(), &b.to_ascii_lowercase());
        return (distance <= limit).then_some(distance);
    }
    let mut a_chars = ['\0'; MAX];
    let mut b_chars = ['\0'; MAX];
    for (slot, c) in a_chars.iter_mut().zip(a.chars()) {
        *slot = c.to_ascii_lowercase();
    }
    for (slot, c) in b_chars.iter_mut().zip(b.chars()) {
        *slot = c.to_ascii_lowercase();
    }
    let (a, b) = (&a_chars[..a_len], &b_chars[..b_len]);
    // Three rows (two back, one back, this one), rotated by index rather than copied. Distances
    // never exceed 64, so a byte holds them.
    let mut rows = [[0u8; MAX + 1]; 3];
    for (j, slot) in rows[1].iter_mut().enumerate().take(b.len() + 1) {
        *slot = j as u8;
    }
    let (mut before, mut previous, mut current) = (0, 1, 2);
    for i in 1..=a.len() {
        rows[current][0] = i as u8;
        let mut row_min = i as u8;
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut value = (rows[previous][j - 1] + cost)
                .min(rows[previous][j] + 1)
                .min(rows[current][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(rows[before][j - 2] + 1);
            }
            rows[current][j] = value;
            row_min = row_min.min(value);
        }
        // Every later row is at least this row's minimum (a swap reaches back two rows, but
        // through a cell of this row that is no larger).
        if usize::from(row_min) > limit {
            return None;
        }
        (before, previous, current) = (previous, current, before);
    }
    let distance = usize::from(rows[previous][b.len()]);
    (distance <= limit).then_some(distance)
}

/// The bucket of [`Histogram`] a byte counts in, or `None` for the continuation bytes of a
/// multi-byte character (which counts once, at its first byte).
const fn bucket(byte: u8) -> Option<usize> {
    let b = byte.to_ascii_lowercase();
    match b {
        b'a'..=b'z' => Some((b - b'a') as usize),
        b'0'..=b'9' => Some(26 + (b - b'0') as usize),
        0x80..=0xBF => None,
        _ => Some(36),
    }
}

/// Which [`Histogram`] buckets a text uses, as bits: a coarser bound than the histogram's, but
/// one that takes a single pass with no memory traffic and compares with one popcount. It
/// rules out nearly every candidate before a histogram is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CharSet(u64);

impl CharSet {
    /// The buckets `text` uses.
    pub const fn of(text: &str) -> CharSet {
        let bytes = text.as_bytes();
        let mut bits = 0u64;
        let mut i = 0;
        while i < bytes.len() {
            if let Some(bucket) = bucket(bytes[i]) {
                bits |= 1 << bucket;
            }
            i += 1;
        }
        CharSet(bits)
    }

    /// A lower bound of the edit distance between the two texts, and of
    /// [`Histogram::distance_bound`]: every bucket only one of them uses differs in count by
    /// at least one.
    pub fn distance_bound(&self, other: &CharSet) -> usize {
        ((self.0 ^ other.0).count_ones() as usize).div_ceil(2)
    }
}

/// Character counts ignoring ASCII case: a to z, 0 to 9, and one bucket for everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Histogram([u8; 37]);

impl Histogram {
    /// The counts of `text` (saturating at 255 per bucket).
    pub const fn of(text: &str) -> Histogram {
        let bytes = text.as_bytes();
        let mut counts = [0u8; 37];
        let mut i = 0;
        while i < bytes.len() {
            if let Some(bucket) = bucket(bytes[i]) {
                counts[bucket] = counts[bucket].saturating_add(1);
            }
            i += 1;
        }
        Histogram(counts)
    }

    /// A lower bound of the edit distance between the two texts: each edit changes the counts
    /// by at most two (a swap by none).
    pub fn distance_bound(&self, other: &Histogram) -> usize {
        // Byte differences summed in u16 (at most 37 * 255): the sum-of-absolute-differences
        // shape vectorizes, where widening each byte to usize did not.
        let difference: u16 = self
            .0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| u16::from(a.abs_diff(*b)))
            .sum();
        usize::from(difference).div_ceil(2)
    }
}

/// A character as people read it in a message: `'_'`, or its name for invisible ones.
pub fn describe_char(c: char) -> String {
    match c {
        '\n' => "a line break".into(),
        '\r' => "a carriage return".into(),
        '\t' => "a tab".into(),
        ' ' => "a space".into(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c => format!("'{c}'"),
    }
}

/// A name compared and hashed ignoring ASCII case, as dsconfig compares names, without a
/// lowercase copy: the validation's and the linter's sets of names.
#[derive(Clone, Copy, Debug, Eq)]
pub(crate) struct Folded<'a>(pub &'a str);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl std::hash::Hash for Folded<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // Eight folded bytes at a time: one hasher call per word, not per byte.
        let mut chunks = self.0.as_bytes().chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            for (slot, byte) in word.iter_mut().zip(chunk) {
                *slot = byte.to_ascii_lowercase();
            }
            state.write_u64(u64::from_le_bytes(word));
        }
        let mut rest = [0xffu8; 8];
        for (slot, byte) in rest.iter_mut().zip(chunks.remainder()) {
            *slot = byte.to_ascii_lowercase();
        }
        state.write_u64(u64::from_le_bytes(rest));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_ascii_word_by_word_is_byte_by_byte() {
        let mut texts: Vec<String> = (0..=255u8)
            .flat_map(|b| {
                let c = char::from(b);
                [0, 3, 7, 8, 9, 15, 16].map(move |at| {
                    let mut text: String = "abcdefghijklmnopq".chars().take(at).collect();
                    text.push(c);
                    text.push_str("~ !");
                    text
                })
            })
            .collect();
        texts.extend(
            [
                "",
                "x",
                "~~~~~~~~",
                "        ",
                "\u{7f}~~~~~~~~",
                "~~~~~~~~é",
            ]
            .map(String::from),
        );
        for text in texts {
            assert_eq!(
                is_printable_ascii(&text),
                text.bytes().all(|b| (0x20..0x7f).contains(&b)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn valid_attribute_descriptions() {
        for name in [
            "userPassword",
            "userPassword;binary",
            "cn;lang-fr",
            "x-1",
            "2.5.4.35",
            "0.1",
        ] {
            assert_eq!(attribute_description_problem(name), None, "{name}");
        }
    }

    #[test]
    fn invalid_attribute_descriptions_say_why() {
        let cases = [
            ("", "empty"),
            ("db_password", "'_'"),
            ("1abc", "not a numeric OID"),
            ("2.5..4", "not a numeric OID"),
            ("-cn", "must start with a letter"),
            ("userPassword;", "empty"),
            ("cn;lang fr", "a space"),
            ("user Password", "a space"),
        ];
        for (name, expected) in cases {
            let problem = attribute_description_problem(name).expect(name);
            assert!(problem.contains(expected), "{name}: {problem}");
        }
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("emial", "email"), 1);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("é", "e"), 1);
    }

    #[test]
    fn histograms_bound_the_edit_distance() {
        let words = [
            "",
            "a",
            "email",
            "emial",
            "EMAIL",
            "userName",
            "custom123",
            "é",
            "éa",
            "a-b_c",
        ];
        for a in words {
            for b in words {
                let bound = Histogram::of(a).distance_bound(&Histogram::of(b));
                let full = edit_distance(&a.to_ascii_lowercase(), &b.to_ascii_lowercase());
                assert!(bound <= full, "{a} {b}: bound {bound} > {full}");
                let coarse = CharSet::of(a).distance_bound(&CharSet::of(b));
                assert!(coarse <= bound, "{a} {b}: set bound {coarse} > {bound}");
            }
        }
    }

    #[test]
    fn bounded_edit_distance_agrees_with_the_full_one() {
        let words = [
            "",
            "a",
            "email",
            "emial",
            "EMAIL",
            "userName",
            "username",
            "populaton",
            "é",
            "éa",
        ];
        for a in words {
            for b in words {
                let full = edit_distance(&a.to_ascii_lowercase(), &b.to_ascii_lowercase());
                for limit in 0..4 {
                    let expected = (full <= limit).then_some(full);
                    assert_eq!(
                        edit_distance_within(a, b, limit),
                        expected,
                        "{a} {b} {limit}"
                    );
                }
            }
        }
        let long = "x".repeat(100);
        assert_eq!(edit_distance_within(&long, &long, 1), Some(0));
    }

    #[test]
    fn printable_ascii_shortcut_agrees_with_the_full_checks() {
        // The full checks, without the shortcut, for names on either side of it.
        let full = every_name_problem;
        for name in [
            "",
            " ",
            "a",
            "a b",
            " a",
            "a ",
            "-a",
            "a-",
            "~!@#$%^&*()",
            "a\tb",
            "a\u{7f}",
            "\u{85}a",
            "é",
            "a\u{a0}",
            "\u{2003}a",
            "-",
            "x\n",
        ] {
            assert_eq!(name_problems(name), full(name), "{name:?}");
        }
    }

    #[test]
    fn name_problems_are_all_reported() {
        assert_eq!(name_problems("Users_Map"), vec![]);
        assert_eq!(name_problems("SunDS>DS Attr Map"), vec![]);
        assert_eq!(name_problems(""), vec![NameProblem::Missing]);
        assert_eq!(name_problems("  "), vec![NameProblem::Missing]);
        assert_eq!(
            name_problems("-x\n"),
            vec![
                NameProblem::ControlCharacter('\n'),
                NameProblem::LeadingDash,
                NameProblem::SurroundingWhitespace
            ]
        );
    }
}
