//! Permalinks: a scenario in a URL fragment.
//!
//! `1.<base64url JSON>`: the format version, then the JSON merge patch (RFC 7386) that turns the
//! default scenario into this one, so a link carries only what the admin changed. One extension
//! keeps links short when one mapping changes: an array of unchanged length is patched element
//! by element, written `{"[]": {"INDEX": patch, ...}}` (RFC 7386 would repeat the whole array). Secrets never
//! travel: a secret that does not look like a placeholder is replaced by one before encoding.
//! Decoding is versioned: a link made today keeps opening when the format moves on, through a
//! decoder per version.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

use crate::presets;
use crate::scenario::{Scenario, Secret};

/// The version [`encode`] writes.
pub const VERSION: u32 = 1;

/// What replaces a secret that is not a placeholder.
pub const REDACTED: &str = "<SECRET>";

/// Why a permalink could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// The scenario every permalink is relative to: the one the editor starts with.
pub fn base() -> Scenario {
    presets::all()[0].scenario()
}

/// The permalink text of `scenario` (without the `#`).
pub fn encode(scenario: &Scenario) -> String {
    let scenario = without_secrets(scenario);
    let target = tree(&scenario);
    let base = tree(&base());
    let patch = diff(&base, &target).unwrap_or_else(|| Value::Object(Map::new()));
    // Written into bytes rather than through `Display`, whose io adapter costs the browser
    // bundle 3.7 KB gzip; a tree of plain values cannot fail to serialize.
    let json = serde_json::to_vec(&patch).unwrap_or_default();
    format!("{VERSION}.{}", URL_SAFE_NO_PAD.encode(json))
}

/// The scenario a permalink describes.
pub fn decode(text: &str) -> Result<Scenario, Error> {
    let text = text.trim().trim_start_matches('#');
    let (version, payload) = text
        .split_once('.')
        .ok_or_else(|| Error("not a syncmap link: expected VERSION.DATA, such as 1.e30".into()))?;
    match version {
        "1" => decode_v1(payload),
        other => Err(Error(format!(
            "this link was made by another syncmap (format {other}); this one reads format {VERSION}"
        ))),
    }
}

fn decode_v1(payload: &str) -> Result<Scenario, Error> {
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|e| Error(format!("the link is damaged (not base64url: {e})")))?;
    // Read as text, like every other JSON the browser reads, so the bundle holds one JSON reader.
    let text = String::from_utf8(bytes)
        .map_err(|_| Error("the link is damaged (not UTF-8 text)".into()))?;
    let patch: Value = serde_json::from_str(&text)
        .map_err(|e| Error(format!("the link is damaged (not JSON: {e})")))?;
    if !patch.is_object() {
        return Err(Error("the link is damaged: expected a JSON object".into()));
    }
    let mut value = tree(&base());
    apply(&mut value, &patch);
    crate::scenario::from_value(&value)
        .map_err(|e| Error(format!("the link does not hold a valid scenario: {e}")))
}

/// `scenario` as a JSON tree, for diffing and patching.
fn tree(scenario: &Scenario) -> Value {
    // Through the text form (see `scenario::to_json`); plain data cannot fail to serialize.
    serde_json::from_str(&crate::scenario::to_json(scenario)).unwrap_or(Value::Null)
}

/// `scenario` with every secret that is not a placeholder replaced by [`REDACTED`].
pub fn without_secrets(scenario: &Scenario) -> Scenario {
    let mut scenario = scenario.clone();
    redact(&mut scenario);
    scenario
}

/// Replaces every secret of `scenario` that is not a placeholder (a secret the admin typed) by
/// [`REDACTED`], and gives those secrets with their places, for [`keep_typed_secrets`].
pub fn redact(scenario: &mut Scenario) -> Vec<(Place, String)> {
    secrets(scenario)
        .into_iter()
        .filter_map(|(place, secret)| match secret {
            Secret::Placeholder(text) if !crate::validate::is_placeholder(text) => {
                Some((place, std::mem::replace(text, REDACTED.to_owned())))
            }
            _ => None,
        })
        .collect()
}

