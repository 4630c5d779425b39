//! The editor's state and the actions that change it. Pure: no DOM, no storage, so it is tested
//! natively.

use std::rc::Rc;

use syncmap_core::{Format, Scenario, SourceKind};
use yew::Reducible;

/// Everything the page shows is derived from this.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The scenario being edited.
    pub scenario: Scenario,
    /// The output format shown.
    pub format: Format,
}

impl Default for State {
    fn default() -> State {
        State {
            scenario: Scenario::default(),
            format: Format::Bash,
        }
    }
}

/// A change the user makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ChooseSource(SourceKind),
    EditPasswordAttribute(String),
    EditAttributeMap(String),
    ChooseFormat(Format),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ChooseSource(source) => next.scenario.change_source(source),
            Action::EditPasswordAttribute(value) => next.scenario.password_attribute = value,
            Action::EditAttributeMap(value) => next.scenario.attribute_map = value,
            Action::ChooseFormat(format) => next.format = format,
        }
        next.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(actions: impl IntoIterator<Item = Action>) -> State {
        let mut state = Rc::new(State::default());
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    #[test]
    fn picking_ibm_fills_in_its_password_attribute() {
        let state = apply([Action::ChooseSource(SourceKind::IbmDirectory)]);
        assert_eq!(state.scenario.password_attribute, "userPassword;binary");
    }

    #[test]
    fn typed_values_survive_a_source_change() {
        let state = apply([
            Action::EditPasswordAttribute("pwd".into()),
            Action::ChooseSource(SourceKind::Rdbms),
            Action::ChooseFormat(Format::Batch),
        ]);
        assert_eq!(state.scenario.password_attribute, "pwd");
        assert_eq!(state.scenario.source, SourceKind::Rdbms);
        assert_eq!(state.format, Format::Batch);
    }
}
