//! The `permalink` fuzz target: the check in `fuzz/checks/permalink.rs`, which `cargo test` also
//! runs on every file of `fuzz/corpus/permalink` (crates/core/tests/fuzz_seeds.rs), on stable Rust.
#![no_main]

#[path = "../checks/permalink.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|text: &str| check::check(text));