/// Puts back into `restored` (a scenario redacted by [`without_secrets`]) the secrets `typed`
/// that [`redact`] took from the current scenario: a secret of `restored` that reads
/// [`REDACTED`] takes the typed text at the same place. A place the current scenario no longer
/// has keeps [`REDACTED`]: what was redacted there is gone for good.
pub fn keep_typed_secrets(restored: &mut Scenario, typed: &[(Place, String)]) {
    for (place, secret) in secrets(restored) {
        if let Secret::Placeholder(text) = secret
            && text == REDACTED
            && let Some((_, typed)) = typed.iter().find(|(at, _)| *at == place)
        {
            text.clone_from(typed);
        }
    }
}

/// Where a secret sits: the list or object it is in, and its index in a list.
pub type Place = (&'static str, usize);

/// Every secret of `scenario` with its place: the one list of the places a secret can be.
fn secrets(scenario: &mut Scenario) -> Vec<(Place, &mut Secret)> {
    let mut found = Vec::new();
    let ends = [
        (
            "/source",
            &mut scenario.source.servers,
            &mut scenario.source.ping_one,
        ),
        (
            "/destination",
            &mut scenario.destination.servers,
            &mut scenario.destination.ping_one,
        ),
    ];
    for (end, servers, ping_one) in ends {
        for (i, server) in servers.iter_mut().enumerate() {
            found.push(((end, i), &mut server.password));
        }
        if let Some(env) = ping_one {
            found.push(((end, usize::MAX), &mut env.client_secret));
        }
    }
    if let Some(key) = &mut scenario.password.changelog_encryption_key {
        found.push((("/password", 0), key));
    }
    found
}

/// The merge patch from `base` to `target`; `None` when they are equal.
fn diff(base: &Value, target: &Value) -> Option<Value> {
    match (base, target) {
        _ if base == target => None,
        (Value::Object(base), Value::Object(target)) => {
            let mut patch = Map::new();
            for (key, value) in target {
                match base.get(key) {
                    Some(old) => {
                        if let Some(change) = diff(old, value) {
                            patch.insert(key.clone(), change);
                        }
                    }
                    None => {
                        patch.insert(key.clone(), value.clone());
                    }
                }
            }
            for key in base.keys().filter(|k| !target.contains_key(*k)) {
                patch.insert(key.clone(), Value::Null);
            }
            Some(Value::Object(patch))
        }
        (Value::Array(base), Value::Array(target)) if base.len() == target.len() => {
            // Inserted one by one: collecting into the map would compile a sort of its own.
            let mut elements = Map::new();
            for (i, (old, new)) in base.iter().zip(target).enumerate() {
                if let Some(patch) = diff(old, new) {
                    elements.insert(i.to_string(), patch);
                }
            }
            Some(serde_json::json!({ ELEMENTS: elements }))
        }
        // Other arrays and scalars are replaced whole.
        _ => Some(target.clone()),
    }
}

/// The key of an element-wise array patch.
const ELEMENTS: &str = "[]";

/// Applies a merge patch (RFC 7386, with element-wise array patches) to `target`.
fn apply(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if let (Value::Array(array), Some(Value::Object(elements)), 1) =
        (&mut *target, patch.get(ELEMENTS), patch.len())
    {
        for (index, element) in elements {
            // An index that is not one of the array's is ignored: a damaged link changes less.
            if let Some(slot) = index.parse::<usize>().ok().and_then(|i| array.get_mut(i)) {
                apply(slot, element);
            }
        }
        return;
    }
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(object) = target {
        for (key, value) in patch {
            if value.is_null() {
                object.remove(key);
            } else {
                apply(object.entry(key.clone()).or_insert(Value::Null), value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::SourceKind;

    #[test]
    fn the_default_scenario_is_an_empty_patch() {
        assert_eq!(encode(&base()), "1.e30");
        assert_eq!(decode("1.e30").unwrap(), base());
        assert_eq!(decode("#1.e30").unwrap(), base());
    }

    #[test]
    fn a_link_made_today_decodes_the_same_later() {
        // Written once and kept: if the format changes, this must still decode.
        let link = "1.eyJhdHRyaWJ1dGVfbWFwIjp7Im5hbWUiOiJVc2VycyJ9fQ";
        let scenario = decode(link).unwrap();
        assert_eq!(scenario.attribute_map.name, "Users");
        assert_eq!(
            scenario.attribute_map.mappings,
            base().attribute_map.mappings
        );
    }

    #[test]
    fn every_preset_round_trips_and_links_stay_short() {
        for preset in presets::all() {
            let scenario = preset.scenario();
            let link = encode(&scenario);
            assert_eq!(
                decode(&link).unwrap(),
                without_secrets(&scenario),
                "{}",
                preset.name
            );
            assert!(
                link.len() < 3_000,
                "{}: {} characters",
                preset.name,
                link.len()
            );
        }
        let mut small = base();
        small.change_source(SourceKind::IbmDirectory);
        // Three changed fields (source kind, map name, one mapping's attribute): a short link.
        assert!(encode(&small).len() < 300, "{}", encode(&small));
    }

    #[test]
    fn secrets_never_enter_a_link() {
        let mut scenario = base();
        scenario
            .destination
            .ping_one
            .as_mut()
            .unwrap()
            .client_secret = Secret::Placeholder("hunter2-Very-Secret".into());
        scenario.source.servers[0].password = Secret::Placeholder("p@ss".into());
        scenario.password.changelog_encryption_key = Some(Secret::Placeholder("k3y".into()));
        let link = encode(&scenario);
        let bytes = URL_SAFE_NO_PAD
            .decode(link.split_once('.').unwrap().1)
            .unwrap();
        let json = String::from_utf8(bytes).unwrap();
        for secret in ["hunter2", "p@ss", "k3y"] {
            assert!(!json.contains(secret), "{secret} in {json}");
        }
        let back = decode(&link).unwrap();
        let env = back.destination.ping_one.unwrap();
        assert_eq!(env.client_secret, Secret::Placeholder(REDACTED.into()));
        // Placeholders and passphrase providers are not secrets and stay.
        let mut kept = base();
        kept.destination.ping_one.as_mut().unwrap().client_secret =
            Secret::PassphraseProvider("PingOne".into());
        assert_eq!(decode(&encode(&kept)).unwrap(), kept);
    }

    #[test]
    fn typed_secrets_come_back_where_their_place_still_exists() {
        let mut current = base();
        current.source.servers[0].password = Secret::Placeholder("p@ss".into());
        current.destination.ping_one.as_mut().unwrap().client_secret =
            Secret::Placeholder("hunter2".into());
        let mut restored = without_secrets(&current);
        // A second source server, redacted, that the current scenario does not have.
        let mut extra = restored.source.servers[0].clone();
        extra.password = Secret::Placeholder(REDACTED.into());
        restored.source.servers.push(extra);
        // A placeholder of the admin's own is not a redaction and stays.
        restored.password.changelog_encryption_key = Some(Secret::Placeholder("<KEY>".into()));
        keep_typed_secrets(&mut restored, &redact(&mut current.clone()));
        assert_eq!(
            restored.source.servers[0].password,
            Secret::Placeholder("p@ss".into())
        );
        assert_eq!(
            restored.source.servers[1].password,
            Secret::Placeholder(REDACTED.into())
        );
        assert_eq!(
            restored.destination.ping_one.unwrap().client_secret,
            Secret::Placeholder("hunter2".into())
        );
        assert_eq!(
            restored.password.changelog_encryption_key,
            Some(Secret::Placeholder("<KEY>".into()))
        );
    }

    #[test]
    fn damaged_links_say_what_is_wrong() {
        let cases = [
            ("", "not a syncmap link"),
            ("e30", "not a syncmap link"),
            ("9.e30", "another syncmap (format 9)"),
            ("1.%%%", "not base64url"),
            ("1.bm90IGpzb24", "not JSON"),
            ("1.WzFd", "expected a JSON object"),
            ("1.eyJwYXN3b3JkcyI6MX0", "unknown field `paswords`"),
        ];
        for (link, expected) in cases {
            let error = decode(link).unwrap_err().to_string();
            assert!(error.contains(expected), "{link}: {error}");
        }
    }

    #[test]
    fn merge_patches_follow_rfc_7386() {
        let base = serde_json::json!({"a": 1, "b": {"c": 2, "d": 3}, "e": [1, 2]});
        let target = serde_json::json!({"a": 1, "b": {"c": 4}, "e": [2], "f": true});
        let patch = diff(&base, &target).unwrap();
        assert_eq!(
            patch,
            serde_json::json!({"b": {"c": 4, "d": null}, "e": [2], "f": true})
        );
        let mut applied = base.clone();
        apply(&mut applied, &patch);
        assert_eq!(applied, target);
    }
}
