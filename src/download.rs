//! Saving text as a file, without a server: a Blob, an object URL on this origin, and a link
//! with `download`.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` for download as `file_name`. The error says what the browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| format!("the browser refused to {what}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = web_sys::js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("create the file"))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| fail("create the file"))?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("create a link"))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Some browsers read the URL after click() returns: free it a little later.
    wasm_bindgen_futures::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(10_000).await;
        let _ = Url::revoke_object_url(&url);
    });
    Ok(())
}
