//! Keeping and sharing the work: the permalink, JSON export, and what autosave did.

use std::rc::Rc;

use syncmap_core::Scenario;
use yew::prelude::*;

use crate::{address, clipboard, download, import};

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub scenario: Rc<Scenario>,
    /// The permalink of the scenario, without `#`.
    pub permalink: Rc<String>,
    /// What autosave last did, for the admin.
    pub saved: AttrValue,
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let status = use_state(String::new);
    let copy_link = {
        let permalink = props.permalink.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let link = address::link_to(&permalink);
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match clipboard::copy(&link).await {
                    Ok(()) => "Link copied. It holds no secrets.".to_owned(),
                    Err(reason) => format!(
                        "The browser refused the clipboard ({reason}); the link is in the \
                         address bar."
                    ),
                });
            });
        })
    };
    let export = {
        let scenario = props.scenario.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("{}.json", file_stem(&scenario.attribute_map.name));
            let text = import::export_json(&scenario);
            status.set(match download::download(&name, "application/json", &text) {
                Ok(()) => format!("Exported as {name}."),
                Err(reason) => format!("Could not export: {reason}."),
            });
        })
    };
    html! {
        <section class="card share" aria-labelledby="share-title">
            <h2 id="share-title">{ "Keep and share" }</h2>
            <div class="toolbar">
                <button type="button" id="copy-link" class="secondary" onclick={copy_link}>
                    { "Copy link" }
                </button>
                <button type="button" id="export-json" class="secondary" onclick={export}>
                    { "Export JSON" }
                </button>
            </div>
            <p class="help" id="saved-status">{ props.saved.clone() }</p>
            <p id="share-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </section>
    }
}

/// A file name from the map name: letters, digits, `-` and `_` only.
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.is_empty() {
        "syncmap".into()
    } else {
        stem
    }
}
