//! From a scenario to yearly figures.
//!
//! Total: 2024 and 2025 are the report's; from 2026 each year grows by
//! `g(y) = long + (near − long) · exp(−(y − 2026) / FADE_YEARS)`, so near-term growth
//! fades smoothly into the long-run rate. With both rates at the report's implied
//! 5.09 % the path lands on $525B in 2032.
//!
//! Mix: training and inference shares move from their 2025 values to the reader's
//! 2032 values along a smoothstep `s(t) = 3t² − 2t³`, `t = (y − 2025) / 7`; "other"
//! is what is left. 2024 uses the 2025 mix (no source gives an earlier split).

use super::assumption::Assumption;
use super::report::*;
use super::scenario::Scenario;

/// Number of projected years, 2024 to 2032 inclusive.
pub const N_YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// The projected years, 2024 to 2032.
pub const YEARS: [i32; N_YEARS] = {
    let mut years = [0; N_YEARS];
    let mut i = 0;
    while i < N_YEARS {
        years[i] = FIRST_YEAR + i as i32;
        i += 1;
    }
    years
};

/// Our assumption: how quickly near-term growth fades into the long-run rate
/// (e-folding time in years). Irrelevant when the two rates are equal, as by default.
pub const FADE_YEARS: f64 = 2.0;

/// Yearly AI investment, billions of US dollars, and its split by workload.
/// Index `i` is the year `YEARS[i]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// Total AI investment.
    pub total: [f64; N_YEARS],
    /// Spent on training models.
    pub training: [f64; N_YEARS],
    /// Spent on inference (running models for users).
    pub inference: [f64; N_YEARS],
    /// Neither training nor inference: our assumption, not named by any source.
    pub other: [f64; N_YEARS],
    /// Training's share of the total, 0–1.
    pub training_share: [f64; N_YEARS],
    /// Inference's share of the total, 0–1.
    pub inference_share: [f64; N_YEARS],
    /// The other share, 0–1.
    pub other_share: [f64; N_YEARS],
}

/// The headline numbers of a projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// Total in 2032, billions of US dollars.
    pub total_2032: f64,
    /// Training's share in 2032, 0–1.
    pub training_share_2032: f64,
    /// Inference's share in 2032, 0–1.
    pub inference_share_2032: f64,
    /// The first year inference spending exceeds training spending, if by 2032.
    pub crossover_year: Option<i32>,
    /// Sum of the totals 2025–2032, billions of US dollars.
    pub cumulative_2025_2032: f64,
    /// Compound annual growth 2025→2032, as a fraction.
    pub cagr_2025_2032: f64,
    /// 2032 total minus the report's $525B, billions of US dollars.
    pub vs_report_2032: f64,
}

impl Projection {
    /// The index of `year`, if it is projected.
    pub fn index_of(year: i32) -> Option<usize> {
        YEARS.iter().position(|&y| y == year)
    }

    /// The headline numbers.
    pub fn summary(&self) -> Summary {
        let last = N_YEARS - 1;
        let base = (BASE_YEAR - FIRST_YEAR) as usize;
        let crossover_year = (0..N_YEARS)
            .find(|&i| self.inference[i] > self.training[i])
            .map(|i| YEARS[i]);
        Summary {
            total_2032: self.total[last],
            training_share_2032: self.training_share[last],
            inference_share_2032: self.inference_share[last],
            crossover_year,
            cumulative_2025_2032: self.total[base..].iter().sum(),
            cagr_2025_2032: (self.total[last] / self.total[base])
                .powf(1.0 / f64::from(LAST_YEAR - BASE_YEAR))
                - 1.0,
            vs_report_2032: self.total[last] - REPORT_TOTAL_2032,
        }
    }
}

/// Growth of the total in `year` (≥ 2026) under `scenario`, as a fraction.
pub fn growth_in(scenario: &Scenario, year: i32) -> f64 {
    let near = scenario.get(Assumption::NearGrowth) / 100.0;
    let long = scenario.get(Assumption::LongRunGrowth) / 100.0;
    let fade = (-f64::from(year - (BASE_YEAR + 1)) / FADE_YEARS).exp();
    long + (near - long) * fade
}

/// Projects AI investment 2024–2032 under `scenario`. Total over every valid
/// scenario: all outputs are finite and non-negative, and the shares of each year
/// sum to 1.
pub fn project(scenario: &Scenario) -> Projection {
    let mut total = [0.0; N_YEARS];
    for (i, &year) in YEARS.iter().enumerate() {
        total[i] = match year {
            FIRST_YEAR => REPORT_TOTAL_2024,
            BASE_YEAR => REPORT_TOTAL_2025,
            _ => total[i - 1] * (1.0 + growth_in(scenario, year)),
        };
    }

    let training_2032 = scenario.get(Assumption::TrainingShare2032) / 100.0;
    let inference_2032 = scenario.get(Assumption::InferenceShare2032) / 100.0;
    let span = f64::from(LAST_YEAR - BASE_YEAR);
    let mut projection = Projection {
        total,
        training: [0.0; N_YEARS],
        inference: [0.0; N_YEARS],
        other: [0.0; N_YEARS],
        training_share: [0.0; N_YEARS],
        inference_share: [0.0; N_YEARS],
        other_share: [0.0; N_YEARS],
    };
    for (i, &year) in YEARS.iter().enumerate() {
        let t = (f64::from(year - BASE_YEAR) / span).clamp(0.0, 1.0);
        let s = t * t * (3.0 - 2.0 * t);
        let training = lerp(REPORT_TRAINING_SHARE_2025, training_2032, s);
        let inference = lerp(ASSUMED_INFERENCE_SHARE_2025, inference_2032, s);
        // Both ends leave other ≥ 0 and the path is a convex combination of them;
        // the max only absorbs rounding.
        let other = (1.0 - training - inference).max(0.0);
        projection.training_share[i] = training;
        projection.inference_share[i] = inference;
        projection.other_share[i] = other;
        projection.training[i] = total[i] * training;
        projection.inference[i] = total[i] * inference;
        projection.other[i] = total[i] * other;
    }
    projection
}

fn lerp(from: f64, to: f64, s: f64) -> f64 {
    from + (to - from) * s
}
