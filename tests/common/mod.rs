//! Helpers shared by the native test files.
#![allow(dead_code)]

use ai_capex_explorer::i18n::Lang;
use ai_capex_explorer::markup::link_note;
use ai_capex_explorer::model::{Assumption, Scenario, N_ASSUMPTIONS};
use ai_capex_explorer::state::{url, ViewState};
use proptest::prelude::*;

/// A link decoded, with its notes as an English reader reads them.
pub fn decode(query: &str) -> (ViewState, Vec<String>) {
    let (state, notes) = url::decode(query);
    let words = notes.iter().map(|n| link_note(Lang::En, n)).collect();
    (state, words)
}

/// Any number a hostile or careless input might hold.
pub fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => -3000.0..3000.0f64,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
        1 => Just(1e308),
        1 => Just(-1e308),
    ]
}

/// Scenarios built from `edits` random edits: in range, or (when `hostile`) sometimes
/// any value at all, as untrusted input would be.
pub fn scenarios(edits: usize, hostile: bool) -> impl Strategy<Value = Scenario> {
    let in_range = (0..N_ASSUMPTIONS).prop_flat_map(|i| {
        let spec = Assumption::ALL[i].spec();
        (Just(i), spec.min..=spec.max)
    });
    let wild = if hostile { 1 } else { 0 };
    proptest::collection::vec(
        prop_oneof![3 => in_range, wild => (0..N_ASSUMPTIONS, any_value())],
        0..edits,
    )
    .prop_map(|edits| {
        let values: Vec<_> = edits
            .into_iter()
            .map(|(i, v)| (Assumption::ALL[i], v))
            .collect();
        Scenario::from_values(&values).scenario
    })
}
