//! Validate plus render a 1,000-mapping scenario: what the web app does on every keystroke.
//! Run with `cargo bench -p syncmap-core`; figures go in BENCHMARKS.md.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use syncmap_core::{Format, presets, render, validate};

fn validate_and_render(c: &mut Criterion) {
    let scenario = presets::synthetic(1000);
    c.bench_function("validate+render 1000 mappings (bash)", |b| {
        b.iter(|| {
            let diagnostics = validate(black_box(&scenario));
            let text = render(black_box(&scenario), Format::Bash);
            (diagnostics.len(), text.len())
        })
    });
    c.bench_function("validate 1000 mappings", |b| {
        b.iter(|| validate(black_box(&scenario)).len())
    });
    c.bench_function("render 1000 mappings (batch)", |b| {
        b.iter(|| render(black_box(&scenario), Format::Batch).len())
    });
}

criterion_group!(benches, validate_and_render);
criterion_main!(benches);
