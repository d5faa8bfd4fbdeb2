//! From a scenario to yearly figures. Every formula is documented here and, in plain
//! words, in the README's methodology section.
//!
//! **Total.** 2024 is the base; 2025 = base × (1 + g₂₀₂₅). From 2026 each year grows by
//! `g(y) = long + (near − long) · exp(−(y − 2026) / fade)`, so near-term growth fades
//! smoothly into the long-run rate. With both rates at the report's implied 5.09 % the
//! path lands on $525B in 2032.
//!
//! **Efficiency and Jevons.** Extra efficiency `e` makes a unit of AI compute cost
//! `P(y) = (1 − e)^(y − 2025)` of what the report assumes. With a constant price
//! elasticity ε, demand scales as `P^(−ε)`, so spending (price × quantity) scales as
//! `M(y) = P(y)^(1 − ε)`. ε < 1: efficiency cuts spend; ε > 1: it raises spend (Jevons);
//! ε = 1 or e = 0: no change. The total of each year from 2026 is multiplied by M(y).
//!
//! **Mix.** Training and inference shares move from their 2025 to their 2032 values
//! along a logistic S-curve centred on the midpoint year, rescaled to run exactly from 0
//! (2025) to 1 (2032); "other" is what is left. 2024 uses the 2025 mix.
//!
//! **Companies and chips.** Each named company's share of the total is constant;
//! "others" take the rest. Each company's in-house silicon share moves linearly from its
//! 2025 to its 2032 value; the rest of its spend is bought from chip vendors (mostly
//! Nvidia), together with everything else it buys.

use serde::{Deserialize, Serialize};

use super::assumption::Assumption;
use super::companies::Company;
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

/// Steepness of the workload S-curve, per year (our assumption).
pub const SHIFT_STEEPNESS: f64 = 1.0;

/// One company's yearly AI spend, billions of US dollars.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompanySeries {
    /// Which company.
    pub company: Company,
    /// Its share of the total, 0–1.
    pub share: f64,
    /// Its AI spend.
    pub total: [f64; N_YEARS],
    /// The part on its own (in-house) silicon.
    pub in_house: [f64; N_YEARS],
    /// The part dependent on Nvidia (merchant GPUs).
    pub nvidia: [f64; N_YEARS],
}

/// Yearly AI investment, billions of US dollars, and its splits.
/// Index `i` is the year `YEARS[i]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    /// The years, 2024–2032.
    pub years: [i32; N_YEARS],
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
    /// Spend per company, in [`Company::ALL`] order.
    pub companies: [CompanySeries; 5],
    /// All companies' spend on in-house silicon.
    pub in_house: [f64; N_YEARS],
    /// All companies' Nvidia-dependent spend.
    pub nvidia: [f64; N_YEARS],
}

/// The headline numbers of a projection.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Total in 2025, billions of US dollars.
    pub total_2025: f64,
    /// Total in 2032, billions of US dollars.
    pub total_2032: f64,
    /// Training's share in 2032, 0–1.
    pub training_share_2032: f64,
    /// Inference's share in 2032, 0–1.
    pub inference_share_2032: f64,
    /// Training spending in 2025, billions of US dollars.
    pub training_2025: f64,
    /// Training spending in 2032, billions of US dollars.
    pub training_2032: f64,
    /// The year the lead between inference and training spending changes hands (the
    /// first year the other one is ahead), if it does by 2032. Both shares move along
    /// the same S-curve, so the lead changes at most once: inference overtakes when it
    /// was behind in 2024, training retakes the lead when inference was ahead.
    pub crossover_year: Option<i32>,
    /// Whether inference spending is ahead of training already in 2024.
    pub inference_ahead_from_start: bool,
    /// Whether inference spending is ahead of training in 2032.
    pub inference_ahead_in_2032: bool,
    /// Sum of the totals 2025–2032, billions of US dollars.
    pub cumulative_2025_2032: f64,
    /// Compound annual growth 2025→2032, as a fraction.
    pub cagr_2025_2032: f64,
    /// 2032 total minus the report's $525B, billions of US dollars.
    pub vs_report_2032: f64,
    /// The same as a fraction of $525B.
    pub vs_report_2032_pct: f64,
    /// In-house silicon's share of all spend in 2032, 0–1.
    pub in_house_share_2032: f64,
}

/// The total path's inputs as fractions (the internal form of the growth assumptions).
#[derive(Clone, Copy, Debug)]
pub(crate) struct PathParams {
    pub base_2024: f64,
    pub growth_2025: f64,
    pub near: f64,
    pub long: f64,
    pub fade: f64,
    pub efficiency: f64,
    pub elasticity: f64,
}

