//! The syncmap web app: Yew in the browser, every rule and renderer from `syncmap-core`.
//!
//! A library as well as the binary trunk builds, so the adapters to the browser (storage,
//! clipboard, address) can be tested in headless Chromium by `tests/`.

pub mod address;
mod app;
mod background;
pub mod clipboard;
mod components;
mod context;
pub mod download;
pub mod edit;
mod focus;
pub mod history;
pub mod import;
pub mod jobs;
pub mod json;
pub mod lines_diff;
pub mod output;
pub mod saved;
pub mod state;
pub mod theme;

/// Talc instead of Rust's default dlmalloc in both modules: 1.8 KB gzip less of the first load
/// (BENCHMARKS.md), and faster at the many small allocations a re-render makes.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Starts the app in the page's body.
pub fn run() {
    let start = app::Start::from_browser();
    yew::Renderer::<app::App>::with_props(start).render();
}
