//! The projection model: reader assumptions in, yearly AI investment out.
//!
//! Pure Rust with no web dependencies, so that it can be tested natively and cannot
//! fail: untrusted numbers become a [`Scenario`] only through its validating
//! constructor, and [`project`], [`monte_carlo`] and [`sensitivity`] are total over
//! every valid scenario.

mod assumption;
mod companies;
mod guess;
mod presets;
mod projection;
mod reality;
mod report;
mod scenario;
mod sensitivity;
mod uncertainty;

pub use assumption::{
    Assumption, AssumptionSpec, Group, Provenance, Unit, LONG_RUN_SPREAD, NEAR_GROWTH_SPREAD,
    N_ASSUMPTIONS,
};
pub use companies::Company;
pub use guess::{
    distance, off_range, Distance, Guess, FIRST_GUESSED, GUESS_MAX, GUESS_STEP, N_GUESSED,
};
pub use presets::{Preset, PresetInfo, N_PRESETS};
pub use projection::{
    efficiency_multiplier, project, CompanySeries, Projection, Summary, N_YEARS, SHIFT_STEEPNESS,
    YEARS,
};
pub use reality::{
    ai_share_of_capex_2025, capex_growth_2026, forecast_growth, later_in, Firmness, LaterFigure,
    Measure, Publisher, CAPEX_2025, CAPEX_2025_TOTAL, FORECASTS, GUIDANCE_2026_TOTAL, REPORTED,
};
pub use report::*;
pub use scenario::{Adjustment, Scenario, Validated};
pub use sensitivity::{sensitivity, SensitivityBar};
pub use uncertainty::{monte_carlo, Band, Uncertainty, MONTE_CARLO_PATHS, MONTE_CARLO_SEED};