impl PathParams {
    pub fn of(s: &Scenario) -> Self {
        PathParams {
            base_2024: s.get(Assumption::Base2024),
            growth_2025: s.get(Assumption::Growth2025) / 100.0,
            near: s.get(Assumption::NearGrowth) / 100.0,
            long: s.get(Assumption::LongRunGrowth) / 100.0,
            fade: s.get(Assumption::GrowthFade),
            efficiency: s.get(Assumption::ExtraEfficiency) / 100.0,
            elasticity: s.get(Assumption::Elasticity),
        }
    }
}

/// The mix's inputs as fractions.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MixParams {
    pub training_2025: f64,
    pub inference_2025: f64,
    pub training_2032: f64,
    pub inference_2032: f64,
    pub midpoint: f64,
}

impl MixParams {
    pub fn of(s: &Scenario) -> Self {
        MixParams {
            training_2025: s.get(Assumption::TrainingShare2025) / 100.0,
            inference_2025: s.get(Assumption::InferenceShare2025) / 100.0,
            training_2032: s.get(Assumption::TrainingShare2032) / 100.0,
            inference_2032: s.get(Assumption::InferenceShare2032) / 100.0,
            midpoint: s.get(Assumption::ShiftMidpoint),
        }
    }
}

/// The efficiency multiplier on spending in `year`: `((1 − e)^(year − 2025))^(1 − ε)`.
pub fn efficiency_multiplier(efficiency: f64, elasticity: f64, year: i32) -> f64 {
    if efficiency == 0.0 || year <= BASE_YEAR {
        return 1.0;
    }
    let price = (1.0 - efficiency).powi(year - BASE_YEAR);
    price.powf(1.0 - elasticity)
}

/// The total for every year.
pub(crate) fn total_path(p: &PathParams) -> [f64; N_YEARS] {
    let mut base = [0.0; N_YEARS];
    let mut total = [0.0; N_YEARS];
    for (i, &year) in YEARS.iter().enumerate() {
        base[i] = match year {
            FIRST_YEAR => p.base_2024,
            BASE_YEAR => p.base_2024 * (1.0 + p.growth_2025),
            _ => {
                let fade = (-f64::from(year - (BASE_YEAR + 1)) / p.fade).exp();
                base[i - 1] * (1.0 + p.long + (p.near - p.long) * fade)
            }
        };
        total[i] = base[i] * efficiency_multiplier(p.efficiency, p.elasticity, year);
    }
    total
}

/// The S-curve's progress in `year`: 0 up to 2025, 1 in 2032.
fn shift_progress(midpoint: f64, year: i32) -> f64 {
    let logistic = |y: f64| 1.0 / (1.0 + (-SHIFT_STEEPNESS * (y - midpoint)).exp());
    let (start, end) = (
        logistic(f64::from(BASE_YEAR)),
        logistic(f64::from(LAST_YEAR)),
    );
    ((logistic(f64::from(year)) - start) / (end - start)).clamp(0.0, 1.0)
}

/// Training and inference shares for every year.
pub(crate) fn mix_path(m: &MixParams) -> ([f64; N_YEARS], [f64; N_YEARS]) {
    let mut training = [0.0; N_YEARS];
    let mut inference = [0.0; N_YEARS];
    for (i, &year) in YEARS.iter().enumerate() {
        let s = shift_progress(m.midpoint, year);
        training[i] = m.training_2025 + (m.training_2032 - m.training_2025) * s;
        inference[i] = m.inference_2025 + (m.inference_2032 - m.inference_2025) * s;
    }
    (training, inference)
}

impl CompanySeries {
    /// The in-house part of its spend in year index `i`, 0–1 (0 with no spend).
    pub fn in_house_share(&self, i: usize) -> f64 {
        if self.total[i] > 0.0 {
            self.in_house[i] / self.total[i]
        } else {
            0.0
        }
    }
}

/// Each of `to`'s values a fraction `t` of the way from `from`'s.
fn blend<const N: usize>(from: &[f64; N], to: &[f64; N], t: f64) -> [f64; N] {
    std::array::from_fn(|i| from[i] * (1.0 - t) + to[i] * t)
}

impl Projection {
    /// The projection a fraction `t` (0–1) of the way from `self` to `to`, every series
    /// blended year by year: a chart moving from one scenario to the next draws these.
    /// Blends keep the sums (splits add up to the total, shares to 1), which are linear.
    pub fn toward(&self, to: &Projection, t: f64) -> Projection {
        let t = t.clamp(0.0, 1.0);
        Projection {
            years: to.years,
            total: blend(&self.total, &to.total, t),
            training: blend(&self.training, &to.training, t),
            inference: blend(&self.inference, &to.inference, t),
            other: blend(&self.other, &to.other, t),
            training_share: blend(&self.training_share, &to.training_share, t),
            inference_share: blend(&self.inference_share, &to.inference_share, t),
            other_share: blend(&self.other_share, &to.other_share, t),
            companies: std::array::from_fn(|i| {
                let (a, b) = (&self.companies[i], &to.companies[i]);
                CompanySeries {
                    company: b.company,
                    share: a.share * (1.0 - t) + b.share * t,
                    total: blend(&a.total, &b.total, t),
                    in_house: blend(&a.in_house, &b.in_house, t),
                    nvidia: blend(&a.nvidia, &b.nvidia, t),
                }
            }),
            in_house: blend(&self.in_house, &to.in_house, t),
            nvidia: blend(&self.nvidia, &to.nvidia, t),
        }
    }

