//! The projection model against the report's published figures, the presets' golden
//! numbers, and its invariants over every assumption's full range.
#![cfg(not(target_arch = "wasm32"))]

use ai_capex_explorer::i18n::EN;
use ai_capex_explorer::markup::adjustment;
use ai_capex_explorer::model::*;
use proptest::prelude::*;

mod common;

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

const REPORT: Expected = Expected {
    total_2024: 257.6,
    total_2025: 371.0,
    total_2032: 525.0,
    training_share_2025: 0.40,
    training_share_2032: 0.14,
    inference_share_2032: 0.50,
    crossover_year: Some(2028),
};

fn at(year: i32) -> usize {
    Projection::index_of(year).unwrap()
}

fn close(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol,
        "{what}: got {got}, want {want} ± {tol}"
    );
}

fn check(scenario: Scenario, expected: Expected) {
    let p = project(&scenario);
    let s = p.summary();
    close("total 2024", p.total[at(2024)], expected.total_2024, 0.05);
    close("total 2025", p.total[at(2025)], expected.total_2025, 1e-9);
    close("total 2032", s.total_2032, expected.total_2032, 0.01);
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
    // 371 / 1.44 = 257.64; 2025 = 371; 2032 = 525 (BI, 2025-03-17). Training 40% → 14%,
    // inference 24% (ours) → 50%. They cross where 40 − 26s = 24 + 26s, s = 0.3077; on the
    // logistic S-curve centred on 2028.5 that is 2027.74, so inference leads from 2028.
    check(Scenario::default(), REPORT);
    let total = project(&Scenario::default()).summary().total_2032;
    assert!(
        (total - REPORT_TOTAL_2032).abs() < 1e-9,
        "exactly $525B, got {total}"
    );
}

#[test]
fn default_summary() {
    let s = project(&Scenario::default()).summary();
    close("CAGR", s.cagr_2025_2032, report_implied_growth(), 1e-12);
    close("vs report", s.vs_report_2032, 0.0, 1e-9);
    close("vs report %", s.vs_report_2032_pct, 0.0, 1e-12);
    // Cumulative 2025–2032 of a geometric path: 371 · (1.0508501^8 − 1) / 0.0508501.
    let g = report_implied_growth();
    close(
        "cumulative",
        s.cumulative_2025_2032,
        371.0 * ((1.0 + g).powi(8) - 1.0) / g,
        1e-6,
    );
}

#[test]
fn faster_long_run_growth_changes_2032() {
    // Both rates at 10%: 371 × 1.1^7 = 722.98.
    let v = Scenario::from_values(&[
        (Assumption::NearGrowth, 10.0),
        (Assumption::LongRunGrowth, 10.0),
    ]);
    assert!(v.adjustments.is_empty());
    check(
        v.scenario,
        Expected {
            total_2032: 722.98,
            ..REPORT
        },
    );
}

#[test]
fn the_base_and_2025_growth_move_the_start() {
    // 300 × 1.30 = 390 in 2025; then the report's 5.085%/yr for 7 years: 390 × 525/371.
    let s = Scenario::from_values(&[
        (Assumption::Base2024, 300.0),
        (Assumption::Growth2025, 30.0),
    ])
    .scenario;
    let p = project(&s);
    close("2024", p.total[at(2024)], 300.0, 1e-9);
    close("2025", p.total[at(2025)], 390.0, 1e-9);
    close("2032", p.total[at(2032)], 390.0 * 525.0 / 371.0, 1e-9);
}

#[test]
fn near_term_growth_fades_into_the_long_run_rate() {
    let s = Scenario::from_values(&[
        (Assumption::NearGrowth, 40.0),
        (Assumption::LongRunGrowth, 5.0),
    ])
    .scenario;
    let p = project(&s);
    close(
        "2026 growth",
        p.total[at(2026)] / p.total[at(2025)] - 1.0,
        0.40,
        1e-12,
    );
    // 2032 growth = 5% + 35% · e^(−6/2) = 6.742%.
    close(
        "2032 growth",
        p.total[at(2032)] / p.total[at(2031)] - 1.0,
        0.05 + 0.35 * (-3.0f64).exp(),
        1e-12,
    );
}

