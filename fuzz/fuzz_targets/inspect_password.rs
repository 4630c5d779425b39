//! The password inspector: any stored value is inspected without a panic, and the inspection
//! serializes (the API and `--format json` write it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use syncmap_core::inspect;

fuzz_target!(|value: &str| {
    let inspection = inspect::inspect(value);
    let _ = inspection.has_errors();
    let _ = serde_json::to_string(&inspection).expect("an inspection serializes");
});
