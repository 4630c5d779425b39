//! The core in WebAssembly gives the answers it gives natively: the browser renders and
//! validates a preset exactly as the native snapshots record, and permalinks round-trip.
//! Run by `cargo xtask test` in headless Chromium (wasm-bindgen-test).

#![cfg(target_arch = "wasm32")]

use syncmap_core::plan::Script;
use syncmap_core::{Format, Options, permalink, presets, render_with, validate};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The body of an insta snapshot: what follows its `---` header.
fn snapshot_body(snapshot: &str) -> &str {
    let after_first = snapshot
        .split_once("---\n")
        .map_or(snapshot, |(_, rest)| rest);
    let body = after_first
        .split_once("---\n")
        .map_or(after_first, |(_, rest)| rest);
    body.trim_end()
}

#[wasm_bindgen_test]
fn rendering_in_the_browser_equals_the_native_snapshot() {
    let expected = snapshot_body(include_str!(
        "../crates/core/tests/snapshots/snapshots__pingdirectory-to-pingone-10.2-bash.snap"
    ));
    let mut scenario = presets::find("pingdirectory-to-pingone")
        .unwrap()
        .scenario();
    scenario.target_version = "10.2".parse().unwrap();
    let options = Options {
        format: Format::Bash,
        script: Script::Apply,
        date: Some("2026-11-27".into()),
    };
    assert_eq!(render_with(&scenario, &options).trim_end(), expected);
}

#[wasm_bindgen_test]
fn validation_in_the_browser_equals_the_native_snapshot() {
    let expected = snapshot_body(include_str!(
        "../crates/core/tests/snapshots/snapshots__rdbms-to-pingone-diagnostics.snap"
    ));
    let scenario = presets::find("rdbms-to-pingone").unwrap().scenario();
    let lines: Vec<String> = validate(&scenario)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(lines.join("\n"), expected);
}

#[wasm_bindgen_test]
fn permalinks_round_trip_in_the_browser() {
    for preset in presets::all() {
        let scenario = preset.scenario();
        let link = permalink::encode(&scenario);
        assert_eq!(
            permalink::decode(&link).unwrap(),
            permalink::without_secrets(&scenario)
        );
    }
}
