//! Named scenarios: the report's baseline and the stories around it.

use serde::Serialize;

use super::assumption::Assumption;
use super::companies::Company;
use super::reality::{capex_growth_2026, CAPEX_2025};
use super::scenario::Scenario;

/// How many presets there are.
pub const N_PRESETS: usize = 5;

/// A named scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "PresetInfo")]
pub enum Preset {
    /// The report's own projection.
    Report,
    /// DeepSeek-style efficiency with demand that does not keep up.
    EfficiencyShock,
    /// The same efficiency with demand that more than keeps up.
    JevonsBoom,
    /// Spending pauses while capacity is digested.
    CapexBust,
    /// Follows the companies' reported capex for 2026, on the report's AI basis.
    WhatHappenedNext,
}

/// A preset as a host or the page sees it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PresetInfo {
    /// Stable id, e.g. `"jevons-boom"`.
    pub id: &'static str,
    /// The assumptions it sets (all others keep the baseline), by short key.
    pub sets: Vec<(Assumption, f64)>,
}

impl From<Preset> for PresetInfo {
    fn from(p: Preset) -> Self {
        PresetInfo {
            id: p.id(),
            sets: p.sets(),
        }
    }
}

impl Preset {
    /// Every preset, in the order the picker lists them.
    pub const ALL: [Preset; N_PRESETS] = [
        Preset::Report,
        Preset::EfficiencyShock,
        Preset::JevonsBoom,
        Preset::CapexBust,
        Preset::WhatHappenedNext,
    ];

    /// Stable id for links and host messages.
    pub fn id(self) -> &'static str {
        match self {
            Preset::Report => "report",
            Preset::EfficiencyShock => "efficiency-shock",
            Preset::JevonsBoom => "jevons-boom",
            Preset::CapexBust => "capex-bust",
            Preset::WhatHappenedNext => "what-happened-next",
        }
    }

    /// The preset with this id.
    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The assumptions it sets, in display units.
    pub fn sets(self) -> Vec<(Assumption, f64)> {
        use Assumption::*;
        match self {
            Preset::Report => Vec::new(),
            Preset::EfficiencyShock => vec![(ExtraEfficiency, 15.0), (Elasticity, 0.5)],
            Preset::JevonsBoom => {
                vec![
                    (ExtraEfficiency, 15.0),
                    (Elasticity, 1.5),
                    (ShiftMidpoint, 2027.5),
                ]
            }
            Preset::CapexBust => vec![(NearGrowth, -20.0), (LongRunGrowth, 2.0), (GrowthFade, 1.0)],
            Preset::WhatHappenedNext => {
                // AI investment grows in 2026 as the big four's capex does from their
                // 2025 actuals to their April 2026 guidance (+75 %): the report's AI
                // share of their capex (≈ 0.91 in 2025) is assumed to hold. Then a
                // quick return to the report's pace (ours).
                let growth_2026 = (capex_growth_2026() * 1000.0).round() / 10.0;
                let mut sets = vec![(NearGrowth, growth_2026), (GrowthFade, 0.5)];
                // Company weights from their calendar-2025 capex (middles of ranges),
                // scaled so the four keep the baseline's combined share and "others"
                // are unchanged.
                let actual = CAPEX_2025.map(|(_, low, high)| (low + high) / 2.0);
                let baseline = Scenario::default();
                let combined: f64 = Company::NAMED
                    .iter()
                    .filter_map(|c| c.share_assumption())
                    .map(|a| baseline.get(a))
                    .sum();
                let actual_sum: f64 = actual.iter().sum();
                for ((company, _, _), a) in CAPEX_2025.iter().zip(actual) {
                    if let Some(assumption) = company.share_assumption() {
                        sets.push((assumption, combined * a / actual_sum));
                    }
                }
                sets
            }
        }
    }

    /// The scenario it describes: the baseline with its assumptions set.
    pub fn scenario(self) -> Scenario {
        Scenario::from_values(&self.sets()).scenario
    }
}
