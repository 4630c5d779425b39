//! The `scenario` target's check: scenario JSON through check and render, as
//! `POST /api/v1/check` and `/api/v1/render` take it. Any scenario that reads validates and
//! renders in every format and script without a panic, and its permalink reads back.

use syncmap_core::{Format, Options, Script, permalink, render_with, scenario, validate};

pub fn check(text: &str) {
    let Ok(scenario) = scenario::from_json(text) else {
        return;
    };
    let _ = validate(&scenario);
    for format in Format::ALL {
        for script in [Script::Apply, Script::Rollback, Script::Prerequisites] {
            let options = Options {
                format,
                script,
                date: Some("2026-01-02".to_owned()),
            };
            let _ = render_with(&scenario, &options);
        }
    }
    let link = permalink::encode(&scenario);
    let _ = permalink::decode(&link);
}
