//! Undo and redo of the scenario. Pure: no DOM, so it is tested natively.
//!
//! A step is the scenario (with the preset it was loaded from and the baseline it is compared
//! with, `state.rs`) as it was before one change, kept as the JSON text of its redacted form (`permalink::without_secrets`), so the history
//! never holds a secret the admin typed into a placeholder field. Undoing to a step puts back
//! the secrets typed since, where their place still exists (`permalink::keep_typed_secrets`):
//! undo never loses a typed secret and never brings back one that was typed over. So that no
//! step undoes to what is already shown, a change to a secret's text alone is not a step; the
//! browser's own text undo works inside that field.
//!
//! The history lives in the page's state only: the saved work and the permalink are made from
//! the scenario alone, so it is never stored. It is bounded in steps ([`LIMIT`]) and in bytes
//! ([`BYTES`]), so a large scenario keeps fewer steps rather than more memory. Steps are shared
//! (`Rc`), so the state's copy on every action copies pointers, not scenarios.

use std::rc::Rc;

use syncmap_core::Scenario;
use syncmap_core::permalink::{keep_typed_secrets, redact, without_secrets};

use crate::json::{scenario_from_text, scenario_to_text};

/// The most steps kept to undo.
pub const LIMIT: usize = 100;
/// The most bytes of scenario text kept in all (undo and redo together): about 8 steps of the
/// largest scenario the saved work takes, 100 of a scenario of 40 KB. The newest step to undo is
/// kept whatever its size.
pub const BYTES: usize = 4 * 1024 * 1024;

/// The configuration an import brought in, which the change scripts start from (`state.rs`).
/// Shared, not copied: every step holds the one in effect when it was made.
pub type Baseline = Option<Rc<Scenario>>;

/// One state to go back (or forward) to.
#[derive(Debug, PartialEq)]
struct Step {
    /// The redacted scenario's JSON text.
    text: String,
    /// The preset it was loaded from, if unchanged.
    preset: Option<&'static str>,
    /// The baseline then: undoing an import brings back the one before it.
    baseline: Baseline,
    /// What going to it undoes (or redoes), such as "remove".
    label: &'static str,
}

/// The steps to undo and to redo.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<Rc<Step>>,
    redo: Vec<Rc<Step>>,
    /// The field being typed into: further edits of it belong to the last step.
    typing: Option<String>,
}

impl History {
    /// Records that `before` became `after` through the change `label` says; an action that is
    /// no change to the scenario (`label` is `None`) ends a typing run. `typing` is the field a
    /// text edit set: a run of edits of one field is one step. An action that changed nothing
    /// (a refused edit, a preset waiting for confirmation) is no step.
    pub fn record(
        &mut self,
        before: &Scenario,
        preset: Option<&'static str>,
        baseline: &Baseline,
        after: &Scenario,
        label: Option<&'static str>,
        typing: Option<String>,
    ) {
        let Some(label) = label else {
            return self.end_typing();
        };
        if typing.is_some() && typing == self.typing {
            return;
        }
        self.typing = typing;
        let redacted = without_secrets(before);
        if redacted == without_secrets(after) {
            // Nothing changed, or only a typed secret: nothing the history may hold.
            return;
        }
        self.undo.push(step(&redacted, preset, baseline, label));
        self.redo.clear();
        self.trim();
    }

    /// Ends a typing run: the next edit starts a step, even of the same field.
    pub fn end_typing(&mut self) {
        self.typing = None;
    }

    /// The scenario, preset and baseline before the last change; `current` goes to redo.
    pub fn undo(
        &mut self,
        current: &Scenario,
        preset: Option<&'static str>,
        baseline: &Baseline,
    ) -> Option<(Scenario, Option<&'static str>, Baseline)> {
        self.travel(true, current, preset, baseline)
    }

    /// The scenario, preset and baseline the last undo left; `current` goes to undo.
    pub fn redo(
        &mut self,
        current: &Scenario,
        preset: Option<&'static str>,
        baseline: &Baseline,
    ) -> Option<(Scenario, Option<&'static str>, Baseline)> {
        self.travel(false, current, preset, baseline)
    }

