//! Every rule has exactly one piece of evidence, its documentation link is the page the
//! evidence names, and no rule rests on nothing yet is an error.

use super::{RuleEvidence, Source, rule_evidence};
use crate::diagnostic::Severity;
use crate::rules::{self, Rule};

/// Every rule of every list `rules.rs` keeps, each once.
fn every_rule() -> Vec<&'static Rule> {
    let mut all: Vec<&'static Rule> = Vec::new();
    let groups = rules::NEED_SOURCE_KIND
        .iter()
        .chain(rules::NEED_DESTINATION_KIND)
        .chain([&rules::PASSWORD_RULES, &rules::PINGONE_RULES]);
    let listed = rules::SCENARIO
        .iter()
        .chain(rules::LINT_ONLY)
        .chain(groups.flat_map(|g| g.rules));
    for rule in listed {
        if !all.iter().any(|r| r.code == rule.code) {
            all.push(rule);
        }
    }
    all
}

fn evidence_of(code: &str) -> Vec<&'static RuleEvidence> {
    rule_evidence().iter().filter(|e| e.code == code).collect()
}

#[test]
fn every_rule_has_exactly_one_entry() {
    for rule in every_rule() {
        let found = evidence_of(rule.code);
        assert_eq!(found.len(), 1, "{}: {found:?}", rule.code);
    }
}

#[test]
fn no_entry_names_a_rule_that_does_not_exist() {
    let rules = every_rule();
    for entry in rule_evidence() {
        assert!(
            rules.iter().any(|r| r.code == entry.code),
            "{} is not a rule",
            entry.code
        );
    }
    assert_eq!(rule_evidence().len(), rules.len());
}

#[test]
fn a_rule_links_the_page_its_evidence_names() {
    for rule in every_rule() {
        let entry = evidence_of(rule.code)[0];
        match entry.source {
            Source::Page(url) => assert_eq!(rule.doc_url, url, "{}", rule.code),
            Source::Unconfirmed => {}
            Source::Profile(path) => panic!("{} rests on the profile {path}", rule.code),
        }
    }
}

#[test]
fn a_rule_nothing_confirms_is_not_an_error() {
    for rule in every_rule() {
        if evidence_of(rule.code)[0].source == Source::Unconfirmed {
            assert_ne!(rule.severity, Severity::Error, "{}", rule.code);
        }
    }
}

#[test]
fn each_entry_says_something_in_a_sentence_or_two() {
    for entry in rule_evidence() {
        let says = entry.says;
        assert!(says.ends_with('.'), "{}: {says}", entry.code);
        assert!(
            says.split(". ").count() <= 3 && says.len() < 400,
            "{}: {says}",
            entry.code
        );
        assert!(!says.contains("  "), "{}: {says}", entry.code);
    }
}

#[test]
fn pages_are_ping_documentation() {
    for entry in rule_evidence() {
        if let Source::Page(url) = entry.source {
            assert!(
                url.starts_with("https://docs.pingidentity.com/")
                    || url.starts_with("https://developer.pingidentity.com/"),
                "{}: {url}",
                entry.code
            );
        }
    }
}
