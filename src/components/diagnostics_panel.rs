//! Every diagnostic, with counts, in a region screen readers announce when it changes: errors
//! first, then warnings, then notes, each group by section in page order. Choosing one moves
//! focus to the field it concerns; each links to the page its rule rests on.

use std::rc::Rc;

use syncmap_core::Diagnostic;
use syncmap_core::diagnostic::{SECTIONS, arrange, section, summary};
use syncmap_core::rules;
use yew::prelude::*;

use crate::focus::focus_path;

#[derive(Properties, PartialEq)]
pub struct DiagnosticsPanelProps {
    pub diagnostics: Rc<Vec<Diagnostic>>,
}

#[function_component(DiagnosticsPanel)]
pub fn diagnostics_panel(props: &DiagnosticsPanelProps) -> Html {
    let diagnostics = &props.diagnostics;
    let arranged = use_memo(diagnostics.clone(), |d| {
        let mut list = (**d).clone();
        arrange(&mut list);
        list
    });
    let summary = if diagnostics.is_empty() {
        "No problems found.".to_owned()
    } else {
        let mut text = format!("{}.", summary(diagnostics.iter().map(|d| d.severity)));
        // Never read as all clear while rules could not run.
        if diagnostics
            .iter()
            .any(|d| d.code == rules::ENDPOINT_KIND_UNKNOWN.code)
        {
            text.push_str(" Some rules did not run: choose the kinds of the endpoints.");
        }
        text
    };
    html! {
        <section class="diagnostics card" id="checks" tabindex="-1" aria-labelledby="diagnostics-title">
            <h2 id="diagnostics-title">{ "Checks" }</h2>
            <p id="diagnostics-summary" role="status" aria-live="polite">{ summary }</p>
            <ul id="diagnostics">
                { for arranged.iter().map(|d| {
                    let path = d.path.clone();
                    let onclick = Callback::from(move |_: MouseEvent| { focus_path(&path); });
                    html! {
                        <li class={format!("diagnostic {}", d.severity.as_str())} data-code={d.code}
                            data-path={d.path.clone()}>
                            <span class="severity">{ d.severity.as_str() }</span>
                            <span class="section">{ SECTIONS[section(&d.path)].0 }</span>{ " " }
                            <button type="button" class="link goto" {onclick}
                                    title={format!("Go to {}", d.path)}>
                                { &d.message }
                            </button>
                            if let Some(hint) = &d.hint {
                                <span class="hint">{ " " }{ hint }</span>
                            }
                            { " " }
                            <a href={d.doc_url} target="_blank" rel="noopener noreferrer"
                               aria-label={format!("Documentation for {}", d.code)}>
                                <code>{ d.code }</code>
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