#[test]
fn jevons_formula_by_hand() {
    // Spending multiplier M = ((1 − e)^(y − 2025))^(1 − ε). With e = 10% in 2032:
    //   ε = 1:   0.9^(7 · 0)    = 1            (efficiency and demand cancel)
    //   ε = 0.5: 0.9^(7 · 0.5)  = 0.9^3.5  = 0.691590  (spend falls)
    //   ε = 1.5: 0.9^(7 · −0.5) = 0.9^−3.5 = 1.445943  (spend rises: Jevons)
    close("ε = 1", efficiency_multiplier(0.10, 1.0, 2032), 1.0, 1e-12);
    close(
        "ε = 0.5",
        efficiency_multiplier(0.10, 0.5, 2032),
        0.691590,
        1e-6,
    );
    close(
        "ε = 1.5",
        efficiency_multiplier(0.10, 1.5, 2032),
        1.445943,
        1e-6,
    );
    // 2024 and 2025 are reported figures: never touched.
    close("2025", efficiency_multiplier(0.10, 0.5, 2025), 1.0, 0.0);

    for (elasticity, want) in [(1.0, 525.0), (0.5, 363.0848), (1.5, 759.1202)] {
        let s = Scenario::from_values(&[
            (Assumption::ExtraEfficiency, 10.0),
            (Assumption::Elasticity, elasticity),
        ]);
        close(
            &format!("2032 at ε = {elasticity}"),
            project(&s.scenario).summary().total_2032,
            want,
            1e-3,
        );
    }
}

#[test]
fn preset_headlines() {
    // Hand computations (see each preset's description):
    //   efficiency shock: 525 · 0.85^3.5 = 297.25;  Jevons boom: 525 · 0.85^−3.5 = 927.24;
    //   capex bust: 371 · 0.8 = 296.8 in 2026, then g(y) = 2% − 22% · e^−(y−2026), 293.78 in 2032;
    //   what happened next: 371 · 1.746 = 647.77 in 2026 (the big four's capex growth,
    //   712.5 / 408 − 1, on the report's basis), then g(y) = 5.085% + 69.5% · e^−2(y−2026):
    //   ·1.1449 ·1.0636 ·1.0526 ·1.0511 ·1.0509 ·1.0509 ≈ 963.7 in 2032.
    let cases = [
        (Preset::Report, 525.0, None),
        (Preset::EfficiencyShock, 297.2525, None),
        (Preset::JevonsBoom, 927.2419, None),
        (Preset::CapexBust, 293.7809, Some(296.8)),
        (Preset::WhatHappenedNext, 963.7255, Some(647.766)),
    ];
    for (preset, total_2032, total_2026) in cases {
        let p = project(&preset.scenario());
        close(preset.id(), p.summary().total_2032, total_2032, 1e-3);
        if let Some(v) = total_2026 {
            close(preset.id(), p.total[at(2026)], v, 1e-6);
        }
        assert_eq!(Preset::from_id(preset.id()), Some(preset));
    }
    assert!(Preset::Report.scenario().is_baseline());
    // Jevons also brings the crossover forward.
    let jevons = project(&Preset::JevonsBoom.scenario())
        .summary()
        .crossover_year
        .unwrap();
    assert!(jevons < 2028, "{jevons}");
}

#[test]
fn what_happened_next_is_on_the_reports_basis() {
    // The report's $371B was ≈ 91% of the $406–410B the big four spent in 2025.
    close(
        "AI share of capex",
        ai_share_of_capex_2025(),
        371.0 / 408.0,
        1e-12,
    );
    close(
        "capex growth 2026",
        capex_growth_2026(),
        712.5 / 408.0 - 1.0,
        1e-12,
    );
    let s = Preset::WhatHappenedNext.scenario();
    // Its 2026 growth is the capex growth, to the slider's step …
    close("growth 2026", s.get(Assumption::NearGrowth), 74.6, 1e-9);
    // … so its AI investment in 2026 is the April guidance scaled by that share, not
    // the guidance itself: the two measures are never spliced.
    let p = project(&s);
    let guided = (GUIDANCE_2026_TOTAL.0 + GUIDANCE_2026_TOTAL.1) / 2.0;
    close(
        "2026",
        p.total[at(2026)],
        guided * ai_share_of_capex_2025(),
        0.2,
    );
    assert!(p.total[at(2026)] < GUIDANCE_2026_TOTAL.0);
    // 2025 stays the report's own figure.
    close("2025", p.total[at(2025)], REPORT_TOTAL_2025, 1e-9);
    // Only growth, its fade and the company weights are set: the mix is the report's.
    for (a, _) in Preset::WhatHappenedNext.sets() {
        assert!(
            matches!(a.spec().group, Group::Growth | Group::CompaniesAndChips),
            "{a:?}"
        );
    }
}

