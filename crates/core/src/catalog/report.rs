//! What syncmap knows, with what each fact rests on, as data to print (`syncmap catalog`): so
//! an admin or a reviewer can check a fact against the page it cites.

use serde::Serialize;

use super::evidence::{self, Note, PageIndex, Source};
use super::{ObjectType, Presence, Property, Server, Syntax, object_types};
use crate::version::Version;

/// The whole catalog, or what one release has.
#[derive(Clone, Debug, Serialize)]
pub struct CatalogReport {
    /// The release asked for, if any: then only what it has (or may have) is listed, under the
    /// names it uses.
    pub target_version: Option<Version>,
    /// Every object type.
    pub objects: Vec<ObjectReport>,
    /// Every rule, with the page it rests on and what that page states.
    pub rules: Vec<RuleReport>,
}

/// One rule.
#[derive(Clone, Debug, Serialize)]
pub struct RuleReport {
    /// Its code.
    pub code: &'static str,
    /// `error`, `warning` or `info`.
    pub severity: &'static str,
    /// What it checks.
    pub summary: &'static str,
    /// The page it links.
    pub doc_url: &'static str,
    /// What it rests on.
    pub evidence: Cited,
}

/// One object type.
#[derive(Clone, Debug, Serialize)]
pub struct ObjectReport {
    /// As in `create-<name>`.
    pub name: &'static str,
    /// For people.
    pub label: &'static str,
    /// `sync` or `directory`.
    pub server: &'static str,
    /// The naming arguments, parents first.
    pub naming: &'static [&'static str],
    /// Changed with `set-…-prop`, never created.
    pub singleton: bool,
    /// What shows the type exists.
    pub evidence: Vec<Cited>,
    /// Its `--type`s.
    pub types: Vec<TypeReport>,
    /// Its properties.
    pub properties: Vec<PropertyReport>,
    /// Its pages looked for and not found: the releases they would cover stay unconfirmed where
    /// the pages around them disagree.
    pub not_found: Vec<String>,
}

/// One `--type`.
#[derive(Clone, Debug, Serialize)]
pub struct TypeReport {
    /// As `--type` takes it.
    pub name: &'static str,
    /// What shows it.
    pub evidence: Vec<Cited>,
}

/// One property.
#[derive(Clone, Debug, Serialize)]
pub struct PropertyReport {
    /// As dsconfig spells it.
    pub name: &'static str,
    /// Its values.
    pub syntax: String,
    /// Takes several values.
    pub multi: bool,
    /// The `--type`s on which it takes one value all the same.
    pub single_valued_on: &'static [&'static str],
    /// dsconfig's default, when the catalog has one.
    pub default: Option<&'static str>,
    /// A create must set it.
    pub required: bool,
    /// The `--type`s that have it (empty: every type).
    pub types: &'static [&'static str],
    /// The first release whose page lists it.
    pub since: Version,
    /// The first release whose page no longer lists it.
    pub until: Option<Version>,
    /// The first release from which, up to `since`, no page on record says.
    pub unconfirmed_from: Option<Version>,
    /// The name it has in other releases.
    pub renamed: Option<&'static str>,
    /// Whether any evidence confirms it.
    pub confirmed: bool,
    /// At the target version: `documented` or `unconfirmed` (absent ones are left out).
    pub presence: Option<&'static str>,
    /// One line of help.
    pub help: &'static str,
    /// The pages whose index lists it, oldest first.
    pub listed_in: Vec<String>,
    /// The complete indexes that do not list it.
    pub not_listed_in: Vec<String>,
    /// Other sources.
    pub notes: Vec<Cited>,
    /// What the property's section of a page says of its values.
    pub values: Vec<Cited>,
}

/// A source and what it says.
#[derive(Clone, Debug, Serialize)]
pub struct Cited {
    /// A page's address, `corpus/<path>` for a Ping profile, or `unconfirmed`.
    pub source: String,
    /// What it says.
    pub says: String,
}

fn cite_page(page: &PageIndex) -> Cited {
    Cited {
        source: page.url(),
        says: match page.r#type {
            Some(t) => format!("documents --type {t}"),
            None => format!("documents {}", page.object),
        },
    }
}

fn cite_note(note: &Note) -> Cited {
    cite(note.source, note.says)
}

/// `source` as people find it (a page's address, `corpus/<path>`, or `unconfirmed`) and what
/// it says.
fn cite(source: Source, says: &str) -> Cited {
    Cited {
        source: match source {
            Source::Page(url) => url.to_owned(),
            Source::Profile(path) => format!("corpus/{path}"),
            Source::Unconfirmed => "unconfirmed".to_owned(),
        },
        says: says.to_owned(),
    }
}

