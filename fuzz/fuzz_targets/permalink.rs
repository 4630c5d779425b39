//! The permalink decoder: any address fragment decodes or is refused with a message, and what
//! decodes validates and renders.
#![no_main]

use libfuzzer_sys::fuzz_target;
use syncmap_core::{Format, permalink, render, validate};

fuzz_target!(|text: &str| {
    if let Ok(scenario) = permalink::decode(text) {
        let _ = validate(&scenario);
        let _ = render(&scenario, Format::Bash);
    }
});
