//! The `scenario` fuzz target: the check in `fuzz/checks/scenario.rs`, which `cargo test` also runs
//! on every file of `fuzz/corpus/scenario` (crates/core/tests/fuzz_seeds.rs), on stable Rust.
#![no_main]

#[path = "../checks/scenario.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|text: &str| check::check(text));
