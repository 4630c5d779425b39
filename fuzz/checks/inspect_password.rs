//! The `inspect_password` target's check: the password inspector. Any stored value is inspected
//! without a panic, and the inspection serializes (the API and `--format json` write it).

use syncmap_core::inspect;

pub fn check(value: &str) {
    let inspection = inspect::inspect(value);
    let _ = inspection.has_errors();
    let _ = serde_json::to_string(&inspection).expect("an inspection serializes");
}
