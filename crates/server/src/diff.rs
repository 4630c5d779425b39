//! `syncmap diff` and `POST /api/v1/diff`: the change script between two configurations, each
//! given as a scenario or as dsconfig files, read the same way for both front ends.

use syncmap_core::diagnostic::Diagnostic;
use syncmap_core::{Options, Scenario, render::render_change_checked, validate};

use crate::scenario_input;

/// The scenario that `files` (name, text) describe: one scenario JSON file, or dsconfig files
/// read in order as one configuration, which must hold exactly one scenario. `what` names the
/// input in messages (`BEFORE (profile/dsconfig)`, `after`).
pub fn scenario(what: &str, files: &[(String, String)]) -> Result<Scenario, String> {
    if let [(name, text)] = files
        && scenario_input::is_json(text)
    {
        return scenario_input::parse(&format!("{what}: {name}"), text);
    }
    if let Some((name, _)) = files.iter().find(|(_, text)| scenario_input::is_json(text)) {
        return Err(format!(
            "{what}: {name} is scenario JSON among dsconfig files: give one scenario file, or \
             dsconfig files only"
        ));
    }
    let inputs: Vec<syncmap_core::lint::Input<'_>> = files
        .iter()
        .map(|(name, text)| syncmap_core::lint::Input { name, text })
        .collect();
    let mut imported = syncmap_core::lint::read_scenarios(&inputs);
    match imported.scenarios.len() {
        1 => Ok(imported.scenarios.remove(0)),
        0 => Err(format!(
            "{what}: the dsconfig files hold no configuration syncmap can compare: \
             expected a sync class with an attribute map, or an attribute map"
        )),
        n => {
            let maps: Vec<&str> = imported
                .scenarios
                .iter()
                .map(|s| s.attribute_map.name.as_str())
                .collect();
            Err(format!(
                "{what}: the dsconfig files hold {n} configurations (attribute maps {}): \
                 expected one; give the files of one sync class",
                maps.join(", ")
            ))
        }
    }
}

/// The change script from `before` to `after` (from `after` back to `before` when `reverse`),
/// with the diagnostics of the configuration it leads to.
pub fn script(
    before: &Scenario,
    after: &Scenario,
    reverse: bool,
    options: &Options,
) -> (String, Vec<Diagnostic>) {
    let (from, to) = if reverse {
        (after, before)
    } else {
        (before, after)
    };
    let diagnostics = validate(to);
    let text = render_change_checked(from, to, options, &diagnostics);
    (text, diagnostics)
}
