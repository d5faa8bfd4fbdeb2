//! Native timings of the model: `cargo bench --bench model`. Prints numbers; asserts
//! nothing (this machine is noisy). Each figure is the median of several batches.

use std::hint::black_box;
use std::time::Instant;

use ai_capex_explorer::model::*;

/// Median time per call, in nanoseconds, over `batches` batches of `per_batch` calls.
fn time<T>(per_batch: u32, batches: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut samples: Vec<f64> = (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_batch {
                black_box(f());
            }
            start.elapsed().as_nanos() as f64 / f64::from(per_batch)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let baseline = Scenario::default();
    let jevons = Preset::JevonsBoom.scenario();
    // One line per figure, as `bash .ci/bench.sh` collects them: name | median | target.
    let row = |name: &str, ns: f64, target: &str| {
        let shown = if ns >= 1e6 {
            format!("{:.2} ms", ns / 1e6)
        } else {
            format!("{:.2} µs", ns / 1e3)
        };
        let target = if target.is_empty() { "—" } else { target };
        println!("bench: native: {name} | {shown} | {target}");
    };
    row(
        "project (report baseline)",
        time(20_000, 15, || project(black_box(&baseline))),
        "≤ 2 µs",
    );
    row(
        "project (Jevons boom)",
        time(20_000, 15, || project(black_box(&jevons))),
        "≤ 2 µs",
    );
    row(
        "project + summary",
        time(20_000, 15, || project(black_box(&baseline)).summary()),
        "",
    );
    row(
        "sensitivity sweep (28 assumptions × 2)",
        time(500, 15, || sensitivity(black_box(&baseline))),
        "",
    );
    row(
        "Monte Carlo, 10,000 paths",
        time(3, 9, || {
            monte_carlo(black_box(&baseline), MONTE_CARLO_PATHS)
        }),
        "≤ 15 ms (wasm)",
    );
}
