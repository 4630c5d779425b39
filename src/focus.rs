//! Moving keyboard focus: to a diagnostic's field, or to the control that takes the place of
//! one that went away.

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;

/// Focuses the element with `id`; false when there is none.
pub fn focus_by_id(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match element {
        Some(element) => {
            // Centred, so the messages under the field are in view too.
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            element.scroll_into_view_with_scroll_into_view_options(&options);
            element.focus().is_ok()
        }
        None => false,
    }
}

/// Focuses the element with `id`, first opening the folded `<details>` it is in.
/// A whole section comes into view from its top, not centred.
pub fn reveal(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Ok(Some(details)) = element.closest("details:not([open])") {
        let _ = details.set_attribute("open", "");
    }
    focus_by_id(id);
    if element.tag_name() == "SECTION" {
        element.scroll_into_view();
    }
}

/// Focuses the element with `id` after the render that is under way, which may create it.
pub fn focus_later(id: String) {
    focus_first_later(vec![id]);
}

/// Focuses the first of `ids` that exists after the render that is under way.
pub fn focus_first_later(ids: Vec<String>) {
    spawn_local(async move {
        // A timer task runs after Yew's scheduler has rendered the dispatched update.
        TimeoutFuture::new(0).await;
        let _ = ids.iter().any(|id| focus_by_id(id));
    });
}

/// Focuses the field a diagnostic at `path` concerns: the element for the path itself, or
/// for the nearest enclosing field (a list item's list, a mapping's row).
pub fn focus_path(path: &str) -> bool {
    let mut path = path;
    loop {
        if focus_by_id(&crate::edit::dom_id(path)) {
            return true;
        }
        match path.rsplit_once('/') {
            Some((parent, _)) if !parent.is_empty() => path = parent,
            _ => return false,
        }
    }
}
