//! What a reader can change: every assumption with its unit, range, default, source
//! and a sentence or two that tell a reader what it means.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use super::report::*;

/// One reader assumption. Values are held in display units (percent, years, $B), so
/// that a share link or a host message reads the way the page does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Assumption {
    /// AI investment in 2024, billions of US dollars.
    Base2024,
    /// Growth of 2025 over 2024, percent.
    Growth2025,
    /// Growth of the total in 2026, percent over 2025.
    NearGrowth,
    /// The long-run growth rate the path settles to, percent per year.
    LongRunGrowth,
    /// How many years near-term growth takes to fade into the long-run rate (e-folding).
    GrowthFade,
    /// Training's share of AI investment in 2025, percent.
    TrainingShare2025,
    /// Inference's share of AI investment in 2025, percent.
    InferenceShare2025,
    /// Training's share of AI investment in 2032, percent.
    TrainingShare2032,
    /// Inference's share of AI investment in 2032, percent.
    InferenceShare2032,
    /// The year the workload shift is half done (the S-curve's midpoint).
    ShiftMidpoint,
    /// Extra yearly fall in the cost of AI compute beyond the report's, percent per year.
    ExtraEfficiency,
    /// Price elasticity of demand for AI compute (dimensionless).
    Elasticity,
    /// Microsoft's share of the total, percent.
    ShareMicrosoft,
    /// Amazon's share of the total, percent.
    ShareAmazon,
    /// Alphabet's share of the total, percent.
    ShareAlphabet,
    /// Meta's share of the total, percent.
    ShareMeta,
    /// Microsoft's in-house silicon share of its AI spend in 2025, percent.
    InHouseMicrosoft2025,
    /// Microsoft's in-house silicon share in 2032, percent.
    InHouseMicrosoft2032,
    /// Amazon's in-house silicon share in 2025, percent.
    InHouseAmazon2025,
    /// Amazon's in-house silicon share in 2032, percent.
    InHouseAmazon2032,
    /// Alphabet's in-house silicon share in 2025, percent.
    InHouseAlphabet2025,
    /// Alphabet's in-house silicon share in 2032, percent.
    InHouseAlphabet2032,
    /// Meta's in-house silicon share in 2025, percent.
    InHouseMeta2025,
    /// Meta's in-house silicon share in 2032, percent.
    InHouseMeta2032,
    /// The other companies' in-house silicon share in 2025, percent.
    InHouseOthers2025,
    /// The other companies' in-house silicon share in 2032, percent.
    InHouseOthers2032,
    /// Spread (one standard deviation) around both growth rates, percentage points.
    GrowthSpread,
    /// Spread around the 2032 inference share, percentage points.
    MixSpread,
}

/// Number of assumptions.
pub const N_ASSUMPTIONS: usize = 28;

/// How the model groups assumptions (and the page groups its controls).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The total's path.
    Growth,
    /// Training, inference and other.
    WorkloadMix,
    /// Efficiency gains and the demand response (Jevons).
    Efficiency,
    /// Company shares and in-house silicon.
    CompaniesAndChips,
    /// Spreads for the Monte Carlo run.
    Uncertainty,
}

impl Group {
    /// The group's heading, as the page shows it.
    pub fn title(self) -> &'static str {
        match self {
            Group::Growth => "Growth",
            Group::WorkloadMix => "Training, inference and other",
            Group::Efficiency => "Efficiency and demand (Jevons)",
            Group::CompaniesAndChips => "Companies and chips",
            Group::Uncertainty => "Uncertainty",
        }
    }
}

/// The unit an assumption is expressed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Billions of US dollars.
    Billions,
    /// Percent change over the previous year.
    PercentPerYear,
    /// Percent of the year's total AI investment.
    PercentOfTotal,
    /// Percent of one company's AI spend.
    PercentOfCompany,
    /// Percentage points.
    Points,
    /// A duration in years.
    Years,
    /// A calendar year.
    Year,
    /// A plain ratio.
    Ratio,
}

impl Unit {
    /// The short suffix shown after a value, e.g. "5.1 %/yr".
    pub fn suffix(self) -> &'static str {
        match self {
            Unit::Billions => "$B",
            Unit::PercentPerYear => "%/yr",
            Unit::PercentOfTotal | Unit::PercentOfCompany => "%",
            Unit::Points => "pp",
            Unit::Years => "yr",
            Unit::Year | Unit::Ratio => "",
        }
    }

    /// The spoken form for screen readers, e.g. "5.1 percent per year".
    pub fn spoken(self) -> &'static str {
        match self {
            Unit::Billions => "billion US dollars",
            Unit::PercentPerYear => "percent per year",
            Unit::PercentOfTotal => "percent of the total",
            Unit::PercentOfCompany => "percent of its AI spend",
            Unit::Points => "percentage points",
            Unit::Years => "years",
            Unit::Year => "",
            Unit::Ratio => "",
        }
    }
}