#[test]
fn later_figures_are_dated_sourced_and_on_one_basis() {
    // Calendar 2025, actual: the four companies add up to the reported total's range.
    let low: f64 = CAPEX_2025.iter().map(|c| c.1).sum();
    let high: f64 = CAPEX_2025.iter().map(|c| c.2).sum();
    assert!(low <= CAPEX_2025_TOTAL.0 + 1e-9 && high >= CAPEX_2025_TOTAL.1 - 1e-9);
    close("Alphabet", CAPEX_2025[2].1, 91.4, 1e-12);
    close("Meta", CAPEX_2025[3].2, 72.2, 1e-12);
    // Reported: 2025 actual and the April 2026 guidance (not February's $650B).
    assert_eq!(REPORTED.map(|f| f.year), [2025, 2026]);
    assert_eq!(
        REPORTED.map(|f| (f.low, f.high)),
        [(406.0, 410.0), (700.0, 725.0)]
    );
    assert_eq!(REPORTED[1].published, (2026, 4, 29));
    assert_eq!(REPORTED[1].firmness, Firmness::Guidance);
    // Every figure: a range around its value, dated after the report (17 Mar 2025)
    // and before today, and not the report's measure.
    for f in REPORTED.iter().chain(FORECASTS.iter().flatten()) {
        assert!(f.low <= f.value && f.value <= f.high, "{f:?}");
        assert!(
            f.published > (2025, 3, 17) && f.published <= (2026, 12, 1),
            "{f:?}"
        );
        assert!((1..=12).contains(&f.published.1) && (1..=31).contains(&f.published.2));
        assert!(f.year >= 2025 && f.year <= LAST_YEAR, "{f:?}");
    }
    // Each forecast series is one publisher's, one measure, in order of years.
    for series in FORECASTS {
        assert!(series.windows(2).all(|w| w[0].year < w[1].year
            && w[0].publisher == w[1].publisher
            && w[0].measure == w[1].measure
            && w[0].firmness == Firmness::Forecast));
    }
    assert_eq!(FORECASTS[0].map(|f| f.value), [805.0, 1116.0]);
    assert_eq!(FORECASTS[1].map(|f| f.value), [1000.0, 1700.0]);
    assert_eq!(later_in(2026).count(), 3);
}

#[test]
fn what_happened_next_keeps_others_and_follows_the_revisions() {
    let s = Preset::WhatHappenedNext.scenario();
    let p = project(&s);
    let base = project(&Scenario::default());
    close(
        "others' share",
        p.company(Company::Others).share,
        base.company(Company::Others).share,
        1e-9,
    );
    // Amazon's 2025 capex ($125–131B) is the largest of the four.
    let amazon = p.company(Company::Amazon).share;
    assert!(Company::NAMED.iter().all(|&c| p.company(c).share <= amazon));
}

#[test]
fn crossover_year_and_not_before_2032() {
    let late = Scenario::from_values(&[
        (Assumption::TrainingShare2032, 45.0),
        (Assumption::InferenceShare2032, 30.0),
    ]);
    assert_eq!(project(&late.scenario).summary().crossover_year, None);
    let early = Scenario::from_values(&[(Assumption::ShiftMidpoint, 2026.0)]).scenario;
    assert_eq!(project(&early).summary().crossover_year, Some(2026));
    // Already ahead in 2024: no crossover to report, and the summary says so.
    let ahead = Scenario::from_values(&[
        (Assumption::TrainingShare2025, 10.0),
        (Assumption::InferenceShare2025, 60.0),
    ]);
    let s = project(&ahead.scenario).summary();
    assert_eq!(
        (s.crossover_year, s.inference_ahead_from_start),
        (None, true)
    );
    assert!(
        !project(&Scenario::default())
            .summary()
            .inference_ahead_from_start
    );
}

#[test]
fn training_can_retake_the_lead() {
    // Training 10 → 60%, inference 60 → 20%: inference leads at first, training
    // takes the lead in 2029 (the S-curve is past 0.4 of the way there in 2029).
    let s = Scenario::from_values(&[
        (Assumption::TrainingShare2025, 10.0),
        (Assumption::InferenceShare2025, 60.0),
        (Assumption::TrainingShare2032, 60.0),
        (Assumption::InferenceShare2032, 20.0),
    ])
    .scenario;
    let p = project(&s);
    let summary = p.summary();
    assert!(summary.inference_ahead_from_start && !summary.inference_ahead_in_2032);
    assert_eq!(summary.crossover_year, Some(2029));
    let i = at(2029);
    assert!(p.training[i] > p.inference[i] && p.training[i - 1] < p.inference[i - 1]);
    // The usual direction still reads the same.
    let usual = project(&Scenario::default()).summary();
    assert_eq!(usual.crossover_year, Some(2028));
    assert!(!usual.inference_ahead_from_start && usual.inference_ahead_in_2032);
}

