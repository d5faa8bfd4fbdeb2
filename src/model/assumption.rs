//! What a reader can change: every assumption with its unit, range, default, source
//! and a sentence that tells a reader what it means.

use super::report::{
    report_implied_growth, REPORT_INFERENCE_SHARE_2032, REPORT_TRAINING_SHARE_2032,
};

/// One reader assumption. Values are held in display units (percent), so that a
/// share link or a host message reads the way the page does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Assumption {
    /// Growth of the total in 2026, percent over 2025.
    NearGrowth,
    /// The long-run growth rate the path settles to by 2032, percent per year.
    LongRunGrowth,
    /// Training's share of AI investment in 2032, percent.
    TrainingShare2032,
    /// Inference's share of AI investment in 2032, percent.
    InferenceShare2032,
}

/// The unit an assumption is expressed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Percent change over the previous year.
    PercentPerYear,
    /// Percent of the year's total AI investment.
    PercentOfTotal,
}

impl Unit {
    /// The short suffix shown after a value, e.g. "5.1 %/yr".
    pub fn suffix(self) -> &'static str {
        match self {
            Unit::PercentPerYear => "%/yr",
            Unit::PercentOfTotal => "%",
        }
    }

    /// The spoken form for screen readers, e.g. "5.1 percent per year".
    pub fn spoken(self) -> &'static str {
        match self {
            Unit::PercentPerYear => "percent per year",
            Unit::PercentOfTotal => "percent of the total",
        }
    }
}

/// Where a default comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// Published in the report (Bloomberg Intelligence, 2025-03-17).
    Report,
    /// Computed from the report's published figures.
    DerivedFromReport,
    /// Not in any source: the widget's own assumption, labelled so on the page.
    OurAssumption,
}

/// Everything the page needs to present and validate one assumption.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AssumptionSpec {
    /// Short, stable key for share links and host messages.
    pub key: &'static str,
    /// The control's label.
    pub label: &'static str,
    /// The unit of `min`, `max`, `step` and `default`.
    pub unit: Unit,
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// The slider's step.
    pub step: f64,
    /// The report-baseline value.
    pub default: f64,
    /// One sentence for readers: what moving this means.
    pub explanation: &'static str,
    /// Where the default comes from, in words, with its date.
    pub source: &'static str,
    /// Whether the default is published, derived, or ours.
    pub provenance: Provenance,
}

impl Assumption {
    /// Every assumption, in the order the controls show them.
    pub const ALL: [Assumption; 4] = [
        Assumption::NearGrowth,
        Assumption::LongRunGrowth,
        Assumption::TrainingShare2032,
        Assumption::InferenceShare2032,
    ];

    /// The assumption's presentation and validation data.
    pub fn spec(self) -> AssumptionSpec {
        let implied = report_implied_growth() * 100.0;
        match self {
            Assumption::NearGrowth => AssumptionSpec {
                key: "g26",
                label: "Growth in 2026",
                unit: Unit::PercentPerYear,
                min: -30.0,
                max: 100.0,
                step: 0.1,
                default: implied,
                explanation: "How much AI investment grows next year. Faster near-term \
                              growth fades towards the long-run rate over a few years.",
                source: "Default ≈ 5.1 %/yr, the average the report implies: \
                         (525 / 371)^(1/7) − 1. Bloomberg Intelligence, 17 Mar 2025.",
                provenance: Provenance::DerivedFromReport,
            },
            Assumption::LongRunGrowth => AssumptionSpec {
                key: "glr",
                label: "Long-run growth",
                unit: Unit::PercentPerYear,
                min: -10.0,
                max: 40.0,
                step: 0.1,
                default: implied,
                explanation: "The yearly growth rate spending settles to by the early 2030s.",
                source: "Default ≈ 5.1 %/yr, which takes $371B (2025) to $525B (2032). \
                         Bloomberg Intelligence, 17 Mar 2025.",
                provenance: Provenance::DerivedFromReport,
            },
            Assumption::TrainingShare2032 => AssumptionSpec {
                key: "tr32",
                label: "Training share in 2032",
                unit: Unit::PercentOfTotal,
                min: 0.0,
                max: 80.0,
                step: 1.0,
                default: REPORT_TRAINING_SHARE_2032 * 100.0,
                explanation: "The part of AI budgets spent on training new models in 2032 \
                              (about 40 % in 2025).",
                source:
                    "Default 14 %. Bloomberg Intelligence, 17 Mar 2025, via ChainNews / ABMedia.",
                provenance: Provenance::Report,
            },
            Assumption::InferenceShare2032 => AssumptionSpec {
                key: "inf32",
                label: "Inference share in 2032",
                unit: Unit::PercentOfTotal,
                min: 0.0,
                max: 100.0,
                step: 1.0,
                default: REPORT_INFERENCE_SHARE_2032 * 100.0,
                explanation: "The part spent on running models for users in 2032. \
                              Raising it past what training leaves makes room by \
                              lowering training.",
                source: "Default 50 %: the article says \"over 50 %\", English coverage \
                         \"nearly half\" (≈ 45–50 %). Bloomberg Intelligence, 17 Mar 2025.",
                provenance: Provenance::Report,
            },
        }
    }

    /// The assumption whose share-link key is `key`, if any.
    pub fn from_key(key: &str) -> Option<Assumption> {
        Assumption::ALL.into_iter().find(|a| a.spec().key == key)
    }
}