    /// Undoes (`back`) or redoes: takes the last step to undo (or redo), leaves `current` at the
    /// end of the other list under the same label, and gives the step's scenario, preset and
    /// baseline with the typed secrets of `current` kept. One function for both, as the page
    /// has a size budget.
    pub fn travel(
        &mut self,
        back: bool,
        current: &Scenario,
        preset: Option<&'static str>,
        baseline: &Baseline,
    ) -> Option<(Scenario, Option<&'static str>, Baseline)> {
        let (from, to) = if back {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        // The text was written by the same code that reads it: it cannot fail to read.
        let mut scenario = scenario_from_text(&from.last()?.text).ok()?;
        let target = from.pop()?;
        let mut redacted = current.clone();
        keep_typed_secrets(&mut scenario, &redact(&mut redacted));
        to.push(step(&redacted, preset, baseline, target.label));
        self.typing = None;
        self.trim();
        Some((scenario, target.preset, target.baseline.clone()))
    }

    /// What Undo would undo, if anything.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|s| s.label)
    }

    /// What Redo would redo, if anything.
    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|s| s.label)
    }

    /// The oldest steps go first, past either bound.
    fn trim(&mut self) {
        while self.undo.len() > 1
            && (self.undo.len() > LIMIT
                || self
                    .undo
                    .iter()
                    .chain(&self.redo)
                    .map(|s| s.text.len())
                    .sum::<usize>()
                    > BYTES)
        {
            self.undo.remove(0);
        }
    }
}