#[test]
fn company_defaults_are_guidance_over_the_report_total() {
    let p = project(&Scenario::default());
    for (company, guidance) in [
        (Company::Microsoft, 80.0),
        (Company::Amazon, 100.0),
        (Company::Alphabet, 75.0),
        (Company::Meta, 62.5),
    ] {
        close(
            company
                .share_assumption()
                .map_or("others", |a| a.spec().key),
            p.company(company).share,
            guidance / 371.0,
            1e-12,
        );
    }
    close(
        "others",
        p.company(Company::Others).share,
        1.0 - 317.5 / 371.0,
        1e-12,
    );
    // The article: Google best placed thanks to its own chips; Microsoft and Meta rely on Nvidia.
    let own = |c| p.company(c).in_house[at(2032)] / p.company(c).total[at(2032)];
    assert!(own(Company::Alphabet) > own(Company::Amazon));
    assert!(own(Company::Amazon) > own(Company::Microsoft).max(own(Company::Meta)));
}

#[test]
fn sensitivity_is_sorted_and_knows_what_moves_the_total() {
    let bars = sensitivity(&Scenario::default());
    assert_eq!(bars.len(), N_ASSUMPTIONS);
    assert!(bars.windows(2).all(|w| w[0].swing >= w[1].swing));
    let swing = |a| bars.iter().find(|b| b.assumption == a).unwrap().swing;
    // Over their plausible ranges the long-run rate (0…14%) moves 2032 more than the
    // 2024 base (±5%).
    assert!(swing(Assumption::LongRunGrowth) > swing(Assumption::Base2024));
    // Mix, companies and spreads do not move the total.
    for a in [
        Assumption::InferenceShare2032,
        Assumption::ShareMeta,
        Assumption::MixSpread,
    ] {
        assert_eq!(swing(a), 0.0, "{a:?}");
    }
    // With no extra efficiency, elasticity alone changes nothing.
    assert_eq!(swing(Assumption::Elasticity), 0.0);
    // The long-run bar swings over its plausible range, not the slider's.
    let lr = bars
        .iter()
        .find(|b| b.assumption == Assumption::LongRunGrowth)
        .unwrap();
    assert_eq!((lr.low, lr.high), (0.0, 14.2));
    assert!(lr.total_at_low < 525.0 && lr.total_at_high > 525.0);
}

#[test]
fn the_tornado_swings_over_plausible_ranges_inside_the_sliders() {
    for a in Assumption::ALL {
        let spec = a.spec();
        let (low, high) = spec.plausible;
        assert!(spec.min <= low && low < high && high <= spec.max, "{a:?}");
        assert!(low <= spec.default && spec.default <= high, "{a:?}");
    }
    let plausible = |a: Assumption| a.spec().plausible;
    // Growth in 2026: from a pause (ours) to the companies' 2026 guidance over their
    // 2025 capex (derived: 712.5 / 408 − 1).
    assert_eq!(plausible(Assumption::NearGrowth), (-20.0, 74.6));
    // The slider's ends no longer decide the swing: 2026 growth over −30…100% moved
    // 2032 far more than over its plausible −20…74.6%.
    let bars = sensitivity(&Scenario::default());
    let near = bars
        .iter()
        .find(|b| b.assumption == Assumption::NearGrowth)
        .unwrap();
    let total = |v| {
        project(&Scenario::default().with(Assumption::NearGrowth, v).scenario)
            .summary()
            .total_2032
    };
    let spec = Assumption::NearGrowth.spec();
    assert!(near.swing < 0.8 * (total(spec.max) - total(spec.min)));
    close("low end", near.total_at_low, total(-20.0), 1e-9);
    assert!(bars
        .iter()
        .all(|b| b.total_at_low.is_finite() && b.total_at_high.is_finite()));
}

#[test]
fn monte_carlo_is_deterministic_ordered_and_centred() {
    let s = Scenario::default();
    let a = monte_carlo(&s, MONTE_CARLO_PATHS);
    let b = monte_carlo(&s, MONTE_CARLO_PATHS);
    assert_eq!(a, b, "same inputs, same bands");
    assert_eq!(a.paths, 10_000);
    for i in 0..N_YEARS {
        assert!(a.total.p10[i] <= a.total.p50[i] && a.total.p50[i] <= a.total.p90[i]);
        assert!(a.inference_share.p10[i] <= a.inference_share.p50[i]);
        assert!(a.inference_share.p50[i] <= a.inference_share.p90[i]);
    }
    // Reported years carry no growth uncertainty.
    close("2025 P10", a.total.p10[at(2025)], 371.0, 1e-9);
    close("2025 P90", a.total.p90[at(2025)], 371.0, 1e-9);
    // Symmetric spreads around the baseline's rates: the median lands near the
    // baseline (a little above: the total compounds, so high rates weigh more), and the
    // band is wide by 2032.
    close("2032 P50", a.total.p50[at(2032)], 525.0, 25.0);
    assert!(a.total.p90[at(2032)] - a.total.p10[at(2032)] > 50.0);
}

