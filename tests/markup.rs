//! The page's text-heavy markup, read natively exactly as the page will show it.

use ai_capex_explorer::i18n::{Text, EN, ZH_HANT};
use ai_capex_explorer::markup::{default_rows, sentence as sentence_of, table_row};
use ai_capex_explorer::model::{
    project, Assumption, Guess, Preset, Scenario, FIRST_GUESSED, N_GUESSED,
};

static ZH: &Text = &ZH_HANT;

/// Training 10 → 60%, inference 60 → 20%: inference leads at first, training takes
/// the lead back in 2029.
fn training_takes_the_lead_back() -> Scenario {
    Scenario::default()
        .with_all(&[
            (Assumption::TrainingShare2025, 10.0),
            (Assumption::InferenceShare2025, 60.0),
            (Assumption::TrainingShare2032, 60.0),
            (Assumption::InferenceShare2032, 20.0),
        ])
        .scenario
}

fn sentence(scenario: &Scenario) -> String {
    sentence_of(&EN, &project(scenario).summary())
}

#[test]
fn the_sentence_follows_the_inputs() {
    let report = sentence(&Scenario::default());
    assert!(report
        .starts_with("Under these assumptions, AI investment reaches $525B in 2032; 50% of it"));
    assert!(report.contains("In our model, inference spending overtakes training in 2028."));
    // What the report's shares imply for training's money: it halves as the total grows.
    assert!(
        report.contains("Training spending falls from $148B in 2025 to $73.5B in 2032."),
        "{report}"
    );
    assert!(report.contains("That matches the report's projection."));

    let faster = Scenario::default()
        .with(Assumption::LongRunGrowth, 12.0)
        .scenario;
    let s = sentence(&faster);
    assert!(
        s.contains("above) compared with the report's $525B."),
        "{s}"
    );

    let no_shift = Scenario::default()
        .with(Assumption::InferenceShare2032, 0.0)
        .scenario;
    assert!(sentence(&no_shift).contains("Training spending stays ahead of inference up to 2032."));

    let ahead = Scenario::default()
        .with_all(&[
            (Assumption::TrainingShare2025, 10.0),
            (Assumption::InferenceShare2025, 60.0),
        ])
        .scenario;
    assert!(sentence(&ahead).contains("Inference spending is ahead of training throughout."));

    // The other way round: inference leads at first, training takes the lead back.
    let back = training_takes_the_lead_back();
    let s = sentence(&back);
    assert!(
        s.contains("In our model, training spending overtakes inference again in 2029."),
        "{s}"
    );
    assert!(s.contains("Training spending rises from"), "{s}");

    let bust = sentence(&Preset::CapexBust.scenario());
    assert!(
        bust.contains("below) compared with the report's $525B."),
        "{bust}"
    );
}

#[test]
fn the_table_has_a_row_per_year_with_the_projection() {
    let p = project(&Scenario::default());
    assert_eq!(table_row(&EN, &p, 0)[0], "257.6");
    assert_eq!(table_row(&EN, &p, 1)[0], "371.0");
    assert_eq!(
        table_row(&EN, &p, 8),
        ["525.0", "73.5", "262.5", "189.0", "50.0%"]
    );
    assert_eq!(
        table_row(&ZH_HANT, &p, 8),
        ["5,250", "735", "2,625", "1,890", "50.0%"]
    );
}

