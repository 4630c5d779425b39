//! The `dsconfig` fuzz target: the check in `fuzz/checks/dsconfig.rs`, which `cargo test` also runs
//! on every file of `fuzz/corpus/dsconfig` (crates/core/tests/fuzz_seeds.rs), on stable Rust.
#![no_main]

#[path = "../checks/dsconfig.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|text: &str| check::check(text));
