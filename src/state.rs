//! The editor's state and the actions that change it. Pure: no DOM, no storage, so it is tested
//! natively.

use std::rc::Rc;

use syncmap_core::plan::Script;
use syncmap_core::presets::{self, Preset};

use syncmap_core::{DestinationKind, Format, Scenario, SourceKind};
use yew::Reducible;

use crate::edit::{self, Edit};
use crate::history::{Baseline, History};
use crate::output::Output;

/// Everything the page shows is derived from this.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The scenario being edited.
    pub scenario: Scenario,
    /// The output format shown.
    pub format: Format,
    /// The script shown: one of the core's, or a change script from or to the baseline.
    pub output: Output,
    /// The name of the preset last loaded, to tell whether the admin changed it.
    pub preset: Option<&'static str>,
    /// A preset waiting for the admin to confirm that it may replace their changes.
    pub pending_preset: Option<&'static str>,
    /// What the page has to tell the admin about the last action (a refused edit, an import).
    pub notice: Option<Notice>,
    /// The changes to the scenario that Undo and Redo walk (never saved: `history.rs`).
    pub history: History,
    /// The configuration the last import brought in, while the scenario is edited from it: the
    /// change scripts go from it to the scenario and back. A preset replaces it with nothing.
    /// Only the page holds it: never saved, never in the permalink.
    pub baseline: Baseline,
    /// The last change script the worker made for the output; "Computing…" until it answers.
    pub change: Rc<String>,
}

/// A message about the last action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Whether something went wrong.
    pub is_error: bool,
    /// The message.
    pub text: String,
}

impl Default for State {
    fn default() -> State {
        State::with_preset(&presets::all()[0])
    }
}

impl State {
    /// A fresh state showing `preset`.
    pub fn with_preset(preset: &'static Preset) -> State {
        State {
            scenario: preset.scenario(),
            format: Format::Bash,
            output: Output::Script(Script::Apply),
            preset: Some(preset.name),
            pending_preset: None,
            notice: None,
            history: History::default(),
            baseline: None,
            change: computing(),
        }
    }

    /// A fresh state showing `scenario` (from a permalink or the saved work).
    pub fn with_scenario(scenario: Scenario) -> State {
        let preset = preset_of(&scenario);
        State {
            scenario,
            preset,
            ..State::with_preset(&presets::all()[0])
        }
    }

    /// Whether the scenario differs from the preset it was loaded from (or, without one, from
    /// every preset): replacing it would lose work.
    pub fn has_changes(&self) -> bool {
        match self.preset.and_then(presets::find) {
            Some(preset) => preset.scenario() != self.scenario,
            None => presets::all().iter().all(|p| p.scenario() != self.scenario),
        }
    }

    /// The source attribute of the password mapping ("" when there is none).
    pub fn password_attribute(&self) -> &str {
        match self.scenario.password_mapping() {
            Some((_, syncmap_core::scenario::Mapping::Direct { from, .. })) => from,
            _ => "",
        }
    }
}

