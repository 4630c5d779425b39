//! The editor's state and the actions that change it. Pure: no DOM, no storage, so it is tested
//! natively.

use std::rc::Rc;

use syncmap_core::scenario::Mapping;
use syncmap_core::{Format, Scenario, SourceKind, presets};
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
        let scenario = presets::all()[0].scenario();
        State {
            scenario,
            format: Format::Bash,
        }
    }
}

impl State {
    /// The source attribute of the password mapping ("" when there is none).
    pub fn password_attribute(&self) -> &str {
        match self.scenario.password_mapping() {
            Some((_, Mapping::Direct { from, .. })) => from,
            _ => "",
        }
    }

    /// The JSON pointer of the password mapping's source attribute, where diagnostics about it
    /// point.
    pub fn password_attribute_path(&self) -> String {
        let index = self.scenario.password_mapping().map_or(0, |(i, _)| i);
        format!("/attribute_map/mappings/{index}/from")
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
            Action::EditPasswordAttribute(value) => {
                set_password_attribute(&mut next.scenario, value)
            }
            Action::EditAttributeMap(value) => next.scenario.attribute_map.name = value,
            Action::ChooseFormat(format) => next.format = format,
        }
        next.into()
    }
}

/// Points the password mapping at `value`, adding a direct mapping when there is none.
fn set_password_attribute(scenario: &mut Scenario, value: String) {
    let to = scenario
        .destination
        .kind
        .facts()
        .password_attribute
        .to_owned();
    match scenario.password_mapping().map(|(i, _)| i) {
        Some(index) => scenario.attribute_map.mappings[index] = Mapping::Direct { to, from: value },
        None => scenario
            .attribute_map
            .mappings
            .push(Mapping::Direct { to, from: value }),
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
        assert_eq!(state.password_attribute(), "userPassword;binary");
    }

    #[test]
    fn typed_values_survive_a_source_change() {
        let state = apply([
            Action::EditPasswordAttribute("pwd".into()),
            Action::ChooseSource(SourceKind::Rdbms),
            Action::ChooseFormat(Format::Batch),
        ]);
        assert_eq!(state.password_attribute(), "pwd");
        assert_eq!(state.scenario.source.kind, SourceKind::Rdbms);
        assert_eq!(state.format, Format::Batch);
    }
}
