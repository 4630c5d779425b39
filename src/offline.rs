//! Offline use: registers the service worker (`static/sw.js`) that keeps the app shell cached,
//! so after one visit the app loads with the network off.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Registers `./sw.js`, relative to the page, so the app works from any base path.
///
/// Does nothing where service workers cannot run (a `file:` page, an insecure context, a
/// browser without the API); a refused registration is logged to the console. The app works
/// the same either way, only not offline, so nothing here may panic.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    // `navigator.serviceWorker` exists only in secure contexts (https, or http on localhost):
    // elsewhere the getter yields `undefined`, which must not be called.
    let container = window.navigator().service_worker();
    let exists = {
        let value: &JsValue = container.as_ref();
        !value.is_undefined() && !value.is_null()
    };
    if !window.is_secure_context() || !exists {
        web_sys::console::info_1(&JsValue::from_str(
            "syncmap: offline use is unavailable here (service workers need https or localhost)",
        ));
        return;
    }
    // `register` reports failures by rejecting its promise, never by throwing.
    let registration = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = JsFuture::from(registration).await {
            web_sys::console::warn_2(
                &JsValue::from_str(
                    "syncmap: offline use is unavailable: the service worker ./sw.js could not be registered:",
                ),
                &error,
            );
        }
    });
}
