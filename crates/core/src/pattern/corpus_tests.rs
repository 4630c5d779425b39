//! Every pattern-valued property in the real batch files of the corpus must parse (the tests
//! are skipped without it: syncmap-test-corpus says where it is looked for).
//!
//! The values are pulled out with a deliberately simple scan: `<property>:` preceded by white
//! space or a quote (so `conditional-value-pattern:` is not read as `value-pattern:`), then up
//! to the matching quote, or up to white space when the token is unquoted (a value may itself
//! start with a quote: `prop:"value"`). Comment lines are skipped: they are not configuration.
//! None of these properties spans lines in the corpus, so continuation lines are not joined.

use super::value_pattern::{self, expands_to_valid_json};
use super::{conditional, dn_pattern, ldap_filter};

/// `(file name, text)` of every file in the corpus's repository folders, sorted; `None` when
/// the corpus is absent and the test is skipped (syncmap-test-corpus).
fn corpus_files() -> Option<Vec<(String, String)>> {
    let files: Vec<_> = syncmap_test_corpus::files()?
        .into_iter()
        .map(|f| (f.name, f.text))
        .collect();
    assert!(files.len() >= 25, "the corpus has {} files", files.len());
    Some(files)
}

/// Every value of `property` in `text`, in order.
fn values(text: &str, property: &str) -> Vec<String> {
    let needle = format!("{property}:");
    let mut found = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for (i, _) in line.match_indices(&needle) {
            let quote = match line[..i].chars().last() {
                Some(q @ ('\'' | '"')) => Some(q),
                Some(c) if c.is_whitespace() => None,
                _ => continue,
            };
            let rest = &line[i + needle.len()..];
            let value = match quote {
                Some(q) => rest.split(q).next().unwrap_or_default(),
                None => match rest.chars().next() {
                    Some(q @ ('\'' | '"')) => rest[1..].split(q).next().unwrap_or_default(),
                    _ => rest.split(char::is_whitespace).next().unwrap_or_default(),
                },
            };
            found.push(value.to_string());
        }
    }
    found
}

#[test]
fn the_value_scan_handles_the_quoting_in_the_corpus() {
    let text = "  --set value-pattern:{uid} \\\n  --set 'value-pattern:{{\"a\":\"{b}\"}}' \\\n\
                --set \"to-dn-pattern:{1},o=x\" --set conditional-value-pattern:(a=b):c \\\n\
                --set value-pattern:\"x y\"\n# --set value-pattern:commented";
    assert_eq!(
        values(text, "value-pattern"),
        vec!["{uid}", "{{\"a\":\"{b}\"}}", "x y"]
    );
    assert_eq!(values(text, "to-dn-pattern"), vec!["{1},o=x"]);
    assert_eq!(values(text, "conditional-value-pattern"), vec!["(a=b):c"]);
}

/// All `(file, value)` pairs of `property` across the corpus; `None` without it.
fn corpus_values(property: &str) -> Option<Vec<(String, String)>> {
    let files = corpus_files()?;
    let found = files
        .iter()
        .flat_map(|(file, text)| {
            values(text, property)
                .into_iter()
                .map(|v| (file.clone(), v))
        })
        .collect();
    Some(found)
}

#[test]
fn every_corpus_value_pattern_parses() {
    let Some(found) = corpus_values("value-pattern") else {
        return;
    };
    // 4 + 4 in the two PingOne labs, 3 in the Azure AD profile, 2 in the delegated-admin
    // composed-attribute plugins (the same pattern language).
    assert_eq!(found.len(), 13, "{found:#?}");
    for (file, value) in &found {
        let parsed = value_pattern::parse(value);
        assert_eq!(parsed.problems, vec![], "{file}: {value}");
        if value.starts_with("{{") {
            assert_eq!(expands_to_valid_json(value), Ok(()), "{file}: {value}");
        }
    }
    let json = found.iter().filter(|(_, v)| v.starts_with("{{")).count();
    assert_eq!(
        json, 6,
        "the JSON-building patterns were all checked as JSON"
    );
}

#[test]
fn every_corpus_conditional_value_pattern_parses() {
    // The corpus has none (Ping's profiles set a default population instead); the test still
    // runs so that any added later is checked.
    let Some(found) = corpus_values("conditional-value-pattern") else {
        return;
    };
    assert_eq!(found.len(), 0, "{found:#?}");
    for (file, value) in &found {
        assert_eq!(
            conditional::parse(value).problems,
            vec![],
            "{file}: {value}"
        );
    }
}

#[test]
fn every_corpus_include_filter_parses() {
    let Some(found) = corpus_values("include-filter") else {
        return;
    };
    assert_eq!(found.len(), 4, "{found:#?}");
    for (file, value) in &found {
        let parsed = ldap_filter::parse(value);
        assert_eq!(parsed.problems, vec![], "{file}: {value}");
        assert!(parsed.value.is_some(), "{file}: {value}");
    }
}

#[test]
fn every_corpus_dn_map_parses() {
    let Some(files) = corpus_files() else {
        return;
    };
    let mut maps = 0;
    for (file, text) in files {
        let from = values(&text, "from-dn-pattern");
        let to = values(&text, "to-dn-pattern");
        assert_eq!(
            from.len(),
            to.len(),
            "{file}: each DN map sets both patterns"
        );
        for (from, to) in from.iter().zip(&to) {
            let check = dn_pattern::check_dn_map(from, to);
            assert_eq!(check.from.problems, vec![], "{file}: {from}");
            assert_eq!(check.to.problems, vec![], "{file}: {to}");
            assert_eq!(
                check.from.value.map(|f| f.wildcards()),
                Some(1),
                "{file}: {from}"
            );
            maps += 1;
        }
    }
    // The PD-to-PD lab, the PTA plugin lab, and both revisions of simple-sync.
    assert_eq!(maps, 4);
}
