//! The page's text-heavy markup, read natively exactly as the page will show it.

use ai_capex_explorer::i18n::EN;
use ai_capex_explorer::markup::{methodology, sentence_html, table_rows};
use ai_capex_explorer::model::{project, Assumption, Preset, Scenario};

fn sentence(scenario: &Scenario) -> String {
    sentence_html(&EN, &project(scenario).summary())
}

#[test]
fn the_sentence_follows_the_inputs() {
    let report = sentence(&Scenario::default());
    assert!(report.contains(r#"<strong data-testid="sentence-total">$525B</strong> in 2032"#));
    assert!(report.contains(r#"<strong data-testid="sentence-inference">50%</strong>"#));
    assert!(report.contains("Inference spending overtakes training in 2028."));
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
    assert!(sentence(&no_shift).contains("does not overtake training before 2033"));

    let ahead = Scenario::default()
        .with_all(&[
            (Assumption::TrainingShare2025, 10.0),
            (Assumption::InferenceShare2025, 60.0),
        ])
        .scenario;
    assert!(sentence(&ahead).contains("ahead of training from the start"));

    let bust = sentence(&Preset::CapexBust.scenario());
    assert!(
        bust.contains("below) compared with the report's $525B."),
        "{bust}"
    );
}

#[test]
fn the_table_has_a_row_per_year_with_the_projection() {
    let rows = table_rows(&EN, &project(&Scenario::default()));
    assert_eq!(rows.matches("<tr ").count(), 9);
    assert!(rows.contains(r#"<th scope="row">2024</th><td data-testid="total-2024">257.6</td>"#));
    assert!(rows.contains(r#"<td data-testid="total-2025">371</td>"#));
    assert!(rows.contains(r#"<td data-testid="total-2032">525</td><td>73.5</td><td>262.5</td><td>189</td><td>50%</td>"#));
}

#[test]
fn the_methodology_lists_every_default_with_its_source_and_marks_ours() {
    let shown = [
        Assumption::LongRunGrowth,
        Assumption::TrainingShare2032,
        Assumption::ExtraEfficiency,
        Assumption::Elasticity,
    ];
    let html = methodology(&EN, &shown);
    assert_eq!(html.matches("<tr><th scope=\"row\">").count(), shown.len());
    for a in shown {
        let spec = a.spec();
        assert!(html.contains(EN.label(a)), "{}", spec.key);
    }
    assert!(html.contains(r#"<th scope="row">Demand response (elasticity)</th><td>0.7</td><td><span class="tag tag-ours">Our assumption</span>"#));
    assert!(html.contains(r#"<th scope="row">Training share in 2032</th><td>14 %</td><td><span class="tag">Report figure</span>"#));
    // Formulas in words, and the sources with their dates.
    for needle in [
        "Jevons",
        "(1 − e)",
        "S-shaped curve",
        "17 March 2025",
        "ChainNews / ABMedia",
        "our assumptions",
    ] {
        assert!(html.contains(needle), "{needle}");
    }
    // Nothing unescaped from the model's own text.
    assert!(!html.contains(" & "));
}

#[test]
fn the_comparison_sets_pinned_and_current_side_by_side_with_the_change() {
    use ai_capex_explorer::markup::compare_html;
    let pinned = project(&Scenario::default()).summary();
    let faster = Scenario::default()
        .with(Assumption::LongRunGrowth, 9.0)
        .scenario;
    let now = project(&faster).summary();
    let html = compare_html(&EN, &pinned, &now);
    assert_eq!(html.matches("<tr><th scope=\"row\">").count(), 5);
    let total_row = html
        .split("<tr>")
        .find(|r| r.contains("AI investment in 2032"))
        .unwrap();
    assert!(total_row.contains("<td>$525B</td>"), "{total_row}");
    assert!(total_row.contains(&format!(
        "<td>{}</td>",
        ai_capex_explorer::format::money_b(&EN, now.total_2032)
    )));
    assert!(total_row.contains("<td>+$"), "{total_row}");
    // The shares did not move: no change in points; the crossover year is the same.
    assert!(html.contains("<td>50%</td><td>50%</td><td>±0 pp</td>"));
    assert!(html.contains("<td>2028</td><td>2028</td><td>same</td>"));
    // Against itself, nothing changed.
    let same = compare_html(&EN, &pinned, &pinned);
    assert!(
        same.contains("<td>$525B</td><td>$525B</td><td>$0B</td>"),
        "{same}"
    );
}