    /// The index of `year`, if it is projected.
    pub fn index_of(year: i32) -> Option<usize> {
        YEARS.iter().position(|&y| y == year)
    }

    /// One company's series.
    pub fn company(&self, company: Company) -> &CompanySeries {
        &self.companies[Company::ALL.iter().position(|&c| c == company).unwrap_or(0)]
    }

    /// The headline numbers.
    pub fn summary(&self) -> Summary {
        let last = N_YEARS - 1;
        let base = (BASE_YEAR - FIRST_YEAR) as usize;
        let ahead = |i: usize| self.inference[i] > self.training[i];
        let crossover_year = (1..N_YEARS)
            .find(|&i| ahead(i) != ahead(i - 1))
            .map(|i| YEARS[i]);
        let vs_report_2032 = self.total[last] - REPORT_TOTAL_2032;
        Summary {
            total_2025: self.total[base],
            total_2032: self.total[last],
            training_share_2032: self.training_share[last],
            inference_share_2032: self.inference_share[last],
            training_2025: self.training[base],
            training_2032: self.training[last],
            crossover_year,
            inference_ahead_from_start: ahead(0),
            inference_ahead_in_2032: ahead(last),
            cumulative_2025_2032: self.total[base..].iter().sum(),
            cagr_2025_2032: if self.total[base] > 0.0 {
                (self.total[last] / self.total[base]).powf(1.0 / f64::from(LAST_YEAR - BASE_YEAR))
                    - 1.0
            } else {
                0.0
            },
            vs_report_2032,
            vs_report_2032_pct: vs_report_2032 / REPORT_TOTAL_2032,
            in_house_share_2032: if self.total[last] > 0.0 {
                self.in_house[last] / self.total[last]
            } else {
                0.0
            },
        }
    }
}

/// Projects AI investment 2024–2032 under `scenario`. Total over every valid
/// scenario: all outputs are finite and non-negative, the shares of each year sum to
/// 1, and the company and chip splits sum to the total.
pub fn project(scenario: &Scenario) -> Projection {
    let total = total_path(&PathParams::of(scenario));
    let (training_share, inference_share) = mix_path(&MixParams::of(scenario));

    let mut training = [0.0; N_YEARS];
    let mut inference = [0.0; N_YEARS];
    let mut other = [0.0; N_YEARS];
    let mut other_share = [0.0; N_YEARS];
    for i in 0..N_YEARS {
        // Both ends leave other ≥ 0 and the path is a convex combination of them;
        // the max only absorbs rounding.
        other_share[i] = (1.0 - training_share[i] - inference_share[i]).max(0.0);
        training[i] = total[i] * training_share[i];
        inference[i] = total[i] * inference_share[i];
        other[i] = total[i] * other_share[i];
    }

    let named: f64 = Company::NAMED
        .iter()
        .filter_map(|c| c.share_assumption())
        .map(|a| scenario.get(a) / 100.0)
        .sum();
    let span = f64::from(LAST_YEAR - BASE_YEAR);
    let mut in_house = [0.0; N_YEARS];
    let mut nvidia = [0.0; N_YEARS];
    let companies = Company::ALL.map(|company| {
        let share = match company.share_assumption() {
            Some(a) => scenario.get(a) / 100.0,
            None => (1.0 - named).max(0.0),
        };
        let (now, later) = company.in_house_assumptions();
        let (now, later) = (scenario.get(now) / 100.0, scenario.get(later) / 100.0);
        let mut series = CompanySeries {
            company,
            share,
            total: [0.0; N_YEARS],
            in_house: [0.0; N_YEARS],
            nvidia: [0.0; N_YEARS],
        };
        for (i, &year) in YEARS.iter().enumerate() {
            let t = (f64::from(year - BASE_YEAR) / span).clamp(0.0, 1.0);
            let own = now + (later - now) * t;
            series.total[i] = total[i] * share;
            series.in_house[i] = series.total[i] * own;
            series.nvidia[i] = series.total[i] - series.in_house[i];
            in_house[i] += series.in_house[i];
            nvidia[i] += series.nvidia[i];
        }
        series
    });

    Projection {
        years: YEARS,
        total,
        training,
        inference,
        other,
        training_share,
        inference_share,
        other_share,
        companies,
        in_house,
        nvidia,
    }
}
