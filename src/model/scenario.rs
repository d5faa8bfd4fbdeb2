//! The reader's assumptions as one validated value.

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::assumption::{Assumption, N_ASSUMPTIONS};
use super::companies::Company;

/// Every reader assumption, always within its range; `Default` is the report baseline.
///
/// The values are private: a `Scenario` can only be made by [`Scenario::default`], by
/// [`Scenario::with`] (the one validating constructor) or by the helpers built on it,
/// so everything downstream takes `&Scenario` and cannot fail. It serialises as a map
/// from each assumption's short key to its value, and deserialises from any such map
/// (missing keys keep the baseline, unknown keys are skipped whatever their value)
/// through the same validation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    values: [f64; N_ASSUMPTIONS],
}

/// A scenario built from untrusted input, with what had to be changed to make it valid.
#[derive(Clone, Debug, PartialEq)]
pub struct Validated {
    /// The valid scenario.
    pub scenario: Scenario,
    /// What was clamped, rejected or adjusted on the way; empty when the input was fine.
    pub adjustments: Vec<Adjustment>,
}

/// One change the validating constructor made to the input, to tell the reader about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Adjustment {
    /// The value was not a number; the previous value was kept.
    NotANumber {
        /// The assumption that was being set.
        assumption: Assumption,
    },
    /// The value was outside the range and was clamped to its nearest end.
    Clamped {
        /// The assumption that was being set.
        assumption: Assumption,
        /// The value that was asked for.
        requested: f64,
        /// The value used instead.
        applied: f64,
    },
    /// Another share was lowered so that training + inference stays within 100 %.
    MadeRoom {
        /// The share that was lowered.
        assumption: Assumption,
        /// Its value before.
        from: f64,
        /// Its value after.
        to: f64,
    },
    /// A company's share was capped so that the four named companies stay within 100 %.
    Capped {
        /// The share that was capped.
        assumption: Assumption,
        /// The value used.
        applied: f64,
    },
}

impl Adjustment {
    /// A stable code for hosts: `not-a-number`, `clamped`, `made-room` or `capped`.
    pub fn code(&self) -> &'static str {
        match self {
            Adjustment::NotANumber { .. } => "not-a-number",
            Adjustment::Clamped { .. } => "clamped",
            Adjustment::MadeRoom { .. } => "made-room",
            Adjustment::Capped { .. } => "capped",
        }
    }

    /// The assumption it concerns.
    pub fn assumption(&self) -> Assumption {
        match *self {
            Adjustment::NotANumber { assumption }
            | Adjustment::Clamped { assumption, .. }
            | Adjustment::MadeRoom { assumption, .. }
            | Adjustment::Capped { assumption, .. } => assumption,
        }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            values: Assumption::ALL.map(|a| a.spec().default),
        }
    }
}

/// Untrusted values are kept to nine decimals (the default itself within that of it),
/// so that every value writes out in a short link and reads back exactly.
fn settle(value: f64, default: f64) -> f64 {
    if (value - default).abs() < 1e-9 {
        default
    } else {
        (value * 1e9).round() / 1e9
    }
}

/// Slack for sums of shares: values that overshoot 100 % by float rounding alone are
/// left as they are, so a scenario survives a round trip whatever order its values
/// are applied in.
const ROUNDING: f64 = 1e-9;

/// Pairs of shares of the same year that together may not exceed 100 %.
const SHARE_PAIRS: [(Assumption, Assumption); 2] = [
    (
        Assumption::TrainingShare2025,
        Assumption::InferenceShare2025,
    ),
    (
        Assumption::TrainingShare2032,
        Assumption::InferenceShare2032,
    ),
];

impl Scenario {
    /// The current value of an assumption, in its display unit.
    pub fn get(&self, assumption: Assumption) -> f64 {
        self.values[assumption.index()]
    }

