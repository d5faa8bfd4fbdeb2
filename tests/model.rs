//! The projection model against the report's published figures, and its invariants.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::model::*;
use proptest::prelude::*;

/// Expected headline figures of a projection (billions of USD, shares 0–1).
struct Expected {
    total_2024: f64,
    total_2025: f64,
    total_2032: f64,
    training_share_2025: f64,
    training_share_2032: f64,
    inference_share_2032: f64,
    crossover_year: Option<i32>,
}

fn check(scenario: Scenario, expected: Expected) {
    let p = project(&scenario);
    let s = p.summary();
    let at = |year| Projection::index_of(year).unwrap();
    let close = |what: &str, got: f64, want: f64, tol: f64| {
        assert!(
            (got - want).abs() <= tol,
            "{what}: got {got}, want {want} ± {tol}"
        );
    };
    close("total 2024", p.total[at(2024)], expected.total_2024, 0.05);
    close("total 2025", p.total[at(2025)], expected.total_2025, 1e-9);
    close("total 2032", s.total_2032, expected.total_2032, 0.5);
    close(
        "training share 2025",
        p.training_share[at(2025)],
        expected.training_share_2025,
        1e-9,
    );
    close(
        "training share 2032",
        s.training_share_2032,
        expected.training_share_2032,
        1e-9,
    );
    close(
        "inference share 2032",
        s.inference_share_2032,
        expected.inference_share_2032,
        1e-9,
    );
    assert_eq!(s.crossover_year, expected.crossover_year, "crossover year");
}

#[test]
fn default_scenario_reproduces_the_report() {
    // 371 / 1.44 = 257.64; 2025 = 371; 2032 = 525 (BI, 2025-03-17). Training 40 % → 14 %,
    // inference 24 % (ours) → 50 %: with the smoothstep they cross where
    // 40 − 26s = 24 + 26s, s = 0.3077, t ≈ 0.37, i.e. 2027.6 → inference ahead from 2028.
    check(
        Scenario::default(),
        Expected {
            total_2024: 257.6,
            total_2025: 371.0,
            total_2032: 525.0,
            training_share_2025: 0.40,
            training_share_2032: 0.14,
            inference_share_2032: 0.50,
            crossover_year: Some(2028),
        },
    );
}

#[test]
fn default_2032_total_is_exact_not_just_close() {
    let total = project(&Scenario::default()).summary().total_2032;
    assert!((total - REPORT_TOTAL_2032).abs() < 1e-9, "{total}");
}

#[test]
fn faster_long_run_growth_changes_2032() {
    // Both rates at 10 %: 371 × 1.1^7 = 722.98.
    let v = Scenario::from_values(&[
        (Assumption::NearGrowth, 10.0),
        (Assumption::LongRunGrowth, 10.0),
    ]);
    assert!(v.adjustments.is_empty());
    check(
        v.scenario,
        Expected {
            total_2024: 257.6,
            total_2025: 371.0,
            total_2032: 722.98,
            training_share_2025: 0.40,
            training_share_2032: 0.14,
            inference_share_2032: 0.50,
            crossover_year: Some(2028),
        },
    );
}

#[test]
fn near_term_growth_fades_into_the_long_run_rate() {
    // 2026 grows at the near rate exactly; by 2032 growth is within 5 % of the gap.
    let s = Scenario::from_values(&[
        (Assumption::NearGrowth, 40.0),
        (Assumption::LongRunGrowth, 5.0),
    ])
    .scenario;
    let p = project(&s);
    let at = |y| Projection::index_of(y).unwrap();
    assert!((p.total[at(2026)] / p.total[at(2025)] - 1.40).abs() < 1e-12);
    let g2032 = p.total[at(2032)] / p.total[at(2031)] - 1.0;
    assert!(
        g2032 > 0.05 && g2032 < 0.05 + 0.35 * 0.05 + 1e-12,
        "{g2032}"
    );
}

#[test]
fn no_crossover_when_inference_stays_below_training() {
    let s = Scenario::from_values(&[
        (Assumption::TrainingShare2032, 45.0),
        (Assumption::InferenceShare2032, 30.0),
    ])
    .scenario;
    assert_eq!(project(&s).summary().crossover_year, None);
}

