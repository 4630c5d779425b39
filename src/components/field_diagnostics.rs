//! The diagnostics about one field, shown under it.

use std::rc::Rc;

use syncmap_core::Diagnostic;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldDiagnosticsProps {
    /// The `id` of the list, referenced by the field's `aria-describedby`.
    pub id: AttrValue,
    /// The JSON pointer of the field.
    pub path: AttrValue,
    pub diagnostics: Rc<Vec<Diagnostic>>,
}

/// Whether any diagnostic concerns the field at `path`; used to mark the field invalid.
pub fn has_error_at(diagnostics: &[Diagnostic], path: &str) -> bool {
    diagnostics
        .iter()
        .any(|d| d.path == path && d.severity == syncmap_core::Severity::Error)
}

#[function_component(FieldDiagnostics)]
pub fn field_diagnostics(props: &FieldDiagnosticsProps) -> Html {
    let items: Vec<&Diagnostic> = props
        .diagnostics
        .iter()
        .filter(|d| d.path == props.path.as_str())
        .collect();
    html! {
        <ul class="field-diagnostics" id={props.id.clone()}>
            { for items.into_iter().map(|d| html! {
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