/// Where a default comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// Published in the report (Bloomberg Intelligence, 2025-03-17).
    Report,
    /// Computed from published figures.
    Derived,
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
    /// The group it belongs to.
    pub group: Group,
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
    /// One or two sentences for readers: what moving this means.
    pub explanation: &'static str,
    /// Where the default comes from, with its date.
    pub source: &'static str,
    /// Whether the default is published, derived, or ours.
    pub provenance: Provenance,
}

impl AssumptionSpec {
    /// How many decimals the step has (0.05 → 2, 0.5 → 1, 1 → 0): the precision a
    /// value of this assumption is shown and typed with.
    pub fn decimals(&self) -> u32 {
        let mut scaled = self.step;
        let mut decimals = 0;
        while (scaled - scaled.round()).abs() > 1e-9 && decimals < 4 {
            scaled *= 10.0;
            decimals += 1;
        }
        decimals
    }
}

/// Company defaults: 2025 capex guidance (early 2025, SOURCES) divided by the report's
/// $371B. Guidance is total capex, not AI only, so these are relative weights.
const GUIDANCE_2025: [f64; 4] = [80.0, 100.0, 75.0, 62.5];

/// A fraction as a percentage, without the float noise of `0.14 * 100.0`.
fn pct(fraction: f64) -> f64 {
    (fraction * 1e11).round() / 1e9
}

impl Assumption {
    /// Every assumption, grouped, in the order the page shows them.
    pub const ALL: [Assumption; N_ASSUMPTIONS] = [
        Assumption::Base2024,
        Assumption::Growth2025,
        Assumption::NearGrowth,
        Assumption::LongRunGrowth,
        Assumption::GrowthFade,
        Assumption::TrainingShare2025,
        Assumption::InferenceShare2025,
        Assumption::TrainingShare2032,
        Assumption::InferenceShare2032,
        Assumption::ShiftMidpoint,
        Assumption::ExtraEfficiency,
        Assumption::Elasticity,
        Assumption::ShareMicrosoft,
        Assumption::ShareAmazon,
        Assumption::ShareAlphabet,
        Assumption::ShareMeta,
        Assumption::InHouseMicrosoft2025,
        Assumption::InHouseMicrosoft2032,
        Assumption::InHouseAmazon2025,
        Assumption::InHouseAmazon2032,
        Assumption::InHouseAlphabet2025,
        Assumption::InHouseAlphabet2032,
        Assumption::InHouseMeta2025,
        Assumption::InHouseMeta2032,
        Assumption::InHouseOthers2025,
        Assumption::InHouseOthers2032,
        Assumption::GrowthSpread,
        Assumption::MixSpread,
    ];

