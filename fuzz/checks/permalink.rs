//! The `permalink` target's check: the permalink decoder. Any address fragment decodes or is
//! refused with a message, and what decodes validates and renders.

use syncmap_core::{Format, permalink, render, validate};

pub fn check(text: &str) {
    if let Ok(scenario) = permalink::decode(text) {
        let _ = validate(&scenario);
        let _ = render(&scenario, Format::Bash);
    }
}
