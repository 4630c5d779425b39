//! Scenario JSON in and out, always through `serde_json::Value`.
//!
//! The permalink codec already reads and writes scenarios as `Value`s; going through `Value`
//! here too means the scenario's serde code is compiled once for the browser, not once per
//! reader and writer (about a tenth of the bundle). Syntax errors still carry their line and
//! column; errors about the content name the field.

use serde_json::Value;
use syncmap_core::Scenario;

/// The scenario in `text`, or what is wrong with it.
pub fn scenario_from_text(text: &str) -> Result<Scenario, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    serde_json::from_value(value).map_err(|e| e.to_string())
}

/// `scenario` as JSON text, indented for people when `pretty`.
pub fn scenario_to_text(scenario: &Scenario, pretty: bool) -> String {
    let value = serde_json::to_value(scenario).unwrap_or_default();
    match pretty {
        true => serde_json::to_string_pretty(&value).unwrap_or_default(),
        false => value.to_string(),
    }
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
