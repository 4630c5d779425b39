//! Byte searches eight bytes at a time, in plain integer arithmetic ("SWAR"): no `unsafe`, no
//! target features, the same code on x86 and wasm32. The parser's lines and words and the
//! names validation checks are short (a few dozen bytes): a call to `memchr` costs more in
//! set-up than it saves there, and a byte-by-byte loop costs several instructions a byte.

const ONES: u64 = u64::from_le_bytes([0x01; 8]);
pub(crate) const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// The eight bytes from `at`, as a little-endian integer (the first byte lowest); `None` when
/// fewer than eight are left.
pub(crate) fn chunk(bytes: &[u8], at: usize) -> Option<u64> {
    // `at..at + 8` rather than `at..` then its first eight: one bounds check, not two.
    let chunk = bytes.get(at..at.checked_add(8)?)?.first_chunk::<8>()?;
    Some(u64::from_le_bytes(*chunk))
}

/// The high bit of every byte of `x` below `n` (at most 0x80). The subtraction can borrow and
/// mark a byte above a marked one falsely, but never one below: the lowest mark is exact, and
/// so is whether there is any.
pub(crate) const fn below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * n as u64) & !x & HIGHS
}

/// The high bit of every byte of `x` that is at least `n` (at most 0x80), exact for every
/// byte below 0x80: each byte is subtracted from with its high bit set, so none borrows.
pub(crate) const fn at_least(x: u64, n: u8) -> u64 {
    (x | HIGHS).wrapping_sub(ONES * n as u64) & HIGHS
}

/// The high bit of every byte of `x` equal to `b`, exact for the lowest (see [`below`]).
pub(crate) const fn equal(x: u64, b: u8) -> u64 {
    below(x ^ (ONES * b as u64), 1)
}

/// The index of the byte the lowest mark of `marks` (not zero) is on: the lowest byte of
/// `marks` that is not zero.
pub(crate) const fn first(marks: u64) -> usize {
    marks.trailing_zeros() as usize / 8
}

/// The offset of the first `a` or `b` in `bytes`, if any.
pub(crate) fn find2(bytes: &[u8], a: u8, b: u8) -> Option<usize> {
    let mut k = 0;
    while let Some(x) = chunk(bytes, k) {
        let marks = equal(x, a) | equal(x, b);
        if marks != 0 {
            return Some(k + first(marks));
        }
        k += 8;
    }
    let rest = bytes.get(k..)?;
    rest.iter().position(|&c| c == a || c == b).map(|p| k + p)
}
