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
    // What "Changes since import" does on each edit, in the worker: every mapping's pattern
    // changed, so each of the 1,000 mapping objects gets a set-prop.
    let mut after = scenario.clone();
    for mapping in &mut after.attribute_map.mappings {
        if let syncmap_core::scenario::Mapping::Constructed { value_patterns, .. } = mapping {
            value_patterns.push("{cn}".into());
        }
    }
    c.bench_function("change plan 1000 mappings", |b| {
        b.iter(|| syncmap_core::change::plan(black_box(&scenario), black_box(&after)).len())
    });
}

criterion_group!(benches, validate_and_render);
criterion_main!(benches);
