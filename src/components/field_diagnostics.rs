//! The diagnostics about one field, shown under it.

use yew::prelude::*;

use crate::context::Editor;

/// The list of diagnostics about the field at `path` (with `nested`, also about its parts),
/// with the `id` the field's `aria-describedby` names.
pub fn field_diagnostics(editor: &Editor, id: String, path: &str, nested: bool) -> Html {
    html! {
        <ul class="field-diagnostics" {id}>
            { for editor.at(path, nested).map(|d| html! {
                <li class={format!("diagnostic {}", d.severity.as_str())} data-code={d.code}>
                    <span class="severity">{ d.severity.as_str() }</span>
                    { " " }{ &d.message }
                    if let Some(hint) = &d.hint {
                        <span class="hint">{ " " }{ hint }</span>
                    }
                </li>
            }) }
        </ul>
    }
}
