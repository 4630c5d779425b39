//! Undo and Redo: two buttons. The shortcuts Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y press
//! them (by their ids, "undo" and "redo") anywhere on the page but in a text field, where the
//! browser's own text undo applies (the admin's typing there is undone a word at a time, as
//! everywhere else; from outside the field the same typing goes in one step). That listener is
//! a few lines of script in `index.html`: the key event's bindings in Rust cost the first load
//! far more. A shortcut that presses the button does what the button does, disabled included.
//! Ctrl+Y only, not Cmd+Y: that opens the history window in some browsers on macOS.
//!
//! A plain function, not a component with a hook: the bundle has a size budget.

use yew::prelude::*;

use crate::context::Editor;
use crate::state::Action;

/// The buttons; `undo` and `redo` say what each would undo or redo, if anything.
pub fn history_bar(editor: &Editor, undo: Option<&str>, redo: Option<&str>) -> Html {
    // One closure for both buttons, and an action made rather than cloned: the page has a
    // size budget.
    let button = |back: bool, label: Option<&str>| {
        let (id, text) = if back {
            ("undo", "Undo")
        } else {
            ("redo", "Redo")
        };
        let dispatch = editor.dispatch.clone();
        html! {
            <button type="button" class="secondary" {id} disabled={label.is_none()}
                    aria-label={label.map(|l| format!("{text}: {l}"))}
                    onclick={Callback::from(move |_: MouseEvent| {
                        dispatch.dispatch(if back { Action::Undo } else { Action::Redo })
                    })}>
                { text }
            </button>
        }
    };
    // In the page's shortcuts bar, first: no group of their own (the bundle has a budget).
    html! { <>{ button(true, undo) }{ button(false, redo) }</> }
}
