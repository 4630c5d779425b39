//! A labelled text input with the diagnostics about it.

use std::rc::Rc;

use syncmap_core::Diagnostic;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_diagnostics::{FieldDiagnostics, has_error_at};

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The JSON pointer of the scenario field this input edits.
    pub path: AttrValue,
    pub value: String,
    #[prop_or_default]
    pub placeholder: AttrValue,
    pub diagnostics: Rc<Vec<Diagnostic>>,
    pub oninput: Callback<String>,
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let oninput = {
        let oninput = props.oninput.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            oninput.emit(input.value());
        })
    };
    let diagnostics_id = format!("{}-diagnostics", props.id);
    let invalid = has_error_at(&props.diagnostics, &props.path);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <input
                id={props.id.clone()}
                type="text"
                spellcheck="false"
                autocomplete="off"
                value={props.value.clone()}
                placeholder={props.placeholder.clone()}
                aria-invalid={invalid.to_string()}
                aria-describedby={diagnostics_id.clone()}
                {oninput}
            />
            <FieldDiagnostics id={diagnostics_id} path={props.path.clone()}
                              diagnostics={props.diagnostics.clone()} />
        </div>
    }
}
