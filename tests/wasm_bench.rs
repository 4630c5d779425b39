//! Validate plus render a 1,000-mapping scenario in WebAssembly, in headless Chromium: the
//! browser side of the keystroke budget. A benchmark, not a test: it reports figures and
//! asserts only that the work was done. Run with `cargo xtask bench`.

#![cfg(target_arch = "wasm32")]

use syncmap_core::{Format, presets, render, validate};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[wasm_bindgen_test]
fn validate_and_render_1000_mappings() {
    let scenario = presets::synthetic(1000);
    // Warm up: the first run pays for lazy initialisation and the JIT.
    for _ in 0..20 {
        std::hint::black_box(render(&scenario, Format::Bash));
    }
    let runs = 200;
    let mut samples = Vec::with_capacity(runs);
    let mut bytes = 0;
    for _ in 0..runs {
        let start = now_ms();
        let diagnostics = validate(std::hint::black_box(&scenario));
        let text = render(std::hint::black_box(&scenario), Format::Bash);
        samples.push(now_ms() - start);
        bytes = text.len() + diagnostics.len();
    }
    samples.sort_by(f64::total_cmp);
    let mean = samples.iter().sum::<f64>() / runs as f64;
    console_log!(
        "wasm validate+render 1000 mappings: mean {mean:.3} ms, median {:.3} ms, p95 {:.3} ms over {runs} runs",
        samples[runs / 2],
        samples[runs * 95 / 100]
    );
    assert!(bytes > 0);
}
