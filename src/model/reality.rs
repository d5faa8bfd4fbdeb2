//! What was reported after the article: dated figures to hold the projection against.
//! They measure total capital expenditure, not only AI investment, so the page shows
//! them as dated points with their measure, never as a continuation of the series.

use serde::Serialize;

/// One dated figure reported after the article.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RealityPoint {
    /// The year it describes.
    pub year: i32,
    /// Central value, billions of US dollars.
    pub value: f64,
    /// Low end of the reported range (equal to `value` for a single figure).
    pub low: f64,
    /// High end of the reported range.
    pub high: f64,
    /// What it measures.
    pub measure: &'static str,
    /// Who reported it, and when.
    pub source: &'static str,
    /// How firm it is.
    pub strength: &'static str,
}

/// The reality-check series, oldest first.
pub const REALITY_CHECK: [RealityPoint; 2] = [
    RealityPoint {
        year: 2025,
        // 88.7 + 91…93 + 125 + 70…72 = 374.7…378.7; Amazon's ≈ $125B is itself rounded.
        value: 376.7,
        low: 374.7,
        high: 378.7,
        measure: "Big four total capex after their October 2025 revisions",
        source: "Sum of Microsoft (FY2025 actual $88.7B), Alphabet ($91–93B), Amazon (≈ $125B) \
                 and Meta ($70–72B), company guidance, Oct 2025",
        strength: "derived",
    },
    RealityPoint {
        year: 2026,
        value: 650.0,
        low: 650.0,
        high: 650.0,
        measure: "Hyperscale capex, 2026",
        source: "Mandeep Singh, Bloomberg Intelligence podcast, 6 Feb 2026",
        strength: "reported estimate (a single spoken source)",
    },
];
