#![cfg(not(target_arch = "wasm32"))]
//! Fuzzing every decoder of untrusted input: the address (share links), host messages
//! and the number fields. Generated cases: 2,000 per decoder in the test command;
//! `FUZZ_CASES=100000` (what `bash .ci/bench.sh` uses) for a long run.
//!
//! Whatever comes in, the outcome is a valid scenario (every value in range, shares
//! within 100%, a finite, non-negative projection) or a clear rejection, and never a
//! panic: a panic fails the case.

mod common;

use ai_capex_explorer::charts::View;
use ai_capex_explorer::model::*;
use ai_capex_explorer::state::host::{interpret, HostCommand, RawHostMessage};
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        // Failures are minimised and reported, not persisted to files in the tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Every invariant a scenario from outside must keep.
fn check_valid(s: &Scenario) -> Result<(), TestCaseError> {
    for a in Assumption::ALL {
        let spec = a.spec();
        let v = s.get(a);
        prop_assert!(
            v.is_finite() && v >= spec.min && v <= spec.max,
            "{} = {v}",
            spec.key
        );
    }
    for (t, i) in [
        (
            Assumption::TrainingShare2025,
            Assumption::InferenceShare2025,
        ),
        (
            Assumption::TrainingShare2032,
            Assumption::InferenceShare2032,
        ),
    ] {
        prop_assert!(s.get(t) + s.get(i) <= 100.0 + 1e-9);
    }
    let named: f64 = Company::NAMED
        .iter()
        .filter_map(|c| c.share_assumption())
        .map(|a| s.get(a))
        .sum();
    prop_assert!(named <= 100.0 + 1e-9);
    let p = project(s);
    prop_assert!(p.total.iter().all(|v| v.is_finite() && *v >= 0.0));
    Ok(())
}

/// Text a hostile link or message might carry: anything, keys we know with values we
/// don't expect, percent-escapes, numbers in every spelling.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => ".{0,200}",
        1 => "[-+.0-9eE]{0,30}",
        1 => "(%[0-9A-Fa-f]{2}){0,12}",
        1 => prop_oneof![
            Just("NaN".to_owned()), Just("Infinity".to_owned()), Just("-inf".to_owned()),
            Just("1e308".to_owned()), Just("-1e309".to_owned()), Just("0x10".to_owned()),
            Just("__proto__".to_owned()), Just("constructor".to_owned()),
        ],
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(Assumption::ALL.map(|a| a.spec().key).to_vec())
            .prop_map(str::to_owned),
        1 => prop_oneof![
            Just("preset".to_owned()), Just("embed".to_owned()), Just("origins".to_owned())
        ],
        1 => hostile_text(),
    ]
}

proptest! {
    #![proptest_config(config())]

    /// Share links: any query, and queries of known keys with hostile values.
    #[test]
    fn url_queries(
        raw in ".{0,2000}",
        pairs in proptest::collection::vec((key(), hostile_text()), 0..40),
    ) {
        let (state, notes) = common::decode(&raw);
        check_valid(&state.scenario)?;
        prop_assert!(notes.len() <= 5);
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let (state, notes) = common::decode(&query.join("&"));
        check_valid(&state.scenario)?;
        prop_assert!(notes.len() <= 5);
        prop_assert!(notes.iter().all(|n| !n.is_empty() && n.len() < 400));
    }

    /// Host messages: any JSON-shaped message is a command that leaves a valid scenario,
    /// or a rejection with a reason.
    #[test]
    fn host_messages(
        kind in prop_oneof![
            3 => prop_oneof![Just("capex:get"), Just("capex:set"), Just("capex:preset"), Just("capex:step")]
                .prop_map(str::to_owned),
            1 => hostile_text(),
        ],
        scenario in proptest::option::of(proptest::collection::btree_map(
            key(), common::any_value(), 0..40)),
        id in proptest::option::of(prop_oneof![
            3 => proptest::sample::select(Preset::ALL.map(Preset::id).to_vec()).prop_map(str::to_owned),
            1 => hostile_text(),
        ]),
        step in (
            proptest::option::of(prop_oneof![
                3 => proptest::sample::select(Preset::ALL.map(Preset::id).to_vec()).prop_map(str::to_owned),
                1 => hostile_text(),
            ]),
            proptest::option::of(prop_oneof![
                3 => proptest::sample::select(View::ALL.map(View::key).to_vec()).prop_map(str::to_owned),
                1 => hostile_text(),
            ]),
            proptest::option::of(any::<bool>()),
            proptest::option::of(prop_oneof![".{0,300}", hostile_text()]),
        ),
    ) {
        let preset = step.0.clone();
        let raw = RawHostMessage { kind, scenario, id, preset, view: step.1, range: step.2, note: step.3 };
        match interpret(raw) {
            Ok(HostCommand::Get) => {}
            Ok(HostCommand::Set(values)) => {
                prop_assert!(values.iter().all(|(_, v)| v.is_finite()));
                check_valid(&Scenario::default().with_all(&values).scenario)?;
            }
            Ok(HostCommand::Preset(preset)) => check_valid(&preset.scenario())?,
            Ok(HostCommand::Step(step)) => {
                check_valid(&step.scenario().scenario)?;
                prop_assert!(step.note.iter().all(|n| !n.is_empty()
                    && n.chars().count() <= 280
                    && !n.chars().any(char::is_control)));
            }
            Err(reason) => prop_assert!(!reason.is_empty() && reason.len() < 400, "{reason}"),
        }
    }

    /// Number fields and sliders: any f64 (every bit pattern, NaN and infinities
    /// included) into any assumption, from any valid scenario.
    #[test]
    fn number_fields(
        start in common::scenarios(8, true),
        index in 0..N_ASSUMPTIONS,
        bits in any::<u64>(),
        typed in common::any_value(),
    ) {
        let assumption = Assumption::ALL[index];
        for value in [f64::from_bits(bits), typed] {
            let v = start.with(assumption, value);
            check_valid(&v.scenario)?;
            let spec = assumption.spec();
            if value.is_nan() {
                // Nothing readable: the last good value stays, and the reader is told.
                prop_assert_eq!(v.scenario.get(assumption), start.get(assumption));
                prop_assert!(!v.adjustments.is_empty());
            } else if value.is_infinite() || value > spec.max || value < spec.min {
                // Out of range (infinities included): clamped, and the reader is told.
                let got = v.scenario.get(assumption);
                if value > spec.max {
                    // At the top of the range, or lower where a 100% cap applies.
                    prop_assert!(got <= spec.max);
                } else {
                    prop_assert_eq!(got, spec.min);
                }
                prop_assert!(!v.adjustments.is_empty());
            }
            prop_assert!(v
                .adjustments
                .iter()
                .all(|a| !ai_capex_explorer::markup::adjustment(&ai_capex_explorer::i18n::EN, a).is_empty()));
        }
    }
}
