//! What the evidence says of one object type, `--type` or property, release by release.

use super::{Note, PageIndex, Source, notes, pages};
use crate::catalog::{ObjectType, Presence, Property};
use crate::version::{RELEASES, Version};

/// The evidence for one property.
#[derive(Clone, Debug, Default)]
pub struct PropertyEvidence {
    /// The pages whose index lists it.
    pub listed: Vec<&'static PageIndex>,
    /// The complete indexes of pages where it would be listed that do not list it.
    pub not_listed: Vec<&'static PageIndex>,
    /// Other sources.
    pub notes: Vec<&'static Note>,
}

impl PropertyEvidence {
    /// Whether anything confirms the property exists: a page lists it, or a note cites a page
    /// or a profile.
    pub fn confirms(&self) -> bool {
        !self.listed.is_empty()
            || self
                .notes
                .iter()
                .any(|note| note.source != Source::Unconfirmed)
    }

    /// Whether there is any record at all, an unconfirmed note included.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty() && self.notes.is_empty()
    }
}

/// Whether a page documents objects that have `property`: the object's own page (common
/// properties) or a page of one of the property's types. The PingOne settings are one group
/// that PingOne sync sources and destinations share (`sync::PINGONE_ENDPOINT`), so a page of
/// either documents the group.
fn covers(page: &PageIndex, object: &ObjectType, property: &Property) -> bool {
    let same_object = page.object == object.name
        || (crate::catalog::is_shared_pingone_setting(object, property)
            && matches!(page.object, "sync-source" | "sync-destination"));
    same_object
        && (property.types.is_empty() || page.r#type.is_none_or(|t| property.types.contains(&t)))
}

/// Whether a page's silence says anything of `object`: only a page of the product whose
/// server holds it (a PingDirectory page may list what DataSync also has; it cannot show what
/// DataSync lacks).
fn same_product(page: &PageIndex, object: &ObjectType) -> bool {
    page.product
        == match object.server {
            crate::catalog::Server::Sync => super::Product::DataSync,
            crate::catalog::Server::Directory => super::Product::Directory,
        }
}

/// The evidence for `property` of `object`.
pub fn property_evidence(object: &ObjectType, property: &Property) -> PropertyEvidence {
    let mut evidence = PropertyEvidence::default();
    for page in pages().filter(|page| covers(page, object, property)) {
        if page.properties.contains(&property.name) {
            evidence.listed.push(page);
        } else if page.complete
            && same_product(page, object)
            // An object's own page lists only what every type has: it says nothing of a
            // property of some types.
            && (property.types.is_empty() || page.r#type.is_some())
        {
            evidence.not_listed.push(page);
        }
    }
    evidence.notes = notes()
        .filter(|note| note.object == object.name && note.property == Some(property.name))
        .collect();
    evidence
}

/// What the pages say of `version`: listed on one of its pages, missing from all of its
/// complete ones, or, with no page of that release, what the nearest releases on either side
/// agree on, unconfirmed where they disagree. Before the oldest page on record and after the
/// newest, the nearest page holds: properties come and go where pages differ, and
/// `syncmap catalog` shows which pages each span rests on.
pub fn expected_presence(evidence: &PropertyEvidence, version: Version) -> Presence {
    let at = |release: Version| {
        let in_guide = evidence
            .notes
            .iter()
            .any(|n| n.release == Some(release) && matches!(n.source, Source::Page(_)));
        if in_guide
            || evidence
                .listed
                .iter()
                .any(|p| p.reference.release() == release)
        {
            Some(Presence::Documented)
        } else if evidence
            .not_listed
            .iter()
            .any(|p| p.reference.release() == release)
        {
            Some(Presence::Absent)
        } else {
            None
        }
    };
    if let Some(known) = at(version) {
        return known;
    }
    // RELEASES is newest first.
    let older = RELEASES
        .iter()
        .filter(|r| **r < version)
        .find_map(|r| at(*r));
    let newer = RELEASES
        .iter()
        .rev()
        .filter(|r| **r > version)
        .find_map(|r| at(*r));
    match (older, newer) {
        (Some(a), Some(b)) if a == b => a,
        (Some(a), None) | (None, Some(a)) => a,
        _ => Presence::Unconfirmed,
    }
}

/// The pages and notes that show the `--type` `type_name` of `object`.
pub fn type_evidence(
    object: &ObjectType,
    type_name: &str,
) -> (Vec<&'static PageIndex>, Vec<&'static Note>) {
    (
        pages()
            .filter(|p| p.object == object.name && p.r#type == Some(type_name))
            .collect(),
        notes()
            .filter(|n| {
                n.object == object.name && n.r#type == Some(type_name) && n.property.is_none()
            })
            .collect(),
    )
}

/// The pages and notes that show the object type itself.
pub fn object_evidence(object: &ObjectType) -> (Vec<&'static PageIndex>, Vec<&'static Note>) {
    (
        pages().filter(|p| p.object == object.name).collect(),
        notes()
            .filter(|n| n.object == object.name && n.r#type.is_none() && n.property.is_none())
            .collect(),
    )
}
