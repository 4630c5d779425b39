//! What every editor component needs: the diagnostics and a way to send actions. Shared through
//! a Yew context so the sections do not pass them down by hand.

use std::rc::Rc;

use syncmap_core::Diagnostic;
use yew::prelude::*;

use crate::edit::{Edit, dom_id};
use crate::focus::focus_first_later;
use crate::state::{Action, State};

/// The editor's shared handle.
#[derive(Clone, PartialEq)]
pub struct Editor {
    /// The diagnostics of the scenario as it is now.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// Sends actions to the state.
    pub dispatch: UseReducerDispatcher<State>,
}

impl Editor {
    /// A callback that sends the action `make` builds from the value it gets.
    pub fn callback<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |value| dispatch.dispatch(make(value)))
    }

    /// Sends one edit.
    pub fn edit(&self, edit: Edit) {
        self.dispatch.dispatch(Action::Edit(edit));
    }

    /// A Remove button's action: removes the list item at `path`, says in the notice (a polite
    /// live region) that `what` went and that Undo brings it back, and focuses the item that
    /// takes its place or, when there is none, `fallback` (its list or add button): somewhere
    /// safe, never another Remove button. The button names what it removes, so it says it here.
    pub fn remover(&self, path: String, what: String, fallback: String) -> Callback<MouseEvent> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Edit(Edit::Remove { path: path.clone() }));
            dispatch.dispatch(Action::Notify {
                is_error: false,
                text: format!("Removed {what}. Undo (Ctrl+Z) brings it back."),
            });
            focus_first_later(vec![dom_id(&path), fallback.clone()]);
        })
    }

    /// The diagnostics about the field at `path`; with `nested`, also those about its parts
    /// (the items of a list edited as one text).
    pub fn at<'a>(&'a self, path: &'a str, nested: bool) -> impl Iterator<Item = &'a Diagnostic> {
        self.diagnostics.iter().filter(move |d| {
            d.path == path
                || (nested
                    && d.path.len() > path.len()
                    && d.path.starts_with(path)
                    && d.path.as_bytes()[path.len()] == b'/')
        })
    }
}

/// The editor handle from the context. The app provides it around everything that calls this.
#[hook]
pub fn use_editor() -> Editor {
    use_context::<Editor>().expect("the app provides the Editor context")
}