fn step(
    redacted: &Scenario,
    preset: Option<&'static str>,
    baseline: &Baseline,
    label: &'static str,
) -> Rc<Step> {
    Rc::new(Step {
        text: scenario_to_text(redacted, false),
        preset,
        baseline: baseline.clone(),
        label,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncmap_core::presets;
    use syncmap_core::scenario::Secret;

    fn scenario() -> Scenario {
        presets::all()[0].scenario()
    }

    fn named(name: &str) -> Scenario {
        let mut s = scenario();
        s.attribute_map.name = name.into();
        s
    }

    #[test]
    fn undo_and_redo_walk_the_steps_and_a_new_change_clears_redo() {
        let mut history = History::default();
        let (a, b, c) = (named("a"), named("b"), named("c"));
        history.record(&a, None, &None, &b, Some("edit one"), None);
        history.record(&b, None, &None, &c, Some("edit two"), None);
        assert_eq!(history.undo_label(), Some("edit two"));
        assert_eq!(history.redo_label(), None);

        let (back, ..) = history.undo(&c, None, &None).unwrap();
        assert_eq!(back, b);
        assert_eq!(history.redo_label(), Some("edit two"));
        let (back, ..) = history.undo(&b, None, &None).unwrap();
        assert_eq!(back, a);
        assert_eq!(history.undo(&a, None, &None), None);

        let (forward, ..) = history.redo(&a, None, &None).unwrap();
        assert_eq!(forward, b);
        history.record(&b, None, &None, &named("d"), Some("edit three"), None);
        assert_eq!(history.redo_label(), None, "a new change clears redo");
        let (back, ..) = history.undo(&named("d"), None, &None).unwrap();
        assert_eq!(back, b);
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut history = History::default();
        let path = Some("/attribute_map/name");
        history.record(
            &named(""),
            None,
            &None,
            &named("U"),
            Some("edit"),
            path.map(Into::into),
        );
        history.record(
            &named("U"),
            None,
            &None,
            &named("Us"),
            Some("edit"),
            path.map(Into::into),
        );
        history.record(
            &named("Us"),
            None,
            &None,
            &named("Use"),
            Some("edit"),
            path.map(Into::into),
        );
        // Another field starts a step; so does the same field after the run ended.
        history.record(
            &named("Use"),
            None,
            &None,
            &named("User"),
            Some("edit"),
            Some("/x".into()),
        );
        history.end_typing();
        history.record(
            &named("User"),
            None,
            &None,
            &named("Users"),
            Some("edit"),
            Some("/x".into()),
        );
        assert_eq!(history.undo.len(), 3);
        let (back, ..) = history.undo(&named("Users"), None, &None).unwrap();
        assert_eq!(back, named("User"));
        history.undo(&back, None, &None).unwrap();
        let (back, ..) = history.undo(&named("Use"), None, &None).unwrap();
        assert_eq!(back, named(""), "the whole typing run goes at once");
    }

    #[test]
    fn the_history_is_bounded_in_steps_and_bytes() {
        let mut history = History::default();
        for i in 0..LIMIT + 20 {
            history.record(
                &named(&i.to_string()),
                None,
                &None,
                &named("x"),
                Some("edit"),
                None,
            );
        }
        assert_eq!(history.undo.len(), LIMIT);
        assert_eq!(
            history.undo[0].text,
            scenario_to_text(&named("20"), false),
            "the oldest go first"
        );

        // Scenarios of 1 MB each: only as many as the bytes allow, and the newest always.
        let mut big = scenario();
        big.attribute_map.name = "x".repeat(1024 * 1024);
        let mut history = History::default();
        for i in 0..10 {
            history.record(
                &big,
                None,
                &None,
                &named(&i.to_string()),
                Some("edit"),
                None,
            );
        }
        let bytes: usize = history.undo.iter().map(|s| s.text.len()).sum();
        assert!(bytes <= BYTES, "{bytes}");
        assert_eq!(history.undo.len(), 3);
        big.attribute_map.name = "x".repeat(BYTES + 1);
        history.record(&big, None, &None, &named("y"), Some("huge"), None);
        assert_eq!(history.undo.len(), 1);
        assert_eq!(history.undo_label(), Some("huge"));
    }

    fn with_secret(text: &str) -> Scenario {
        let mut s = scenario();
        s.source.servers[0].password = Secret::Placeholder(text.into());
        s
    }

    #[test]
    fn no_typed_secret_is_stored_and_typed_secrets_survive_undo() {
        let mut history = History::default();
        let typed = with_secret("hunter2");
        // Typing the secret alone is no step.
        history.record(
            &with_secret("<SECRET>"),
            None,
            &None,
            &typed,
            Some("edit"),
            Some("/p".into()),
        );
        assert_eq!(history.undo_label(), None);

        let mut removed = typed.clone();
        removed.attribute_map.mappings.remove(0);
        history.record(&typed, None, &None, &removed, Some("remove mapping"), None);
        let (back, ..) = history.undo(&removed, None, &None).unwrap();
        let (again, ..) = history.redo(&back, None, &None).unwrap();
        assert!(
            history
                .undo
                .iter()
                .chain(&history.redo)
                .all(|s| !s.text.contains("hunter2")),
            "{history:?}"
        );
        // The secret stays where it is, through undo and redo.
        assert_eq!(back, typed);
        assert_eq!(again, removed);
    }

    #[test]
    fn undo_brings_back_the_preset_name() {
        let mut history = History::default();
        let ibm = presets::find("ibm-directory-to-pingone").unwrap();
        history.record(
            &scenario(),
            Some(presets::all()[0].name),
            &None,
            &ibm.scenario(),
            Some("load"),
            None,
        );
        let (back, preset, _) = history
            .undo(&ibm.scenario(), Some(ibm.name), &None)
            .unwrap();
        assert_eq!(back, scenario());
        assert_eq!(preset, Some(presets::all()[0].name));
        let (_, preset, _) = history.redo(&back, preset, &None).unwrap();
        assert_eq!(preset, Some(ibm.name));
    }

    #[test]
    fn undo_and_redo_bring_back_the_baseline_of_each_step() {
        let mut history = History::default();
        let imported: Baseline = Some(Rc::new(named("imported")));
        // An import: before it no baseline; after it the imported one.
        history.record(
            &named("a"),
            None,
            &None,
            &named("imported"),
            Some("import"),
            None,
        );
        history.record(
            &named("imported"),
            None,
            &imported,
            &named("edited"),
            Some("edit"),
            None,
        );
        let (back, _, baseline) = history.undo(&named("edited"), None, &imported).unwrap();
        assert_eq!(back, named("imported"));
        assert_eq!(
            baseline, imported,
            "the edit was made with the import's baseline"
        );
        let (back, _, baseline) = history.undo(&back, None, &baseline).unwrap();
        assert_eq!(back, named("a"));
        assert_eq!(baseline, None, "undoing the import forgets its baseline");
        let (forward, _, baseline) = history.redo(&back, None, &baseline).unwrap();
        assert_eq!(forward, named("imported"));
        assert_eq!(baseline, imported, "redoing it brings it back");
    }
}