#[test]
fn out_of_range_values_are_clamped_and_reported() {
    let v = Scenario::default().with(Assumption::LongRunGrowth, 1e308);
    assert_eq!(v.scenario.get(Assumption::LongRunGrowth), 40.0);
    assert!(matches!(v.adjustments[..], [Adjustment::Clamped { applied, .. }] if applied == 40.0));

    let v = Scenario::default().with(Assumption::NearGrowth, f64::NEG_INFINITY);
    assert_eq!(v.scenario.get(Assumption::NearGrowth), -30.0);
    assert!(
        v.adjustments[0].message().contains("between −30 and 100"),
        "{}",
        v.adjustments[0].message()
    );
}

#[test]
fn nan_keeps_the_last_good_value() {
    let start = Scenario::default()
        .with(Assumption::TrainingShare2032, 20.0)
        .scenario;
    let v = start.with(Assumption::TrainingShare2032, f64::NAN);
    assert_eq!(v.scenario, start);
    assert_eq!(
        v.adjustments,
        vec![Adjustment::NotANumber {
            assumption: Assumption::TrainingShare2032
        }]
    );
}

#[test]
fn raising_inference_makes_room_by_lowering_training() {
    let v = Scenario::default().with(Assumption::InferenceShare2032, 95.0);
    assert_eq!(v.scenario.get(Assumption::TrainingShare2032), 5.0);
    assert!(matches!(
        v.adjustments[..],
        [Adjustment::MadeRoom { assumption: Assumption::TrainingShare2032, to, .. }] if to == 5.0
    ));
    let p = project(&v.scenario);
    assert!(p.other_share[8].abs() < 1e-12);
}

#[test]
fn every_assumption_has_a_unique_key_and_a_default_inside_its_range() {
    let mut keys = std::collections::HashSet::new();
    for a in Assumption::ALL {
        let spec = a.spec();
        assert!(keys.insert(spec.key), "duplicate key {}", spec.key);
        assert!(spec.min < spec.max && spec.step > 0.0);
        assert!(
            (spec.min..=spec.max).contains(&spec.default),
            "{}",
            spec.label
        );
        assert!(!spec.explanation.is_empty() && !spec.source.is_empty());
        assert_eq!(Assumption::from_key(spec.key), Some(a));
    }
}

fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        -200.0..200.0f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(1e308),
        Just(-1e308),
    ]
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    proptest::collection::vec((0..Assumption::ALL.len(), any_value()), 0..8).prop_map(|edits| {
        let values: Vec<_> = edits
            .into_iter()
            .map(|(i, v)| (Assumption::ALL[i], v))
            .collect();
        Scenario::from_values(&values).scenario
    })
}

proptest! {
    #[test]
    fn every_scenario_stays_in_range(s in any_scenario()) {
        for a in Assumption::ALL {
            let spec = a.spec();
            let v = s.get(a);
            prop_assert!(v >= spec.min && v <= spec.max, "{:?} = {}", a, v);
        }
        prop_assert!(s.get(Assumption::TrainingShare2032) + s.get(Assumption::InferenceShare2032) <= 100.0 + 1e-9);
    }

    #[test]
    fn outputs_are_finite_non_negative_and_shares_sum_to_one(s in any_scenario()) {
        let p = project(&s);
        for (i, year) in YEARS.iter().enumerate() {
            for v in [p.total[i], p.training[i], p.inference[i], p.other[i],
                      p.training_share[i], p.inference_share[i], p.other_share[i]] {
                prop_assert!(v.is_finite() && v >= 0.0, "year {} value {}", year, v);
            }
            let shares = p.training_share[i] + p.inference_share[i] + p.other_share[i];
            prop_assert!((shares - 1.0).abs() <= 1e-9, "shares sum {}", shares);
            let parts = p.training[i] + p.inference[i] + p.other[i];
            prop_assert!((parts - p.total[i]).abs() <= 1e-9 * p.total[i].max(1.0));
        }
    }

    #[test]
    fn more_long_run_growth_never_lowers_2032(s in any_scenario(), bump in 0.0..20.0f64) {
        let base = project(&s).summary().total_2032;
        let up = s.with(Assumption::LongRunGrowth, s.get(Assumption::LongRunGrowth) + bump).scenario;
        prop_assert!(project(&up).summary().total_2032 >= base - 1e-9);
    }
}
