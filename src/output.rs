//! What the output panel shows: one of the core's scripts, or, while the editor has the
//! configuration it imported as its baseline, the change script from that baseline to the
//! scenario ("Changes since import") or back ("Undo those changes").
//!
//! The core's [`Script`] is what `syncmap render` offers; the two changes are the page's own
//! (the command line has `syncmap diff` for them), so they wrap it here rather than join it.

use syncmap_core::plan::Script;

/// The script the output panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// One of the core's scripts of the scenario.
    Script(Script),
    /// The commands from the baseline to the scenario.
    Changes,
    /// The commands from the scenario back to the baseline.
    UndoChanges,
}

/// The two change choices, offered while there is a baseline.
pub const CHANGES: [Output; 2] = [Output::Changes, Output::UndoChanges];

impl Output {
    /// The `<option>` value: the script's id, or one of the changes'.
    pub fn id(self) -> &'static str {
        match self {
            Output::Script(script) => script.id(),
            Output::Changes => "changes-since-import",
            Output::UndoChanges => "undo-changes",
        }
    }

    /// The choice whose id is `id`.
    pub fn from_id(id: &str) -> Option<Output> {
        Script::from_id(id)
            .map(Output::Script)
            .or_else(|| CHANGES.into_iter().find(|o| o.id() == id))
    }

    /// For a change choice, whether it goes from the scenario back to the baseline.
    pub fn reverse(self) -> Option<bool> {
        match self {
            Output::Script(_) => None,
            Output::Changes => Some(false),
            Output::UndoChanges => Some(true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_reads_back_from_its_id() {
        for output in Script::ALL.into_iter().map(Output::Script).chain(CHANGES) {
            assert_eq!(Output::from_id(output.id()), Some(output));
        }
        assert_eq!(Output::from_id("runbook-or-nothing"), None);
        assert_eq!(Output::Changes.reverse(), Some(false));
        assert_eq!(Output::UndoChanges.reverse(), Some(true));
        assert_eq!(Output::Script(Script::Apply).reverse(), None);
    }
}