    /// Position in [`Assumption::ALL`] and in a scenario's storage.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The assumption's presentation and validation data.
    pub fn spec(self) -> AssumptionSpec {
        use Assumption::*;
        use Group::*;
        use Provenance::*;
        let implied = report_implied_growth() * 100.0;
        let spec = |key,
                    label,
                    group,
                    unit,
                    (min, max, step),
                    default,
                    explanation,
                    source,
                    provenance| {
            AssumptionSpec {
                key,
                label,
                group,
                unit,
                min,
                max,
                step,
                default,
                explanation,
                source,
                provenance,
            }
        };
        let company = |key, label, i: usize, who: &'static str| {
            spec(
                key,
                label,
                CompaniesAndChips,
                Unit::PercentOfTotal,
                (0.0, 60.0, 0.5),
                GUIDANCE_2025[i] / REPORT_TOTAL_2025 * 100.0,
                who,
                "Default: the company's 2025 capex guidance (early 2025) divided by the report's \
                 $371B; guidance is total capex, so this is a relative weight, not a reported \
                 AI figure. What the four leave is \"others\".",
                Derived,
            )
        };
        let chips = |key, label, default, explanation| {
            spec(
                key,
                label,
                CompaniesAndChips,
                Unit::PercentOfCompany,
                (0.0, 100.0, 1.0),
                default,
                explanation,
                "Our assumption, informed by the article: Google's own chips handle training and \
                 inference; Microsoft and Meta rely mainly on Nvidia.",
                OurAssumption,
            )
        };
        match self {
            Base2024 => spec(
                "b24",
                "AI investment in 2024",
                Growth,
                Unit::Billions,
                (150.0, 400.0, 0.1),
                REPORT_TOTAL_2024,
                "Where the path starts.",
                "Default ≈ $257.6B: 371 / 1.44, derived from the report's 2025 figure and growth. \
                 Bloomberg Intelligence, 17 Mar 2025.",
                Derived,
            ),
            Growth2025 => spec(
                "g25",
                "Growth in 2025",
                Growth,
                Unit::PercentPerYear,
                (0.0, 100.0, 1.0),
                pct(REPORT_GROWTH_2025),
                "How much more was invested in 2025 than in 2024.",
                "Default +44 %. Bloomberg Intelligence, 17 Mar 2025.",
                Report,
            ),
            NearGrowth => spec(
                "g26",
                "Growth in 2026",
                Growth,
                Unit::PercentPerYear,
                (-30.0, 100.0, 0.1),
                implied,
                "How much AI investment grows next year. Faster near-term growth fades towards \
                 the long-run rate over a few years.",
                "Default ≈ 5.1 %/yr, the average the report implies: (525 / 371)^(1/7) − 1. \
                 Bloomberg Intelligence, 17 Mar 2025.",
                Derived,
            ),
            LongRunGrowth => spec(
                "glr",
                "Long-run growth",
                Growth,
                Unit::PercentPerYear,
                (-10.0, 40.0, 0.1),
                implied,
                "The yearly growth rate spending settles to by the early 2030s.",
                "Default ≈ 5.1 %/yr, which takes $371B (2025) to $525B (2032). \
                 Bloomberg Intelligence, 17 Mar 2025.",
                Derived,
            ),
            GrowthFade => spec(
                "fade",
                "Years for growth to settle",
                Growth,
                Unit::Years,
                (0.5, 6.0, 0.5),
                2.0,
                "How quickly growth in 2026 gives way to the long-run rate: after this many years \
                 about two thirds of the gap has closed.",
                "Our assumption; it changes nothing while both growth rates are equal.",
                OurAssumption,
            ),
            TrainingShare2025 => spec(
                "tr25",
                "Training share in 2025",
                WorkloadMix,
                Unit::PercentOfTotal,
                (10.0, 80.0, 1.0),
                pct(REPORT_TRAINING_SHARE_2025),
                "The part of AI budgets spent on training new models today.",
                "Default 40 % (\"more than 40 %\" in English coverage). \
                 Bloomberg Intelligence, 17 Mar 2025.",
                Report,
            ),
            InferenceShare2025 => spec(
                "inf25",
                "Inference share in 2025",
                WorkloadMix,
                Unit::PercentOfTotal,
                (0.0, 60.0, 1.0),
                pct(ASSUMED_INFERENCE_SHARE_2025),
                "The part spent on running models for users today.",
                "Our assumption: no source gives it. We hold \"other\" at its 2032 share \
                 (1 − 14 % − 50 % = 36 %), which leaves 24 % for inference in 2025.",
                OurAssumption,
            ),
            TrainingShare2032 => spec(
                "tr32",
                "Training share in 2032",
                WorkloadMix,
                Unit::PercentOfTotal,
                (0.0, 80.0, 1.0),
                pct(REPORT_TRAINING_SHARE_2032),
                "The part of AI budgets spent on training new models in 2032 (about 40 % in 2025).",
                "Default 14 %. Bloomberg Intelligence, 17 Mar 2025, via ChainNews / ABMedia.",
                Report,
            ),
            InferenceShare2032 => spec(
                "inf32",
                "Inference share in 2032",
                WorkloadMix,
                Unit::PercentOfTotal,
                (0.0, 100.0, 1.0),
                pct(REPORT_INFERENCE_SHARE_2032),
                "The part spent on running models for users in 2032. Raising it past what \
                 training leaves makes room by lowering training.",
                "Default 50 %: the article says \"over 50 %\", English coverage \"nearly half\" \
                 (≈ 45–50 %). Bloomberg Intelligence, 17 Mar 2025.",
                Report,
            ),
            ShiftMidpoint => spec(
                "mid",
                "Shift half done by",
                WorkloadMix,
                Unit::Year,
                (2026.0, 2031.0, 0.5),
                2028.5,
                "The year the move from training to inference is half done. Earlier means \
                 inference takes over sooner.",
                "Our assumption: the report gives only the 2025 and 2032 shares; by default the \
                 shift is symmetric between them.",
                OurAssumption,
            ),
            ExtraEfficiency => spec(
                "eff",
                "Extra efficiency gains",
                Efficiency,
                Unit::PercentPerYear,
                (0.0, 30.0, 0.5),
                0.0,
                "How much faster than the report expects the cost of AI computing falls each year \
                 from 2026, e.g. from DeepSeek-style efficiency.",
                "Default 0: the report's own projection. Our assumption beyond it.",
                OurAssumption,
            ),
            Elasticity => spec(
                "elas",
                "Demand response (elasticity)",
                Efficiency,
                Unit::Ratio,
                (0.0, 2.0, 0.05),
                0.7,
                "How strongly demand for AI grows when compute gets cheaper. Below 1, efficiency \
                 cuts total spending; above 1, cheaper compute raises it (the Jevons paradox); \
                 at 1 they cancel.",
                "Our assumption (no source gives it); it changes nothing while extra \
                 efficiency is 0.",
                OurAssumption,
            ),
            ShareMicrosoft => company("msft", "Microsoft's share", 0, "Microsoft's part of the total."),
            ShareAmazon => company("amzn", "Amazon's share", 1, "Amazon's part of the total."),
            ShareAlphabet => company("googl", "Alphabet's share", 2, "Alphabet's (Google's) part of the total."),
            ShareMeta => company("meta", "Meta's share", 3, "Meta's part of the total."),
            InHouseMicrosoft2025 => chips(
                "ihms25",
                "Microsoft in-house chips, 2025",
                5.0,
                "How much of Microsoft's AI spend goes to its own chips (Maia) rather than Nvidia's.",
            ),
            InHouseMicrosoft2032 => chips("ihms32", "Microsoft in-house chips, 2032", 15.0, "The same in 2032."),
            InHouseAmazon2025 => chips(
                "ihamzn25",
                "Amazon in-house chips, 2025",
                20.0,
                "How much of Amazon's AI spend goes to its own Trainium and Inferentia chips.",
            ),
            InHouseAmazon2032 => chips("ihamzn32", "Amazon in-house chips, 2032", 40.0, "The same in 2032."),
            InHouseAlphabet2025 => chips(
                "ihgoogl25",
                "Alphabet in-house chips, 2025",
                50.0,
                "How much of Google's AI spend goes to its own TPUs.",
            ),
            InHouseAlphabet2032 => chips("ihgoogl32", "Alphabet in-house chips, 2032", 70.0, "The same in 2032."),
            InHouseMeta2025 => chips(
                "ihmeta25",
                "Meta in-house chips, 2025",
                5.0,
                "How much of Meta's AI spend goes to its own chips (MTIA).",
            ),
            InHouseMeta2032 => chips("ihmeta32", "Meta in-house chips, 2032", 20.0, "The same in 2032."),
            InHouseOthers2025 => chips(
                "ihoth25",
                "Others' in-house chips, 2025",
                0.0,
                "The in-house share of everyone else's AI spend.",
            ),
            InHouseOthers2032 => chips("ihoth32", "Others' in-house chips, 2032", 5.0, "The same in 2032."),
            GrowthSpread => spec(
                "sdg",
                "Uncertainty in growth",
                Uncertainty,
                Unit::Points,
                (0.0, 10.0, 0.5),
                3.0,
                "How far either growth rate could plausibly be off (one standard deviation).",
                "Our assumption.",
                OurAssumption,
            ),
            MixSpread => spec(
                "sdm",
                "Uncertainty in the mix",
                Uncertainty,
                Unit::Points,
                (0.0, 20.0, 0.5),
                5.0,
                "How far the 2032 inference share could plausibly be off (one standard deviation).",
                "Our assumption; sources already differ by about 5 points (\"nearly half\" vs \
                 \"over 50 %\").",
                OurAssumption,
            ),
        }
    }

    /// The assumption whose share-link key is `key`, if any.
    pub fn from_key(key: &str) -> Option<Assumption> {
        Assumption::ALL.into_iter().find(|a| a.spec().key == key)
    }
}

/// An assumption serialises as its short key, e.g. `"glr"`.
impl Serialize for Assumption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.spec().key)
    }
}

impl<'de> Deserialize<'de> for Assumption {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Assumption::from_key(&key)
            .ok_or_else(|| de::Error::custom(format!("unknown assumption key {key:?}")))
    }
}
