//! The edits that take a multi-valued property from one list of values to another, as dsconfig
//! applies them: `--remove` takes one value out, `--add` appends one at the end, `--reset`
//! empties the property (see [`crate::docs::DSCONFIG_USAGE`] and
//! [`crate::docs::DSCONFIG_ADD_VALUE`]). Values keep the
//! order they were added in, so a list whose order changed needs its moved values removed and
//! added again.

/// One operation on a multi-valued property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edit<'v> {
    /// `--reset`: every value goes.
    Reset,
    /// `--remove value`.
    Remove(&'v str),
    /// `--add value`.
    Add(&'v str),
}

/// The edits from `before` to `after`: the longest start of `after` that `before` already
/// holds in that order stays, every other value of `before` is removed, and the rest of
/// `after` is added in order. None when the lists are equal; a reset when `after` is empty.
pub(crate) fn edits<'v, B: AsRef<str>, A: AsRef<str>>(
    before: &'v [B],
    after: &'v [A],
) -> Vec<Edit<'v>> {
    let before: Vec<&'v str> = before.iter().map(AsRef::as_ref).collect();
    let after: Vec<&'v str> = after.iter().map(AsRef::as_ref).collect();
    if before == after {
        return Vec::new();
    }
    if after.is_empty() {
        return vec![Edit::Reset];
    }
    // The kept start: what removing the other values of `before` leaves, in its order.
    let kept = (0..=after.len())
        .rev()
        .find(|&k| {
            let start = &after[..k];
            let left: Vec<&str> = before
                .iter()
                .copied()
                .filter(|v| start.contains(v))
                .collect();
            left == start
        })
        .unwrap_or(0);
    let start = &after[..kept];
    let mut edits: Vec<Edit<'v>> = Vec::new();
    for value in before.iter().copied() {
        if !start.contains(&value) && !edits.contains(&Edit::Remove(value)) {
            edits.push(Edit::Remove(value));
        }
    }
    edits.extend(after[kept..].iter().copied().map(Edit::Add));
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use Edit::*;

    /// What dsconfig holds after applying `edits` to `before`.
    fn apply<'v>(before: &[&'v str], edits: &[Edit<'v>]) -> Vec<&'v str> {
        let mut held = before.to_vec();
        for edit in edits {
            match edit {
                Reset => held.clear(),
                Remove(v) => held.retain(|h| h != v),
                Add(v) => held.push(v),
            }
        }
        held
    }

    #[test]
    fn adds_and_removes_only_what_changed() {
        assert_eq!(edits(&["a", "b"], &["a", "b"]), []);
        assert_eq!(edits(&["a", "b"], &["a", "b", "c"]), [Add("c")]);
        assert_eq!(edits(&["a", "b", "c"], &["a", "c"]), [Remove("b")]);
        assert_eq!(edits(&["a"], &[] as &[&str]), [Reset]);
        assert_eq!(edits(&[] as &[&str], &["a"]), [Add("a")]);
    }

    #[test]
    fn a_new_order_removes_and_adds_again() {
        // The longest start that stays in order stays: only the moved value goes and comes back.
        assert_eq!(
            edits(&["a", "b", "c"], &["a", "c", "b"]),
            [Remove("b"), Add("b")]
        );
        assert_eq!(edits(&["a", "b"], &["b", "a"]), [Remove("a"), Add("a")]);
        assert_eq!(
            edits(&["a", "b", "c"], &["c", "b", "a"]),
            [Remove("a"), Remove("b"), Add("b"), Add("a")]
        );
    }

    #[test]
    fn applying_the_edits_gives_the_new_list() {
        let lists: [&[&str]; 6] = [
            &[],
            &["a"],
            &["a", "b"],
            &["b", "a"],
            &["c", "a", "d"],
            &["a", "b", "c", "d"],
        ];
        for before in lists {
            for after in lists {
                assert_eq!(
                    apply(before, &edits(before, after)),
                    after,
                    "{before:?} → {after:?}"
                );
            }
        }
    }
}
