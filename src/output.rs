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

/// The `<option>` values of the two change choices (a script's is its id).
pub const CHANGES_ID: &str = "changes-since-import";
pub const UNDO_CHANGES_ID: &str = "undo-changes";

impl Output {
    /// The choice whose `<option>` value is `id`.
    pub fn from_id(id: &str) -> Option<Output> {
        match id {
            CHANGES_ID => Some(Output::Changes),
            UNDO_CHANGES_ID => Some(Output::UndoChanges),
            _ => Script::from_id(id).map(Output::Script),
        }
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

impl Output {
    /// How many errors the configuration the shown commands lead to has: the scenario's
    /// (`current`), or for "Undo those changes" the baseline's, so that the "Not ready" line
    /// speaks of the configuration the script makes.
    pub fn errors(
        self,
        current: &[syncmap_core::Diagnostic],
        baseline: Option<&syncmap_core::Scenario>,
    ) -> usize {
        let count = |diagnostics: &[syncmap_core::Diagnostic]| {
            diagnostics
                .iter()
                .filter(|d| d.severity == syncmap_core::Severity::Error)
                .count()
        };
        match (self, baseline) {
            (Output::UndoChanges, Some(baseline)) => count(&syncmap_core::validate(baseline)),
            _ => count(current),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_reads_back_from_its_id() {
        for script in Script::ALL {
            assert_eq!(Output::from_id(script.id()), Some(Output::Script(script)));
            assert!(![CHANGES_ID, UNDO_CHANGES_ID].contains(&script.id()));
        }
        assert_eq!(Output::from_id(CHANGES_ID), Some(Output::Changes));
        assert_eq!(Output::from_id(UNDO_CHANGES_ID), Some(Output::UndoChanges));
        assert_eq!(Output::from_id("runbook-or-nothing"), None);
        assert_eq!(Output::Changes.reverse(), Some(false));
        assert_eq!(Output::UndoChanges.reverse(), Some(true));
        assert_eq!(Output::Script(Script::Apply).reverse(), None);
    }

    #[test]
    fn undoing_the_changes_counts_the_baselines_errors() {
        let clean = syncmap_core::presets::find("pingdirectory-to-pingone")
            .unwrap()
            .scenario();
        let mut broken = clean.clone();
        broken.attribute_map.name.clear();
        let current = syncmap_core::validate(&broken);
        let errors = Output::Changes.errors(&current, Some(&clean));
        assert!(errors > 0);
        assert_eq!(
            Output::Script(Script::Apply).errors(&current, Some(&clean)),
            errors
        );
        // Undoing leads to the clean baseline.
        assert_eq!(Output::UndoChanges.errors(&current, Some(&clean)), 0);
        assert_eq!(
            Output::UndoChanges.errors(&syncmap_core::validate(&clean), Some(&broken)),
            errors
        );
    }
}