#[test]
fn the_default_spreads_are_sized_from_forecast_misses() {
    // 2025: guided growth (322.5 / 228.7 − 1) against actual (408 / 228.7 − 1); 2026:
    // the report's implied 5.09% against the guided 74.6%. Their root mean square.
    let base_2024 = (56.0 + 53.0 + 78.0 + 39.2 + 56.0 + 53.0 + 83.0 + 39.2) / 2.0;
    let miss_2025 = (408.0 - 322.5) / base_2024 * 100.0;
    let miss_2026 = capex_growth_2026() * 100.0 - report_implied_growth() * 100.0;
    close("2025 miss", miss_2025, 37.4, 0.1);
    close("2026 miss", miss_2026, 69.5, 0.1);
    let rms = ((miss_2025.powi(2) + miss_2026.powi(2)) / 2.0).sqrt();
    close("near spread", NEAR_GROWTH_SPREAD, rms, 0.5);
    close(
        "long-run spread",
        LONG_RUN_SPREAD,
        (forecast_growth(&FORECASTS[1]) - report_implied_growth()) * 100.0,
        0.5,
    );
    assert_eq!(Assumption::GrowthSpread.spec().default, NEAR_GROWTH_SPREAD);
    assert_eq!(Assumption::LongRunSpread.spec().default, LONG_RUN_SPREAD);
}

#[test]
fn the_default_likely_range_reaches_the_2026_guidance() {
    // The old spread (3 points on both rates) gave 2026 a band of about $376–404B,
    // far below the companies' guidance. On the report's AI basis that guidance is
    // 371 × 1.746 ≈ $648B: now inside the band, near its top.
    let band = monte_carlo(&Scenario::default(), MONTE_CARLO_PATHS).total;
    let guided = REPORT_TOTAL_2025 * (1.0 + capex_growth_2026());
    let i = at(2026);
    assert!(
        band.p10[i] < 371.0 && guided < band.p90[i] * 1.05,
        "{} – {}",
        band.p10[i],
        band.p90[i]
    );
    assert!(band.p90[at(2032)] - band.p10[at(2032)] > 300.0);
}

#[test]
fn each_growth_spread_widens_only_its_own_years() {
    let only = |near: f64, long: f64| {
        let s = Scenario::from_values(&[
            (Assumption::GrowthSpread, near),
            (Assumption::LongRunSpread, long),
            (Assumption::MixSpread, 0.0),
        ])
        .scenario;
        monte_carlo(&s, 2_000).total
    };
    let width = |b: &Band, year| b.p90[at(year)] - b.p10[at(year)];
    // The long-run spread alone barely touches 2026 (the fade has not begun) …
    let long = only(0.0, 9.0);
    let near = only(10.0, 0.0);
    assert!(width(&long, 2026) < width(&near, 2026));
    // … and dominates by 2032, when the near-term rate has faded away.
    assert!(width(&long, 2032) > width(&near, 2032));
}

#[test]
fn monte_carlo_with_no_spread_is_the_projection() {
    let s = Scenario::from_values(&[
        (Assumption::GrowthSpread, 0.0),
        (Assumption::LongRunSpread, 0.0),
        (Assumption::MixSpread, 0.0),
    ])
    .scenario;
    let mc = monte_carlo(&s, 100);
    let p = project(&s);
    for i in 0..N_YEARS {
        close("total", mc.total.p10[i], p.total[i], 1e-9);
        close("total", mc.total.p90[i], p.total[i], 1e-9);
        close(
            "share",
            mc.inference_share.p50[i],
            p.inference_share[i],
            1e-12,
        );
    }
}

#[test]
fn out_of_range_values_are_clamped_and_reported() {
    let v = Scenario::default().with(Assumption::LongRunGrowth, 1e308);
    assert_eq!(v.scenario.get(Assumption::LongRunGrowth), 40.0);
    assert!(matches!(v.adjustments[..], [Adjustment::Clamped { applied, .. }] if applied == 40.0));

    let v = Scenario::default().with(Assumption::NearGrowth, f64::NEG_INFINITY);
    assert_eq!(v.scenario.get(Assumption::NearGrowth), -30.0);
    let message = adjustment(&EN, &v.adjustments[0]);
    assert!(message.contains("between −30 and 100"), "{message}");
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
    assert!(project(&v.scenario).other_share[at(2032)].abs() < 1e-12);

    let v = Scenario::default().with(Assumption::TrainingShare2025, 80.0);
    assert_eq!(v.scenario.get(Assumption::InferenceShare2025), 20.0);
}

