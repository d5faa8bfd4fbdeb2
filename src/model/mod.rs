//! The projection model: reader assumptions in, yearly AI investment out.
//!
//! Pure Rust with no web dependencies, so that it can be tested natively and cannot
//! fail: untrusted numbers become a [`Scenario`] only through its validating
//! constructors, and [`project`] is total over every valid scenario.

mod assumption;
mod projection;
mod report;
mod scenario;

pub use assumption::{Assumption, AssumptionSpec, Provenance, Unit};
pub use projection::{project, Projection, Summary, YEARS};
pub use report::*;
pub use scenario::{Adjustment, Scenario, Validated};
