//! Every catalog fact has evidence, and every span says what the pages say.

use super::*;
use crate::catalog::{Presence, object_types};
use crate::version::RELEASES;

/// Everything wrong, one line each, so a run lists them all.
fn problems() -> Vec<String> {
    let mut out = Vec::new();
    for page in pages() {
        match crate::catalog::object_type(page.object) {
            None => out.push(format!("{}: no object type {}", page.url(), page.object)),
            Some(object) => {
                if let Some(t) = page.r#type
                    && !object.types.contains(&t)
                {
                    out.push(format!("{}: {} has no type {t}", page.url(), object.name));
                }
            }
        }
    }
    for note in notes() {
        let Some(object) = crate::catalog::object_type(note.object) else {
            out.push(format!("a note names no object type {}", note.object));
            continue;
        };
        if let Some(p) = note.property
            && object.property_any_version(p).is_none()
        {
            out.push(format!("a note names no property {}.{p}", object.name));
        }
    }
    for object in object_types() {
        let (pages, notes) = object_evidence(object);
        if pages.is_empty() && notes.is_empty() {
            out.push(format!("{}: no evidence for the object type", object.name));
        }
        for t in object.types {
            let (pages, notes) = type_evidence(object, t);
            if pages.is_empty() && notes.is_empty() {
                out.push(format!("{} --type {t}: no evidence", object.name));
            }
        }
        for property in object.all_properties() {
            let evidence = property_evidence(object, property);
            let name = format!("{}.{}", object.name, property.name);
            if evidence.is_empty() {
                // Nothing on record: the catalog must say so.
                if property.confirmed {
                    out.push(format!("{name}: no evidence, yet not marked unconfirmed"));
                }
                continue;
            }
            if evidence.confirms() != property.confirmed {
                out.push(format!(
                    "{name}: the catalog says confirmed = {}, the evidence {}",
                    property.confirmed,
                    evidence.confirms()
                ));
            }
            if evidence.listed.is_empty() && evidence.notes.iter().all(|n| n.release.is_none()) {
                continue;
            }
            for release in RELEASES {
                let expected = expected_presence(&evidence, *release);
                let actual = property.presence(*release);
                if expected != actual {
                    out.push(format!(
                        "{name} in {release}: the pages say {expected:?}, the catalog {actual:?}"
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn every_catalog_fact_has_evidence_and_every_span_agrees_with_the_pages() {
    let problems = problems();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn presence_between_pages_is_what_both_sides_agree_on() {
    let listed = PageIndex {
        reference: V8_3_0_3,
        product: Product::DataSync,
        file: "x.html",
        object: "sync-pipe",
        r#type: None,
        complete: true,
        properties: &["p"],
    };
    let not_listed = PageIndex {
        reference: V8_0_0_0,
        properties: &[],
        ..listed
    };
    let latest = PageIndex {
        reference: LATEST,
        ..listed
    };
    let evidence = PropertyEvidence {
        listed: vec![Box::leak(Box::new(listed)), Box::leak(Box::new(latest))],
        not_listed: vec![Box::leak(Box::new(not_listed))],
        notes: vec![],
    };
    let v = crate::version::Version::new;
    assert_eq!(expected_presence(&evidence, v(8, 0)), Presence::Absent);
    // 8.1 and 8.2 lie between a page without it and one with it.
    assert_eq!(expected_presence(&evidence, v(8, 2)), Presence::Unconfirmed);
    assert_eq!(expected_presence(&evidence, v(8, 3)), Presence::Documented);
    // Between two pages that list it.
    assert_eq!(expected_presence(&evidence, v(10, 0)), Presence::Documented);
    // Before the oldest page on record, the oldest page holds.
    assert_eq!(expected_presence(&evidence, v(7, 3)), Presence::Absent);
}

/// syncmap writes only `--type`s a page or a profile confirms: every preset, every script,
/// every release.
#[test]
fn every_type_syncmap_writes_is_confirmed() {
    use crate::plan::{self, Script};
    let mut written = std::collections::BTreeSet::new();
    for preset in crate::presets::all() {
        for release in RELEASES {
            let mut scenario = preset.scenario();
            scenario.target_version = *release;
            for script in [Script::Apply, Script::Prerequisites] {
                for command in plan::commands(&scenario, script) {
                    let Some((object, _)) = crate::catalog::subcommand(&command.subcommand) else {
                        continue;
                    };
                    for opt in command.options.iter().filter(|o| o.flag == "--type") {
                        let t = opt.value.as_deref().unwrap_or_default().to_owned();
                        written.insert((object.name, t));
                    }
                }
            }
        }
    }
    assert!(written.contains(&("sync-destination", "ping-one-customer".to_owned())));
    for (object, t) in &written {
        let object = crate::catalog::object_type(object).unwrap();
        let (pages, notes) = type_evidence(object, t);
        assert!(
            !pages.is_empty() || notes.iter().any(|n| n.source != Source::Unconfirmed),
            "{} --type {t} is written but nothing confirms it",
            object.name
        );
    }
}

/// What the pages read say of values, where they say it: multi-valued or not, the default,
/// an enumeration's values. Every difference is listed.
fn value_problems() -> Vec<String> {
    use crate::catalog::Syntax;
    let mut out = Vec::new();
    for d in details() {
        let Some(object) = crate::catalog::object_type(d.object) else {
            continue;
        };
        let Some(p) = object.property_any_version(d.property) else {
            continue;
        };
        let at = format!(
            "{}.{} ({} {})",
            d.object, d.property, d.reference.label, d.file
        );
        // The page's type, from its file name: `<type>-<object>.html`.
        let page_type = object
            .types
            .iter()
            .copied()
            .find(|t| d.file == format!("{t}-{}.html", object.name));
        let ours = crate::catalog::is_multi_for(object, p, page_type);
        if let Some(multi) = d.multi
            && multi != ours
        {
            out.push(format!("{at}: multi-valued {multi}, the catalog {ours}"));
        }
        if let (Some(page), Some(ours)) = (d.default, p.default)
            && !page.eq_ignore_ascii_case(ours)
        {
            out.push(format!("{at}: default {page:?}, the catalog {ours:?}"));
        }
        if let Syntax::Enum(values) = p.syntax {
            let listed: std::collections::BTreeSet<&str> = d.allowed.split_whitespace().collect();
            let ours: std::collections::BTreeSet<&str> = values.iter().copied().collect();
            if listed
                .iter()
                .all(|v| v.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                && listed != ours
            {
                out.push(format!("{at}: values {listed:?}, the catalog {ours:?}"));
            }
        }
    }
    out
}

#[test]
fn values_agree_with_the_pages_that_show_them() {
    let problems = value_problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