fn syntax(syntax: Syntax) -> String {
    match syntax {
        Syntax::Text => "text".into(),
        Syntax::Boolean => "true | false".into(),
        Syntax::Integer => "integer".into(),
        Syntax::Duration => "duration".into(),
        Syntax::Dn => "DN".into(),
        Syntax::Filter => "LDAP filter".into(),
        Syntax::AttributeName => "attribute name".into(),
        Syntax::ValuePattern => "value pattern".into(),
        Syntax::ConditionalValuePattern => "(filter):value pattern".into(),
        Syntax::DnPattern => "DN pattern".into(),
        Syntax::Url => "URL".into(),
        Syntax::Enum(values) => values.join(" | "),
        Syntax::Reference(object) => format!("name of {object}"),
        Syntax::Secret => "secret".into(),
    }
}

fn by_release(pages: &[&PageIndex]) -> Vec<String> {
    let mut pages = pages.to_vec();
    pages.sort_by_key(|p| p.reference.release.unwrap_or(Version::new(u8::MAX, 0)));
    pages.iter().map(|p| p.url()).collect()
}

fn property_report(
    object: &ObjectType,
    property: &Property,
    version: Option<Version>,
) -> Option<PropertyReport> {
    let presence = match version.map(|v| property.presence(v)) {
        Some(Presence::Absent) => return None,
        Some(Presence::Documented) => Some("documented"),
        Some(Presence::Unconfirmed) => Some("unconfirmed"),
        None => None,
    };
    let evidence = evidence::property_evidence(object, property);
    Some(PropertyReport {
        name: property.name,
        syntax: syntax(property.syntax),
        multi: property.multi,
        single_valued_on: super::SINGLE_VALUED_ON
            .iter()
            .find(|(o, p, _)| *o == object.name && *p == property.name)
            .map_or(&[][..], |(_, _, types)| *types),
        default: property.default,
        required: property.required,
        types: property.types,
        since: property.span.since,
        until: property.span.until,
        unconfirmed_from: property.span.unconfirmed_from,
        renamed: property.renamed,
        confirmed: property.confirmed,
        presence,
        help: property.help,
        listed_in: by_release(&evidence.listed),
        not_listed_in: by_release(&evidence.not_listed),
        notes: evidence.notes.iter().map(|n| cite_note(n)).collect(),
        values: evidence::details()
            .filter(|d| d.object == object.name && d.property == property.name)
            .map(|d| Cited {
                source: evidence::page_url(
                    // The product of the page index read from the same page.
                    evidence::pages()
                        .find(|p| p.reference == d.reference && p.file == d.file)
                        .map_or(
                            if object.server == Server::Directory {
                                evidence::Product::Directory
                            } else {
                                evidence::Product::DataSync
                            },
                            |p| p.product,
                        ),
                    d.reference,
                    d.file,
                ),
                says: [
                    d.multi
                        .map(|m| format!("multi-valued: {}", if m { "yes" } else { "no" })),
                    d.default.map(|v| format!("default: {v}")),
                    (!d.allowed.is_empty()).then(|| format!("allowed: {}", d.allowed)),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; "),
            })
            .collect(),
    })
}

/// The catalog with its evidence; with a version, only what that release has or may have.
pub fn describe(version: Option<Version>) -> CatalogReport {
    let objects = object_types()
        .map(|object| {
            let (pages, notes) = evidence::object_evidence(object);
            // The object's own pages; without one, the pages of its types show it.
            let own: Vec<_> = pages.iter().filter(|p| p.r#type.is_none()).collect();
            let own_pages = if own.is_empty() {
                pages.iter().collect()
            } else {
                own
            };
            ObjectReport {
                name: object.name,
                label: object.label,
                server: match object.server {
                    Server::Sync => "sync",
                    Server::Directory => "directory",
                },
                naming: object.naming,
                singleton: object.singleton,
                evidence: own_pages
                    .into_iter()
                    .map(|p| cite_page(p))
                    .chain(notes.iter().map(|n| cite_note(n)))
                    .collect(),
                types: object
                    .types
                    .iter()
                    .map(|t| {
                        let (pages, notes) = evidence::type_evidence(object, t);
                        TypeReport {
                            name: t,
                            evidence: pages
                                .iter()
                                .map(|p| cite_page(p))
                                .chain(notes.iter().map(|n| cite_note(n)))
                                .collect(),
                        }
                    })
                    .collect(),
                properties: object
                    .all_properties()
                    .filter_map(|p| property_report(object, p, version))
                    .collect(),
                not_found: evidence::missing()
                    .filter(|m| {
                        m.file == format!("{}.html", object.name)
                            || m.file.ends_with(&format!("-{}.html", object.name))
                    })
                    .map(|m| evidence::page_url(m.product, m.reference, m.file))
                    .collect(),
            }
        })
        .collect();
    let rules = crate::rules::all()
        .map(|rule| RuleReport {
            code: rule.code,
            severity: rule.severity.as_str(),
            summary: rule.summary,
            doc_url: rule.doc_url,
            evidence: evidence::rule_evidence()
                .iter()
                .find(|e| e.code == rule.code)
                .map_or_else(
                    || cite(Source::Unconfirmed, "no evidence on record"),
                    |e| cite(e.source, e.says),
                ),
        })
        .collect();
    CatalogReport {
        target_version: version,
        objects,
        rules,
    }
}
