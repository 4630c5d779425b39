//! The generated commands: format and script pickers, Copy and Download, and the text with the
//! lines the last change touched marked.

use std::rc::Rc;

use syncmap_core::diagnostic::plural;
use syncmap_core::plan::Script;
use syncmap_core::{Format, SourceKind};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::context::use_editor;
use crate::lines_diff::changed_lines;
use crate::output::{CHANGES_ID, Output, UNDO_CHANGES_ID};
use crate::state::Action;
use crate::{clipboard, download};

#[derive(Properties, PartialEq)]
pub struct OutputPanelProps {
    pub text: Rc<String>,
    pub format: Format,
    pub output: Output,
    /// Whether there is a baseline: the change scripts are offered.
    pub changes: bool,
    /// The source's kind: the prerequisites script is about it.
    pub source: SourceKind,
    /// The file name the download gets, without extension.
    pub file_stem: AttrValue,
    /// How many errors the scenario has: the commands will not work as they are.
    pub errors: usize,
}

#[function_component(OutputPanel)]
pub fn output_panel(props: &OutputPanelProps) -> Html {
    let editor = use_editor();
    let status = use_state(String::new);
    // The text before the last change, to mark what changed.
    let previous = use_mut_ref(|| (props.text.clone(), 0..0));
    let changed = {
        let mut previous = previous.borrow_mut();
        if !Rc::ptr_eq(&previous.0, &props.text) {
            let range = changed_lines(&previous.0, &props.text);
            *previous = (props.text.clone(), range);
        }
        previous.1.clone()
    };
    // A new text makes an old "Copied" untrue.
    {
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(String::new()));
    }
    let output_ref = use_node_ref();
    let errors = props.errors;
    let copy = {
        let text = props.text.clone();
        let status = status.clone();
        let output_ref = output_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let status = status.clone();
            let output_ref = output_ref.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match clipboard::copy(&text).await {
                    Ok(()) if errors > 0 => format!(
                        "Copied, with {}: fix the scenario before running them.",
                        plural(errors, "error")
                    ),
                    Ok(()) => "Copied to the clipboard.".to_owned(),
                    Err(reason) => {
                        select_contents(&output_ref);
                        format!(
                            "The browser refused the clipboard ({reason}). The commands are \
                             selected: press Ctrl+C (Cmd+C on a Mac)."
                        )
                    }
                });
            });
        })
    };
    let save = {
        let text = props.text.clone();
        let status = status.clone();
        let name = format!("{}.{}", props.file_stem, props.format.extension());
        Callback::from(move |_: MouseEvent| {
            status.set(match download::download(&name, "text/plain", &text) {
                Ok(()) if errors > 0 => format!(
                    "Saved as {name}, with {}: fix the scenario before running it.",
                    plural(errors, "error")
                ),
                Ok(()) => format!("Saved as {name}."),
                Err(reason) => format!("Could not save the file: {reason}."),
            })
        })
    };
    let on_format = editor.callback(|event: Event| {
        let id = event.target_unchecked_into::<HtmlSelectElement>().value();
        Action::ChooseFormat(Format::from_id(&id).unwrap_or(Format::Bash))
    });
    let on_script = editor.callback(|event: Event| {
        let id = event.target_unchecked_into::<HtmlSelectElement>().value();
        Action::ChooseOutput(Output::from_id(&id).unwrap_or(Output::Script(Script::Apply)))
    });
    // A change script runs where the apply script does.
    let runs = match props.output {
        Output::Script(script) => script,
        _ => Script::Apply,
    };
    let lines = props.text.split_inclusive('\n').enumerate().map(|(i, line)| {
        html! { <span class={if changed.contains(&i) { "line changed" } else { "line" }}>{ line }</span> }
    });
    html! {
        <section class="output card" id="commands" tabindex="-1" aria-labelledby="output-title">
            <h2 id="output-title">{ "dsconfig commands" }</h2>
            <div class="toolbar">
                <label for="script">{ "Script" }</label>
                <select id="script" onchange={on_script}>
                    { for Script::ALL.into_iter().map(|script| html! {
                        <option value={script.id()} selected={Output::Script(script) == props.output}>
                            { script_label(script) }
                        </option>
                    }) }
                    if props.changes {
                        <option value={CHANGES_ID} selected={props.output == Output::Changes}>
                            { "Changes since import" }
                        </option>
                        <option value={UNDO_CHANGES_ID} selected={props.output == Output::UndoChanges}>
                            { "Undo those changes" }
                        </option>
                    }
                </select>
                <label for="format">{ "Format" }</label>
                <select id="format" onchange={on_format} aria-describedby="format-help">
                    { for Format::ALL.into_iter().map(|format| html! {
                        <option value={format.id()} selected={format == props.format}>
                            { format.label() }
                        </option>
                    }) }
                </select>
                <button id="copy" type="button" onclick={copy}>{ "Copy" }</button>
                <button id="download" type="button" class="secondary" onclick={save}>
                    { "Download" }
                </button>
            </div>
            if errors > 0 {
                <p id="output-errors">
                    { format!(
                        "Not ready: {} in the checks. These commands will not work as they are; \
                         their header lists the error codes.",
                        plural(errors, "error")
                    ) }
                </p>
            }
            <p class="help" id="format-help">{ props.format.help() }</p>
            <p class="help" id="output-runs-against">{ runs.runs_against(props.source) }</p>
            <p id="copy-status" role="status" aria-live="polite">{ (*status).clone() }</p>
            <pre id="output" tabindex="0" aria-label="Generated commands" ref={output_ref}
                 data-changed={format!("{}-{}", changed.start, changed.end)}><code>{ for lines }</code></pre>
        </section>
    }
}

fn script_label(script: Script) -> &'static str {
    match script {
        Script::Apply => "Apply",
        Script::Runbook => "Go-live runbook",
        Script::Rollback => "Rollback",
        Script::Prerequisites => "Prerequisites (source server)",
    }
}

/// Selects the commands on the page, so the admin can copy them by hand.
fn select_contents(node: &NodeRef) {
    let (Some(element), Some(selection)) = (
        node.cast::<web_sys::Element>(),
        web_sys::window().and_then(|w| w.get_selection().ok().flatten()),
    ) else {
        return;
    };
    let _ = selection.select_all_children(element.unchecked_ref());
}
