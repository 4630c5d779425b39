//! The source picker, with the guidance for the chosen source.

use std::rc::Rc;

use syncmap_core::{Diagnostic, SourceKind};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::field_diagnostics::{FieldDiagnostics, has_error_at};

#[derive(Properties, PartialEq)]
pub struct SourceFieldProps {
    pub value: SourceKind,
    pub diagnostics: Rc<Vec<Diagnostic>>,
    pub onchange: Callback<SourceKind>,
}

#[function_component(SourceField)]
pub fn source_field(props: &SourceFieldProps) -> Html {
    let onchange = {
        let onchange = props.onchange.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(kind) = SourceKind::from_id(&select.value()) {
                onchange.emit(kind);
            }
        })
    };
    let invalid = has_error_at(&props.diagnostics, "/source/kind");
    html! {
        <div class="field">
            <label for="source">{ "Password source" }</label>
            <select id="source" {onchange} aria-invalid={invalid.to_string()}
                    aria-describedby="source-guidance source-diagnostics">
                { for SourceKind::ALL.into_iter().map(|kind| html! {
                    <option value={kind.id()} selected={kind == props.value}>
                        { kind.facts().label }
                    </option>
                }) }
            </select>
            <p class="guidance" id="source-guidance">{ props.value.facts().password_guidance }</p>
            <FieldDiagnostics id="source-diagnostics" path="/source/kind"
                              diagnostics={props.diagnostics.clone()} />
        </div>
    }
}