/// A change the user makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A field edit.
    Edit(Edit),
    /// Another source; defaults that followed the old one follow the new one.
    ChooseSource(SourceKind),
    /// Another destination, likewise.
    ChooseDestination(DestinationKind),
    /// Load a preset; held for confirmation when it would replace changes.
    LoadPreset(&'static str),
    /// Replace the changes with the pending preset.
    ConfirmPreset,
    /// Keep the changes; forget the pending preset.
    KeepEditing,
    /// Replace the scenario (an import), with a message about it; it becomes the baseline.
    Replace {
        scenario: Box<Scenario>,
        notice: String,
    },
    /// Show a message (such as why an import failed) without changing anything.
    Notify {
        is_error: bool,
        text: String,
    },
    ChooseFormat(Format),
    ChooseOutput(Output),
    DismissNotice,
    /// The worker's change script for the output, or why there is none.
    Changed(Rc<String>),
    /// Go back to the scenario before the last change.
    Undo,
    /// Go forward again to the scenario the last undo left.
    Redo,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let label = label(&action);
        let typing = match &action {
            Action::Edit(Edit::Set { path, .. }) => Some(path.clone()),
            _ => None,
        };
        match action {
            Action::Edit(change) => match edit::apply(&next.scenario, &change) {
                Ok(scenario) => {
                    next.scenario = scenario;
                    next.notice = None;
                }
                Err(text) => {
                    next.notice = Some(Notice {
                        is_error: true,
                        text,
                    })
                }
            },
            Action::ChooseSource(source) => next.scenario.change_source(source),
            Action::ChooseDestination(destination) => next.scenario.change_destination(destination),
            Action::LoadPreset(name) => match presets::find(name) {
                Some(preset) if next.has_changes() => next.pending_preset = Some(preset.name),
                Some(preset) => next.load(preset),
                None => {
                    next.notice = Some(Notice {
                        is_error: true,
                        text: format!("There is no preset called '{name}'."),
                    })
                }
            },
            Action::ConfirmPreset => {
                if let Some(preset) = next.pending_preset.take().and_then(presets::find) {
                    next.load(preset);
                }
            }
            Action::KeepEditing => next.pending_preset = None,
            Action::Replace { scenario, notice } => {
                next.preset = preset_of(&scenario);
                next.baseline = Some(Rc::new((*scenario).clone()));
                next.scenario = *scenario;
                next.pending_preset = None;
                next.notice = Some(Notice {
                    is_error: false,
                    text: notice,
                });
            }
            Action::Notify { is_error, text } => next.notice = Some(Notice { is_error, text }),
            Action::ChooseFormat(format) => next.format = format,
            Action::ChooseOutput(output) => {
                next.output = output;
                // Whatever change script was shown last is not this choice's.
                next.change = computing();
            }
            Action::DismissNotice => next.notice = None,
            Action::Changed(text) => {
                // No change to the scenario: the typing run and the history go on as they were.
                next.change = text;
                return next.into();
            }
            Action::Undo | Action::Redo => {
                let back = matches!(action, Action::Undo);
                if let Some((scenario, preset, baseline)) =
                    next.history
                        .travel(back, &self.scenario, self.preset, &self.baseline)
                {
                    next.scenario = scenario;
                    next.preset = preset;
                    next.baseline = baseline;
                    next.pending_preset = None;
                    // What was undone is in view, and Undo's and Redo's names say what is next.
                    next.notice = Some(Notice {
                        is_error: false,
                        text: if back { "Undone." } else { "Redone." }.into(),
                    });
                }
                return next.shown();
            }
        }
        next.history.record(
            &self.scenario,
            self.preset,
            &self.baseline,
            &next.scenario,
            label,
            typing,
        );
        next.shown()
    }
}

/// What kind of change `action` would make to the scenario, for Undo's and Redo's names;
/// `None` for an action that changes no scenario. A verb is enough: the change was just made,
/// and words for every place a path can name would cost the page more than they tell.
fn label(action: &Action) -> Option<&'static str> {
    Some(match action {
        Action::Edit(Edit::Set { .. }) => "edit",
        Action::Edit(Edit::Insert { .. }) => "add",
        Action::Edit(Edit::Remove { .. }) => "remove",
        Action::Edit(Edit::Move { .. }) => "move",
        Action::ChooseSource(_) => "source change",
        Action::ChooseDestination(_) => "destination change",
        Action::LoadPreset(_) | Action::ConfirmPreset => "load preset",
        Action::Replace { .. } => "import",
        _ => return None,
    })
}

impl State {
    fn load(&mut self, preset: &'static Preset) {
        self.scenario = preset.scenario();
        self.preset = Some(preset.name);
        self.pending_preset = None;
        self.notice = None;
        self.baseline = None;
    }

    /// The state to show: without a baseline there is no change script, so the apply script
    /// takes its place.
    fn shown(mut self) -> Rc<State> {
        if self.baseline.is_none() && self.output.reverse().is_some() {
            self.output = Output::Script(Script::Apply);
        }
        self.into()
    }
}

/// What the output shows until the worker's first change script arrives.
fn computing() -> Rc<String> {
    Rc::new("Computing…\n".into())
}

