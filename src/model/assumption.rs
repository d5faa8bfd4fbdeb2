//! What a reader can change: every assumption with its unit, range, default, source
//! and a sentence or two that tell a reader what it means.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use super::reality::{capex_growth_2026, forecast_growth, FORECASTS};
use super::report::*;

/// The default spread around growth in 2026, percentage points: the root mean square
/// of two misses of forecasts made about a year ahead (derived, see the methodology).
/// In 2025 the big four spent $406–410B against early-2025 guidance of $320–325B: about
/// 37 points more growth than planned. For 2026 they guided to +75 % against the
/// report's implied 5.1 %: about 70 points. √((37² + 70²) / 2) ≈ 56.
pub const NEAR_GROWTH_SPREAD: f64 = 56.0;

/// The default spread around long-run growth, percentage points: the gap between
/// Dell'Oro's 2026–2030 path (≈ 14.2 %/yr) and the report's implied 5.1 %/yr, ≈ 9
/// points (derived).
pub const LONG_RUN_SPREAD: f64 = 9.0;

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
    /// Spread (one standard deviation) around growth in 2026, percentage points.
    GrowthSpread,
    /// Spread around the long-run growth rate, percentage points.
    LongRunSpread,
    /// Spread around the 2032 inference share, percentage points.
    MixSpread,
}

/// Number of assumptions.
pub const N_ASSUMPTIONS: usize = 29;

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
    /// Whether the default is published, derived, or ours.
    pub provenance: Provenance,
    /// A plausible low and high, narrower than the range: what the tornado swings
    /// between. Where each end comes from is in the methodology; the slider keeps the
    /// whole range for exploring.
    pub plausible: (f64, f64),
}

