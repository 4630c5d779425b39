//! The page: the editor on the left, the checks and the commands on the right. The state lives
//! here; the sections get the scenario and reach the state through the editor context.

use std::rc::Rc;

use syncmap_core::{
    Diagnostic, Format, Options, Scenario, Script, permalink, presets, render_dsconfig_checked,
    validate,
};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::address::{self, Launch};
use crate::background;
use crate::components::connection::connection_section;
use crate::components::diagnostics_panel::DiagnosticsPanel;
use crate::components::endpoints::Endpoints;
use crate::components::history_bar::history_bar;
use crate::components::import_panel::ImportPanel;
use crate::components::mappings::Mappings;
use crate::components::output_panel::OutputPanel;
use crate::components::password::PasswordSection;
use crate::components::preset_picker::PresetPicker;
use crate::components::share_panel::{SharePanel, file_stem};
use crate::components::sync_class::SyncClassSection;
use crate::context::Editor;
use crate::jobs::{Answer, Job};
use crate::json::scenario_to_text;
use crate::output::Output;
use crate::saved::{self, Loaded, LocalStorage};
use crate::state::{Action, Notice, State};
use crate::theme::Theme;

/// How the page starts: from the address, the saved work or the defaults.
#[derive(Properties, PartialEq)]
pub struct Start {
    pub state: State,
    pub embed: bool,
}

impl Start {
    /// The permalink in the address wins, then a preset the address names, then the work saved
    /// in this browser, then the first preset. What cannot be read is said, never fatal.
    pub fn from_browser() -> Start {
        let launch = address::current();
        let loaded = match launch.embed {
            // An embedded copy shows what its page asks for and leaves the saved work alone.
            true => Loaded::Nothing,
            false => saved::load(&LocalStorage),
        };
        Start::choose(&launch, loaded)
    }

    /// The decision of [`Start::from_browser`], without the browser.
    pub fn choose(launch: &Launch, loaded: Loaded) -> Start {
        let notice = |text: String| Notice {
            is_error: true,
            text,
        };
        let mut problems = Vec::new();
        let mut state = None;
        if let Some(link) = &launch.permalink {
            match permalink::decode(link) {
                Ok(scenario) => state = Some(State::with_scenario(scenario)),
                Err(error) => problems.push(format!("The link could not be opened: {error}.")),
            }
        }
        if state.is_none()
            && let Some(name) = &launch.preset
        {
            match presets::find(name) {
                Some(preset) => state = Some(State::with_preset(preset)),
                None => problems.push(format!("There is no preset called '{name}'.")),
            }
        }
        if state.is_none() {
            match loaded {
                Loaded::Scenario(scenario) => state = Some(State::with_scenario(*scenario)),
                Loaded::Corrupt(reason) => {
                    problems.push(format!("The saved work was set aside: {reason}."))
                }
                Loaded::Nothing => {}
            }
        }
        let mut state = state.unwrap_or_default();
        if !problems.is_empty() {
            state.notice = Some(notice(format!(
                "{} Starting from the defaults.",
                problems.join(" ")
            )));
        }
        Start {
            state,
            embed: launch.embed,
        }
    }
}

