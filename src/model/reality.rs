//! What came after the article: figures the companies reported, and forecasts others
//! published since, each dated and sourced (see `SOURCES.md`).
//!
//! None of them measures what the report measures. The report projects hyperscalers'
//! *AI investment*; the companies report *total capital expenditure* (AI plus offices,
//! warehouses, satellites…), and other forecasters measure other groups again. So the
//! page draws them as marked points and short dashed series beside the projection,
//! never as its continuation; a scenario that follows them states its basis (see
//! [`ai_share_of_capex_2025`]).

use serde::Serialize;

use super::companies::Company;
use super::report::REPORT_TOTAL_2025;

/// What a later figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// Total capital expenditure of the big four (Microsoft, Amazon, Alphabet, Meta),
    /// calendar year, as reported after the year.
    BigFourCapex,
    /// The big four's guidance for their total capital expenditure in the year.
    BigFourGuidance,
    /// A forecast of the capex of five hyperscalers (the big four plus Oracle).
    FiveHyperscalersCapex,
    /// A forecast of data-centre capex worldwide, by every owner.
    WorldDataCentreCapex,
}

/// Who published a later figure (the text layer names them and their dates).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Publisher {
    /// The companies' own results for the fourth quarter of 2025, summed by news
    /// coverage of 29 Jan – 8 May 2026.
    CompanyResults2025,
    /// The companies' guidance after their first-quarter 2026 results (29 Apr 2026), as
    /// summed by coverage of 29 Apr – 8 May 2026.
    CompanyGuidanceApril2026,
    /// Morgan Stanley, coverage of 3 May 2026.
    MorganStanley,
    /// Dell'Oro Group, 11 Feb 2026.
    DellOro,
}

/// How firm a later figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Firmness {
    /// Reported after the fact (the sum is by secondary sources).
    Actual,
    /// The companies' plans for the year, which they may still change.
    Guidance,
    /// Someone else's forecast.
    Forecast,
}

/// One dated figure published after the article.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LaterFigure {
    /// The year it describes.
    pub year: i32,
    /// Central value, billions of US dollars (the middle of the range).
    pub value: f64,
    /// Low end of the published range (equal to `value` for a single figure).
    pub low: f64,
    /// High end of the published range.
    pub high: f64,
    /// What it measures.
    pub measure: Measure,
    /// Who published it.
    pub publisher: Publisher,
    /// When it was published (year, month, day).
    pub published: (i32, u8, u8),
    /// How firm it is.
    pub firmness: Firmness,
}

const fn figure(
    year: i32,
    (low, high): (f64, f64),
    measure: Measure,
    publisher: Publisher,
    published: (i32, u8, u8),
    firmness: Firmness,
) -> LaterFigure {
    LaterFigure {
        year,
        value: (low + high) / 2.0,
        low,
        high,
        measure,
        publisher,
        published,
        firmness,
    }
}

/// The big four's calendar-2025 capex, billions of US dollars, low and high, in
/// [`Company::NAMED`] order. Alphabet $91.4B and Meta $72.2B (Meta's includes
/// principal payments on finance leases, as Meta reports it); Amazon $125–131B
/// (outlets differ on the definition); Microsoft, which reports by fiscal years
/// ending in June, is what the secondary sources' total of $406–410B leaves for it
/// once the other three are taken away (derived).
pub const CAPEX_2025: [(Company, f64, f64); 4] = [
    (
        Company::Microsoft,
        406.0 - 91.4 - 131.0 - 72.2,
        410.0 - 91.4 - 125.0 - 72.2,
    ),
    (Company::Amazon, 125.0, 131.0),
    (Company::Alphabet, 91.4, 91.4),
    (Company::Meta, 72.2, 72.2),
];

/// The big four's total capex in 2025, low and high ($406–410B).
pub const CAPEX_2025_TOTAL: (f64, f64) = (406.0, 410.0);

/// The big four's 2026 capex guidance after their first-quarter results (29 Apr 2026),
/// low and high: Amazon ≈ $200B, Alphabet $180–190B, Meta $125–145B, Microsoft ≈
/// $190B (the basis of Microsoft's figure is not settled), ≈ $700–725B in all.
pub const GUIDANCE_2026_TOTAL: (f64, f64) = (700.0, 725.0);

/// The figures companies reported after the article, oldest first. (The $650B often
/// quoted for 2026 is their February 2026 guidance, summed by Bloomberg News; they
/// raised it in April, so the page shows April's and names February's in the text.)
pub const REPORTED: [LaterFigure; 2] = [
    figure(
        2025,
        CAPEX_2025_TOTAL,
        Measure::BigFourCapex,
        Publisher::CompanyResults2025,
        (2026, 2, 5),
        Firmness::Actual,
    ),
    figure(
        2026,
        GUIDANCE_2026_TOTAL,
        Measure::BigFourGuidance,
        Publisher::CompanyGuidanceApril2026,
        (2026, 4, 29),
        Firmness::Guidance,
    ),
];

/// Other forecasts published since the article, each a short series of its own.
pub const FORECASTS: [[LaterFigure; 2]; 2] = [
    [
        figure(
            2026,
            (805.0, 805.0),
            Measure::FiveHyperscalersCapex,
            Publisher::MorganStanley,
            (2026, 5, 3),
            Firmness::Forecast,
        ),
        figure(
            2027,
            (1116.0, 1116.0),
            Measure::FiveHyperscalersCapex,
            Publisher::MorganStanley,
            (2026, 5, 3),
            Firmness::Forecast,
        ),
    ],
    [
        figure(
            2026,
            (1000.0, 1000.0),
            Measure::WorldDataCentreCapex,
            Publisher::DellOro,
            (2026, 2, 11),
            Firmness::Forecast,
        ),
        figure(
            2030,
            (1700.0, 1700.0),
            Measure::WorldDataCentreCapex,
            Publisher::DellOro,
            (2026, 2, 11),
            Firmness::Forecast,
        ),
    ],
];

/// Every later figure of `year`: reported first, then the forecasts.
pub fn later_in(year: i32) -> impl Iterator<Item = &'static LaterFigure> {
    REPORTED
        .iter()
        .chain(FORECASTS.iter().flatten())
        .filter(move |f| f.year == year)
}

/// The report's AI investment for 2025 as a fraction of what the big four reported
/// as total capex for 2025 ($371B of ≈ $408B, ≈ 0.91; derived). A scenario that
/// follows reported capex assumes this fraction holds.
pub fn ai_share_of_capex_2025() -> f64 {
    REPORT_TOTAL_2025 / REPORTED[0].value
}

/// Growth of the big four's capex from 2025 (reported) to 2026 (guided in April), as
/// a fraction: 712.5 / 408 − 1 ≈ 0.746 (derived, middles of both ranges).
pub fn capex_growth_2026() -> f64 {
    REPORTED[1].value / REPORTED[0].value - 1.0
}

/// Compound yearly growth of a forecast series between its first and last figures.
pub fn forecast_growth(series: &[LaterFigure]) -> f64 {
    match (series.first(), series.last()) {
        (Some(a), Some(b)) if b.year > a.year && a.value > 0.0 => {
            (b.value / a.value).powf(1.0 / f64::from(b.year - a.year)) - 1.0
        }
        _ => 0.0,
    }
}
