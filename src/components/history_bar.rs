//! Undo and Redo: two buttons, and the shortcuts Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y
//! anywhere on the page but in a text field, where the browser's own text undo applies (the
//! admin's typing there is undone a word at a time, as everywhere else; from outside the field
//! the same typing goes in one step).
//!
//! A plain function and one listener installed at start, not a component with a hook: the
//! bundle has a size budget, and a shortcut that presses the button does what the button
//! does, disabled included.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::context::Editor;
use crate::state::Action;

/// The buttons; `undo` and `redo` say what each would undo or redo, if anything.
pub fn history_bar(editor: &Editor, undo: Option<&str>, redo: Option<&str>) -> Html {
    let button = |id: &'static str, text: &'static str, label: Option<&str>, action: Action| {
        html! {
            <button type="button" class="secondary" {id} disabled={label.is_none()}
                    aria-label={label.map(|l| format!("{text}: {l}"))}
                    onclick={editor.callback(move |_: MouseEvent| action.clone())}>
                { text }
            </button>
        }
    };
    html! {
        <div class="history-bar" role="group" aria-label="Undo and redo">
            { button("undo", "Undo", undo, Action::Undo) }
            { button("redo", "Redo", redo, Action::Redo) }
        </div>
    }
}

/// Makes the shortcuts press the buttons, for the life of the page.
pub fn listen_for_shortcuts() {
    let listener = Closure::<dyn Fn(KeyboardEvent)>::new(|event: KeyboardEvent| {
        let Some(id) = shortcut(&event) else {
            return;
        };
        event.prevent_default();
        let button = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(button) = button {
            button.click();
        }
    });
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let _ =
            document.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
    }
    // The page keeps it until it closes.
    listener.forget();
}

/// The button a key press asks for, if it is one of the shortcuts and not typed into a text
/// field.
fn shortcut(event: &KeyboardEvent) -> Option<&'static str> {
    if event.alt_key() || in_text_field(event) {
        return None;
    }
    let command = event.ctrl_key() || event.meta_key();
    match event.key().as_str() {
        "z" | "Z" if command && event.shift_key() => Some("redo"),
        "z" | "Z" if command => Some("undo"),
        // Ctrl+Y only: Cmd+Y is the history window in some browsers on macOS.
        "y" | "Y" if event.ctrl_key() && !event.shift_key() => Some("redo"),
        _ => None,
    }
}

/// Whether the key press goes to a field that takes text, which has its own undo.
fn in_text_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target() else {
        return false;
    };
    if target.dyn_ref::<HtmlTextAreaElement>().is_some() {
        return true;
    }
    target
        .dyn_ref::<HtmlInputElement>()
        .is_some_and(|input| !matches!(input.type_().as_str(), "checkbox" | "radio" | "button"))
}
