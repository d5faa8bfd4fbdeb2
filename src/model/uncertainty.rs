//! Monte Carlo bands: how much the projection moves when the growth rates and the
//! 2032 inference share are uncertain.
//!
//! Each path draws growth in 2026 and the long-run rate from normal distributions
//! centred on the scenario's values, each with its own spread as standard deviation,
//! and the 2032 inference share from one centred on its value with the mix spread; draws are
//! clamped to the assumptions' ranges (and training is lowered where inference leaves
//! it no room), exactly as a reader's input would be. The random numbers come from a
//! fixed seed, so the same scenario always gives the same bands.

use serde::{Deserialize, Serialize};

use super::assumption::Assumption;
use super::projection::{mix_path, total_path, MixParams, PathParams, N_YEARS, YEARS};
use super::scenario::Scenario;

/// Number of paths in the standard run.
pub const MONTE_CARLO_PATHS: usize = 10_000;

/// The fixed seed: the same inputs always give the same bands.
pub const MONTE_CARLO_SEED: u64 = 0x2032_0371_0525_0044;

/// P10 / P50 / P90 per year: in each year on its own, 80 % of the paths lie between
/// `p10` and `p90` (a path may leave the band in some years).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// 10th percentile.
    pub p10: [f64; N_YEARS],
    /// Median.
    pub p50: [f64; N_YEARS],
    /// 90th percentile.
    pub p90: [f64; N_YEARS],
}

/// The Monte Carlo result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Uncertainty {
    /// The years, 2024–2032.
    pub years: [i32; N_YEARS],
    /// Number of paths run.
    pub paths: usize,
    /// Total AI investment, billions of US dollars.
    pub total: Band,
    /// Inference's share of the total, 0–1.
    pub inference_share: Band,
}

/// SplitMix64: tiny, fast, and identical on every platform.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1].
    fn next_unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 1.0) / (1u64 << 53) as f64
    }

    /// Two independent standard normal draws (Marsaglia's polar method).
    fn next_normal_pair(&mut self) -> (f64, f64) {
        loop {
            let u = 2.0 * self.next_unit() - 1.0;
            let v = 2.0 * self.next_unit() - 1.0;
            let s = u * u + v * v;
            if s > 0.0 && s < 1.0 {
                let f = (-2.0 * s.ln() / s).sqrt();
                return (u * f, v * f);
            }
        }
    }
}

fn clamp_to(assumption: Assumption, value: f64) -> f64 {
    let spec = assumption.spec();
    value.clamp(spec.min, spec.max)
}

/// Runs `paths` Monte Carlo paths (at least one) around `scenario`.
pub fn monte_carlo(scenario: &Scenario, paths: usize) -> Uncertainty {
    let paths = paths.max(1);
    let near_sd = scenario.get(Assumption::GrowthSpread);
    let long_sd = scenario.get(Assumption::LongRunSpread);
    let mix_sd = scenario.get(Assumption::MixSpread);
    let base_path = PathParams::of(scenario);
    let base_mix = MixParams::of(scenario);

    let mut rng = SplitMix64(MONTE_CARLO_SEED);
    let mut totals = vec![[0.0; N_YEARS]; paths];
    let mut shares = vec![[0.0; N_YEARS]; paths];
    for (total, share) in totals.iter_mut().zip(shares.iter_mut()) {
        let (z1, z2) = rng.next_normal_pair();
        let (z3, _) = rng.next_normal_pair();
        let mut path = base_path;
        path.near = clamp_to(Assumption::NearGrowth, path.near * 100.0 + near_sd * z1) / 100.0;
        path.long = clamp_to(Assumption::LongRunGrowth, path.long * 100.0 + long_sd * z2) / 100.0;
        let mut mix = base_mix;
        mix.inference_2032 = clamp_to(
            Assumption::InferenceShare2032,
            mix.inference_2032 * 100.0 + mix_sd * z3,
        ) / 100.0;
        mix.training_2032 = mix.training_2032.min(1.0 - mix.inference_2032);
        *total = total_path(&path);
        *share = mix_path(&mix).1;
    }

    Uncertainty {
        years: YEARS,
        paths,
        total: band(&mut totals),
        inference_share: band(&mut shares),
    }
}

/// Per-year nearest-rank percentiles of `rows` (one row per path).
fn band(rows: &mut [[f64; N_YEARS]]) -> Band {
    let n = rows.len();
    let rank = |p: f64| ((p * (n - 1) as f64).round() as usize).min(n - 1);
    let mut column = vec![0.0; n];
    let mut out = Band {
        p10: [0.0; N_YEARS],
        p50: [0.0; N_YEARS],
        p90: [0.0; N_YEARS],
    };
    for year in 0..N_YEARS {
        for (c, row) in column.iter_mut().zip(rows.iter()) {
            *c = row[year];
        }
        for (p, slot) in [
            (0.1, &mut out.p10),
            (0.5, &mut out.p50),
            (0.9, &mut out.p90),
        ] {
            slot[year] = select(&mut column, rank(p));
        }
    }
    out
}

/// The `k`-th smallest value of `v` (from 0; `v` not empty), rearranging `v`.
fn select(v: &mut [f64], k: usize) -> f64 {
    *v.select_nth_unstable_by(k, f64::total_cmp).1
}

#[cfg(test)]
mod tests {
    use super::{select, SplitMix64};

    #[test]
    fn selection_matches_sorting() {
        let mut rng = SplitMix64(7);
        for n in [1, 2, 3, 10, 101, 1000] {
            // Ties too: values rounded to a few levels.
            let values: Vec<f64> = (0..n).map(|_| (rng.next_unit() * 8.0).floor()).collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            for (k, &want) in sorted.iter().enumerate() {
                let mut v = values.clone();
                assert_eq!(select(&mut v, k), want, "n = {n}, k = {k}");
            }
        }
    }

    #[test]
    fn normal_draws_have_mean_zero_and_unit_variance() {
        let mut rng = SplitMix64(2032);
        let n = 200_000;
        let (mut sum, mut squares, mut within_one) = (0.0, 0.0, 0);
        for _ in 0..n / 2 {
            let (a, b) = rng.next_normal_pair();
            for z in [a, b] {
                sum += z;
                squares += z * z;
                within_one += usize::from(z.abs() < 1.0);
            }
        }
        let mean = sum / n as f64;
        assert!(mean.abs() < 0.01, "mean {mean}");
        assert!((squares / n as f64 - 1.0).abs() < 0.02);
        // 68.3 % of a standard normal lies within one standard deviation.
        assert!((within_one as f64 / n as f64 - 0.6827).abs() < 0.005);
    }
}
