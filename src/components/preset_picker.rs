//! The presets, and the notice when loading one would replace the admin's changes.

use syncmap_core::presets;
use yew::prelude::*;

use crate::context::use_editor;
use crate::focus::focus_first_later;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    /// The preset the scenario came from, if any.
    pub current: Option<&'static str>,
    /// A preset waiting for confirmation.
    pub pending: Option<&'static str>,
}

#[function_component(PresetPicker)]
pub fn preset_picker(props: &PresetPickerProps) -> Html {
    let editor = use_editor();
    let onchange = editor.callback(|event: Event| {
        let name = event
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        // The select only offers presets, so the name is one; the reducer says so otherwise.
        let name = presets::find(&name).map_or("", |p| p.name);
        // The select is drawn again (see its key): keep the keyboard in the notice or on it.
        focus_first_later(vec!["preset-replace".into(), "preset".into()]);
        Action::LoadPreset(name)
    });
    let summary = props
        .current
        .and_then(presets::find)
        .map(|p| p.summary)
        .unwrap_or("Your own scenario.");
    html! {
        <div class="field presets">
            <label for="preset">{ "Start from a preset" }</label>
            // Keyed by what it shows, so a declined choice does not stay selected.
            <select id="preset" key={format!("{}/{}", props.current.unwrap_or(""), props.pending.unwrap_or(""))}
                    {onchange} aria-describedby="preset-summary">
                if props.current.is_none() {
                    <option value="" selected=true>{ "(changed or imported)" }</option>
                }
                { for presets::all().iter().map(|p| html! {
                    <option value={p.name} selected={props.current == Some(p.name)}>{ p.title }</option>
                }) }
            </select>
            <p class="help" id="preset-summary">{ summary }</p>
            if let Some(pending) = props.pending {
                <div class="notice warning" role="alertdialog" aria-labelledby="preset-pending"
                     id="preset-confirm">
                    <p id="preset-pending">
                        { format!("Loading {} replaces the changes you made. Replace them?",
                                 presets::find(pending).map_or(pending, |p| p.title)) }
                    </p>
                    <button type="button" id="preset-replace"
                            onclick={editor.callback(|_: MouseEvent| Action::ConfirmPreset)}>
                        { "Replace my changes" }
                    </button>
                    { " " }
                    <button type="button" class="secondary" id="preset-keep"
                            onclick={editor.callback(|_: MouseEvent| Action::KeepEditing)}>
                        { "Keep editing" }
                    </button>
                </div>
            }
        </div>
    }
}
