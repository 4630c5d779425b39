//! PingOne's user schema as a sync destination (REFERENCE.md §5; PingOne API "Users" and the
//! PingOne Terraform provider's user resource).

use crate::names::{CharSet, Histogram, edit_distance_within};

/// One top-level PingOne user attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UserAttribute {
    /// The name, case-sensitive.
    pub name: &'static str,
    /// Whether a user cannot be created without it (through PingDataSync).
    pub required: bool,
    /// The fields of a JSON-object value; empty for a plain value.
    pub json_fields: &'static [&'static str],
    /// Whether PingOne manages it: PingDataSync should not write it.
    pub read_only: bool,
}

const fn plain(name: &'static str) -> UserAttribute {
    UserAttribute {
        name,
        required: false,
        json_fields: &[],
        read_only: false,
    }
}

const fn json(name: &'static str, fields: &'static [&'static str]) -> UserAttribute {
    UserAttribute {
        name,
        required: false,
        json_fields: fields,
        read_only: false,
    }
}

const fn required(mut attribute: UserAttribute) -> UserAttribute {
    attribute.required = true;
    attribute
}

const fn read_only(mut attribute: UserAttribute) -> UserAttribute {
    attribute.read_only = true;
    attribute
}

/// The standard PingOne user attributes.
pub const USER_ATTRIBUTES: &[UserAttribute] = &[
    required(plain("username")),
    required(plain("email")),
    required(json("population", &["id"])),
    required(plain("resourceType")),
    plain("password"),
    plain("externalId"),
    json(
        "name",
        &[
            "given",
            "family",
            "middle",
            "formatted",
            "honorificPrefix",
            "honorificSuffix",
        ],
    ),
    json(
        "address",
        &[
            "streetAddress",
            "locality",
            "region",
            "postalCode",
            "countryCode",
        ],
    ),
    json("photo", &["href"]),
    plain("enabled"),
    plain("nickname"),
    plain("title"),
    plain("preferredLanguage"),
    plain("locale"),
    plain("timezone"),
    plain("type"),
    plain("mobilePhone"),
    plain("primaryPhone"),
    read_only(plain("account")),
    read_only(plain("identityProvider")),
    read_only(plain("lifecycle")),
    read_only(plain("mfaEnabled")),
    read_only(plain("verifyStatus")),
];

/// The character counts of each name in [`USER_ATTRIBUTES`], computed at compile time.
const HISTOGRAMS: [Histogram; USER_ATTRIBUTES.len()] = {
    let mut histograms = [Histogram::of(""); USER_ATTRIBUTES.len()];
    let mut i = 0;
    while i < USER_ATTRIBUTES.len() {
        histograms[i] = Histogram::of(USER_ATTRIBUTES[i].name);
        i += 1;
    }
    histograms
};

/// The character sets of each name in [`USER_ATTRIBUTES`], computed at compile time.
const CHAR_SETS: [CharSet; USER_ATTRIBUTES.len()] = {
    let mut sets = [CharSet::of(""); USER_ATTRIBUTES.len()];
    let mut i = 0;
    while i < USER_ATTRIBUTES.len() {
        sets[i] = CharSet::of(USER_ATTRIBUTES[i].name);
        i += 1;
    }
    sets
};

/// The attribute with exactly this name.
pub fn attribute(name: &str) -> Option<&'static UserAttribute> {
    USER_ATTRIBUTES.iter().find(|a| a.name == name)
}

/// The known attribute closest to `name`, for "did you mean": a case-insensitive match first,
/// then the nearest by edit distance when it is close enough to be a typo (a quarter of the
/// known name's length, at least one edit).
pub fn closest(name: &str) -> Option<&'static UserAttribute> {
    // Runs for every unknown mapping on every keystroke, in one pass over the known names:
    // candidates that cheap lower bounds of the distance rule out are skipped before any
    // edit-distance table is built. Cheapest first: the lengths (the known names are ASCII, so
    // bytes are characters), the characters used, then their counts, whose histogram is only
    // built when a candidate gets that far. A case-insensitive match has the same length, so
    // the length test never skips one.
    let length = if name.is_ascii() {
        name.len()
    } else {
        name.chars().count()
    };
    let set = CharSet::of(name);
    let mut histogram = None;
    let mut nearest: Option<(usize, &'static UserAttribute)> = None;
    for (a, (s, h)) in USER_ATTRIBUTES
        .iter()
        .zip(CHAR_SETS.iter().zip(HISTOGRAMS.iter()))
    {
        let limit = (a.name.len() / 4).max(1);
        if length.abs_diff(a.name.len()) > limit {
            continue;
        }
        // A case slip wins over any typo: the first one is the answer.
        if a.name.eq_ignore_ascii_case(name) {
            return Some(a);
        }
        if set.distance_bound(s) > limit
            || histogram
                .get_or_insert_with(|| Histogram::of(name))
                .distance_bound(h)
                > limit
        {
            continue;
        }
        // The first of equally near candidates, as the list orders them.
        if let Some(distance) = edit_distance_within(name, a.name, limit)
            && nearest.is_none_or(|(best, _)| distance < best)
        {
            nearest = Some((distance, a));
        }
    }
    nearest.map(|(_, a)| a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_case_slips_and_typos() {
        assert_eq!(closest("userName").map(|a| a.name), Some("username"));
        assert_eq!(closest("ExternalID").map(|a| a.name), Some("externalId"));
        assert_eq!(closest("emial").map(|a| a.name), Some("email"));
        assert_eq!(closest("populaton").map(|a| a.name), Some("population"));
        assert_eq!(closest("costCenter"), None);
    }

    #[test]
    fn closest_agrees_with_the_plain_search() {
        // Without the shortcuts: a case-insensitive match first, then the first nearest.
        let plain = |name: &str| {
            USER_ATTRIBUTES
                .iter()
                .find(|a| a.name.eq_ignore_ascii_case(name))
                .or_else(|| {
                    USER_ATTRIBUTES
                        .iter()
                        .filter_map(|a| {
                            let limit = (a.name.len() / 4).max(1);
                            edit_distance_within(name, a.name, limit).map(|d| (d, a))
                        })
                        .min_by_key(|(d, _)| *d)
                        .map(|(_, a)| a)
                })
        };
        let mut names: Vec<String> = Vec::new();
        for a in USER_ATTRIBUTES {
            let n = a.name;
            names.push(n.to_uppercase());
            names.push(format!("{n}x"));
            names.push(n[1..].to_owned());
            names.push(n.chars().rev().collect());
            names.push(format!("é{n}"));
            let mut swapped: Vec<char> = n.chars().collect();
            swapped.swap(0, 1);
            names.push(swapped.into_iter().collect());
        }
        names.extend(["", "x", "type", "mail", "custom12", "tilte", "nmae"].map(String::from));
        for name in &names {
            assert_eq!(
                closest(name).map(|a| a.name),
                plain(name).map(|a| a.name),
                "{name}"
            );
        }
    }

    #[test]
    fn known_names_are_ascii() {
        // `closest` compares byte lengths of the known names with character counts.
        assert!(USER_ATTRIBUTES.iter().all(|a| a.name.is_ascii()));
    }
}
