//! Import: paste or drop a dsconfig batch file (or a scenario exported as JSON), or pick one.
//! The core reads it; the panel loads what it found into the editor and says what it could
//! not import.

use syncmap_core::Scenario;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::background;
use crate::context::use_editor;
use crate::import;
use crate::jobs::{Answer, Job};
use crate::state::Action;

/// Files larger than this are refused before reading: a batch file of a whole server is far
/// smaller, and a huge file would freeze the page.
const MAX_FILE: f64 = 8.0 * 1024.0 * 1024.0;

#[function_component(ImportPanel)]
pub fn import_panel() -> Html {
    let editor = use_editor();
    let text = use_state(String::new);
    // What the last import did, shown beside the button as well as at the top of the page.
    let status = use_state(String::new);
    // Several scenarios found: the admin picks one.
    let choices = use_state(|| None::<(Vec<Scenario>, String)>);
    // A dsconfig file is being read.
    let busy = use_state(|| false);
    let read = {
        let editor = editor.clone();
        let choices = choices.clone();
        let status = status.clone();
        let busy = busy.clone();
        Callback::from(move |(name, content): (String, String)| {
            status.set(String::new());
            choices.set(None);
            let trimmed = content.trim_start();
            if trimmed.starts_with('{') {
                match import::scenario_json(trimmed) {
                    Ok(scenario) => editor.dispatch.dispatch(Action::Replace {
                        scenario: Box::new(scenario),
                        notice: format!("Loaded the scenario from {name}."),
                    }),
                    Err(text) => editor.dispatch.dispatch(Action::Notify {
                        is_error: true,
                        text,
                    }),
                }
                return;
            }
            // The parser and linter load on first use and run off the page's thread: a large
            // file does not freeze the page, and says so while it is read.
            status.set(format!("Reading {name}…"));
            busy.set(true);
            let editor = editor.clone();
            let choices = choices.clone();
            let status = status.clone();
            let busy = busy.clone();
            let job = Job::Import {
                name: name.clone(),
                text: content,
            };
            background::run(job, move |answer| {
                busy.set(false);
                let found = match answer {
                    Ok(Answer::Import(found)) => Ok(found),
                    Ok(Answer::Refused(why)) | Err(why) => Err(why),
                    Ok(_) => Err("the worker answered another question".into()),
                };
                let mut found = match found {
                    Ok(found) => found,
                    Err(why) => {
                        let text = format!("{name} was not imported: {why}.");
                        status.set(text.clone());
                        editor.dispatch.dispatch(Action::Notify {
                            is_error: true,
                            text,
                        });
                        return;
                    }
                };
                status.set(found.report.clone());
                match found.scenarios.len() {
                    0 => editor.dispatch.dispatch(Action::Notify {
                        is_error: true,
                        text: found.report,
                    }),
                    1 => editor.dispatch.dispatch(Action::Replace {
                        scenario: Box::new(found.scenarios.swap_remove(0)),
                        notice: found.report,
                    }),
                    _ => choices.set(Some((found.scenarios, found.report))),
                }
            });
        })
    };
    let on_text = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            text.set(event.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_import = {
        let text = text.clone();
        let read = read.clone();
        Callback::from(move |_: MouseEvent| read.emit(("the pasted text".into(), (*text).clone())))
    };
    let on_file = {
        let read = read.clone();
        let editor = editor.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(file, read.clone(), editor.clone());
            }
            // Picking the same file again should import it again.
            input.set_value("");
        })
    };
    let on_drop = {
        let read = read.clone();
        let editor = editor.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            let file = event
                .data_transfer()
                .and_then(|t| t.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                read_file(file, read.clone(), editor.clone());
            }
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    html! {
        <details class="card import" id="import">
            <summary><h2>{ "Import a dsconfig file or a scenario" }</h2></summary>
            <div class="drop-zone" ondrop={on_drop} ondragover={on_drag_over}>
                <div class="field">
                    <label for="import-text">
                        { "Paste a dsconfig batch file (or drop one here)" }
                    </label>
                    <textarea id="import-text" rows="6" spellcheck="false" value={(*text).clone()}
                              oninput={on_text}
                              placeholder="dsconfig create-attribute-map --map-name ..." />
                </div>
                <button type="button" id="import-button" onclick={on_import}
                        disabled={text.trim().is_empty() || *busy}>{ "Import" }</button>
                { " " }
                <label for="import-file" class="file-label">{ "or choose a file" }</label>
                <input id="import-file" type="file" accept=".dsconfig,.txt,.sh,.json,text/plain,application/json"
                       onchange={on_file} />
            </div>
            <p id="import-status" role="status" aria-live="polite" aria-busy={busy.to_string()}>{ (*status).clone() }</p>
            if let Some((scenarios, report)) = &*choices {
                <div class="notice" role="group" aria-labelledby="import-choose">
                    <p id="import-choose">
                        { format!("{report} It holds {} attribute maps: which one?", scenarios.len()) }
                    </p>
                    <ul class="choices">
                        { for scenarios.iter().enumerate().map(|(i, scenario)| {
                            let editor = editor.clone();
                            let choices = choices.clone();
                            let scenario = scenario.clone();
                            let report = report.clone();
                            let label = match &scenario.sync_pipe {
                                Some(pipe) => format!("{} (sync class {})", scenario.attribute_map.name, pipe.class.name),
                                None => scenario.attribute_map.name.clone(),
                            };
                            let onclick = Callback::from(move |_: MouseEvent| {
                                editor.dispatch.dispatch(Action::Replace {
                                    scenario: Box::new(scenario.clone()),
                                    notice: report.clone(),
                                });
                                choices.set(None);
                            });
                            html! {
                                <li key={i}><button type="button" class="secondary" {onclick}>{ label }</button></li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </details>
    }
}

/// Reads `file` as text and hands it to `read`; refuses what is too large or not text.
fn read_file(
    file: web_sys::File,
    read: Callback<(String, String)>,
    editor: crate::context::Editor,
) {
    let name = file.name();
    if file.size() > MAX_FILE {
        editor.dispatch.dispatch(Action::Notify {
            is_error: true,
            // Whole kilobytes: formatting floats would add 10 KB to the bundle.
            text: format!(
                "{name} is {} KB; syncmap imports files up to 8 MB.",
                file.size() as u64 / 1024
            ),
        });
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        // `Blob.text()` reads the file as UTF-8, as the import expects.
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        match text.ok().and_then(|text| text.as_string()) {
            Some(text) => read.emit((name, text)),
            None => editor.dispatch.dispatch(Action::Notify {
                is_error: true,
                text: format!("Cannot read {name}: the browser could not read the file."),
            }),
        }
    });
}
