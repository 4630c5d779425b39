//! The work saved in the browser (localStorage): what is written, checked on the way back in.
//! The codec is pure and tested natively; [`Store`] is the thin adapter to the browser.
//!
//! Secrets are redacted before saving (as in permalinks): the saved work is readable by any
//! script on this origin and by anyone at the keyboard.

use syncmap_core::{Scenario, permalink};

/// The localStorage key. The `v1` is the saved format's version: a later format reads this
/// one through its own decoder, never by accident.
pub const KEY: &str = "syncmap.scenario.v1";

/// The most the saved work may take, in bytes of JSON. localStorage holds about 5 MB per
/// origin, shared with every other app there; a scenario of a few hundred mappings is far
/// below this.
pub const CAP: usize = 512 * 1024;

/// The text saved for `scenario`, or why it is not saved.
pub fn encode(scenario: &Scenario) -> Result<String, String> {
    let json = crate::json::scenario_to_text(&permalink::without_secrets(scenario), false);
    if json.len() > CAP {
        return Err(format!(
            "the scenario is {} KB, more than the {} KB the browser's storage is allowed here; \
             it is not saved automatically: export it as JSON instead",
            json.len() / 1024,
            CAP / 1024
        ));
    }
    Ok(json)
}

/// The scenario in saved `text`, or why it cannot be read.
pub fn decode(text: &str) -> Result<Scenario, String> {
    if text.len() > CAP {
        return Err("the saved work is larger than allowed".into());
    }
    crate::json::scenario_from_text(text)
        .map_err(|e| format!("the saved work cannot be read ({e})"))
}

/// What the page finds in storage at start.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved.
    Nothing,
    /// The saved scenario.
    Scenario(Box<Scenario>),
    /// Something that cannot be read: the page starts from the defaults and says so.
    Corrupt(String),
}

/// A key-value store: the browser's localStorage, or anything else in tests.
pub trait Store {
    /// The value at `key`.
    fn get(&self, key: &str) -> Option<String>;
    /// Writes `value` at `key`; the error says why the browser refused.
    fn set(&self, key: &str, value: &str) -> Result<(), String>;
    /// Deletes `key`.
    fn remove(&self, key: &str);
}

/// Reads the saved work from `store`. Corrupt data is removed, so the next start is clean,
/// and reported once.
pub fn load(store: &impl Store) -> Loaded {
    match store.get(KEY) {
        None => Loaded::Nothing,
        Some(text) => match decode(&text) {
            Ok(scenario) => Loaded::Scenario(Box::new(scenario)),
            Err(reason) => {
                store.remove(KEY);
                Loaded::Corrupt(reason)
            }
        },
    }
}

/// Saves `scenario` into `store`.
pub fn save(store: &impl Store, scenario: &Scenario) -> Result<(), String> {
    store.set(KEY, &encode(scenario)?)
}

/// The browser's localStorage. Every call fails softly: storage can be disabled, full or
/// forbidden (private windows, sandboxed frames), and the editor works without it.
pub struct LocalStorage;

impl LocalStorage {
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }
}

impl Store for LocalStorage {
    fn get(&self, key: &str) -> Option<String> {
        Self::storage()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), String> {
        let storage = Self::storage().ok_or("the browser's storage is not available")?;
        storage
            .set_item(key, value)
            .map_err(|_| "the browser's storage refused the work (full or disabled)".to_owned())
    }

    fn remove(&self, key: &str) {
        if let Some(storage) = Self::storage() {
            let _ = storage.remove_item(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use syncmap_core::presets;
    use syncmap_core::scenario::Secret;

    use super::*;

    #[derive(Default)]
    struct Memory(RefCell<HashMap<String, String>>);

    impl Store for Memory {
        fn get(&self, key: &str) -> Option<String> {
            self.0.borrow().get(key).cloned()
        }
        fn set(&self, key: &str, value: &str) -> Result<(), String> {
            self.0.borrow_mut().insert(key.into(), value.into());
            Ok(())
        }
        fn remove(&self, key: &str) {
            self.0.borrow_mut().remove(key);
        }
    }

    #[test]
    fn saves_and_loads_a_scenario() {
        let store = Memory::default();
        assert_eq!(load(&store), Loaded::Nothing);
        let scenario = presets::find("rdbms-to-pingone").unwrap().scenario();
        save(&store, &scenario).unwrap();
        assert_eq!(load(&store), Loaded::Scenario(Box::new(scenario)));
    }

    #[test]
    fn corrupt_data_is_reported_and_removed() {
        let store = Memory::default();
        store
            .set(KEY, "{\"schema\": 1, \"target_version\":")
            .unwrap();
        match load(&store) {
            Loaded::Corrupt(reason) => assert!(reason.contains("cannot be read"), "{reason}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(store.get(KEY), None);
        assert_eq!(load(&store), Loaded::Nothing);
    }

    #[test]
    fn secrets_are_not_saved() {
        let mut scenario = presets::all()[0].scenario();
        let environment = scenario.destination.ping_one.as_mut().unwrap();
        environment.client_secret = Secret::Placeholder("hunter2-real-secret".into());
        let text = encode(&scenario).unwrap();
        assert!(!text.contains("hunter2"), "{text}");
    }

    #[test]
    fn the_cap_is_enforced_both_ways() {
        let scenario = presets::synthetic(20_000);
        let error = encode(&scenario).unwrap_err();
        assert!(error.contains("export it as JSON"), "{error}");
        assert!(decode(&" ".repeat(CAP + 1)).is_err());
    }
}
