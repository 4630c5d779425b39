//! The diagnostics about one field, shown under it.

use yew::prelude::*;

use crate::context::use_editor;

#[derive(Properties, PartialEq)]
pub struct FieldDiagnosticsProps {
    /// The `id` of the list, referenced by the field's `aria-describedby`.
    pub id: String,
    /// The JSON pointer of the field.
    pub path: AttrValue,
    /// Also show the diagnostics about the field's parts (list items).
    #[prop_or_default]
    pub nested: bool,
}

#[function_component(FieldDiagnostics)]
pub fn field_diagnostics(props: &FieldDiagnosticsProps) -> Html {
    let editor = use_editor();
    html! {
        <ul class="field-diagnostics" id={props.id.clone()}>
            { for editor.at(&props.path, props.nested).map(|d| html! {
                <li class={classes!("diagnostic", d.severity.as_str())} data-code={d.code}>
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