#[test]
fn company_shares_are_capped_at_what_the_others_leave() {
    // The other three hold 21.56 + 26.95 + 16.85 = 65.36%; Alphabet can take 34.64%.
    // Over the range (60) and over the cap: one sentence, the cap.
    let v = Scenario::default().with(Assumption::ShareAlphabet, 90.0);
    assert!(
        matches!(v.adjustments[..], [Adjustment::Capped { .. }]),
        "{:?}",
        v.adjustments
    );
    let v = Scenario::default().with(Assumption::ShareAlphabet, 50.0);
    let cap = 100.0 - (80.0 + 100.0 + 62.5) / 371.0 * 100.0;
    close(
        "capped",
        v.scenario.get(Assumption::ShareAlphabet),
        cap,
        1e-9,
    );
    assert!(matches!(v.adjustments[..], [Adjustment::Capped { .. }]));
    assert!(
        adjustment(&EN, &v.adjustments[0]).contains("capped at 34.6%"),
        "{}",
        adjustment(&EN, &v.adjustments[0])
    );
    close(
        "others",
        project(&v.scenario).company(Company::Others).share,
        0.0,
        1e-9, // values are kept to nine decimals
    );
}

#[test]
fn every_assumption_is_complete_and_keyed_uniquely() {
    let mut keys = std::collections::HashSet::new();
    for (i, a) in Assumption::ALL.into_iter().enumerate() {
        let spec = a.spec();
        assert_eq!(a.index(), i, "ALL is in declaration order");
        assert!(keys.insert(spec.key), "duplicate key {}", spec.key);
        assert!(spec.min < spec.max && spec.step > 0.0);
        assert!(
            (spec.min..=spec.max).contains(&spec.default),
            "{}",
            spec.key
        );
        assert_eq!(Assumption::from_key(spec.key), Some(a));
        // Every step is a whole number of hundredths, so fields show it exactly.
        assert!(spec.decimals() <= 2, "{}", spec.key);
    }
    assert_eq!(Assumption::Elasticity.spec().decimals(), 2);
    assert_eq!(Assumption::LongRunGrowth.spec().decimals(), 1);
    assert_eq!(Assumption::TrainingShare2032.spec().decimals(), 0);
}

