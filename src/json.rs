//! Scenario JSON in and out, through the core's one reader and writer
//! (`scenario::from_json`, `scenario::to_json`), so the browser bundle holds one copy of the
//! scenario's serde code. Syntax errors carry their line and column; errors about the content
//! name the field.

use syncmap_core::Scenario;
use syncmap_core::scenario::{from_json, to_json};

/// The scenario in `text`, or what is wrong with it.
pub fn scenario_from_text(text: &str) -> Result<Scenario, String> {
    from_json(text).map_err(|e| e.to_string())
}

/// `scenario` as JSON text, indented for people when `pretty`.
pub fn scenario_to_text(scenario: &Scenario, pretty: bool) -> String {
    let text = to_json(scenario);
    if !pretty {
        return text;
    }
    // Indenting goes through a generic JSON tree, not the scenario's own serde code.
    serde_json::from_str::<serde_json::Value>(&text)
        .and_then(|tree| serde_json::to_string_pretty(&tree))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncmap_core::presets;

    #[test]
    fn round_trips_and_explains_errors() {
        for preset in presets::all() {
            let scenario = preset.scenario();
            for pretty in [false, true] {
                let text = scenario_to_text(&scenario, pretty);
                assert_eq!(scenario_from_text(&text).unwrap(), scenario);
            }
        }
        let syntax = scenario_from_text("{\n  \"schema\": 1,\n  oops\n}").unwrap_err();
        assert!(syntax.contains("line 3"), "{syntax}");
        let content = scenario_from_text("{\"schema\": 1}").unwrap_err();
        assert!(content.contains("missing field"), "{content}");
    }
}
