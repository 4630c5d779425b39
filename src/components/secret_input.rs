//! A secret the commands need, as syncmap allows it: a placeholder the admin replaces, or the
//! name of a passphrase provider on the server. Never the secret itself, so there is nothing
//! here to leak into a permalink, the saved work or a log.

use serde_json::json;
use syncmap_core::scenario::Secret;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::context::use_editor;
use crate::edit::{Edit, dom_id};

use super::field_diagnostics::field_diagnostics;

#[derive(Properties, PartialEq)]
pub struct SecretInputProps {
    /// The JSON pointer of the secret.
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: Option<Secret>,
    /// Whether the scenario may leave it out.
    #[prop_or_default]
    pub optional: bool,
}

const PLACEHOLDER: &str = "placeholder";
const PROVIDER: &str = "passphrase_provider";
const NONE: &str = "none";

#[function_component(SecretInput)]
pub fn secret_input(props: &SecretInputProps) -> Html {
    let editor = use_editor();
    let (kind, text) = match &props.value {
        Some(Secret::Placeholder(text)) => (PLACEHOLDER, text.clone()),
        Some(Secret::PassphraseProvider(text)) => (PROVIDER, text.clone()),
        None => (NONE, String::new()),
    };
    let send = {
        let editor = editor.clone();
        let path = props.path.clone();
        move |kind: &str, text: String| {
            editor.edit(match kind {
                NONE => Edit::Remove {
                    path: path.to_string(),
                },
                kind => Edit::Set {
                    path: path.to_string(),
                    value: json!({ kind: text }),
                },
            })
        }
    };
    let onkind = {
        let send = send.clone();
        let text = text.clone();
        Callback::from(move |event: Event| {
            let kind = event.target_unchecked_into::<HtmlSelectElement>().value();
            let text = match (kind.as_str(), text.is_empty()) {
                (PLACEHOLDER, true) => "<SECRET>".to_owned(),
                _ => text.clone(),
            };
            send(&kind, text);
        })
    };
    let ontext = {
        let kind = kind.to_owned();
        Callback::from(move |event: InputEvent| {
            send(
                &kind,
                event.target_unchecked_into::<HtmlInputElement>().value(),
            )
        })
    };
    let id = dom_id(&props.path);
    let kind_id = format!("{id}-kind");
    html! {
        <fieldset class="field secret" id={id.clone()} tabindex="-1">
            <legend>{ &props.label }</legend>
            <label for={kind_id.clone()} class="visually-hidden">{ "How the commands get it" }</label>
            <select id={kind_id} onchange={onkind}>
                if props.optional {
                    <option value={NONE} selected={kind == NONE}>{ "Not used" }</option>
                }
                <option value={PLACEHOLDER} selected={kind == PLACEHOLDER}>
                    { "Placeholder to replace before running" }
                </option>
                <option value={PROVIDER} selected={kind == PROVIDER}>
                    { "Passphrase provider on the server" }
                </option>
            </select>
            if kind != NONE {
                <label for={format!("{id}-value")} class="visually-hidden">
                    { if kind == PROVIDER { "Passphrase provider name" } else { "Placeholder text" } }
                </label>
                <input id={format!("{id}-value")} type="text" spellcheck="false" autocomplete="off"
                       value={text} oninput={ontext}
                       aria-describedby={format!("{id}-diagnostics")} />
            }
            <p class="help">
                { "Never type the real secret here: syncmap writes this text into the commands, \
                   and the commands end up in shell history and tickets." }
            </p>
            { field_diagnostics(&editor, format!("{id}-diagnostics"), &props.path, false) }
        </fieldset>
    }
}