#[test]
fn scenario_serialises_as_short_keys_and_validates_on_the_way_in() {
    let s = Preset::JevonsBoom.scenario();
    let json = serde_json::to_string(&s).unwrap();
    assert!(
        json.contains("\"eff\":15.0") && json.contains("\"elas\":1.5"),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Scenario>(&json).unwrap(), s);

    // Partial, with an unknown key and an out-of-range value.
    let s: Scenario = serde_json::from_str(r#"{"glr": 99, "inf32": 60, "evil": 1}"#).unwrap();
    assert_eq!(s.get(Assumption::LongRunGrowth), 40.0);
    assert_eq!(s.get(Assumption::InferenceShare2032), 60.0);
    assert_eq!(
        s.get(Assumption::NearGrowth),
        Scenario::default().get(Assumption::NearGrowth)
    );
    assert!(serde_json::from_str::<Scenario>(r#"{"glr": "fast"}"#).is_err());
    // Unknown keys are skipped whatever their value (data from a newer version).
    let s: Scenario =
        serde_json::from_str(r#"{"glr": 7, "v": "2", "future": {"x": [1]}}"#).unwrap();
    assert_eq!(s.get(Assumption::LongRunGrowth), 7.0);

    let summary = project(&s).summary();
    let back: Summary = serde_json::from_str(&serde_json::to_string(&summary).unwrap()).unwrap();
    assert_eq!(back, summary);
    let preset = serde_json::to_string(&Preset::EfficiencyShock).unwrap();
    assert!(
        preset.contains("\"id\":\"efficiency-shock\"") && preset.contains("[\"eff\",15.0]"),
        "{preset}"
    );
}

/// Any scenario reachable from untrusted input: every assumption, full range and beyond.
fn any_scenario() -> impl Strategy<Value = Scenario> {
    common::scenarios(40, true)
}

proptest! {
    #[test]
    fn every_scenario_stays_in_range(s in any_scenario()) {
        for a in Assumption::ALL {
            let spec = a.spec();
            let v = s.get(a);
            prop_assert!(v >= spec.min && v <= spec.max, "{:?} = {}", a, v);
        }
        for (t, i) in [(Assumption::TrainingShare2025, Assumption::InferenceShare2025),
                       (Assumption::TrainingShare2032, Assumption::InferenceShare2032)] {
            prop_assert!(s.get(t) + s.get(i) <= 100.0 + 1e-9);
        }
        let named: f64 = Company::NAMED.iter().filter_map(|c| c.share_assumption()).map(|a| s.get(a)).sum();
        prop_assert!(named <= 100.0 + 1e-9);
    }

    #[test]
    fn outputs_are_finite_non_negative_and_add_up(s in any_scenario()) {
        let p = project(&s);
        for (i, year) in YEARS.iter().enumerate() {
            for v in [p.total[i], p.training[i], p.inference[i], p.other[i],
                      p.training_share[i], p.inference_share[i], p.other_share[i],
                      p.in_house[i], p.nvidia[i]] {
                prop_assert!(v.is_finite() && v >= 0.0, "year {} value {}", year, v);
            }
            let tol = 1e-9 * p.total[i].max(1.0);
            let shares = p.training_share[i] + p.inference_share[i] + p.other_share[i];
            prop_assert!((shares - 1.0).abs() <= 1e-9, "shares sum {}", shares);
            prop_assert!((p.training[i] + p.inference[i] + p.other[i] - p.total[i]).abs() <= tol);
            let companies: f64 = p.companies.iter().map(|c| c.total[i]).sum();
            prop_assert!((companies - p.total[i]).abs() <= tol, "companies {} vs {}", companies, p.total[i]);
            prop_assert!((p.in_house[i] + p.nvidia[i] - p.total[i]).abs() <= tol);
            for c in &p.companies {
                prop_assert!(c.in_house[i] >= 0.0 && c.nvidia[i] >= 0.0);
                prop_assert!((c.in_house[i] + c.nvidia[i] - c.total[i]).abs() <= tol);
            }
        }
        let summary = p.summary();
        prop_assert!(summary.cagr_2025_2032.is_finite() && summary.vs_report_2032_pct.is_finite());
    }

    #[test]
    fn a_projection_on_its_way_to_another_still_adds_up(a in any_scenario(), b in any_scenario(), t in 0.0..=1.0f64) {
        let (from, to) = (project(&a), project(&b));
        prop_assert_eq!(&from.toward(&to, 0.0), &from);
        prop_assert_eq!(&from.toward(&to, 1.0), &to);
        let p = from.toward(&to, t);
        for i in 0..YEARS.len() {
            let tol = 1e-9 * p.total[i].max(1.0);
            let (lo, hi) = (from.total[i].min(to.total[i]), from.total[i].max(to.total[i]));
            prop_assert!(p.total[i] >= lo - tol && p.total[i] <= hi + tol);
            prop_assert!((p.training_share[i] + p.inference_share[i] + p.other_share[i] - 1.0).abs() <= 1e-9);
            prop_assert!((p.training[i] + p.inference[i] + p.other[i] - p.total[i]).abs() <= tol);
            let companies: f64 = p.companies.iter().map(|c| c.total[i]).sum();
            prop_assert!((companies - p.total[i]).abs() <= tol);
        }
    }

    #[test]
    fn more_growth_never_lowers_2032(s in any_scenario(), bump in 0.0..50.0f64) {
        let base = project(&s).summary().total_2032;
        for a in [Assumption::LongRunGrowth, Assumption::NearGrowth, Assumption::Growth2025] {
            let up = s.with(a, s.get(a) + bump).scenario;
            prop_assert!(project(&up).summary().total_2032 >= base * (1.0 - 1e-12), "{:?}", a);
        }
    }

    #[test]
    fn no_extra_efficiency_means_elasticity_changes_nothing(s in any_scenario(), e in 0.0..2.0f64) {
        let s = s.with(Assumption::ExtraEfficiency, 0.0).scenario;
        let other = s.with(Assumption::Elasticity, e).scenario;
        prop_assert_eq!(project(&s).total, project(&other).total);
    }

    #[test]
    fn efficiency_cuts_spend_below_elasticity_one_and_raises_it_above(s in any_scenario(), e in 0.5..30.0f64) {
        let no_eff = project(&s.with(Assumption::ExtraEfficiency, 0.0).scenario).summary().total_2032;
        let with = |elas: f64| {
            let v = s.with_all(&[(Assumption::ExtraEfficiency, e), (Assumption::Elasticity, elas)]);
            project(&v.scenario).summary().total_2032
        };
        prop_assert!(with(0.5) < no_eff);
        prop_assert!((with(1.0) - no_eff).abs() <= 1e-9 * no_eff);
        prop_assert!(with(1.5) > no_eff);
    }

    #[test]
    fn monte_carlo_bands_are_ordered_and_repeatable(s in any_scenario()) {
        let a = monte_carlo(&s, 300);
        prop_assert_eq!(&a, &monte_carlo(&s, 300));
        for i in 0..N_YEARS {
            prop_assert!(a.total.p10[i] <= a.total.p50[i] && a.total.p50[i] <= a.total.p90[i]);
            prop_assert!(a.inference_share.p10[i] <= a.inference_share.p50[i]);
            prop_assert!(a.inference_share.p50[i] <= a.inference_share.p90[i]);
            prop_assert!(a.total.p10[i].is_finite() && a.total.p10[i] >= 0.0);
        }
    }

    #[test]
    fn scenario_json_round_trip_is_identity(s in any_scenario()) {
        let json = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(serde_json::from_str::<Scenario>(&json).unwrap(), s);
    }
}

#[test]
fn a_guess_is_complete_once_every_year_from_2026_is_drawn() {
    let mut g = Guess::EMPTY;
    assert!(g.is_empty() && !g.is_complete() && g.values().is_none());
    // The reported years cannot be drawn; non-numbers change nothing.
    g.set(0, 300.0);
    g.set(1, 300.0);
    g.set(4, f64::NAN);
    assert!(g.is_empty());
    for i in FIRST_GUESSED..YEARS.len() {
        g.set(i, 400.0);
    }
    assert!(g.is_complete());
    assert_eq!(g.values(), Some([400.0; N_GUESSED]));
}

#[test]
fn drawn_values_snap_to_the_step_and_stay_on_the_axis() {
    let mut g = Guess::EMPTY;
    g.set(2, 412.4);
    g.set(3, -50.0);
    g.set(4, 1e12);
    assert_eq!(
        (g.get(2), g.get(3), g.get(4)),
        (Some(410.0), Some(0.0), Some(GUESS_MAX))
    );
}

#[test]
fn a_fast_stroke_fills_the_years_it_skipped() {
    let mut g = Guess::EMPTY;
    g.set(2, 400.0);
    g.draw_to(2, 6, 800.0);
    let drawn: Vec<_> = g.points().collect();
    assert_eq!(
        drawn,
        vec![(2, 400.0), (3, 500.0), (4, 600.0), (5, 700.0), (6, 800.0)]
    );
    // Right to left too; without a start, only the year touched.
    g.draw_to(6, 4, 200.0);
    assert_eq!(
        (g.get(4), g.get(5), g.get(6)),
        (Some(200.0), Some(500.0), Some(800.0))
    );
    let mut fresh = Guess::EMPTY;
    fresh.draw_to(3, 8, 900.0);
    assert_eq!(fresh.points().collect::<Vec<_>>(), vec![(8, 900.0)]);
}

#[test]
fn a_guess_travels_as_its_seven_values() {
    let values = [450.0, 500.0, 550.0, 600.0, 650.0, 700.0, 750.0];
    let g = Guess::from_values(&values).unwrap();
    assert_eq!(g.values(), Some(values));
    assert_eq!(Guess::from_values(&values[..6]), None);
    assert_eq!(Guess::from_values(&[f64::INFINITY; N_GUESSED]), None);
}

#[test]
fn a_half_drawn_guess_keeps_its_gaps() {
    let drawn = [
        Some(452.0),
        None,
        Some(-3.0),
        None,
        None,
        None,
        Some(5000.0),
    ];
    let g = Guess::from_drawn(&drawn).unwrap();
    assert_eq!(
        g.drawn(),
        [
            Some(450.0),
            None,
            Some(0.0),
            None,
            None,
            None,
            Some(GUESS_MAX)
        ]
    );
    assert!(!g.is_complete());
    assert_eq!(g.values(), None);
    assert_eq!(Guess::from_drawn(&drawn[..6]), None);
    assert_eq!(Guess::from_drawn(&[Some(f64::NAN); N_GUESSED]), None);
    assert_eq!(Guess::from_drawn(&[None; N_GUESSED]), Some(Guess::EMPTY));
}

#[test]
fn distance_from_the_report_path() {
    let report = project(&Scenario::default()).total;
    // Exactly the report's path, rounded to the step: close to zero everywhere.
    let same = Guess::from_values(&report[FIRST_GUESSED..]).unwrap();
    let d = distance(&same, &report).unwrap();
    assert!(d.mean_off < 0.01 && d.last_off.abs() < 0.01, "{d:?}");
    // 20% above the report's $525B in 2032 and 10% above every year: a line at 1.1 ×
    // the path but 630 in 2032.
    let mut values: Vec<f64> = report[FIRST_GUESSED..].iter().map(|v| v * 1.1).collect();
    values[N_GUESSED - 1] = 630.0;
    let g = Guess::from_values(&values).unwrap();
    let d = distance(&g, &report).unwrap();
    assert_eq!(d.last, (630.0, report[8]));
    assert!((d.last_off - 0.2).abs() < 0.001, "{d:?}");
    assert_eq!(d.years_above, N_GUESSED);
    let expected = (0.1 * 6.0 + 0.2) / 7.0;
    assert!((d.mean_off - expected).abs() < 0.005, "{d:?}");
    // Until it is complete there is no distance.
    let mut part = Guess::EMPTY;
    part.set(2, 500.0);
    assert_eq!(distance(&part, &report), None);
}

#[test]
fn distance_from_a_published_range() {
    assert_eq!(off_range(710.0, (700.0, 725.0)), 0.0);
    assert!((off_range(350.0, (700.0, 725.0)) + 0.5).abs() < 1e-12);
    assert!((off_range(870.0, (700.0, 725.0)) - 0.2).abs() < 1e-12);
}