#[test]
fn the_methodology_lists_every_default_with_its_source_and_marks_ours() {
    let shown = [
        Assumption::LongRunGrowth,
        Assumption::TrainingShare2032,
        Assumption::ExtraEfficiency,
        Assumption::Elasticity,
    ];
    let rows = default_rows(&EN, &shown);
    assert_eq!(rows.len(), shown.len());
    for (row, a) in rows.iter().zip(shown) {
        assert_eq!(row.label, EN.label(a));
    }
    assert_eq!(
        (
            rows[3].label,
            rows[3].value.as_str(),
            rows[3].tag,
            rows[3].ours
        ),
        (
            "How much cheaper AI lifts demand",
            "0.7",
            "Our assumption",
            true
        )
    );
    assert_eq!(
        (
            rows[1].label,
            rows[1].value.as_str(),
            rows[1].tag,
            rows[1].ours
        ),
        ("Training share in 2032", "14%", "Report figure", false)
    );
    // Formulas in words, and the sources with their dates.
    let m = &EN.methodology;
    let text: String = m
        .sections
        .iter()
        .flatten()
        .chain(m.sources.iter())
        .copied()
        .collect();
    for needle in [
        "Jevons",
        "(1 − e)^(year − 2025)",
        "S-shaped curve",
        "17 March 2025",
        "ChainNews / ABMedia",
        "our assumptions",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
}

#[test]
fn the_comparison_sets_pinned_and_current_side_by_side_with_the_change() {
    use ai_capex_explorer::markup::compare_rows;
    let pinned = project(&Scenario::default()).summary();
    let faster = Scenario::default()
        .with(Assumption::LongRunGrowth, 9.0)
        .scenario;
    let now = project(&faster).summary();
    let rows = compare_rows(&EN, &pinned, &now);
    let total_row = &rows[0];
    assert_eq!(total_row[0], "AI investment in 2032");
    assert_eq!(total_row[1], "$525B");
    assert_eq!(
        total_row[2],
        ai_capex_explorer::format::money_b(&EN, now.total_2032)
    );
    assert!(total_row[3].starts_with("+$"), "{total_row:?}");
    // The shares did not move: no change in points; the crossover year is the same.
    assert_eq!(rows[2][1..], ["50%", "50%", "±0 points"]);
    assert_eq!(rows[4][0], "Lead changes (our model)");
    assert_eq!(rows[4][1..], ["inference, 2028", "inference, 2028", "same"]);
    // Against itself, nothing changed.
    let same = compare_rows(&EN, &pinned, &pinned);
    assert_eq!(same[0][1..], ["$525B", "$525B", "$0B"]);
    // Training retaking the lead is a change of its own, not "not by 2032".
    let back = training_takes_the_lead_back();
    let rows = compare_rows(&EN, &pinned, &project(&back).summary());
    assert_eq!(
        rows[4][1..],
        ["inference, 2028", "training, 2029", "changed"]
    );
    let none = Scenario::default()
        .with(Assumption::InferenceShare2032, 0.0)
        .scenario;
    let rows = compare_rows(&EN, &pinned, &project(&none).summary());
    assert_eq!(rows[4][2], "not by 2032");
}

#[test]
fn the_year_text_names_each_later_figure_and_what_it_measures() {
    use ai_capex_explorer::markup::{later_list, year_text, Later};
    let p = project(&Scenario::default());
    let i2026 = 2;
    let reported = year_text(&EN, &p, None, Later::Reported, i2026);
    assert!(
        reported.ends_with("Guidance 2026: $700–725B (the big four's capex guidance)"),
        "{reported}"
    );
    let all = year_text(&EN, &p, None, Later::All, i2026);
    assert!(
        all.contains("Morgan Stanley: $805B (capex of five hyperscalers"),
        "{all}"
    );
    assert!(
        all.contains("Dell'Oro: $1,000B (data-centre capex worldwide)"),
        "{all}"
    );
    assert!(!year_text(&EN, &p, None, Later::None, i2026).contains("Guidance"));
    // Years without a later figure read as before.
    assert_eq!(
        year_text(&EN, &p, None, Later::All, 8),
        year_text(&EN, &p, None, Later::None, 8)
    );
    // The methodology lists every figure with what it measures, who and when.
    let list = later_list(&EN);
    assert_eq!(list.len(), 6);
    assert_eq!(
        list[0],
        "2025: $406–410B, the big four's total capex, calendar year. The companies' results, \
         summed by news coverage, 5 Feb 2026 (reported)."
            .replace("The companies'", "the companies'")
    );
    assert!(
        list[1].contains("29 Apr 2026 (guidance, may change)"),
        "{}",
        list[1]
    );
    assert!(list[5]
        .starts_with("2030: $1,700B, data-centre capex worldwide. Dell'Oro Group, 11 Feb 2026"));
    // In Chinese too, with its own dates.
    let zh = later_list(&ZH_HANT);
    assert!(zh[1].contains("2026 年 4 月 29 日"), "{}", zh[1]);
    assert!(zh[0].contains("4,060–4,100"), "{}", zh[0]);
}

#[test]
fn the_defaults_table_gives_the_plausible_range_of_what_moves_the_total() {
    let rows = default_rows(&EN, &Assumption::ALL);
    let row = |a: Assumption| rows[a.index()].plausible.clone();
    assert_eq!(row(Assumption::NearGrowth), "−20 – 74.6%/yr");
    assert_eq!(row(Assumption::LongRunGrowth), "0 – 14.2%/yr");
    assert_eq!(row(Assumption::ShareMeta), "— (does not move the total)");
}

#[test]
fn the_key_number_gives_the_total_its_change_and_the_report_when_they_differ() {
    use ai_capex_explorer::markup::key_number;
    let report = project(&Scenario::default()).summary();
    // 525 / 371 − 1 = 41.5%: a whole percent, as newsrooms write it.
    assert_eq!(
        key_number(&EN, &report),
        [
            "$525B in 2032".to_owned(),
            "+42% on 2025".to_owned(),
            String::new()
        ]
    );
    assert_eq!(
        key_number(&ZH_HANT, &report),
        [
            "2032 年 5,250 億美元".to_owned(),
            "較 2025 年 +42%".to_owned(),
            String::new()
        ]
    );
    let bust = project(&Preset::CapexBust.scenario()).summary();
    let [total, change, versus] = key_number(&EN, &bust);
    assert_eq!(total, "$294B in 2032");
    assert_eq!(change, "−21% on 2025");
    assert_eq!(versus, "report: $525B");
}

#[test]
fn the_comparison_with_the_report_is_rounded_and_honest_about_the_mix() {
    use ai_capex_explorer::markup::versus_words;
    let words = |s: &Scenario| versus_words(&EN, &project(s).summary());
    assert_eq!(
        words(&Scenario::default()),
        "That matches the report's projection."
    );
    // Same total, mix forced away from the report's: not "matches".
    let mix = Scenario::default()
        .with_all(&[
            (Assumption::InferenceShare2032, 64.0),
            (Assumption::TrainingShare2032, 0.0),
        ])
        .scenario;
    assert_eq!(
        words(&mix),
        "The total matches the report's; the split between training and inference does not."
    );
    // Whole billions and whole percent, not "$402.2B (76.6%)".
    assert_eq!(
        words(&Preset::JevonsBoom.scenario()),
        "That is +$402B (77% above) compared with the report's $525B."
    );
    assert_eq!(
        words(&Preset::CapexBust.scenario()),
        "That is −$231B (44% below) compared with the report's $525B."
    );
    // Twice the report's or more: a multiple.
    let boom = Scenario::default()
        .with(Assumption::LongRunGrowth, 40.0)
        .scenario;
    let s = words(&boom);
    assert!(
        s.starts_with("That is about ") && s.ends_with(" times the report's $525B."),
        "{s}"
    );
}

#[test]
fn a_guess_is_judged_against_the_report_in_whole_percent() {
    use ai_capex_explorer::markup::guess_report_words;
    let report = project(&Scenario::default()).total;
    let line = |v: f64| Guess::from_values(&[v; N_GUESSED]).unwrap();
    let first = |t: &Text, v: f64| {
        let words = guess_report_words(t, &line(v), &report).unwrap();
        words
            .split_inclusive(['.', '。'])
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        first(&EN, 600.0),
        "In 2032 you drew $600B, 14% above the report's $525B."
    );
    assert_eq!(
        first(&EN, 420.0),
        "In 2032 you drew $420B, 20% below the report's $525B."
    );
    assert_eq!(
        first(&EN, 525.0),
        "In 2032 you drew $525B, within 1% of the report's $525B."
    );
    assert_eq!(
        first(ZH, 600.0),
        "你畫的 2032 年是 6,000 億美元，比報告的 5,250 億美元 高 14%。"
    );
    // The mean distance, year by year, after it.
    let words = guess_report_words(&EN, &line(600.0), &report).unwrap();
    assert!(
        words.ends_with("off the report's path on average.")
            && words.contains(". Year by year, your line was "),
        "{words}"
    );
    // Nothing to judge until every year is drawn.
    assert_eq!(guess_report_words(&EN, &Guess::EMPTY, &report), None);
}

#[test]
fn a_guess_of_2026_is_judged_against_the_range_the_companies_guided() {
    use ai_capex_explorer::markup::guess_guidance_words;
    let at = |t: &Text, v: f64| {
        let mut g = Guess::EMPTY;
        g.set(FIRST_GUESSED, v);
        guess_guidance_words(t, &g).unwrap()
    };
    assert_eq!(
        at(&EN, 600.0),
        "For 2026 you drew $600B, 14% below the $700–725B of total capital spending (not only AI) the big four guided in April 2026."
    );
    assert!(at(&EN, 710.0).starts_with("For 2026 you drew $710B, inside the $700–725B"));
    assert!(at(&EN, 870.0).contains("$870B, 20% above the $700–725B"));
    assert!(at(ZH, 600.0).contains("低 14%"), "{}", at(ZH, 600.0));
    assert_eq!(guess_guidance_words(&EN, &Guess::EMPTY), None);
}

#[test]
fn a_guess_is_read_out_year_by_year_and_as_a_whole() {
    use ai_capex_explorer::markup::{guess_line_words, guess_year_words};
    let mut g = Guess::EMPTY;
    assert_eq!(guess_line_words(&EN, &g), "Nothing drawn yet.");
    g.set(2, 400.0);
    g.set(4, 455.0);
    assert_eq!(guess_year_words(&EN, &g, 2), "2026: your guess $400B");
    assert_eq!(guess_year_words(&EN, &g, 3), "2027: not drawn yet");
    assert_eq!(
        guess_year_words(ZH, &g, 4),
        "2028 年：你的預測 4,550 億美元"
    );
    assert_eq!(
        guess_line_words(&EN, &g),
        "Your line so far: 2026 $400B; 2028 $455B."
    );
    assert_eq!(
        guess_line_words(ZH, &g),
        "你目前畫的線：2026 年 4,000 億美元；2028 年 4,550 億美元。"
    );
}