#[function_component(App)]
pub fn app(start: &Start) -> Html {
    let state = use_reducer({
        let initial = start.state.clone();
        move || initial
    });
    let scenario = Rc::new(state.scenario.clone());
    let diagnostics: Rc<Vec<Diagnostic>> = use_memo(scenario.clone(), |s| validate(s));
    // The script shown. A change script is the worker's (the change engine stays out of the
    // first load, `jobs.rs`): asked for here, where the output is decided, and shown when it
    // answers (`State::change`); the worker answers in order, so the last answer is the last
    // scenario's. Asked in this memo rather than an effect: one hook fewer in the first load.
    let output: Rc<String> = use_memo(
        (
            scenario.clone(),
            state.format,
            state.output,
            state.baseline.clone(),
        ),
        {
            // The diagnostics of this very scenario: the header names its errors without a
            // second validation.
            let diagnostics = diagnostics.clone();
            let dispatch = state.dispatcher();
            move |(scenario, format, output, baseline)| {
                let Output::Script(script) = output else {
                    if let (Some(baseline), Some(reverse)) = (baseline, output.reverse()) {
                        ask_for_change(baseline, scenario, *format, reverse, dispatch.clone());
                    }
                    return String::new();
                };
                // The runbook is the worker's too: its steps and pages stay out of the first
                // load.
                if *script == Script::Runbook {
                    ask_worker(
                        Job::Runbook {
                            scenario: scenario_to_text(scenario, false),
                            format: *format,
                        },
                        dispatch.clone(),
                    );
                    return String::new();
                }
                render_dsconfig_checked(
                    scenario,
                    &Options {
                        format: *format,
                        script: *script,
                        date: None,
                    },
                    &diagnostics,
                )
            }
        },
    );
    let output = match state.output {
        Output::Script(script) if script != Script::Runbook => output,
        _ => state.change.clone(),
    };
    let errors = state.output.errors(&diagnostics, state.baseline.as_deref());
    let link: Rc<String> = use_memo(scenario.clone(), |s| permalink::encode(s));
    let saved_status = use_state(|| AttrValue::from(""));
    {
        // The address and the saved work follow the scenario.
        let embed = start.embed;
        let saved_status = saved_status.clone();
        use_effect_with((link.clone(), scenario.clone()), move |(link, scenario)| {
            address::set_permalink(link);
            if !embed {
                saved_status.set(match saved::save(&LocalStorage, scenario) {
                    Ok(()) => {
                        "Your work is saved in this browser as you type (without secrets).".into()
                    }
                    Err(reason) => AttrValue::from(format!("Not saved: {reason}.")),
                });
            }
        });
    }
    let theme = use_state(Theme::load);
    {
        let theme = *theme;
        use_effect_with(theme, move |theme| theme.apply());
    }
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |event: Event| {
            let id = event.target_unchecked_into::<HtmlSelectElement>().value();
            theme.set(Theme::from_id(&id));
        })
    };
    let editor = Editor {
        diagnostics: diagnostics.clone(),
        dispatch: state.dispatcher(),
    };
    let suggested_pipe = format!(
        "{}_to_{}",
        scenario.source.name.replace(' ', "_"),
        scenario.destination.name.replace(' ', "_")
    );
    let embed = start.embed;
    html! {
        <ContextProvider<Editor> context={editor.clone()}>
            <main class={if embed { "app embed" } else { "app" }}>
                <header class="app-header">
                    if !embed {
                        // The first Tab stop: past the whole form to the commands and Copy.
                        <a class="skip" href="#commands" onclick={go("commands")}>
                            { "Skip to the commands" }
                        </a>
                    }
                    <div class="title">
                        <h1>{ "syncmap" }</h1>
                        if !embed {
                            <p>{ "Build PingDataSync attribute mappings, check them, and copy the \
                                   dsconfig commands. Everything stays in your browser." }</p>
                        }
                    </div>
                    <nav class="shortcuts" aria-label="Shortcuts">
                        { history_bar(&editor, state.history.undo_label(), state.history.redo_label()) }
                        if !embed {
                            { for SHORTCUTS.iter().map(|(id, label)| html! {
                                <button type="button" class="secondary" onclick={go(id)}>{ *label }</button>
                            }) }
                        }
                    </nav>
                    <div class="starts">
                        <PresetPicker current={state.preset} pending={state.pending_preset} />
                        if !embed {
                            <p class="help">
                                { "Or import a dsconfig file or a scenario, or open a link someone \
                                   shared. Your work is saved in this browser and opens here again." }
                            </p>
                        }
                    </div>
                    if !embed {
                        <div class="field theme">
                            <label for="theme">{ "Theme" }</label>
                            <select id="theme" onchange={on_theme}>
                                { for Theme::ALL.into_iter().map(|t| html! {
                                    <option value={t.id()} selected={t == *theme}>{ t.label() }</option>
                                }) }
                            </select>
                        </div>
                    }
                </header>
                if let Some(notice) = &state.notice {
                    <div id="notice" class={if notice.is_error { "notice error" } else { "notice" }}
                         role={if notice.is_error { "alert" } else { "status" }}>
                        <p>{ &notice.text }</p>
                        <button type="button" class="secondary" id="notice-dismiss"
                                onclick={editor.callback(|_: MouseEvent| Action::DismissNotice)}>
                            { "Dismiss" }
                        </button>
                    </div>
                }
                <div class="editor" id="editor" aria-label="Scenario editor" role="region">
                    <Endpoints scenario={scenario.clone()} />
                    <PasswordSection scenario={scenario.clone()} />
                    <Mappings scenario={scenario.clone()} />
                    <SyncClassSection pipe={scenario.sync_pipe.clone()} suggested_name={suggested_pipe} />
                    if !embed {
                        { connection_section(&scenario.connection) }
                        <ImportPanel />
                        <SharePanel scenario={scenario.clone()} permalink={link.clone()}
                                    saved={(*saved_status).clone()} />
                    }
                </div>
                <div class="results">
                    <DiagnosticsPanel diagnostics={diagnostics.clone()} />
                    <OutputPanel text={output} format={state.format} output={state.output}
                                 changes={state.baseline.is_some()}
                                 source={scenario.source.kind}
                                 file_stem={file_stem(&scenario.attribute_map.name)} {errors} />
                </div>
            </main>
        </ContextProvider<Editor>>
    }
}

