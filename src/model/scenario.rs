//! The reader's assumptions as one validated value.

use super::assumption::Assumption;
use crate::format::number_1;

/// Every reader assumption, always within its range; `Default` is the report baseline.
///
/// The fields are private: a `Scenario` can only be made by [`Scenario::default`] or
/// by [`Scenario::with`], the one validating constructor, so everything downstream
/// takes `&Scenario` and cannot fail.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    near_growth: f64,
    long_run_growth: f64,
    training_share_2032: f64,
    inference_share_2032: f64,
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
}

impl Adjustment {
    /// A plain sentence for the reader.
    pub fn message(&self) -> String {
        match *self {
            Adjustment::NotANumber { assumption } => {
                format!(
                    "{} needs a number; kept the previous value.",
                    assumption.spec().label
                )
            }
            Adjustment::Clamped {
                assumption,
                applied,
                ..
            } => {
                let spec = assumption.spec();
                format!(
                    "{} must be between {} and {} {}; used {}.",
                    spec.label,
                    number_1(spec.min),
                    number_1(spec.max),
                    spec.unit.suffix(),
                    number_1(applied)
                )
            }
            Adjustment::MadeRoom { assumption, to, .. } => format!(
                "{} lowered to {} % so that training and inference add up to at most 100 %.",
                assumption.spec().label,
                number_1(to)
            ),
        }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            near_growth: Assumption::NearGrowth.spec().default,
            long_run_growth: Assumption::LongRunGrowth.spec().default,
            training_share_2032: Assumption::TrainingShare2032.spec().default,
            inference_share_2032: Assumption::InferenceShare2032.spec().default,
        }
    }
}

impl Scenario {
    /// The current value of an assumption, in its display unit.
    pub fn get(&self, assumption: Assumption) -> f64 {
        match assumption {
            Assumption::NearGrowth => self.near_growth,
            Assumption::LongRunGrowth => self.long_run_growth,
            Assumption::TrainingShare2032 => self.training_share_2032,
            Assumption::InferenceShare2032 => self.inference_share_2032,
        }
    }

    /// The validating constructor: this scenario with one assumption set to an
    /// untrusted `value`. NaN keeps the previous value; anything out of range (±∞
    /// included) is clamped; when a share leaves too little room for the other, the
    /// other share is lowered. Every change is reported in `adjustments`.
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
        let applied = value.clamp(spec.min, spec.max);
        if applied != value {
            adjustments.push(Adjustment::Clamped {
                assumption,
                requested: value,
                applied,
            });
        }
        let mut next = *self;
        *next.slot(assumption) = applied;

        let (other, room) = match assumption {
            Assumption::TrainingShare2032 => (
                Assumption::InferenceShare2032,
                100.0 - next.training_share_2032,
            ),
            Assumption::InferenceShare2032 => (
                Assumption::TrainingShare2032,
                100.0 - next.inference_share_2032,
            ),
            _ => {
                return Validated {
                    scenario: next,
                    adjustments,
                }
            }
        };
        let from = next.get(other);
        if from > room {
            *next.slot(other) = room;
            adjustments.push(Adjustment::MadeRoom {
                assumption: other,
                from,
                to: room,
            });
        }
        Validated {
            scenario: next,
            adjustments,
        }
    }

    /// The baseline with several untrusted values applied in order.
    pub fn from_values(values: &[(Assumption, f64)]) -> Validated {
        values.iter().fold(
            Validated {
                scenario: Scenario::default(),
                adjustments: Vec::new(),
            },
            |mut acc, &(assumption, value)| {
                let step = acc.scenario.with(assumption, value);
                acc.scenario = step.scenario;
                acc.adjustments.extend(step.adjustments);
                acc
            },
        )
    }

    /// Whether every assumption equals the report baseline.
    pub fn is_baseline(&self) -> bool {
        *self == Scenario::default()
    }

    fn slot(&mut self, assumption: Assumption) -> &mut f64 {
        match assumption {
            Assumption::NearGrowth => &mut self.near_growth,
            Assumption::LongRunGrowth => &mut self.long_run_growth,
            Assumption::TrainingShare2032 => &mut self.training_share_2032,
            Assumption::InferenceShare2032 => &mut self.inference_share_2032,
        }
    }
}
