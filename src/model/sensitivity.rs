//! Which assumption moves the 2032 total most: each one at the low and the high end of
//! its plausible range with everything else fixed (a tornado chart, sorted by swing).
//! The plausible ends are narrower than the sliders' ranges, so that an assumption
//! with a wide range for exploring does not dominate by construction.

use serde::{Deserialize, Serialize};

use super::assumption::Assumption;
use super::projection::{total_path, PathParams, N_YEARS};
use super::scenario::Scenario;

/// One bar of the tornado.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SensitivityBar {
    /// The assumption varied (serialised as its short key).
    pub assumption: Assumption,
    /// The assumption's plausible low end.
    pub low: f64,
    /// Its plausible high end.
    pub high: f64,
    /// 2032 total with the assumption at its low end, billions of US dollars.
    pub total_at_low: f64,
    /// 2032 total with the assumption at its high end.
    pub total_at_high: f64,
    /// |total_at_high − total_at_low|.
    pub swing: f64,
}

/// Every assumption's bar, largest swing first (ties keep [`Assumption::ALL`] order).
/// Assumptions that do not move the total (mix, companies, spreads) have zero swing.
pub fn sensitivity(scenario: &Scenario) -> Vec<SensitivityBar> {
    let total_2032 = |s: &Scenario| total_path(&PathParams::of(s))[N_YEARS - 1];
    let mut bars: Vec<SensitivityBar> = Assumption::ALL
        .into_iter()
        .map(|assumption| {
            let (low, high) = assumption.spec().plausible;
            let total_at_low = total_2032(&scenario.with(assumption, low).scenario);
            let total_at_high = total_2032(&scenario.with(assumption, high).scenario);
            SensitivityBar {
                assumption,
                low,
                high,
                total_at_low,
                total_at_high,
                swing: (total_at_high - total_at_low).abs(),
            }
        })
        .collect();
    // Largest swing first; the sort is stable, so ties keep the assumptions' order.
    bars.sort_by(|a, b| b.swing.total_cmp(&a.swing));
    bars
}
