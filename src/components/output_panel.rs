//! The generated commands, the format picker and the Copy button.

use std::rc::Rc;

use syncmap_core::Format;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::clipboard;

#[derive(Properties, PartialEq)]
pub struct OutputPanelProps {
    pub text: Rc<String>,
    pub format: Format,
    pub onformat: Callback<Format>,
}

#[function_component(OutputPanel)]
pub fn output_panel(props: &OutputPanelProps) -> Html {
    let status = use_state(String::new);
    // A new text makes an old "Copied" untrue.
    {
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(String::new()));
    }
    let onclick = {
        let text = props.text.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match clipboard::copy(&text).await {
                    Ok(()) => "Copied to the clipboard.".to_owned(),
                    Err(reason) => format!(
                        "The browser refused the clipboard ({reason}). Select the commands and \
                         press Ctrl+C (Cmd+C on a Mac)."
                    ),
                });
            });
        })
    };
    let onchange = {
        let onformat = props.onformat.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(format) = Format::from_id(&select.value()) {
                onformat.emit(format);
            }
        })
    };
    html! {
        <section class="output" aria-labelledby="output-title">
            <h2 id="output-title">{ "dsconfig commands" }</h2>
            <div class="toolbar">
                <label for="format">{ "Format" }</label>
                <select id="format" {onchange}>
                    { for Format::ALL.into_iter().map(|format| html! {
                        <option value={format.id()} selected={format == props.format}>
                            { format.label() }
                        </option>
                    }) }
                </select>
                <button id="copy" type="button" {onclick}>{ "Copy" }</button>
                <span id="copy-status" role="status" aria-live="polite">{ (*status).clone() }</span>
            </div>
            <pre id="output" tabindex="0" aria-label="Generated commands"><code>{ props.text.as_str() }</code></pre>
        </section>
    }
}
