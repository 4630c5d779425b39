//! The browser's clipboard, behind one function.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard. The error says why the browser refused, for the visible
/// fallback message.
pub async fn copy(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        // The browser rejects with a DOMException (an Error): its message says why.
        .map_err(|error| match error.dyn_ref::<web_sys::js_sys::Error>() {
            Some(error) => String::from(error.message()),
            None => error
                .as_string()
                .unwrap_or_else(|| "the browser refused".to_owned()),
        })
}