/// The name of the preset `scenario` is, unchanged, if any.
fn preset_of(scenario: &Scenario) -> Option<&'static str> {
    presets::all()
        .iter()
        .find(|p| p.scenario() == *scenario)
        .map(|p| p.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(start: State, actions: impl IntoIterator<Item = Action>) -> State {
        let mut state = Rc::new(start);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    fn password_path(state: &State) -> String {
        let index = state.scenario.password_mapping().unwrap().0;
        format!("/attribute_map/mappings/{index}/from")
    }

    #[test]
    fn picking_ibm_fills_in_its_password_attribute() {
        let state = apply(
            State::default(),
            [Action::ChooseSource(SourceKind::IbmDirectory)],
        );
        assert_eq!(state.password_attribute(), "userPassword;binary");
    }

    #[test]
    fn typed_values_survive_a_source_change() {
        let start = State::default();
        let path = password_path(&start);
        let state = apply(
            start,
            [
                Action::Edit(Edit::text(path, "pwd")),
                Action::ChooseSource(SourceKind::Rdbms),
                Action::ChooseFormat(Format::Batch),
            ],
        );
        assert_eq!(state.password_attribute(), "pwd");
        assert_eq!(state.scenario.source.kind, SourceKind::Rdbms);
        assert_eq!(state.format, Format::Batch);
    }

    #[test]
    fn a_preset_replaces_untouched_work_at_once() {
        let state = apply(State::default(), [Action::LoadPreset("rdbms-to-pingone")]);
        assert_eq!(state.preset.unwrap(), "rdbms-to-pingone");
        assert_eq!(state.pending_preset, None);
        assert!(!state.has_changes());
    }

    #[test]
    fn a_preset_waits_for_confirmation_when_work_would_be_lost() {
        let edited = apply(
            State::default(),
            [
                Action::Edit(Edit::text("/attribute_map/name", "Mine")),
                Action::LoadPreset("rdbms-to-pingone"),
            ],
        );
        assert!(edited.has_changes());
        assert_eq!(edited.pending_preset.unwrap(), "rdbms-to-pingone");
        assert_eq!(edited.scenario.attribute_map.name, "Mine");

        let kept = apply(edited.clone(), [Action::KeepEditing]);
        assert_eq!(kept.pending_preset, None);
        assert_eq!(kept.scenario.attribute_map.name, "Mine");

        let replaced = apply(edited, [Action::ConfirmPreset]);
        assert_eq!(replaced.preset.unwrap(), "rdbms-to-pingone");
        assert!(!replaced.has_changes());
    }

    #[test]
    fn a_refused_edit_keeps_the_scenario_and_says_why() {
        let start = State::default();
        let state = apply(
            start.clone(),
            [Action::Edit(Edit::text("/target_version", "x"))],
        );
        assert_eq!(state.scenario, start.scenario);
        let notice = state.notice.unwrap();
        assert!(notice.is_error);
        assert!(notice.text.contains("/target_version"), "{}", notice.text);
    }

    #[test]
    fn an_import_replaces_the_scenario_and_recognizes_presets() {
        let scenario = presets::find("pingone-to-pingdirectory")
            .unwrap()
            .scenario();
        let state = apply(
            State::default(),
            [Action::Replace {
                scenario: Box::new(scenario.clone()),
                notice: "Imported.".into(),
            }],
        );
        assert_eq!(state.scenario, scenario);
        assert_eq!(state.preset.unwrap(), "pingone-to-pingdirectory");
        assert_eq!(state.notice.unwrap().text, "Imported.");
    }

    #[test]
    fn with_scenario_recognizes_a_preset_or_none() {
        let mut scenario = State::default().scenario;
        assert!(State::with_scenario(scenario.clone()).preset.is_some());
        scenario.attribute_map.name = "Other".into();
        let state = State::with_scenario(scenario);
        assert!(state.preset.is_none());
        assert!(state.has_changes());
    }

    fn undo(state: State) -> State {
        apply(state, [Action::Undo])
    }

    #[test]
    fn every_kind_of_change_is_undone_and_redone() {
        let start = State::default();
        let mapping = "/attribute_map/mappings/1".to_owned();
        let changes = [
            Action::Edit(Edit::text("/attribute_map/name", "Mine")),
            Action::Edit(Edit::Remove {
                path: mapping.clone(),
            }),
            Action::Edit(Edit::Move {
                path: "/attribute_map/mappings".into(),
                from: 0,
                to: 1,
            }),
            Action::Edit(Edit::Insert {
                path: "/attribute_map/mappings".into(),
                index: 0,
                value: serde_json::json!({ "type": "direct", "to": "", "from": "" }),
            }),
            Action::ChooseSource(SourceKind::IbmDirectory),
            Action::ChooseDestination(DestinationKind::PingDirectory),
            Action::LoadPreset("rdbms-to-pingone"),
            Action::Replace {
                scenario: Box::new(
                    presets::find("pingone-to-pingdirectory")
                        .unwrap()
                        .scenario(),
                ),
                notice: "Imported.".into(),
            },
        ];
        for change in changes {
            let what = format!("{change:?}");
            let changed = apply(start.clone(), [change]);
            assert_ne!(changed.scenario, start.scenario, "{what}");
            let back = undo(changed.clone());
            assert_eq!(back.scenario, start.scenario, "{what}");
            assert_eq!(back.preset, start.preset, "{what}");
            let again = apply(back, [Action::Redo]);
            assert_eq!(again.scenario, changed.scenario, "{what}");
            assert_eq!(again.preset, changed.preset, "{what}");
        }
    }

    #[test]
    fn a_confirmed_preset_is_undone_and_choices_of_output_are_not_steps() {
        let edited = apply(
            State::default(),
            [
                Action::Edit(Edit::text("/attribute_map/name", "Mine")),
                Action::LoadPreset("rdbms-to-pingone"),
            ],
        );
        let replaced = apply(
            edited.clone(),
            [
                Action::ConfirmPreset,
                Action::ChooseFormat(Format::Batch),
                Action::ChooseOutput(Output::Script(Script::Rollback)),
                Action::DismissNotice,
            ],
        );
        assert_eq!(replaced.history.undo_label(), Some("load preset"));
        let back = undo(replaced);
        assert_eq!(back.scenario.attribute_map.name, "Mine");
        assert_eq!(back.pending_preset, None);
        assert_eq!(back.format, Format::Batch, "the format is not undone");
        assert_eq!(back.notice.unwrap().text, "Undone.");
        // Nothing left but the edit; then nothing at all, and undo changes nothing.
        let first = undo(apply(edited, [Action::KeepEditing]));
        assert_eq!(first.scenario, State::default().scenario);
        assert_eq!(undo(first.clone()).scenario, first.scenario);
    }

    #[test]
    fn a_removal_and_the_notice_its_button_sends_are_one_step_named_remove() {
        let start = State::default();
        let removed = apply(
            start.clone(),
            [
                Action::Edit(Edit::Remove {
                    path: "/attribute_map/mappings/1".into(),
                }),
                Action::Notify {
                    is_error: false,
                    text: "Removed mail. Undo (Ctrl+Z) brings it back.".into(),
                },
            ],
        );
        assert_eq!(removed.history.undo_label(), Some("remove"));
        let back = undo(removed);
        assert_eq!(back.scenario, start.scenario);
        assert_eq!(back.history.undo_label(), None, "the notice is no step");
        assert_eq!(back.notice.unwrap().text, "Undone.");
    }

    fn imported(name: &str) -> Action {
        let mut scenario = presets::find("pingone-to-pingdirectory")
            .unwrap()
            .scenario();
        scenario.attribute_map.name = name.into();
        Action::Replace {
            scenario: Box::new(scenario),
            notice: "Imported.".into(),
        }
    }

    fn baseline_name(state: &State) -> Option<String> {
        state
            .baseline
            .as_ref()
            .map(|b| b.attribute_map.name.clone())
    }

    #[test]
    fn an_import_is_the_baseline_until_a_preset_and_undo_brings_back_the_one_before() {
        let first = apply(State::default(), [imported("First")]);
        assert_eq!(baseline_name(&first).as_deref(), Some("First"));
        let edited = apply(
            first,
            [
                Action::Edit(Edit::text("/attribute_map/name", "Mine")),
                Action::ChooseOutput(Output::Changes),
            ],
        );
        assert_eq!(
            baseline_name(&edited).as_deref(),
            Some("First"),
            "edits keep it"
        );
        assert_eq!(edited.output, Output::Changes);

        let second = apply(edited.clone(), [imported("Second")]);
        assert_eq!(baseline_name(&second).as_deref(), Some("Second"));
        let back = undo(second.clone());
        assert_eq!(back.scenario.attribute_map.name, "Mine");
        assert_eq!(baseline_name(&back).as_deref(), Some("First"));
        let again = apply(back, [Action::Redo]);
        assert_eq!(baseline_name(&again).as_deref(), Some("Second"));

        // A preset clears it, and the change script it showed gives way to the apply script;
        // undoing the preset brings both the scenario and the baseline back.
        let preset = apply(
            second,
            [
                Action::LoadPreset("rdbms-to-pingone"),
                Action::ConfirmPreset,
            ],
        );
        assert_eq!(preset.baseline, None);
        assert_eq!(preset.output, Output::Script(Script::Apply));
        assert_eq!(baseline_name(&undo(preset)).as_deref(), Some("Second"));

        // Undoing the first import leaves no baseline, and no change script.
        let none = undo(apply(
            State::default(),
            [imported("First"), Action::ChooseOutput(Output::UndoChanges)],
        ));
        assert_eq!(none.baseline, None);
        assert_eq!(none.output, Output::Script(Script::Apply));
    }

    #[test]
    fn a_fresh_state_has_no_baseline() {
        let scenario = presets::all()[1].scenario();
        assert_eq!(State::with_scenario(scenario).baseline, None);
        assert_eq!(State::default().baseline, None);
    }

    #[test]
    fn the_worker_s_change_script_is_shown_until_another_output_is_chosen_and_is_no_step() {
        let imported = apply(
            State::default(),
            [
                imported("First"),
                Action::ChooseOutput(Output::Changes),
                Action::Edit(Edit::text("/attribute_map/name", "M")),
            ],
        );
        assert_eq!(*imported.change, "Computing…\n");
        let answered = apply(
            imported.clone(),
            [Action::Changed(Rc::new("dsconfig set-x\n".into()))],
        );
        assert_eq!(*answered.change, "dsconfig set-x\n");
        assert_eq!(answered.history, imported.history, "an answer is no step");
        // Still typing the same field after the answer: one step, as if it had not come.
        let typed = apply(
            answered.clone(),
            [Action::Edit(Edit::text("/attribute_map/name", "Mi"))],
        );
        assert_eq!(typed.history, answered.history);
        let other = apply(answered, [Action::ChooseOutput(Output::UndoChanges)]);
        assert_eq!(*other.change, "Computing…\n");
    }
}