impl AssumptionSpec {
    /// The spec in other units: range, step and default times `k` (10 for billions
    /// of US dollars written in 億, hundreds of millions).
    pub fn scaled(self, k: f64) -> AssumptionSpec {
        AssumptionSpec {
            min: self.min * k,
            max: self.max * k,
            plausible: (self.plausible.0 * k, self.plausible.1 * k),
            step: self.step * k,
            default: self.default * k,
            ..self
        }
    }

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
        Assumption::LongRunSpread,
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
        let spec = |key, group, unit, (min, max, step), default, provenance| AssumptionSpec {
            key,
            group,
            unit,
            min,
            max,
            step,
            default,
            provenance,
            plausible: (min, max),
        };
        let company = |key, i: usize| {
            spec(
                key,
                CompaniesAndChips,
                Unit::PercentOfTotal,
                (0.0, 60.0, 0.5),
                GUIDANCE_2025[i] / REPORT_TOTAL_2025 * 100.0,
                Derived,
            )
        };
        let chips = |key, default| {
            spec(
                key,
                CompaniesAndChips,
                Unit::PercentOfCompany,
                (0.0, 100.0, 1.0),
                default,
                OurAssumption,
            )
        };
        let spec = match self {
            Base2024 => spec(
                "b24",
                Growth,
                Unit::Billions,
                (150.0, 400.0, 0.1),
                REPORT_TOTAL_2024,
                Derived,
            ),
            Growth2025 => spec(
                "g25",
                Growth,
                Unit::PercentPerYear,
                (0.0, 100.0, 1.0),
                pct(REPORT_GROWTH_2025),
                Report,
            ),
            NearGrowth => spec(
                "g26",
                Growth,
                Unit::PercentPerYear,
                (-30.0, 100.0, 0.1),
                implied,
                Derived,
            ),
            LongRunGrowth => spec(
                "glr",
                Growth,
                Unit::PercentPerYear,
                (-10.0, 40.0, 0.1),
                implied,
                Derived,
            ),
            GrowthFade => spec(
                "fade",
                Growth,
                Unit::Years,
                (0.5, 6.0, 0.5),
                2.0,
                OurAssumption,
            ),
            TrainingShare2025 => spec(
                "tr25",
                WorkloadMix,
                Unit::PercentOfTotal,
                (10.0, 80.0, 1.0),
                pct(REPORT_TRAINING_SHARE_2025),
                Report,
            ),
            InferenceShare2025 => spec(
                "inf25",
                WorkloadMix,
                Unit::PercentOfTotal,
                (0.0, 60.0, 1.0),
                pct(ASSUMED_INFERENCE_SHARE_2025),
                OurAssumption,
            ),
            TrainingShare2032 => spec(
                "tr32",
                WorkloadMix,
                Unit::PercentOfTotal,
                (0.0, 80.0, 1.0),
                pct(REPORT_TRAINING_SHARE_2032),
                Report,
            ),
            InferenceShare2032 => spec(
                "inf32",
                WorkloadMix,
                Unit::PercentOfTotal,
                (0.0, 100.0, 1.0),
                pct(REPORT_INFERENCE_SHARE_2032),
                Report,
            ),
            ShiftMidpoint => spec(
                "mid",
                WorkloadMix,
                Unit::Year,
                (2026.0, 2031.0, 0.5),
                2028.5,
                OurAssumption,
            ),
            ExtraEfficiency => spec(
                "eff",
                Efficiency,
                Unit::PercentPerYear,
                (0.0, 30.0, 0.5),
                0.0,
                OurAssumption,
            ),
            Elasticity => spec(
                "elas",
                Efficiency,
                Unit::Ratio,
                (0.0, 2.0, 0.05),
                0.7,
                OurAssumption,
            ),
            ShareMicrosoft => company("msft", 0),
            ShareAmazon => company("amzn", 1),
            ShareAlphabet => company("googl", 2),
            ShareMeta => company("meta", 3),
            InHouseMicrosoft2025 => chips("ihms25", 5.0),
            InHouseMicrosoft2032 => chips("ihms32", 15.0),
            InHouseAmazon2025 => chips("ihamzn25", 20.0),
            InHouseAmazon2032 => chips("ihamzn32", 40.0),
            InHouseAlphabet2025 => chips("ihgoogl25", 50.0),
            InHouseAlphabet2032 => chips("ihgoogl32", 70.0),
            InHouseMeta2025 => chips("ihmeta25", 5.0),
            InHouseMeta2032 => chips("ihmeta32", 20.0),
            InHouseOthers2025 => chips("ihoth25", 0.0),
            InHouseOthers2032 => chips("ihoth32", 5.0),
            GrowthSpread => spec(
                "sdg",
                Uncertainty,
                Unit::Points,
                (0.0, 80.0, 0.5),
                NEAR_GROWTH_SPREAD,
                OurAssumption,
            ),
            LongRunSpread => spec(
                "sdl",
                Uncertainty,
                Unit::Points,
                (0.0, 20.0, 0.5),
                LONG_RUN_SPREAD,
                OurAssumption,
            ),
            MixSpread => spec(
                "sdm",
                Uncertainty,
                Unit::Points,
                (0.0, 20.0, 0.5),
                5.0,
                OurAssumption,
            ),
        };
        AssumptionSpec {
            plausible: self.plausible().unwrap_or(spec.plausible),
            ..spec
        }
    }

    /// The plausible low and high of an assumption that moves the total (the others
    /// split it, or only widen the likely range, and keep their whole range). The
    /// methodology says where each end comes from.
    fn plausible(self) -> Option<(f64, f64)> {
        use Assumption::*;
        match self {
            // ±5 % around 371 / 1.44 (ours).
            Base2024 => Some((245.0, 270.0)),
            // ±10 points around the report's +44 % (ours).
            Growth2025 => Some((34.0, 54.0)),
            // Low: a pause like the "Digestion" scenario (ours). High: the companies'
            // 2026 guidance over their 2025 capex, +75 % (derived).
            NearGrowth => Some((-20.0, (capex_growth_2026() * 1000.0).round() / 10.0)),
            // Low: no growth (ours). High: Dell'Oro's 2026–2030 path, ≈ 14 %/yr (derived).
            LongRunGrowth => Some((
                0.0,
                (forecast_growth(&FORECASTS[1]) * 1000.0).round() / 10.0,
            )),
            GrowthFade => Some((1.0, 4.0)),
            // The efficiency scenarios' 15 %/yr and their elasticities (ours).
            ExtraEfficiency => Some((0.0, 15.0)),
            Elasticity => Some((0.5, 1.5)),
            _ => None,
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
