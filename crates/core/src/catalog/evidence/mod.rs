//! Where each catalog fact comes from: the property index of each Configuration Reference page
//! read, version by version, and the admin-guide pages and Ping profiles that name the rest.
//!
//! Kept as data beside the catalog, not as comments, so that a test can hold every object type,
//! `--type`, property span and rule to it, and `syncmap catalog` can print it.

/// Which product's Configuration Reference a page belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Product {
    /// `https://docs.ping.directory/PingDataSync/<version>/config-guide/<file>`.
    DataSync,
    /// `https://docs.ping.directory/PingDirectory/<version>/config-guide/<file>`.
    Directory,
}

/// A release whose Configuration Reference was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The release as the page address spells it: `8.3.0.3`, or `latest`.
    pub label: &'static str,
    /// The release line, `None` for `latest`.
    pub release: Option<crate::version::Version>,
}

const fn reference(label: &'static str, major: u8, minor: u8) -> Reference {
    Reference {
        label,
        release: Some(crate::version::Version::new(major, minor)),
    }
}

/// The releases whose Configuration Reference pages are on record.
pub const V7_0_1_4: Reference = reference("7.0.1.4", 7, 0);
/// See [`V7_0_1_4`].
pub const V7_2_1_3: Reference = reference("7.2.1.3", 7, 2);
/// See [`V7_0_1_4`].
pub const V8_0_0_0: Reference = reference("8.0.0.0", 8, 0);
/// See [`V7_0_1_4`].
pub const V8_2_0_7: Reference = reference("8.2.0.7", 8, 2);
/// See [`V7_0_1_4`].
pub const V8_3_0_3: Reference = reference("8.3.0.3", 8, 3);
/// See [`V7_0_1_4`].
pub const V9_0_0_0: Reference = reference("9.0.0.0", 9, 0);
/// See [`V7_0_1_4`].
pub const V9_2_0_0: Reference = reference("9.2.0.0", 9, 2);
/// The newest pages, at `latest`.
pub const LATEST: Reference = Reference {
    label: "latest",
    release: None,
};

/// The property index of one Configuration Reference page: the "Basic Properties" and
/// "Advanced Properties" lists at the top of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageIndex {
    /// The release.
    pub reference: Reference,
    /// The product.
    pub product: Product,
    /// The page's file name, such as `sync-pipe.html` or `ping-one-sync-destination.html`.
    pub file: &'static str,
    /// The catalog object type the page documents, such as `sync-destination`.
    pub object: &'static str,
    /// The `--type` the page documents, `None` for an object's own page.
    pub r#type: Option<&'static str>,
    /// Whether the whole index was read: only then does a property's absence mean the release
    /// does not have it.
    pub complete: bool,
    /// The property names the index lists.
    pub properties: &'static [&'static str],
}

/// What a note rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A Ping documentation page other than a Configuration Reference index (an admin guide,
    /// release notes, a property's own section of a reference page).
    Page(&'static str),
    /// A Ping profile in the corpus, by its path under `corpus/`.
    Profile(&'static str),
    /// Nothing confirms it: syncmap keeps the fact, and anything resting on it is a warning.
    Unconfirmed,
}

/// A fact a page index does not carry: an object type, a `--type`, a property seen elsewhere, or
/// a property's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    /// The object type.
    pub object: &'static str,
    /// The `--type`, when the fact is about one.
    pub r#type: Option<&'static str>,
    /// The property, when the fact is about one.
    pub property: Option<&'static str>,
    /// Where it comes from.
    pub source: Source,
    /// The release whose guide the page is, when it shows that release has the property: it
    /// counts as that release's page listing it.
    pub release: Option<crate::version::Version>,
    /// What the source says, in a sentence.
    pub says: &'static str,
}

/// A page looked for and not found: the releases between the known ones stay unconfirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The release.
    pub reference: Reference,
    /// The product.
    pub product: Product,
    /// The page's file name.
    pub file: &'static str,
}

/// What one property's section of a reference page says of its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detail {
    /// The release of the page read.
    pub reference: Reference,
    /// The page's file name.
    pub file: &'static str,
    /// The object type.
    pub object: &'static str,
    /// The property.
    pub property: &'static str,
    /// "Multi-Valued", when the excerpt showed it.
    pub multi: Option<bool>,
    /// "Default Value", when shown and not "None".
    pub default: Option<&'static str>,
    /// "Allowed Values" as the page words it, such as "A string", "The DN of any Sync Source",
    /// or the values of an enumeration separated by spaces.
    pub allowed: &'static str,
}

/// What a rule rests on: the page its documentation URL names, and what that page states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleEvidence {
    /// The rule's code.
    pub code: &'static str,
    /// The page (or profile) that states the rule; [`Source::Unconfirmed`] when none does, and
    /// then the rule is a warning.
    pub source: Source,
    /// What the source states, in a sentence, close to its words.
    pub says: &'static str,
}

mod derive;
pub use derive::{
    PropertyEvidence, expected_presence, object_evidence, property_evidence, type_evidence,
};

mod directory;
mod endpoints;
mod mapping;

/// The data, one module per area of the catalog.
mod areas {
    use super::{Detail, Missing, Note, PageIndex, directory, endpoints, mapping};

    pub(super) const PAGES: &[&[PageIndex]] = &[endpoints::PAGES, mapping::PAGES, directory::PAGES];
    pub(super) const NOTES: &[&[Note]] = &[endpoints::NOTES, mapping::NOTES, directory::NOTES];
    pub(super) const MISSING: &[&[Missing]] =
        &[endpoints::MISSING, mapping::MISSING, directory::MISSING];
    pub(super) const DETAILS: &[&[Detail]] =
        &[endpoints::DETAILS, mapping::DETAILS, directory::DETAILS];
}

/// Every page index on record.
pub fn pages() -> impl Iterator<Item = &'static PageIndex> {
    areas::PAGES.iter().flat_map(|area| area.iter())
}

/// Every note on record.
pub fn notes() -> impl Iterator<Item = &'static Note> {
    areas::NOTES.iter().flat_map(|area| area.iter())
}

/// Every page looked for and not found.
pub fn missing() -> impl Iterator<Item = &'static Missing> {
    areas::MISSING.iter().flat_map(|area| area.iter())
}

/// What the reference pages read say of properties' values.
pub fn details() -> impl Iterator<Item = &'static Detail> {
    areas::DETAILS.iter().flat_map(|area| area.iter())
}

impl Product {
    /// The product's name in Configuration Reference addresses.
    pub fn path(self) -> &'static str {
        match self {
            Product::DataSync => "PingDataSync",
            Product::Directory => "PingDirectory",
        }
    }
}

/// The address of a Configuration Reference page.
pub fn page_url(product: Product, reference: Reference, file: &str) -> String {
    format!(
        "https://docs.ping.directory/{}/{}/config-guide/{file}",
        product.path(),
        reference.label
    )
}

impl PageIndex {
    /// The page's address.
    pub fn url(&self) -> String {
        page_url(self.product, self.reference, self.file)
    }
}

impl Reference {
    /// The release line the page describes; `latest` stands for the newest release syncmap
    /// knows.
    pub fn release(self) -> crate::version::Version {
        self.release.unwrap_or(crate::version::Version::NEWEST)
    }
}

#[cfg(test)]
mod tests;

mod rules;
#[cfg(test)]
mod tests_rules;

/// What each rule rests on: one entry per rule code of `rules.rs`, naming the page its
/// `doc_url` cites and what that page states, or [`Source::Unconfirmed`] with what is not known.
pub fn rule_evidence() -> &'static [RuleEvidence] {
    rules::RULES
}
