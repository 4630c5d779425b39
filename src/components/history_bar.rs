//! Undo and Redo: two buttons, and the shortcuts Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y
//! anywhere on the page but in a text field, where the browser's own text undo applies (the
//! admin's typing there is undone a word at a time, as everywhere else; from outside the field
//! the same typing goes in one step).

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::context::use_editor;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HistoryBarProps {
    /// What Undo would undo, if anything.
    pub undo: Option<String>,
    /// What Redo would redo, if anything.
    pub redo: Option<String>,
}

#[function_component(HistoryBar)]
pub fn history_bar(props: &HistoryBarProps) -> Html {
    let editor = use_editor();
    {
        let dispatch = editor.dispatch.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn(KeyboardEvent)>::new(move |event: KeyboardEvent| {
                if let Some(action) = shortcut(&event) {
                    event.prevent_default();
                    dispatch.dispatch(action);
                }
            });
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(document) = &document {
                let _ = document
                    .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(document) = &document {
                    let _ = document.remove_event_listener_with_callback(
                        "keydown",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let button = |id: &'static str, text: &'static str, label: &Option<String>, action: Action| {
        html! {
            <button type="button" class="secondary" {id} disabled={label.is_none()}
                    aria-label={label.as_ref().map(|l| format!("{text}: {l}"))}
                    onclick={editor.callback(move |_: MouseEvent| action.clone())}>
                { text }
            </button>
        }
    };
    html! {
        <div class="history-bar" role="group" aria-label="Undo and redo">
            { button("undo", "Undo", &props.undo, Action::Undo) }
            { button("redo", "Redo", &props.redo, Action::Redo) }
        </div>
    }
}

/// The action a key press asks for, if it is one of the shortcuts and not typed into a text
/// field.
fn shortcut(event: &KeyboardEvent) -> Option<Action> {
    if event.alt_key() || in_text_field(event) {
        return None;
    }
    let command = event.ctrl_key() || event.meta_key();
    match event.key().as_str() {
        "z" | "Z" if command && event.shift_key() => Some(Action::Redo),
        "z" | "Z" if command => Some(Action::Undo),
        // Ctrl+Y only: Cmd+Y is the history window in some browsers on macOS.
        "y" | "Y" if event.ctrl_key() && !event.shift_key() => Some(Action::Redo),
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
