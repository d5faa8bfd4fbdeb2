//! Named scenarios: the report's baseline and the stories around it.

use serde::Serialize;

use super::assumption::Assumption;
use super::companies::Company;
use super::report::*;
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
    /// Follows what was reported after the article, as far as it goes.
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
                // 2026: $650B (BI podcast, 2026-02-06) over the report's $371B for 2025.
                let growth_2026 = (650.0 / REPORT_TOTAL_2025 - 1.0) * 100.0;
                let mut sets = vec![(NearGrowth, growth_2026), (GrowthFade, 0.5)];
                // Company weights from the Oct 2025 revisions (midpoints of ranges), scaled
                // so the four keep the baseline's combined share and "others" are unchanged.
                let revised = [88.7, 125.0, 92.0, 71.0];
                let baseline = Scenario::default();
                let combined: f64 = Company::NAMED
                    .iter()
                    .filter_map(|c| c.share_assumption())
                    .map(|a| baseline.get(a))
                    .sum();
                let revised_sum: f64 = revised.iter().sum();
                for (company, r) in Company::NAMED.iter().zip(revised) {
                    if let Some(a) = company.share_assumption() {
                        sets.push((a, combined * r / revised_sum));
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
