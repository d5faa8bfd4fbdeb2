//! The model's timings inside the browser (headless Chromium), printed, not asserted:
//! `bash .ci/bench.sh` runs this with the release profile.
#![cfg(target_arch = "wasm32")]

use ai_capex_explorer::model::*;
use std::hint::black_box;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Median milliseconds per call over `runs` runs.
fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let start = now_ms();
            black_box(f());
            now_ms() - start
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

#[wasm_bindgen_test]
fn model_timings_in_the_browser() {
    let s = Scenario::default();
    let mc = median_ms(9, || monte_carlo(black_box(&s), MONTE_CARLO_PATHS));
    let projections = median_ms(9, || {
        for _ in 0..10_000 {
            black_box(project(black_box(&s)));
        }
    }) / 10_000.0;
    let sweep = median_ms(9, || sensitivity(black_box(&s)));
    console_log!("bench: in the browser: Monte Carlo, 10,000 paths | {mc:.2} ms | ≤ 15 ms");
    console_log!(
        "bench: in the browser: project | {:.2} µs | —",
        projections * 1000.0
    );
    console_log!(
        "bench: in the browser: sensitivity sweep | {:.3} ms | —",
        sweep
    );
    assert!(mc > 0.0, "the browser timer resolution hid the run");
}
