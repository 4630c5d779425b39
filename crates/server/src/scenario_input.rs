//! Reading a scenario file, with messages that say where it went wrong.

use std::io::Read;
use std::path::Path;

use syncmap_core::Scenario;
use syncmap_core::scenario::{SCHEMA_VERSION, from_value, strip_json_position};

/// Reads and parses the scenario at `path` (`-` is standard input).
pub fn read(path: &Path) -> Result<Scenario, String> {
    let (name, text) = read_text(path)?;
    parse(&name, &text)
}

/// The text at `path` (`-` is standard input), with the name messages use for it.
pub fn read_text(path: &Path) -> Result<(String, String), String> {
    Ok(if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("standard input".to_owned(), text)
    } else {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        (path.display().to_string(), text)
    })
}

/// Whether `text` is scenario JSON rather than a dsconfig batch file.
pub fn is_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// Parses scenario JSON; `name` says where it came from in messages: the line and column of a
/// syntax error, the field (a JSON pointer) of anything else.
pub fn parse(name: &str, text: &str) -> Result<Scenario, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "{name}:{}:{}: {}: expected scenario JSON",
            e.line(),
            e.column(),
            strip_json_position(&e.to_string())
        )
    })?;
    from_json(name, &value)
}

/// A scenario from parsed JSON; `name` says where it came from in messages.
pub fn from_json(name: &str, value: &serde_json::Value) -> Result<Scenario, String> {
    // The schema first, so a file from another syncmap says so instead of failing on a field.
    match value.get("schema").and_then(serde_json::Value::as_u64) {
        Some(schema) if schema == u64::from(SCHEMA_VERSION) => {}
        Some(schema) => {
            return Err(format!(
                "{name}: scenario schema {schema} is not supported; this syncmap reads schema {SCHEMA_VERSION}"
            ));
        }
        None => {
            return Err(format!(
                "{name}: not a scenario: expected an object with \"schema\": {SCHEMA_VERSION} \
                 (see `syncmap presets --dump NAME` for an example)"
            ));
        }
    }
    from_value(value).map_err(|e| format!("{name}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn preset_json() -> String {
        let scenario = syncmap_core::presets::all()[0].scenario();
        serde_json::to_string_pretty(&scenario).unwrap()
    }

    #[test]
    fn errors_name_the_place_and_what_was_expected() {
        let text = preset_json().replacen("\"ping-directory\"", "\"pingdirectory\"", 1);
        let error = parse("s.json", &text).unwrap_err();
        assert!(
            error.starts_with("s.json: /source/kind: unknown variant `pingdirectory`"),
            "{error}"
        );
        assert!(error.contains("`ping-directory`"), "{error}");
    }

    #[test]
    fn other_schema_versions_and_other_json_are_refused() {
        let error = parse(
            "s.json",
            &preset_json().replacen("\"schema\": 1", "\"schema\": 9", 1),
        )
        .unwrap_err();
        assert!(
            error.contains("scenario schema 9 is not supported"),
            "{error}"
        );
        let error = parse("s.json", "[1, 2]").unwrap_err();
        assert!(
            error.contains("expected an object with \"schema\": 1"),
            "{error}"
        );
        let error = parse("s.json", "{\"schema\": 1,").unwrap_err();
        assert!(
            error.starts_with("s.json:1:13: EOF while parsing"),
            "{error}"
        );
    }

    #[test]
    fn a_dumped_preset_reads_back() {
        let scenario = parse("s.json", &preset_json()).unwrap();
        assert_eq!(scenario, syncmap_core::presets::all()[0].scenario());
    }
}