    /// The validating constructor: this scenario with one assumption set to an
    /// untrusted `value`. NaN keeps the previous value; anything out of range (±∞
    /// included) is clamped; a share that leaves too little room for its partner
    /// lowers the partner; a company share that would take the four companies past
    /// 100 % is capped. Every change is reported in `adjustments`.
    pub fn with(&self, assumption: Assumption, value: f64) -> Validated {
        let mut adjustments = Vec::new();
        if value.is_nan() {
            adjustments.push(Adjustment::NotANumber { assumption });
            return Validated {
                scenario: *self,
                adjustments,
            };
        }
        let spec = assumption.spec();
        let clamped = value.clamp(spec.min, spec.max);
        if clamped != value {
            adjustments.push(Adjustment::Clamped {
                assumption,
                requested: value,
                applied: clamped,
            });
        }
        let mut applied = settle(clamped, spec.default);

        if let Some(company) = Company::NAMED
            .iter()
            .find(|c| c.share_assumption() == Some(assumption))
        {
            let others: f64 = Company::NAMED
                .iter()
                .filter(|c| *c != company)
                .filter_map(|c| c.share_assumption())
                .map(|a| self.get(a))
                .sum();
            let room = (100.0 - others).max(0.0);
            if applied > room + ROUNDING {
                applied = settle(room, spec.default);
                // One sentence per change: the cap says everything a clamp would.
                adjustments.retain(|a| !matches!(a, Adjustment::Clamped { .. }));
                adjustments.push(Adjustment::Capped {
                    assumption,
                    applied,
                });
            }
        }

        let mut next = *self;
        next.values[assumption.index()] = applied;

        for (a, b) in SHARE_PAIRS {
            let partner = if assumption == a {
                b
            } else if assumption == b {
                a
            } else {
                continue;
            };
            let room = settle(100.0 - applied, partner.spec().default);
            let from = next.get(partner);
            if from > room + ROUNDING {
                next.values[partner.index()] = room;
                adjustments.push(Adjustment::MadeRoom {
                    assumption: partner,
                    from,
                    to: room,
                });
            }
        }
        Validated {
            scenario: next,
            adjustments,
        }
    }

    /// This scenario with several untrusted values applied together. Decreases go
    /// first, so a set of values that is valid as a whole never trips the 100 % caps
    /// half-way (a scenario survives a round trip through a share link or JSON). Where
    /// the set as a whole is invalid, the rules of [`Scenario::with`] apply in order of
    /// increase: a company share applied later is capped; of two shares of one year,
    /// the one applied later (the larger increase) stands and its partner is lowered.
    pub fn with_all(&self, values: &[(Assumption, f64)]) -> Validated {
        let mut ordered = values.to_vec();
        ordered.sort_by(|&(a, x), &(b, y)| (x - self.get(a)).total_cmp(&(y - self.get(b))));
        ordered.into_iter().fold(
            Validated {
                scenario: *self,
                adjustments: Vec::new(),
            },
            |mut acc, (assumption, value)| {
                let step = acc.scenario.with(assumption, value);
                acc.scenario = step.scenario;
                acc.adjustments.extend(step.adjustments);
                acc
            },
        )
    }

    /// The baseline with several untrusted values applied together (see [`Scenario::with_all`]).
    pub fn from_values(values: &[(Assumption, f64)]) -> Validated {
        Scenario::default().with_all(values)
    }

    /// Whether every assumption equals the report baseline.
    pub fn is_baseline(&self) -> bool {
        *self == Scenario::default()
    }

    /// The assumptions that differ from the baseline, in [`Assumption::ALL`] order.
    pub fn changes(&self) -> Vec<(Assumption, f64)> {
        let baseline = Scenario::default();
        Assumption::ALL
            .into_iter()
            .filter(|&a| self.get(a) != baseline.get(a))
            .map(|a| (a, self.get(a)))
            .collect()
    }
}

impl Serialize for Scenario {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(Assumption::ALL.iter().map(|&a| (a.spec().key, self.get(a))))
    }
}

impl<'de> Deserialize<'de> for Scenario {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ScenarioVisitor)
    }
}

/// Reads known keys as numbers and skips unknown keys whatever their type, so that
/// data from a newer version of the widget still loads.
struct ScenarioVisitor;

impl<'de> Visitor<'de> for ScenarioVisitor {
    type Value = Scenario;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a map from assumption keys to numbers")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Scenario, M::Error> {
        let mut values = Vec::new();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match Assumption::from_key(&key) {
                Some(assumption) => values.push((assumption, map.next_value::<f64>()?)),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Scenario::from_values(&values).scenario)
    }
}
