//! The web app's adapters to the browser, in headless Chromium: the saved work in real
//! localStorage, the permalink in the real address bar, the clipboard, the theme. Their pure
//! parts are tested natively; these check the browser side. Run by `cargo xtask test`.

#![cfg(target_arch = "wasm32")]

use syncmap_core::{permalink, presets};
use syncmap_web::saved::{self, Loaded, LocalStorage, Store};
use syncmap_web::{address, clipboard, theme::Theme};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn the_work_is_saved_in_local_storage_and_comes_back() {
    let scenario = presets::find("ibm-directory-to-pingone")
        .unwrap()
        .scenario();
    saved::save(&LocalStorage, &scenario).unwrap();
    // Really in the browser's storage, under the versioned key.
    let text = storage().get_item(saved::KEY).unwrap().unwrap();
    assert!(text.contains("userPassword;binary"), "{text}");
    assert_eq!(
        saved::load(&LocalStorage),
        Loaded::Scenario(Box::new(scenario))
    );
}

#[wasm_bindgen_test]
fn corrupt_saved_work_is_reported_and_cleared() {
    storage()
        .set_item(saved::KEY, "{\"schema\": 1, \"targ")
        .unwrap();
    match saved::load(&LocalStorage) {
        Loaded::Corrupt(reason) => assert!(reason.contains("cannot be read"), "{reason}"),
        other => panic!("expected corrupt data to be reported, got {other:?}"),
    }
    assert_eq!(storage().get_item(saved::KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn work_over_the_cap_is_refused_and_the_last_save_kept() {
    let small = presets::all()[0].scenario();
    saved::save(&LocalStorage, &small).unwrap();
    let error = saved::save(&LocalStorage, &presets::synthetic(20_000)).unwrap_err();
    assert!(error.contains("export it as JSON"), "{error}");
    assert_eq!(
        saved::load(&LocalStorage),
        Loaded::Scenario(Box::new(small))
    );
    LocalStorage.remove(saved::KEY);
}

#[wasm_bindgen_test]
fn the_permalink_goes_into_the_address_and_back() {
    let history = web_sys::window().unwrap().history().unwrap();
    let entries = history.length().unwrap();
    let mut scenario = presets::find("rdbms-to-pingone").unwrap().scenario();
    scenario.attribute_map.name = "Accounts \"&# map".into();
    let link = permalink::encode(&scenario);
    address::set_permalink(&link);
    // replaceState: typing does not fill the back button's history.
    assert_eq!(history.length().unwrap(), entries);
    let launch = address::current();
    assert_eq!(launch.permalink.as_deref(), Some(link.as_str()));
    assert_eq!(
        permalink::decode(&launch.permalink.unwrap()).unwrap(),
        scenario
    );
    let full = address::link_to(&link);
    assert!(full.ends_with(&format!("#{link}")), "{full}");
    assert_eq!(full.matches('#').count(), 1, "{full}");
}

#[wasm_bindgen_test]
async fn the_clipboard_adapter_copies_or_says_why_not() {
    // Headless Chromium may refuse the clipboard to a page without focus or permission: the
    // adapter must then give a reason the page can show, never a panic or an empty message.
    match clipboard::copy("dsconfig create-attribute-map --map-name M").await {
        Ok(()) => {
            let read = web_sys::window()
                .unwrap()
                .navigator()
                .clipboard()
                .read_text();
            if let Ok(text) = wasm_bindgen_futures::JsFuture::from(read).await {
                assert_eq!(
                    text.as_string().as_deref(),
                    Some("dsconfig create-attribute-map --map-name M")
                );
            }
        }
        Err(reason) => assert!(!reason.trim().is_empty()),
    }
}

#[wasm_bindgen_test]
fn the_theme_choice_reaches_the_page_and_is_remembered() {
    let root = || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .document_element()
            .unwrap()
    };
    Theme::Dark.apply();
    assert_eq!(root().get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(Theme::load(), Theme::Dark);
    Theme::System.apply();
    assert_eq!(root().get_attribute("data-theme"), None);
    assert_eq!(Theme::load(), Theme::System);
}
