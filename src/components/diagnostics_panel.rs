//! Every diagnostic, with counts, in a region screen readers announce when it changes.

use std::rc::Rc;

use syncmap_core::Diagnostic;
use syncmap_core::diagnostic::summary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DiagnosticsPanelProps {
    pub diagnostics: Rc<Vec<Diagnostic>>,
}

#[function_component(DiagnosticsPanel)]
pub fn diagnostics_panel(props: &DiagnosticsPanelProps) -> Html {
    let diagnostics = &props.diagnostics;
    let summary = if diagnostics.is_empty() {
        "No problems found.".to_owned()
    } else {
        format!("{}.", summary(diagnostics.iter().map(|d| d.severity)))
    };
    html! {
        <section class="diagnostics" aria-labelledby="diagnostics-title">
            <h2 id="diagnostics-title">{ "Checks" }</h2>
            <p id="diagnostics-summary" role="status" aria-live="polite">{ summary }</p>
            <ul id="diagnostics">
                { for diagnostics.iter().map(|d| html! {
                    <li class={classes!("diagnostic", d.severity.as_str())} data-code={d.code}>
                        <span class="severity">{ d.severity.as_str() }</span>
                        { " " }<code>{ d.code }</code>{ ": " }{ &d.message }
                        { " " }<a href={d.doc_url} target="_blank" rel="noopener noreferrer">
                            { "documentation" }
                        </a>
                    </li>
                }) }
            </ul>
        </section>
    }
}
