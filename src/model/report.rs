//! The published figures the default scenario reproduces, each traced to its source.
//!
//! Source: Bloomberg Intelligence report of 2025-03-17 (analyst Mandeep Singh), as
//! summarised by ChainNews / ABMedia and Bloomberg News the same day.

/// First year of the projection (the year before the report's forecast year).
pub const FIRST_YEAR: i32 = 2024;
/// The report's forecast year ("this year" in the article).
pub const BASE_YEAR: i32 = 2025;
/// Last year of the projection: the report's horizon.
pub const LAST_YEAR: i32 = 2032;

/// Hyperscaler AI investment forecast for 2025, billions of US dollars (BI, 2025-03-17).
pub const REPORT_TOTAL_2025: f64 = 371.0;
/// Growth of 2025 over 2024 as a fraction (+44 %, BI, 2025-03-17).
pub const REPORT_GROWTH_2025: f64 = 0.44;
/// AI investment forecast for 2032, billions of US dollars ("exceed $525B": the article
/// gives $154B more than 2025's $371B).
pub const REPORT_TOTAL_2032: f64 = 525.0;
/// Training's share of AI budgets in 2025 (~40 %, BI via the article).
pub const REPORT_TRAINING_SHARE_2025: f64 = 0.40;
/// Training's share of AI budgets in 2032 (14 %, BI via the article).
pub const REPORT_TRAINING_SHARE_2032: f64 = 0.14;
/// Inference's share of AI budgets in 2032. The article says "over 50 %", English
/// coverage "nearly half"; 50 % is the default and the page says that sources differ.
pub const REPORT_INFERENCE_SHARE_2032: f64 = 0.50;

/// 2024 AI investment implied by the report: 371 / 1.44 ≈ $257.6B (derived).
pub const REPORT_TOTAL_2024: f64 = REPORT_TOTAL_2025 / (1.0 + REPORT_GROWTH_2025);

/// Our assumption, not the report's: the share that is neither training nor inference
/// ("other": networking, storage, facilities, general compute) stays at its 2032 value
/// of 1 − 14 % − 50 % = 36 %, which puts inference at 24 % in 2025.
pub const ASSUMED_INFERENCE_SHARE_2025: f64 = 1.0
    - REPORT_TRAINING_SHARE_2025
    - (1.0 - REPORT_TRAINING_SHARE_2032 - REPORT_INFERENCE_SHARE_2032);

/// Compound annual growth 2025→2032 implied by the report: (525 / 371)^(1/7) − 1 ≈ 5.09 %.
pub fn report_implied_growth() -> f64 {
    (REPORT_TOTAL_2032 / REPORT_TOTAL_2025).powf(1.0 / f64::from(LAST_YEAR - BASE_YEAR)) - 1.0
}
