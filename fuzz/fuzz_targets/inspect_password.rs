//! The `inspect_password` fuzz target: the check in `fuzz/checks/inspect_password.rs`, which
//! `cargo test` also runs on every file of `fuzz/corpus/inspect_password`
//! (crates/core/tests/fuzz_seeds.rs), on stable Rust.
#![no_main]

#[path = "../checks/inspect_password.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|text: &str| check::check(text));