/// Asks the worker for the change script from `baseline` to `scenario` (or back, `reverse`),
/// and has the state show its answer, or why there is none, in the output.
fn ask_for_change(
    baseline: &Scenario,
    scenario: &Scenario,
    format: Format,
    reverse: bool,
    dispatch: UseReducerDispatcher<State>,
) {
    let job = Job::Change {
        before: scenario_to_text(baseline, false),
        after: scenario_to_text(scenario, false),
        format,
        reverse,
    };
    ask_worker(job, dispatch);
}

/// Asks the background worker for a script it writes (a change script, the runbook) and shows
/// its answer, or why there is none, where the script would be.
fn ask_worker(job: Job, dispatch: UseReducerDispatcher<State>) {
    background::run(job, move |answer| {
        // Why there is no script is said where the script would be: each reason names the
        // background worker or the request's place.
        let text = match answer {
            Ok(Answer::Script(text) | Answer::Refused(text)) | Err(text) => text,
            Ok(_) => "the worker answered another question".into(),
        };
        dispatch.dispatch(Action::Changed(Rc::new(text)));
    });
}

/// The shortcuts at the top: the element each focuses, and its label.
const SHORTCUTS: [(&str, &str); 5] = [
    ("import-text", "Import"),
    ("export-json", "Export"),
    ("copy-link", "Share"),
    ("checks", "Checks"),
    ("commands", "Commands"),
];

/// Opens (if folded) and focuses the element with `id`; the address keeps the permalink, so the
/// link's own jump is not taken.
fn go(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        crate::focus::reveal(id);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_permalink_wins_over_everything() {
        let mut scenario = presets::all()[1].scenario();
        scenario.attribute_map.name = "From the link".into();
        let launch = Launch {
            embed: false,
            preset: Some("rdbms-to-pingone".into()),
            permalink: Some(permalink::encode(&scenario)),
        };
        let start = Start::choose(&launch, Loaded::Nothing);
        assert_eq!(start.state.scenario, scenario);
        assert_eq!(start.state.notice, None);
    }

    #[test]
    fn a_bad_link_falls_back_and_says_so() {
        let launch = Launch {
            permalink: Some("9.zzz".into()),
            ..Launch::default()
        };
        let saved = presets::all()[2].scenario();
        let start = Start::choose(&launch, Loaded::Scenario(Box::new(saved.clone())));
        assert_eq!(start.state.scenario, saved);
        let notice = start.state.notice.unwrap();
        assert!(
            notice.text.contains("could not be opened"),
            "{}",
            notice.text
        );
    }

    #[test]
    fn corrupt_saved_work_starts_from_the_defaults() {
        let start = Start::choose(&Launch::default(), Loaded::Corrupt("broken".into()));
        assert_eq!(start.state.scenario, State::default().scenario);
        assert!(start.state.notice.unwrap().text.contains("set aside"));
    }

    #[test]
    fn embed_shows_the_named_preset() {
        let launch = address::parse("?embed&preset=ibm-directory-to-pingone", "");
        let start = Start::choose(&launch, Loaded::Nothing);
        assert!(start.embed);
        assert_eq!(start.state.preset, Some("ibm-directory-to-pingone"));
    }
}
