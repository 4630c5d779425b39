//! One stable sort for every list the browser's validation orders.
//!
//! Each element type sorted with the standard library's sorts compiles a sort of its own
//! (several kilobytes of WebAssembly each); here every caller sorts the same `(key, index)`
//! pairs, so the bundle holds one.

/// Sorts `items` by `key`, keeping the order of items with equal keys: the pairs are sorted,
/// then the items are moved into that order, as `slice::sort_by_cached_key` does.
pub(crate) fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> usize) {
    let mut order: Vec<(usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i))
        .collect();
    // The indexes make every pair distinct, so an unstable sort leaves equal keys in order.
    order.sort_unstable();
    for i in 0..items.len() {
        // Where the item for place `i` is now: earlier places swapped it away, and their
        // entries say where to.
        let mut index = order[i].1;
        while index < i {
            index = order[index].1;
        }
        order[i].1 = index;
        items.swap(i, index);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut seed = 7u32;
        for len in 0..60 {
            let items: Vec<(usize, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) as usize % 5, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|p| p.0);
            let mut sorted = items;
            sort_by_key(&mut sorted, |p| p.0);
            assert_eq!(sorted, expected);
        }
    }
}
