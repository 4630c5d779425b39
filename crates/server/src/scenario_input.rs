//! Reading a scenario file, with messages that say where it went wrong.

use std::io::Read;
use std::path::Path;

use syncmap_core::Scenario;
use syncmap_core::scenario::SCHEMA_VERSION;

/// Reads and parses the scenario at `path` (`-` is standard input).
pub fn read(path: &Path) -> Result<Scenario, String> {
    let (name, text) = if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("standard input".to_owned(), text)
    } else {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        (path.display().to_string(), text)
    };
    parse(&name, &text)
}

/// Parses scenario JSON; `name` says where it came from in messages.
pub fn parse(name: &str, text: &str) -> Result<Scenario, String> {
    let scenario: Scenario = serde_json::from_str(text).map_err(|e| {
        format!(
            "{name}:{}:{}: not a valid scenario: {}",
            e.line(),
            e.column(),
            strip_position(&e.to_string())
        )
    })?;
    if scenario.schema != SCHEMA_VERSION {
        return Err(format!(
            "{name}: scenario schema {} is not supported; this syncmap reads schema {SCHEMA_VERSION}",
            scenario.schema
        ));
    }
    Ok(scenario)
}

/// serde_json ends its messages with " at line L column C"; the caller puts the position first.
fn strip_position(message: &str) -> &str {
    message
        .rsplit_once(" at line ")
        .map_or(message, |(head, _)| head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_place_and_what_was_expected() {
        let error = parse(
            "s.json",
            "{\n  \"schema\": 1,\n  \"source\": \"pingone\"\n}",
        )
        .unwrap_err();
        assert!(error.starts_with("s.json:3:"), "{error}");
        assert!(error.contains("unknown variant `pingone`"), "{error}");
        assert!(error.contains("`ping-one`"), "{error}");
    }

    #[test]
    fn other_schema_versions_are_refused() {
        let text = r#"{"schema":9,"source":"rdbms","password_attribute":"p","attribute_map":"m"}"#;
        let error = parse("s.json", text).unwrap_err();
        assert!(error.contains("schema 9 is not supported"), "{error}");
    }
}
