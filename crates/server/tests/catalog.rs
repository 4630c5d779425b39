//! `syncmap catalog`: what syncmap knows, release by release, with what each fact rests on.

mod support;

use serde_json::Value;
use support::syncmap;

fn catalog(args: &[&str]) -> Value {
    let mut all = vec!["catalog", "--format", "json"];
    all.extend_from_slice(args);
    let output = syncmap(&all, "");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn object<'a>(catalog: &'a Value, name: &str) -> &'a Value {
    catalog["objects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("no object {name}"))
}

/// The properties `version` has (or may have) on `object`, with their presence.
fn properties(version: &str, object_name: &str) -> Vec<(String, String)> {
    let catalog = catalog(&["--target-version", version]);
    object(&catalog, object_name)["properties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_owned(),
                p["presence"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn presence(version: &str, object_name: &str, property: &str) -> Option<String> {
    properties(version, object_name)
        .into_iter()
        .find(|(name, _)| name == property)
        .map(|(_, presence)| presence)
}

#[test]
fn each_release_has_the_pingone_names_its_pages_show() {
    for object in ["sync-source", "sync-destination"] {
        // 7.0.1.4's pages have the prefixed names; 7.2.1.3's and later ones the plain ones.
        assert_eq!(
            presence("7.0", object, "ping-one-api-url").as_deref(),
            Some("documented")
        );
        assert_eq!(presence("7.0", object, "api-url"), None);
        for version in ["7.2", "7.3", "9.3", "11.1"] {
            assert_eq!(
                presence(version, object, "api-url").as_deref(),
                Some("documented"),
                "{object} {version}"
            );
            assert_eq!(presence(version, object, "ping-one-api-url"), None);
        }
        let provider = "oauth-client-secret-passphrase-provider";
        assert_eq!(presence("8.2", object, provider), None, "{object}");
        assert_eq!(
            presence("8.3", object, provider).as_deref(),
            Some("documented")
        );
    }
    // Where no page was found, the catalog says so: no 9.0.0.0 PingOne source page is on record.
    let full = catalog(&[]);
    let not_found = object(&full, "sync-source")["not_found"]
        .as_array()
        .unwrap();
    assert!(
        not_found.iter().any(|u| u
            == "https://docs.ping.directory/PingDataSync/9.0.0.0/config-guide/ping-one-sync-source.html"),
        "{not_found:?}"
    );
    // The HTTP proxy: missing from the 8.3.0.3 pages, on the 9.2.0.0 source page, and no 9.0
    // or 9.1 page on record.
    let proxy = "http-proxy-external-server";
    assert_eq!(presence("8.3", "sync-source", proxy), None);
    assert_eq!(
        presence("9.1", "sync-source", proxy).as_deref(),
        Some("unconfirmed")
    );
    assert_eq!(
        presence("9.2", "sync-source", proxy).as_deref(),
        Some("documented")
    );
}

#[test]
fn every_fact_cites_what_it_rests_on() {
    let catalog = catalog(&[]);
    assert_eq!(catalog["target_version"], Value::Null);
    for object in catalog["objects"].as_array().unwrap() {
        let name = object["name"].as_str().unwrap();
        assert!(
            !object["evidence"].as_array().unwrap().is_empty(),
            "{name}: no evidence"
        );
        for t in object["types"].as_array().unwrap() {
            assert!(
                !t["evidence"].as_array().unwrap().is_empty(),
                "{name} --type {}: no evidence",
                t["name"]
            );
        }
        for p in object["properties"].as_array().unwrap() {
            let cited = !p["listed_in"].as_array().unwrap().is_empty()
                || p["notes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|n| n["source"] != "unconfirmed");
            // A property nothing confirms says so.
            assert_eq!(cited, p["confirmed"] == true, "{name}.{}: {p}", p["name"]);
            for url in p["listed_in"].as_array().unwrap() {
                let url = url.as_str().unwrap();
                assert!(
                    url.starts_with("https://docs.ping.directory/")
                        && url.contains("/config-guide/"),
                    "{url}"
                );
            }
        }
    }
}

#[test]
fn every_rule_says_what_it_rests_on() {
    let catalog = catalog(&[]);
    let rules = catalog["rules"].as_array().unwrap();
    assert!(rules.len() > 50, "{}", rules.len());
    for rule in rules {
        let source = rule["evidence"]["source"].as_str().unwrap();
        // The page a rule links is the page its evidence names; nothing confirmed, never an
        // error.
        if source == "unconfirmed" {
            assert_ne!(rule["severity"], "error", "{rule}");
        } else {
            assert_eq!(rule["doc_url"], source, "{rule}");
        }
        assert!(!rule["evidence"]["says"].as_str().unwrap().is_empty());
    }
    let resource_type = rules
        .iter()
        .find(|r| r["code"] == "pingone-resource-type-missing")
        .unwrap();
    assert!(
        resource_type["doc_url"]
            .as_str()
            .unwrap()
            .contains("pingdirectory-91"),
        "{resource_type}"
    );
}

#[test]
fn the_human_form_names_the_pages_and_how_to_report_a_wrong_fact() {
    let output = syncmap(&["catalog", "--target-version", "8.3"], "");
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("What PingDataSync 8.3 has"), "{text}");
    assert!(text.contains("Reporting a wrong fact"));
    assert!(text.contains("listed: PingDataSync/ping-one-sync-destination.html: 8.3.0.3"));
    assert!(text.contains("sync-pipe (Sync pipe, sync server): create-sync-pipe --pipe-name NAME"));
}

#[test]
fn an_unknown_release_is_refused_with_the_known_ones() {
    let output = syncmap(&["catalog", "--target-version", "7.1"], "");
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error.contains("--target-version: 7.1 is not a release syncmap knows (11.1, "),
        "{error}"
    );
}
