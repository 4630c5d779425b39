//! The page: editor on the left, diagnostics and commands on the right. State lives here; the
//! components get values and callbacks.

use std::rc::Rc;

use syncmap_core::{Diagnostic, render, validate};
use yew::prelude::*;

use crate::components::diagnostics_panel::DiagnosticsPanel;
use crate::components::output_panel::OutputPanel;
use crate::components::source_field::SourceField;
use crate::components::text_field::TextField;
use crate::state::{Action, State};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let diagnostics: Rc<Vec<Diagnostic>> = {
        let scenario = state.scenario.clone();
        use_memo(scenario, validate)
    };
    let output: Rc<String> = use_memo(
        (state.scenario.clone(), state.format),
        |(scenario, format)| render(scenario, *format),
    );

    let dispatch = |make: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |value: String| state.dispatch(make(value)))
    };
    let on_source = {
        let state = state.clone();
        Callback::from(move |source| state.dispatch(Action::ChooseSource(source)))
    };
    let on_format = {
        let state = state.clone();
        Callback::from(move |format| state.dispatch(Action::ChooseFormat(format)))
    };
    let scenario = &state.scenario;

    html! {
        <main class="app">
            <header class="app-header">
                <h1>{ "syncmap" }</h1>
                <p>{ "Map passwords from your directory or database to PingOne with PingDataSync, \
                       and copy the dsconfig commands." }</p>
            </header>
            <section class="editor" aria-labelledby="editor-title">
                <h2 id="editor-title">{ "Password mapping" }</h2>
                <SourceField
                    value={scenario.source.kind}
                    diagnostics={diagnostics.clone()}
                    onchange={on_source}
                />
                <TextField
                    id="password-attribute"
                    label="Password attribute (from-attribute)"
                    path={state.password_attribute_path()}
                    value={state.password_attribute().to_owned()}
                    placeholder={password_placeholder(scenario.source.kind)}
                    diagnostics={diagnostics.clone()}
                    oninput={dispatch(Action::EditPasswordAttribute)}
                />
                <TextField
                    id="attribute-map"
                    label="Attribute map name (--map-name)"
                    path="/attribute_map/name"
                    value={scenario.attribute_map.name.clone()}
                    diagnostics={diagnostics.clone()}
                    oninput={dispatch(Action::EditAttributeMap)}
                />
            </section>
            <DiagnosticsPanel diagnostics={diagnostics.clone()} />
            <OutputPanel text={output} format={state.format} onformat={on_format} />
        </main>
    }
}

fn password_placeholder(source: syncmap_core::SourceKind) -> AttrValue {
    match source.facts().password_attribute {
        syncmap_core::endpoint::PasswordAttribute::Named => "for example dbPassword".into(),
        _ => AttrValue::default(),
    }
}
